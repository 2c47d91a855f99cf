// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stix/stixobjects.h"

#include "core/model/validation.h"

#include <QTimeZone>
#include <QUrl>
#include <QUuid>

namespace awb::stix::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

/** Our namespace for UUIDv5 ids; never change it, or every exported id changes. */
const QUuid kNamespace(u"b419dec1-2966-4983-a46f-8d4538beb260"_s);

/** When version 1.0.0 of the extension was defined: its definition is one object, the same in every bundle. */
const QString kDefinitionTime = u"2026-11-21T00:00:00.000Z"_s;

const QString kSyntheticPrefix = u"SYNTHETIC: "_s;

/** The extension's normative definition, as plain text (the spec allows a URL or text); docs/stix.md has more. */
const QString kExtensionSchema =
    u"Attribution Workbench case record, version 1.0.0. A property extension; every property is optional unless "
    "marked required. On an incident: start_date (required) and end_date as ISO 8601 dates, possibly only YYYY or "
    "YYYY-MM, as the sources give them; status (required: confirmed, reported or attempted); victim; "
    "victim_country (ISO 3166-1 alpha-2); sector (required); chains and assets (lists of names); loss_usd (whole US "
    "dollars at the time, the recorded figure) with loss_usd_source (the title of its source); loss_usd_low and "
    "loss_usd_high when the sources' figures differ; native_losses (chain, asset, amount as exact decimal text, "
    "source); claims (field, value, source, note: each source's competing figure or date). On an intrusion-set: kind "
    "(required: group, sub-unit, cluster or unnamed); country; alias_claims (alias, source, note: which source "
    "claims each alias). On an attributed-to relationship: party (required: who attributes), attributed_on (ISO "
    "8601 date), evidence, confidence_level (required: low, moderate or high). On each of them synthetic (required, "
    "boolean): true marks generated data that is not a real record."_s;

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

IdMaker::IdMaker(QString scope)
    : m_scope(std::move(scope))
{}

QString IdMaker::id(const QString &type, const QString &key) const
{
    return type + u"--"_s + uuidText(QUuid::createUuidV5(kNamespace, m_scope + u'\n' + type + u'\n' + key));
}

QString timestamp(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone::utc()).toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

std::optional<QString> periodStart(const QString &isoDate)
{
    const auto period = isoPeriod(isoDate);
    if (!period) {
        return std::nullopt;
    }
    return timestamp(period->first.startOfDay(QTimeZone::utc()));
}

std::optional<QString> periodEnd(const QString &isoDate)
{
    const auto period = isoPeriod(isoDate);
    if (!period) {
        return std::nullopt;
    }
    return timestamp(period->second.addDays(1).startOfDay(QTimeZone::utc()).addMSecs(-1));
}

QString shownName(const QString &name, bool synthetic)
{
    return synthetic && !name.startsWith(u"SYNTHETIC"_s) ? kSyntheticPrefix + name : name;
}

QJsonObject baseObject(const QString &type, const QString &id, const QString &time, bool synthetic)
{
    QJsonObject o{
        {u"type"_s, type}, {u"spec_version"_s, u"2.1"_s}, {u"id"_s, id}, {u"created"_s, time}, {u"modified"_s, time},
    };
    if (synthetic) {
        o.insert(u"labels"_s, QJsonArray{u"synthetic"_s});
    }
    return o;
}

void putText(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty()) {
        object.insert(key, value);
    }
}

void putList(QJsonObject &object, const QString &key, const QStringList &values)
{
    if (!values.isEmpty()) {
        object.insert(key, QJsonArray::fromStringList(values));
    }
}

std::optional<QString> encodedUrl(const QString &url)
{
    // The store keeps only http(s) URLs that parse strictly; encoded, they hold no character RFC 3986 forbids.
    if (!isWebUrl(url)) {
        return std::nullopt;
    }
    return QString::fromLatin1(QUrl(url, QUrl::StrictMode).toEncoded());
}

QJsonObject sourceReference(const Source &source, const QStringList &citedFor)
{
    QString description = source.synthetic ? u"SYNTHETIC source: "_s + source.title : source.title;
    if (source.published) {
        description += u" ("_s + *source.published + u')';
    }
    if (!citedFor.isEmpty()) {
        description += u". Cited for: "_s + citedFor.join(u"; "_s);
    }
    QJsonObject reference{
        {u"source_name"_s, source.publisher.isEmpty() ? source.title : source.publisher},
        {u"description"_s, description},
    };
    if (auto url = source.url.and_then(encodedUrl)) {
        reference.insert(u"url"_s, *url);
    }
    return reference;
}

void addExtension(QJsonObject &object, QJsonObject body)
{
    body.insert(u"extension_type"_s, u"property-extension"_s);
    object.insert(u"extensions"_s, QJsonObject{{extensionId(), body}});
}

QString extensionId()
{
    return IdMaker({}).id(u"extension-definition"_s, u"awb-case-record/1"_s);
}

QJsonObject producerIdentity()
{
    QJsonObject o =
        baseObject(u"identity"_s, IdMaker({}).id(u"identity"_s, u"attribution-workbench"_s), kDefinitionTime, false);
    o.insert(u"name"_s, u"Attribution Workbench contributors"_s);
    o.insert(u"identity_class"_s, u"group"_s);
    o.insert(u"description"_s, u"Authors of the Attribution Workbench and of its STIX property extension."_s);
    return o;
}

QJsonObject extensionDefinition()
{
    QJsonObject o = baseObject(u"extension-definition"_s, extensionId(), kDefinitionTime, false);
    o.insert(u"created_by_ref"_s, producerIdentity()[u"id"_s]);
    o.insert(u"name"_s, u"Attribution Workbench case record"_s);
    o.insert(u"description"_s,
             u"What STIX 2.1 has no property for: an incident's dates, loss with its range across sources, chains, "
             "victim and competing claims; a group's kind and per-source alias claims; an attribution claim's party, "
             "date, evidence and confidence level; and whether a record is synthetic."_s);
    o.insert(u"schema"_s, kExtensionSchema);
    o.insert(u"version"_s, u"1.0.0"_s);
    o.insert(u"extension_types"_s, QJsonArray{u"property-extension"_s});
    return o;
}

} // namespace awb::stix::detail
