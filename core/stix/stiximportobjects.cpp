// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The objects of a STIX bundle, one at a time: intrusion-sets become StixGroups, revoked and deprecated objects are
// set aside, everything else is counted by type; identities and an ATT&CK collection name the bundle's source.
#include "core/stix/stiximportobjects.h"

#include "core/model/validation.h"
#include "core/stix/stixexport.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <string_view>

namespace awb::stix::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::stix", text);
}

const QStringList kKinds{u"group"_s, u"sub-unit"_s, u"cluster"_s, u"unnamed"_s};
const QString kSyntheticPrefix = u"SYNTHETIC: "_s; // what our export puts before a synthetic record's name

QString text(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get_ref<const std::string &>())
                                                 : QString();
}

bool flag(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}

/** The member @p key of @p object when it is of the kind @p wanted, else nullptr. */
const Json *member(const Json &object, const std::string &key, Json::value_t wanted)
{
    const auto it = object.find(key);
    return it != object.end() && it->type() == wanted ? &*it : nullptr;
}

QString joinedNote(const QString &first, const QString &second)
{
    if (first.isEmpty() || first == second) {
        return second.isEmpty() ? first : second;
    }
    return second.isEmpty() || first.contains(second) ? first : first + u"; "_s + second;
}

/** Adds @p alias once: a second claim of the same text (from another source in the bundle) adds its note. */
void addAlias(StixGroup &group, const QString &alias, const QString &note)
{
    if (alias.trimmed().isEmpty()) {
        return;
    }
    auto it = std::ranges::find(group.aliases, alias, &StixAlias::alias);
    if (it == group.aliases.end()) {
        group.aliases.push_back({alias, note});
    } else {
        it->note = joinedNote(it->note, note);
    }
}

/** Our export's alias claim: who in the bundle claims the alias goes into the note, as the case keeps one source. */
QString claimNote(const QString &source, const QString &note)
{
    if (source.isEmpty()) {
        return note;
    }
    return note.isEmpty() ? u"Source in the bundle: %1"_s.arg(source)
                          : u"%1 (source in the bundle: %2)"_s.arg(note, source);
}

/** The date part of a STIX timestamp, when it is one. */
std::optional<QString> datePart(const QString &timestamp)
{
    const QString date = timestamp.left(10);
    return isIsoDate(date) && date.size() == 10 ? std::optional(date) : std::nullopt;
}

} // namespace

QString shownFile(const StixBundle &bundle)
{
    return bundle.fileName.isEmpty() ? tr("The STIX bundle") : bundle.fileName;
}

bool isReadProperty(const std::string &key)
{
    static constexpr std::array<std::string_view, 14> kRead{"type",
                                                            "id",
                                                            "spec_version",
                                                            "name",
                                                            "description",
                                                            "aliases",
                                                            "external_references",
                                                            "revoked",
                                                            "created_by_ref",
                                                            "modified",
                                                            "created",
                                                            "extensions",
                                                            "x_mitre_version",
                                                            "x_mitre_deprecated"};
    return std::ranges::find(kRead, std::string_view(key)) != kRead.end();
}

Result<void> ObjectMapper::take(const Json &object, qint64 index, qint64 offset)
{
    ++m_bundle.objectsRead;
    const QString type = text(object, "type");
    const QString id = text(object, "id");
    const auto malformed = [&](const QString &what) {
        return fail(Error::Code::InvalidInput,
                    tr("%1: object %2 of \"objects\" (at byte %3) %4")
                        .arg(shownFile(m_bundle), QString::number(index), QString::number(offset), what));
    };
    if (type.isEmpty()) {
        return malformed(tr("has no \"type\"."));
    }
    if (id.isEmpty()) {
        return malformed(tr("has no \"id\"."));
    }
    if (!id.startsWith(type + u"--"_s) || id.size() == type.size() + 2) {
        return malformed(tr("has the id \"%1\", which is not of its type \"%2\".").arg(id, type));
    }
    const QString modified = text(object, "modified");
    m_latest = std::max(m_latest, datePart(modified).value_or(QString()));
    if (flag(object, "revoked") || flag(object, "x_mitre_deprecated")) {
        m_bundle.withdrawn.push_back({type, id, text(object, "name"), flag(object, "revoked")});
        ++m_bundle.skippedByType[type];
        return {};
    }
    if (type == u"intrusion-set"_s) {
        takeGroup(object, id, index);
        return {};
    }
    if (type == u"identity"_s) {
        m_identities[id] = text(object, "name");
    } else if (type == u"x-mitre-collection"_s) {
        const QString version = text(object, "x_mitre_version");
        m_collection = version.isEmpty() ? text(object, "name") : text(object, "name") + u" v"_s + version;
        m_collectionDate = datePart(modified).value_or(QString());
    }
    ++m_bundle.skippedByType[type];
    return {};
}

void ObjectMapper::takeGroup(const Json &object, const QString &id, qint64 index)
{
    StixGroup g;
    g.stixId = id;
    g.index = index;
    g.modified = text(object, "modified");
    g.name = text(object, "name");
    g.description = text(object, "description");
    if (g.name.trimmed().isEmpty()) {
        m_bundle.issues
            << tr("The intrusion-set %1 (object %2) has no name; it was skipped.").arg(id, QString::number(index));
        ++m_bundle.skippedByType[u"intrusion-set"_s];
        return;
    }
    takeExtension(object, g); // our alias claims first: they keep the record's order and who claims each alias
    if (const Json *aliases = member(object, "aliases", Json::value_t::array)) {
        for (const Json &alias : *aliases) {
            if (alias.is_string()) {
                addAlias(g, QString::fromStdString(alias.get_ref<const std::string &>()), {});
            }
        }
    }
    if (const Json *references = member(object, "external_references", Json::value_t::array)) {
        for (const Json &reference : *references) {
            if (!reference.is_object()) {
                continue;
            }
            ExternalId e{text(reference, "source_name"), text(reference, "external_id"), {}, {}};
            if (e.system.isEmpty() || e.externalId.isEmpty() ||
                std::ranges::find(g.externalIds, e) != g.externalIds.end()) {
                continue; // a citation, not an id
            }
            if (const QString url = text(reference, "url"); isWebUrl(url)) {
                e.url = url;
            }
            m_mitreIds = m_mitreIds || e.system == u"mitre-attack"_s;
            g.externalIds.push_back(std::move(e));
        }
    }
    if (const QString creator = text(object, "created_by_ref"); !creator.isEmpty()) {
        ++m_creators[creator];
    }
    auto same = std::ranges::find(m_bundle.groups, id, &StixGroup::stixId);
    if (same == m_bundle.groups.end()) {
        m_bundle.groups.push_back(std::move(g));
        return;
    }
    // STIX versions an object by `modified`: the bundle may hold several; the latest stands.
    m_bundle.issues << tr("The bundle holds the intrusion-set %1 more than once; the latest version was read.").arg(id);
    ++m_bundle.skippedByType[u"intrusion-set"_s];
    if (g.modified > same->modified) {
        *same = std::move(g);
    }
}

void ObjectMapper::takeExtension(const Json &object, StixGroup &group)
{
    const Json *extensions = member(object, "extensions", Json::value_t::object);
    const Json *body =
        extensions ? member(*extensions, extensionDefinitionId().toStdString(), Json::value_t::object) : nullptr;
    if (!body) {
        return;
    }
    if (const QString kind = text(*body, "kind"); kKinds.contains(kind)) {
        group.kind = kind;
    } else if (!kind.isEmpty()) {
        m_bundle.issues
            << tr("The intrusion-set %1 has the unknown kind \"%2\"; it was left out.").arg(group.stixId, kind);
    }
    if (const QString country = text(*body, "country"); isCountryCode(country)) {
        group.country = country;
    } else if (!country.isEmpty()) {
        m_bundle.issues << tr("The intrusion-set %1 has the country \"%2\", not an ISO code; it was left out.")
                               .arg(group.stixId, country);
    }
    group.synthetic = flag(*body, "synthetic");
    if (group.synthetic && group.name.startsWith(kSyntheticPrefix) && group.name.size() > kSyntheticPrefix.size()) {
        group.name = group.name.mid(kSyntheticPrefix.size()); // our export's shown name; the flag says it
    }
    if (const Json *claims = member(*body, "alias_claims", Json::value_t::array)) {
        for (const Json &claim : *claims) {
            if (claim.is_object()) {
                addAlias(group, text(claim, "alias"), claimNote(text(claim, "source"), text(claim, "note")));
            }
        }
    }
}

void ObjectMapper::finish()
{
    Source &s = m_bundle.source;
    const QString file = m_bundle.fileName.isEmpty() ? m_bundle.bundleId : m_bundle.fileName;
    s.title = u"STIX bundle %1"_s.arg(file).trimmed();
    if (!m_collection.isEmpty()) {
        s.title = u"%1 (%2)"_s.arg(m_collection, s.title);
    }
    if (m_mitreIds) {
        s.publisher = u"MITRE ATT&CK"_s;
    } else if (!m_creators.empty()) {
        const auto most = std::ranges::max_element(m_creators, {}, [](const auto &c) { return c.second; });
        const auto identity = m_identities.find(most->first);
        s.publisher = identity == m_identities.end() ? QString() : identity->second;
    }
    const QString date = m_collectionDate.isEmpty() ? m_latest : m_collectionDate;
    s.published = date.isEmpty() ? std::nullopt : std::optional(date);
    s.kind = u"dataset"_s;
    s.excerpt = u"Imported from %1: bundle %2, SHA-256 %3, %4 objects, %5 intrusion-sets read."_s.arg(
        file, m_bundle.bundleId.isEmpty() ? u"without id"_s : m_bundle.bundleId, m_bundle.sha256,
        QString::number(m_bundle.objectsRead), QString::number(m_bundle.groups.size()));
}

} // namespace awb::stix::detail
