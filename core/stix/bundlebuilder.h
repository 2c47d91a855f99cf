// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/stix: the builder of one bundle, split by role: groups, sponsors and the bundle in stixexport.cpp;
// victims, incidents and attribution claims in stixincidents.cpp.
#pragma once

#include "core/model/incident.h"
#include "core/model/records.h"
#include "core/result.h"
#include "core/stix/stixobjects.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <map>
#include <vector>

namespace awb {
class CaseStore;
}

namespace awb::stix::detail {

/** The sources one object cites, in the order first cited, each with the facts it is cited for. */
class Citations
{
public:
    void cite(std::optional<SourceId> source, const QString &fact = {});

    /** Sets the object's external_references: @p first, then the cited sources; nothing when both are empty. */
    void addTo(QJsonObject &object, const std::map<qint64, Source> &sources, QJsonArray first = {}) const;

private:
    std::vector<std::pair<SourceId, QStringList>> m_cited;
};

class BundleBuilder
{
public:
    BundleBuilder(QString scope, QString time)
        : m_ids(std::move(scope))
        , m_time(std::move(time))
    {}

    Result<QByteArray> build(CaseStore &store);

private:
    QString id(const QString &type, const QString &key) const { return m_ids.id(type, key); }

    QString locationId(const QString &country) const
    {
        return id(QStringLiteral("location"), QStringLiteral("country/") + country);
    }

    QString groupId(GroupId group) const
    {
        return id(QStringLiteral("intrusion-set"), QStringLiteral("group/%1").arg(group.value));
    }

    QString sponsorId(const QString &sponsor) const
    {
        return id(QStringLiteral("threat-actor"), QStringLiteral("sponsor/") + sponsor);
    }

    QString victimId(const QString &victim) const
    {
        return id(QStringLiteral("identity"), QStringLiteral("victim/") + victim);
    }

    /** Adds a relationship citing @p citations, with @p extra properties (a claim's confidence and extension). */
    void relate(const QString &key,
                const QString &type,
                const QString &from,
                const QString &to,
                const QString &description,
                bool synthetic,
                const Citations &citations = {},
                const QJsonObject &extra = {});
    void addLocations(const std::vector<ActorGroup> &groups, const std::vector<Incident> &incidents);
    void addSponsors(const std::vector<ActorGroup> &groups);
    void addGroup(const ActorGroup &group);
    void addRelation(const GroupRelation &relation);
    void addVictims(const std::vector<Incident> &incidents);
    void addIncident(const Incident &incident, const std::vector<Attribution> &attributions);
    void addClaim(const Attribution &attribution, const Incident &incident, const QString &campaign);

    IdMaker m_ids;
    QString m_time;
    std::map<qint64, Source> m_sources;
    std::map<qint64, ActorGroup> m_groups;
    QJsonArray m_objects;       // domain objects, in the order built
    QJsonArray m_relationships; // after them in the bundle
};

} // namespace awb::stix::detail
