// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How a bundle's intrusion-sets meet the case's groups: matched by external id, name or alias, or added; never two
// existing groups merged. Pure: importStixBundle() (stiximport.cpp) writes the plan.
#include "core/stix/stiximport.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace awb::stix {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::stix", text);
}

/** Names compare as GroupDirectory compares them: case and repeated spaces ignored. */
QString key(const QString &name)
{
    return name.simplified().toCaseFolded();
}

bool sameId(const ExternalId &a, const ExternalId &b)
{
    return key(a.system) == key(b.system) && key(a.externalId) == key(b.externalId);
}

QString idKey(const ExternalId &e)
{
    return key(e.system) + u'\n' + key(e.externalId);
}

/** Matches intrusion-sets one by one against the case's groups and the ones added before, through key indexes. */
class Planner
{
public:
    Planner(const StixBundle &bundle, const std::vector<ActorGroup> &existing)
    {
        m_plan.source = bundle.source;
        for (const ActorGroup &g : existing) {
            const std::size_t slot = m_groups.size();
            m_groups.push_back(g);
            m_names.emplace(key(g.name), slot);
            for (const AliasClaim &a : g.aliases) {
                m_aliases.emplace(key(a.alias), slot);
            }
            for (const ExternalId &e : g.externalIds) {
                m_ids.emplace(idKey(e), slot);
            }
        }
    }

    StixImportPlan run(const StixBundle &bundle)
    {
        for (const StixGroup &in : bundle.groups) {
            take(in);
        }
        for (StixGroupChange &change : m_plan.changes) {
            change.group = m_groups[m_changed.at(change.stixIds.front())];
        }
        return std::move(m_plan);
    }

private:
    using Match = StixGroupChange::Match;
    using Index = std::multimap<QString, std::size_t>;

    /** The groups @p index files under @p k, added to @p found once each, in the order of m_groups. */
    static std::vector<std::size_t> lookup(const Index &index, const QString &k, std::vector<std::size_t> found = {})
    {
        for (auto [it, end] = index.equal_range(k); it != end; ++it) {
            if (std::ranges::find(found, it->second) == found.end()) {
                found.push_back(it->second);
            }
        }
        std::ranges::sort(found);
        return found;
    }

    QStringList names(const std::vector<std::size_t> &groups) const
    {
        QStringList out;
        for (std::size_t s : groups) {
            out << m_groups[s].name;
        }
        return out;
    }

    void take(const StixGroup &in);
    void notImported(const StixGroup &in, const QString &why);
    void write(std::size_t slot, const StixGroup &in, Match match);
    void claim(std::size_t slot, StixGroupChange &change, const QString &alias, const QString &note);
    void reportShared(std::size_t slot, const QString &name);

    std::vector<ActorGroup> m_groups; // the case's groups, then the ones this bundle adds, as the bundle leaves them
    Index m_names;                    // key(name) → group
    Index m_aliases;                  // key(alias) → the groups claiming it
    Index m_ids;                      // idKey() → the groups having it
    std::map<QString, std::size_t> m_changed;     // an intrusion-set's id → the group it was written to
    std::map<std::size_t, std::size_t> m_changes; // group → its entry in m_plan.changes
    StixImportPlan m_plan;
};

// Another id of a system both name (mitre-attack G0082 for a group that has G0032) says they are different groups.
bool conflicts(const ActorGroup &group, const StixGroup &in)
{
    return std::ranges::any_of(in.externalIds, [&](const ExternalId &theirs) {
        bool sameSystem = false;
        for (const ExternalId &mine : group.externalIds) {
            if (sameId(mine, theirs)) {
                return false;
            }
            sameSystem = sameSystem || key(mine.system) == key(theirs.system);
        }
        return sameSystem;
    });
}

void Planner::notImported(const StixGroup &in, const QString &why)
{
    ++m_plan.notImported;
    m_plan.notices << tr("The intrusion-set \"%1\" (%2) was not imported: %3").arg(in.name, in.stixId, why);
}

void Planner::take(const StixGroup &in)
{
    std::vector<std::size_t> byId;
    for (const ExternalId &e : in.externalIds) {
        byId = lookup(m_ids, idKey(e), std::move(byId));
    }
    if (byId.size() > 1) {
        return notImported(in, tr("its external ids belong to several groups (%1).").arg(names(byId).join(u", "_s)));
    }
    if (byId.size() == 1) {
        return write(byId.front(), in, Match::ExternalId);
    }
    auto byName = lookup(m_names, key(in.name));
    if (byName.size() > 1) {
        std::erase_if(byName, [&](std::size_t s) { return m_groups[s].name != in.name; });
        if (byName.size() != 1) {
            return notImported(
                in, tr("several groups bear that name (%1).").arg(names(lookup(m_names, key(in.name))).join(u", "_s)));
        }
    }
    if (byName.size() == 1) {
        if (conflicts(m_groups[byName.front()], in)) {
            return notImported(in, tr("the group of that name has another external id of the same system."));
        }
        return write(byName.front(), in, Match::Name);
    }
    const auto byAlias = lookup(m_aliases, key(in.name));
    if (byAlias.size() == 1 && !conflicts(m_groups[byAlias.front()], in)) {
        m_plan.notices << tr("The intrusion-set \"%1\" (%2) was matched to the group \"%3\", which has it as an alias.")
                              .arg(in.name, in.stixId, m_groups[byAlias.front()].name);
        return write(byAlias.front(), in, Match::Alias);
    }
    ActorGroup added;
    added.name = in.name;
    added.kind = in.kind.value_or(u"group"_s);
    added.synthetic = in.synthetic;
    m_groups.push_back(std::move(added));
    m_names.emplace(key(in.name), m_groups.size() - 1);
    reportShared(m_groups.size() - 1, in.name);
    write(m_groups.size() - 1, in, Match::New);
}

void Planner::write(std::size_t slot, const StixGroup &in, Match match)
{
    auto [entry, first] = m_changes.emplace(slot, m_plan.changes.size());
    if (first) {
        m_plan.changes.push_back({match, {}, {}, 0, 0});
    }
    StixGroupChange &change = m_plan.changes[entry->second];
    change.stixIds << in.stixId;
    m_changed[in.stixId] = slot;
    ActorGroup &g = m_groups[slot];
    if (g.description.isEmpty()) {
        g.description = in.description;
    }
    if (!g.country) {
        g.country = in.country;
    }
    if (std::ranges::find(g.sources, SourceId{}) == g.sources.end()) {
        g.sources.push_back(SourceId{}); // the bundle's source
    }
    if (in.name != g.name) {
        claim(slot, change, in.name, {});
    }
    for (const StixAlias &a : in.aliases) {
        if (a.alias != g.name && a.alias != in.name) {
            claim(slot, change, a.alias, a.note);
        }
    }
    for (const ExternalId &e : in.externalIds) {
        if (std::ranges::none_of(g.externalIds, [&](const ExternalId &mine) { return sameId(mine, e); })) {
            g.externalIds.push_back({e.system, e.externalId, e.url, SourceId{}});
            m_ids.emplace(idKey(e), slot);
            ++change.externalIdsAdded;
        }
    }
}

void Planner::claim(std::size_t slot, StixGroupChange &change, const QString &alias, const QString &note)
{
    auto &aliases = m_groups[slot].aliases;
    const auto same =
        std::ranges::find_if(aliases, [&](const AliasClaim &a) { return a.alias == alias && a.source == SourceId{}; });
    if (same != aliases.end()) {
        if (!note.isEmpty() && !same->note.contains(note)) {
            same->note = same->note.isEmpty() ? note : same->note + u"; "_s + note;
        }
        return;
    }
    aliases.push_back({alias, SourceId{}, note});
    ++change.aliasesAdded;
    reportShared(slot, alias);
    m_aliases.emplace(key(alias), slot);
}

void Planner::reportShared(std::size_t slot, const QString &name)
{
    auto others = lookup(m_aliases, key(name), lookup(m_names, key(name)));
    std::erase(others, slot);
    if (!others.empty()) {
        m_plan.sharedNames.push_back({name, m_groups[slot].name, names(others)});
    }
}

} // namespace

StixImportPlan planStixImport(const StixBundle &bundle, const std::vector<ActorGroup> &existing)
{
    return Planner(bundle, existing).run(bundle);
}

} // namespace awb::stix
