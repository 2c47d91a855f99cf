// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/interopplan.h"

#include "core/chain/address.h"
#include "core/interop/groupmatch.h"
#include "core/store/casestore.h"

#include <QCoreApplication>

#include <map>
#include <set>
#include <tuple>

namespace awb::interop {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::interop", text);
}

/** What a tag says, for finding the same tag twice: address, fields, group and the source's link or title. */
using TagKey = std::tuple<qint64, qint64, QString, QString, QString, QString, QString, QString, QString, QString>;

/** An address is one word of visible text: spaces, control or format characters (bidi overrides) make it something
 * else. */
bool looksLikeAddress(const QString &text)
{
    return std::ranges::none_of(text, [](QChar c) {
        return c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
    });
}

class Planner
{
public:
    Planner(CaseStore &store, const InteropData &data, InteropReport &report)
        : m_store(store)
        , m_data(data)
        , m_report(report)
    {}

    Result<Plan> run();

private:
    void planActor(const ActorRecord &record);
    void addAliases(ActorGroup &group, const ActorRecord &record, GroupOutcome &outcome);
    void flagSharedAliases();
    Result<void> planTag(const TagRecord &record);
    Result<std::optional<std::size_t>> groupOfActor(const TagRecord &record);
    /** The address's id in the case, or the index of the plan's new address; counts both once. */
    Result<std::pair<qint64, std::optional<std::size_t>>> addressOf(const QString &chain, const QString &canonical);
    Result<bool> caseHasTag(qint64 address, const TagKey &key);
    QString sourceText(SourceId id);

    void skip(const QString &location, const QString &what, const QString &reason)
    {
        m_report.skipped.push_back({location, what, reason});
    }

    CaseStore &m_store;
    const InteropData &m_data;
    InteropReport &m_report;
    Plan m_plan;
    std::map<QString, QString> m_addedAliases; // name key → the alias as first written
    std::map<std::pair<QString, QString>, std::pair<qint64, std::optional<std::size_t>>> m_addresses;
    std::set<TagKey> m_fileTags;
    std::map<qint64, std::set<TagKey>> m_caseTags; // by address id
    std::map<qint64, QString> m_caseSources;
    std::set<QString> m_flaggedActors;
};

void Planner::addAliases(ActorGroup &group, const ActorRecord &record, GroupOutcome &outcome)
{
    const SourceId source = pendingSource(record.source);
    QStringList claimed = record.aliases;
    if (nameKey(record.name) != nameKey(group.name)) {
        claimed.prepend(record.name); // matched by id or alias: the file's own name for the group is a claim too
    }
    for (const QString &written : claimed) {
        const QString alias = written.trimmed();
        if (alias.isEmpty()) {
            skip(record.location, written, tr("an empty alias"));
        } else if (nameKey(alias) == nameKey(group.name)) {
            skip(record.location, alias, tr("the alias is the group's own name (%1)").arg(group.name));
        } else if (std::ranges::any_of(group.aliases,
                                       [&](const AliasClaim &a) { return a.alias == alias && a.source == source; })) {
            skip(record.location, alias, tr("the same alias again in the file"));
        } else {
            group.aliases.push_back({alias, source, record.aliasNote});
            m_addedAliases.emplace(nameKey(alias), alias);
            ++outcome.aliasesAdded;
        }
    }
}

void Planner::planActor(const ActorRecord &record)
{
    const GroupCandidates found = matchRecord(m_plan.groups, record);
    if (found.ambiguous()) {
        QStringList names;
        for (std::size_t i : found.indices) {
            names << m_plan.groups[i].name;
        }
        skip(record.location, record.name,
             tr("matches several groups by %1 (%2); nothing was added, and the groups are not merged")
                 .arg(found.via, names.join(u", "_s)));
        return;
    }
    GroupOutcome outcome{record.name, !found.unique(), found.via, 0};
    if (!found.unique()) {
        ActorGroup created;
        created.name = record.name;
        created.country = record.country;
        created.description = record.description;
        m_plan.groups.push_back(created);
        m_plan.changed.push_back(false);
        ++m_report.groupsAdded;
    } else {
        ++m_report.groupsMatched;
    }
    const std::size_t index = found.unique() ? found.indices.front() : m_plan.groups.size() - 1;
    ActorGroup &group = m_plan.groups[index];
    const SourceId source = pendingSource(record.source);
    const std::size_t aliasesBefore = group.aliases.size();
    const std::size_t idsBefore = group.externalIds.size();
    addAliases(group, record, outcome);
    if (!record.ownId.isEmpty() && std::ranges::none_of(group.externalIds, [&](const ExternalId &e) {
            return e.system == record.ownSystem && e.externalId.compare(record.ownId, Qt::CaseInsensitive) == 0;
        })) {
        group.externalIds.push_back({record.ownSystem, record.ownId, record.ownUrl, source});
        ++m_report.externalIdsAdded;
    }
    if (record.country && group.country && *group.country != *record.country) {
        m_report.flagged.push_back(
            {u"country-differs"_s,
             group.name,
             tr("%1 gives the country %2; the case keeps %3").arg(record.location, *record.country, *group.country),
             {group.name}});
    } else if (record.country && !group.country) {
        group.country = record.country;
    }
    const bool adds = group.aliases.size() > aliasesBefore || group.externalIds.size() > idsBefore;
    if (adds || !found.unique()) {
        if (std::ranges::find(group.sources, source) == group.sources.end()) {
            group.sources.push_back(source);
        }
        m_plan.sourceUsed[record.source] = true;
        if (index < m_plan.existingGroups) {
            m_plan.changed[index] = true;
        }
    }
    outcome.name = group.name;
    m_report.aliasesAdded += outcome.aliasesAdded;
    m_report.groups.push_back(outcome);
}

void Planner::flagSharedAliases()
{
    for (const auto &[key, alias] : m_addedAliases) {
        const std::vector<std::size_t> bearers = groupsBearing(m_plan.groups, alias);
        if (bearers.size() < 2) {
            continue;
        }
        QStringList names;
        for (std::size_t i : bearers) {
            names << m_plan.groups[i].name;
        }
        m_report.flagged.push_back({u"shared-alias"_s, alias,
                                    tr("now denotes %1 groups (%2); each claim keeps its source and the groups are "
                                       "kept apart")
                                        .arg(bearers.size())
                                        .arg(names.join(u", "_s)),
                                    names});
    }
}

Result<std::pair<qint64, std::optional<std::size_t>>> Planner::addressOf(const QString &chain, const QString &canonical)
{
    const auto key = std::pair{chain, canonical};
    if (const auto it = m_addresses.find(key); it != m_addresses.end()) {
        return it->second;
    }
    auto existing = m_store.findAddress(chain, canonical);
    if (!existing) {
        return std::unexpected(existing.error());
    }
    std::pair<qint64, std::optional<std::size_t>> ref{0, std::nullopt};
    if (*existing) {
        ref.first = (*existing)->id.value;
        ++m_report.addressesMatched;
    } else {
        Address a;
        a.chain = chain;
        a.address = canonical;
        m_plan.newAddresses.push_back(a);
        ref.second = m_plan.newAddresses.size() - 1;
        ++m_report.addressesAdded;
    }
    m_addresses.emplace(key, ref);
    return ref;
}

QString Planner::sourceText(SourceId id)
{
    if (const auto pending = pendingIndex(id)) {
        const Source &s = m_data.sources[*pending];
        return s.url.value_or(s.title);
    }
    if (const auto it = m_caseSources.find(id.value); it != m_caseSources.end()) {
        return it->second;
    }
    auto s = m_store.source(id);
    const QString text = s ? s->url.value_or(s->title) : QString();
    m_caseSources.emplace(id.value, text);
    return text;
}

Result<bool> Planner::caseHasTag(qint64 address, const TagKey &key)
{
    if (!m_caseTags.contains(address)) {
        auto tags = m_store.tags(AddressId{address});
        if (!tags) {
            return std::unexpected(tags.error());
        }
        std::set<TagKey> &keys = m_caseTags[address];
        for (const Tag &t : *tags) {
            keys.insert({address, t.group.value_or(GroupId{}).value, t.label, t.category, t.abuse, t.confidence,
                         t.tagType, t.context, sourceText(t.source), QString()});
        }
    }
    return m_caseTags[address].contains(key);
}

Result<std::optional<std::size_t>> Planner::groupOfActor(const TagRecord &record)
{
    if (record.actor.isEmpty()) {
        return std::optional<std::size_t>();
    }
    const GroupCandidates found = matchActorReference(m_plan.groups, record.actor);
    if (found.unique()) {
        return std::optional(found.indices.front());
    }
    if (m_flaggedActors.insert(record.actor).second) {
        QStringList names;
        for (std::size_t i : found.indices) {
            names << m_plan.groups[i].name;
        }
        m_report.flagged.push_back(
            found.ambiguous()
                ? Flag{u"ambiguous-actor"_s, record.actor,
                       tr("names several groups by %1 (%2); its tags were imported without a group")
                           .arg(found.via, names.join(u", "_s)),
                       names}
                : Flag{u"unmatched-actor"_s,
                       record.actor,
                       tr("matches no group of the case; its tags were imported without a group (import the "
                          "ActorPack that defines it first, or add the group)"),
                       {}});
    }
    return std::optional<std::size_t>();
}

Result<void> Planner::planTag(const TagRecord &record)
{
    const QString written = record.address.trimmed();
    if (!looksLikeAddress(written)) {
        skip(record.location, record.address, tr("not an address (it holds spaces, control or format characters)"));
        return {};
    }
    auto canonical = chain::normalizeAddress(record.chain, written);
    if (!canonical) {
        skip(record.location, record.address, canonical.error().message);
        return {};
    }
    auto group = groupOfActor(record);
    if (!group) {
        return std::unexpected(group.error());
    }
    auto address = addressOf(record.chain, *canonical);
    if (!address) {
        return std::unexpected(address.error());
    }
    PlannedTag planned;
    Tag &t = planned.tag;
    t.address = AddressId{address->first};
    planned.newAddress = address->second;
    planned.group = *group;
    if (*group && **group < m_plan.existingGroups) {
        t.group = m_plan.groups[**group].id;
    }
    t.label = record.label;
    t.category = record.category;
    t.abuse = record.abuse;
    t.confidence = record.confidence;
    t.tagType = record.tagType;
    t.context = record.context;
    t.source = pendingSource(record.source);
    const qint64 groupKey = *group ? m_plan.groups[**group].id.value : 0;
    const QString place = address->second ? u"new %1"_s.arg(*address->second) : QString();
    const TagKey key{address->first, groupKey,  t.label,   t.category,           t.abuse,
                     t.confidence,   t.tagType, t.context, sourceText(t.source), place};
    if (!m_fileTags.insert(key).second) {
        skip(record.location, *canonical, tr("the same tag again in the file"));
        return {};
    }
    if (!address->second && (!*group || **group < m_plan.existingGroups)) {
        auto known = caseHasTag(address->first, key);
        if (!known) {
            return std::unexpected(known.error());
        }
        if (*known) {
            skip(record.location, *canonical, tr("the case already holds this tag from the same source"));
            return {};
        }
    }
    m_plan.sourceUsed[record.source] = true;
    m_plan.tags.push_back(std::move(planned));
    ++m_report.tagsAdded;
    return {};
}

Result<Plan> Planner::run()
{
    auto groups = m_store.groups();
    if (!groups) {
        return std::unexpected(groups.error());
    }
    m_plan.groups = std::move(*groups);
    m_plan.existingGroups = m_plan.groups.size();
    m_plan.changed.assign(m_plan.groups.size(), false);
    m_plan.sourceUsed.assign(m_data.sources.size(), false);
    m_report.skipped = m_data.skipped;
    m_report.warnings = m_data.warnings;
    m_report.recordsRead = m_data.recordsRead;
    for (const ActorRecord &record : m_data.actors) {
        planActor(record);
    }
    flagSharedAliases();
    for (const TagRecord &record : m_data.tags) {
        if (auto r = planTag(record); !r) {
            return std::unexpected(r.error());
        }
    }
    for (bool used : m_plan.sourceUsed) {
        m_report.sourcesAdded += used ? 1 : 0;
    }
    return std::move(m_plan);
}

} // namespace

SourceId pendingSource(std::size_t index)
{
    return SourceId{-qint64(index) - 1};
}

std::optional<std::size_t> pendingIndex(SourceId id)
{
    return id.value < 0 ? std::optional(std::size_t(-id.value - 1)) : std::nullopt;
}

Result<Plan> planInterop(CaseStore &store, const InteropData &data, InteropReport &report)
{
    return Planner(store, data, report).run();
}

} // namespace awb::interop
