// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/groupmatch.h"

#include <algorithm>
#include <functional>

namespace awb::interop {

using namespace Qt::Literals::StringLiterals;

namespace {

using GroupTest = std::function<bool(const ActorGroup &)>;

/** The first tier that any group passes; a tier without a test (an empty key) is passed over. */
GroupCandidates firstTier(const std::vector<ActorGroup> &groups,
                          const std::vector<std::pair<QString, GroupTest>> &tiers)
{
    for (const auto &[via, test] : tiers) {
        if (!test) {
            continue;
        }
        GroupCandidates found{{}, via};
        for (std::size_t i = 0; i < groups.size(); ++i) {
            if (test(groups[i])) {
                found.indices.push_back(i);
            }
        }
        if (!found.indices.empty()) {
            return found;
        }
    }
    return {};
}

/** A uuid as STIX and MISP write it, without the object type ("intrusion-set--"). */
QString bareId(const QString &id)
{
    const qsizetype dashes = id.lastIndexOf(u"--"_s);
    return (dashes < 0 ? id : id.mid(dashes + 2)).trimmed().toLower();
}

GroupTest byName(const QString &key)
{
    if (key.isEmpty()) {
        return {};
    }
    return [key](const ActorGroup &g) {
        return nameKey(g.name) == key;
    };
}

GroupTest byAlias(const QString &key, QString (*keyOf)(const QString &))
{
    if (key.isEmpty()) {
        return {};
    }
    return [key, keyOf](const ActorGroup &g) {
        return std::ranges::any_of(g.aliases, [&](const AliasClaim &a) { return keyOf(a.alias) == key; });
    };
}

GroupTest bySlug(const QString &slug)
{
    if (slug.isEmpty()) {
        return {};
    }
    return [slug](const ActorGroup &g) {
        return slugKey(g.name) == slug;
    };
}

GroupTest byExternalId(const QString &system, const QString &id)
{
    if (id.trimmed().isEmpty()) {
        return {};
    }
    return [system, id](const ActorGroup &g) {
        return std::ranges::any_of(g.externalIds, [&](const ExternalId &e) {
            return e.system == system && e.externalId.compare(id.trimmed(), Qt::CaseInsensitive) == 0;
        });
    };
}

} // namespace

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QString slugKey(const QString &name)
{
    QString out;
    for (QChar c : name.toCaseFolded()) {
        if (c.isLetterOrNumber()) {
            out += c;
        }
    }
    return out;
}

GroupCandidates matchRecord(const std::vector<ActorGroup> &groups, const ActorRecord &record)
{
    QStringList related;
    for (const QString &id : record.relatedIds) {
        if (!bareId(id).isEmpty()) {
            related << bareId(id);
        }
    }
    GroupTest byRelated;
    if (!related.isEmpty()) {
        byRelated = [related](const ActorGroup &g) {
            return std::ranges::any_of(g.externalIds,
                                       [&](const ExternalId &e) { return related.contains(bareId(e.externalId)); });
        };
    }
    const bool isActor = record.ownSystem == u"graphsense-actor"_s;
    return firstTier(groups, {{u"external id"_s, byExternalId(record.ownSystem, record.ownId)},
                              {u"name"_s, byName(nameKey(record.name))},
                              {u"related"_s, byRelated},
                              {u"alias"_s, byAlias(nameKey(record.name), &nameKey)},
                              {u"actor key"_s, isActor ? bySlug(slugKey(record.ownId)) : GroupTest{}}});
}

GroupCandidates matchActorReference(const std::vector<ActorGroup> &groups, const QString &reference)
{
    return firstTier(groups, {{u"external id"_s, byExternalId(u"graphsense-actor"_s, reference)},
                              {u"name"_s, byName(nameKey(reference))},
                              {u"actor key"_s, bySlug(slugKey(reference))},
                              {u"alias"_s, byAlias(nameKey(reference), &nameKey)},
                              {u"alias key"_s, byAlias(slugKey(reference), &slugKey)}});
}

std::vector<std::size_t> groupsBearing(const std::vector<ActorGroup> &groups, const QString &name)
{
    const QString key = nameKey(name);
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const ActorGroup &g = groups[i];
        if (nameKey(g.name) == key ||
            std::ranges::any_of(g.aliases, [&](const AliasClaim &a) { return nameKey(a.alias) == key; })) {
            out.push_back(i);
        }
    }
    return out;
}

} // namespace awb::interop
