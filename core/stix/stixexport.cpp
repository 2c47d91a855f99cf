// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The case as a STIX 2.1 bundle: the bundle, locations, sponsors and groups. Incidents and claims are in
// stixincidents.cpp, the building blocks in stixobjects.cpp; docs/stix.md describes the mapping.
#include "core/stix/stixexport.h"

#include "core/stix/bundlebuilder.h"
#include "core/store/casestore.h"

#include <QJsonDocument>

#include <algorithm>
#include <set>

namespace awb::stix {

using namespace Qt::Literals::StringLiterals;

namespace detail {

void Citations::cite(std::optional<SourceId> source, const QString &fact)
{
    if (!source || !source->isValid()) {
        return;
    }
    auto it = std::ranges::find(m_cited, *source, &std::pair<SourceId, QStringList>::first);
    if (it == m_cited.end()) {
        it = m_cited.insert(m_cited.end(), {*source, {}});
    }
    if (!fact.isEmpty() && !it->second.contains(fact)) {
        it->second.append(fact);
    }
}

void Citations::addTo(QJsonObject &object, const std::map<qint64, Source> &sources, QJsonArray first) const
{
    for (const auto &[id, facts] : m_cited) {
        if (auto s = sources.find(id.value); s != sources.end()) {
            first.append(sourceReference(s->second, facts));
        }
    }
    if (!first.isEmpty()) {
        object.insert(u"external_references"_s, first);
    }
}

void BundleBuilder::relate(const QString &key,
                           const QString &type,
                           const QString &from,
                           const QString &to,
                           const QString &description,
                           bool synthetic,
                           const Citations &citations,
                           const QJsonObject &extra)
{
    QJsonObject r = baseObject(u"relationship"_s, id(u"relationship"_s, key), m_time, synthetic);
    r.insert(u"relationship_type"_s, type);
    r.insert(u"source_ref"_s, from);
    r.insert(u"target_ref"_s, to);
    putText(r, u"description"_s, description);
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        r.insert(it.key(), it.value());
    }
    citations.addTo(r, m_sources);
    m_relationships.append(r);
}

void BundleBuilder::addLocations(const std::vector<ActorGroup> &groups, const std::vector<Incident> &incidents)
{
    std::set<QString> countries;
    for (const ActorGroup &g : groups) {
        if (g.country) {
            countries.insert(*g.country);
        }
    }
    for (const Incident &i : incidents) {
        if (i.victimCountry) {
            countries.insert(*i.victimCountry);
        }
    }
    for (const QString &country : countries) {
        QJsonObject o = baseObject(u"location"_s, locationId(country), m_time, false);
        o.insert(u"country"_s, country);
        m_objects.append(o);
    }
}

void BundleBuilder::addSponsors(const std::vector<ActorGroup> &groups)
{
    std::map<QString, std::vector<const ActorGroup *>> bySponsor;
    for (const ActorGroup &g : groups) {
        if (!g.sponsor.trimmed().isEmpty()) {
            bySponsor[g.sponsor].push_back(&g);
        }
    }
    for (const auto &[sponsor, sponsored] : bySponsor) {
        QStringList names;
        Citations citations;
        bool synthetic = true;
        for (const ActorGroup *g : sponsored) {
            names << g->name;
            citations.cite(g->sponsorSource, u"sponsor of "_s + g->name);
            synthetic = synthetic && g->synthetic;
        }
        QJsonObject o = baseObject(u"threat-actor"_s, sponsorId(sponsor), m_time, synthetic);
        o.insert(u"name"_s, shownName(sponsor, synthetic));
        o.insert(u"description"_s, u"The state sponsor this case records for: %1."_s.arg(names.join(u", "_s)));
        o.insert(u"threat_actor_types"_s, QJsonArray{u"nation-state"_s});
        o.insert(u"roles"_s, QJsonArray{u"sponsor"_s});
        o.insert(u"resource_level"_s, u"government"_s);
        citations.addTo(o, m_sources);
        m_objects.append(o);
    }
}

void BundleBuilder::addGroup(const ActorGroup &g)
{
    QJsonObject o = baseObject(u"intrusion-set"_s, groupId(g.id), m_time, g.synthetic);
    o.insert(u"name"_s, shownName(g.name, g.synthetic));
    putText(o, u"description"_s, g.description);
    QStringList aliases;
    QJsonArray aliasClaims;
    Citations citations;
    for (const SourceId s : g.sources) {
        citations.cite(s);
    }
    for (const AliasClaim &a : g.aliases) {
        if (a.alias != g.name && !aliases.contains(a.alias)) {
            aliases << a.alias;
        }
        QJsonObject claim{{u"alias"_s, a.alias}};
        if (auto s = m_sources.find(a.source.value); s != m_sources.end()) {
            claim.insert(u"source"_s, s->second.title);
        }
        putText(claim, u"note"_s, a.note);
        aliasClaims.append(claim);
        citations.cite(a.source, u"alias "_s + a.alias);
    }
    putList(o, u"aliases"_s, aliases);
    QJsonArray references; // ATT&CK's own ids first, as ATT&CK's objects list them
    for (const ExternalId &e : g.externalIds) {
        QJsonObject reference{{u"source_name"_s, e.system}, {u"external_id"_s, e.externalId}};
        if (auto url = e.url.and_then(encodedUrl)) {
            reference.insert(u"url"_s, *url);
        }
        references.append(reference);
        citations.cite(e.source, u"%1 %2"_s.arg(e.system, e.externalId));
    }
    citations.addTo(o, m_sources, references);
    QJsonObject extension{{u"kind"_s, g.kind}, {u"synthetic"_s, g.synthetic}};
    if (g.country) {
        extension.insert(u"country"_s, *g.country);
    }
    if (!aliasClaims.isEmpty()) {
        extension.insert(u"alias_claims"_s, aliasClaims);
    }
    addExtension(o, extension);
    m_objects.append(o);

    const QString self = groupId(g.id);
    if (g.country) {
        relate(u"origin/%1"_s.arg(g.id.value), u"originates-from"_s, self, locationId(*g.country),
               u"%1 is recorded with the country %2."_s.arg(g.name, *g.country), g.synthetic);
    }
    if (!g.sponsor.trimmed().isEmpty()) {
        Citations sponsorSource;
        sponsorSource.cite(g.sponsorSource);
        relate(u"sponsor/%1"_s.arg(g.id.value), u"attributed-to"_s, self, sponsorId(g.sponsor),
               u"%1 is attributed to its state sponsor, %2."_s.arg(g.name, g.sponsor), g.synthetic, sponsorSource);
    }
}

void BundleBuilder::addRelation(const GroupRelation &r)
{
    const auto parent = m_groups.find(r.parent.value);
    const auto child = m_groups.find(r.child.value);
    if (parent == m_groups.end() || child == m_groups.end()) {
        return;
    }
    const QString &p = parent->second.name;
    const QString &c = child->second.name;
    QString description = r.kind == u"sub-unit"_s   ? u"%1 is a sub-unit of %2."_s.arg(c, p)
                          : r.kind == u"overlaps"_s ? u"%1 and %2 overlap."_s.arg(p, c)
                                                    : u"%1 and %2 are related (%3)."_s.arg(p, c, r.kind);
    if (!r.note.isEmpty()) {
        description += u" Note: "_s + r.note;
    }
    Citations source;
    source.cite(r.source);
    relate(u"relation/%1"_s.arg(r.id), u"related-to"_s, groupId(r.parent), groupId(r.child), description,
           parent->second.synthetic || child->second.synthetic, source);
}

Result<QByteArray> BundleBuilder::build(CaseStore &store)
{
    auto sources = store.sources();
    auto groups = sources.and_then([&](const auto &) { return store.groups(); });
    auto relations = groups.and_then([&](const auto &) { return store.relations(); });
    auto incidents = relations.and_then([&](const auto &) { return store.incidents(); });
    auto attributions = incidents.and_then([&](const auto &) { return store.attributions(std::nullopt); });
    if (!attributions) {
        return std::unexpected(attributions.error());
    }
    for (const Source &s : *sources) {
        m_sources.emplace(s.id.value, s);
    }
    std::ranges::sort(*groups, {}, [](const ActorGroup &g) { return g.id; });
    for (const ActorGroup &g : *groups) {
        m_groups.emplace(g.id.value, g);
    }
    std::ranges::sort(*incidents, {}, [](const Incident &i) { return std::pair(i.startDate, i.id); });
    std::map<qint64, std::vector<Attribution>> byIncident; // in the store's order: strongest first, then by id
    for (const Attribution &a : *attributions) {
        byIncident[a.incident.value].push_back(a);
    }

    m_objects.append(producerIdentity());
    m_objects.append(extensionDefinition());
    addLocations(*groups, *incidents);
    addSponsors(*groups);
    for (const ActorGroup &g : *groups) {
        addGroup(g);
    }
    std::ranges::sort(*relations, {}, &GroupRelation::id);
    for (const GroupRelation &r : *relations) {
        addRelation(r);
    }
    addVictims(*incidents);
    for (const Incident &i : *incidents) {
        addIncident(i, byIncident[i.id.value]);
    }

    QJsonArray objects = m_objects;
    for (const QJsonValue &r : std::as_const(m_relationships)) {
        objects.append(r);
    }
    const QJsonObject bundle{
        {u"type"_s, u"bundle"_s},
        {u"id"_s, id(u"bundle"_s, u"bundle/"_s + m_time)},
        {u"objects"_s, objects},
    };
    return QJsonDocument(bundle).toJson(QJsonDocument::Indented);
}

} // namespace detail

Result<QByteArray> exportBundle(CaseStore &store, const ExportOptions &options)
{
    QString scope = options.idScope;
    if (scope.isEmpty()) {
        auto createdAt = store.meta(u"created_at"_s);
        if (!createdAt) {
            return std::unexpected(createdAt.error());
        }
        scope = createdAt->value_or(QString());
    }
    const QDateTime time = options.timestamp.isValid() ? options.timestamp : QDateTime::currentDateTimeUtc();
    return detail::BundleBuilder(scope, detail::timestamp(time)).build(store);
}

std::optional<int> confidenceValue(const QString &level)
{
    if (level == u"low"_s) {
        return 15;
    }
    if (level == u"moderate"_s) {
        return 50;
    }
    if (level == u"high"_s) {
        return 85;
    }
    return std::nullopt;
}

QString extensionDefinitionId()
{
    return detail::extensionId();
}

} // namespace awb::stix
