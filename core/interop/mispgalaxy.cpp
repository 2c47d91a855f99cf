// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/mispgalaxy.h"

#include "core/interop/vocabulary.h"
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace awb::interop {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::interop", text);
}

/** Galaxies of threat actors, intrusion sets and activity groups describe groups; tools and sectors do not. */
bool describesActors(const QJsonObject &root)
{
    const QString type = root.value(u"type"_s).toString();
    if (type.isEmpty() && !root.contains(u"category"_s)) {
        return true; // a bare cluster list: take it as the user says
    }
    return root.value(u"category"_s).toString() == u"actor"_s || type.contains(u"threat-actor"_s) ||
           type.contains(u"intrusion-set"_s) || type.contains(u"activity-group"_s);
}

Source galaxySource(const QJsonObject &root, const QString &fileName)
{
    Source s;
    const QString name = root.value(u"name"_s).toString(fileName);
    const QString type = root.value(u"type"_s).toString();
    s.title = type.isEmpty() ? tr("MISP galaxy \"%1\"").arg(name) : tr("MISP galaxy \"%1\" (%2)").arg(name, type);
    if (root.value(u"version"_s).isDouble()) {
        s.title += tr(", version %1").arg(root.value(u"version"_s).toInteger());
    }
    s.publisher = u"MISP galaxy"_s;
    s.published = isoDayOf(root.value(u"date"_s).toString());
    s.kind = u"community"_s;
    QStringList authors;
    for (const QJsonValue &a : root.value(u"authors"_s).toArray()) {
        authors << a.toString();
    }
    s.excerpt =
        tr("Cluster file %1 (galaxy uuid %2, source %3; authors: %4).")
            .arg(fileName, root.value(u"uuid"_s).toString(), root.value(u"source"_s).toString(), authors.join(u", "_s));
    return s;
}

/** One cluster as an ActorRecord; its skipped parts go to @p data. */
ActorRecord clusterRecord(const QJsonObject &cluster, const QString &location, InteropData &data)
{
    ActorRecord r;
    r.name = cluster.value(u"value"_s).toString().trimmed();
    r.ownSystem = u"misp-galaxy"_s;
    r.ownId = cluster.value(u"uuid"_s).toString().trimmed();
    r.location = location;
    r.aliasNote = tr("MISP galaxy synonym of \"%1\"").arg(r.name);
    const QJsonObject meta = cluster.value(u"meta"_s).toObject();
    for (const QJsonValue &synonym : meta.value(u"synonyms"_s).toArray()) {
        if (!synonym.isString()) {
            data.skipped.push_back(
                {location, QString::fromUtf8(QJsonDocument(QJsonArray{synonym}).toJson(QJsonDocument::Compact)),
                 tr("a synonym that is not text")});
            continue;
        }
        r.aliases << synonym.toString();
    }
    if (const QString country = meta.value(u"country"_s).toString().trimmed(); !country.isEmpty()) {
        if (isCountryCode(country.toUpper())) {
            r.country = country.toUpper();
        } else {
            data.skipped.push_back({location, country, tr("a country that is not an ISO 3166-1 code")});
        }
    }
    r.description = cluster.value(u"description"_s).toString();
    QStringList refs;
    for (const QJsonValue &ref : meta.value(u"refs"_s).toArray()) {
        if (ref.isString() && !ref.toString().trimmed().isEmpty()) {
            refs << ref.toString().trimmed();
        }
    }
    if (!refs.isEmpty()) {
        r.description += (r.description.isEmpty() ? QString() : u"\n\n"_s) + tr("References (MISP galaxy):") + u"\n"_s +
                         refs.join(u'\n');
    }
    for (const QJsonValue &rel : cluster.value(u"related"_s).toArray()) {
        if (const QString id = rel.toObject().value(u"dest-uuid"_s).toString(); !id.isEmpty()) {
            r.relatedIds << id;
        }
    }
    return r;
}

} // namespace

Result<InteropData> parseMispGalaxy(const QByteArray &bytes, const QString &fileName)
{
    auto parsed = jsonOfFile(bytes, fileName);
    if (!parsed) {
        return std::unexpected(parsed.error());
    }
    const QJsonDocument &doc = *parsed;
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.value(u"values"_s).isArray()) {
        return refuseFile(fileName, tr("not a MISP galaxy cluster file: it has no \"values\" list."));
    }
    if (!describesActors(root)) {
        return refuseFile(
            fileName,
            tr("a galaxy of type \"%1\" does not describe threat actors.").arg(root.value(u"type"_s).toString()));
    }
    InteropData data;
    data.format = u"misp-galaxy"_s;
    data.sources.push_back(galaxySource(root, fileName));
    const QJsonArray values = root.value(u"values"_s).toArray();
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i).isObject()) {
            return refuseFile(fileName, tr("values[%1] is not an object.").arg(i));
        }
        ++data.recordsRead;
        const QJsonObject cluster = values.at(i).toObject();
        const QString location = u"%1: values[%2]"_s.arg(fileName).arg(i);
        if (cluster.value(u"value"_s).toString().trimmed().isEmpty()) {
            data.skipped.push_back({location, cluster.value(u"uuid"_s).toString(), tr("a cluster without a value")});
            continue;
        }
        data.actors.push_back(clusterRecord(cluster, location, data));
    }
    return data;
}

} // namespace awb::interop
