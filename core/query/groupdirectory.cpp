// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/groupdirectory.h"

#include <QCollator>

#include <algorithm>
#include <set>

namespace awb {

using namespace Qt::Literals::StringLiterals;

GroupDirectory::GroupDirectory(std::vector<ActorGroup> groups, const std::vector<GroupRelation> &relations)
    : m_groups(std::move(groups))
{
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        m_index.emplace(m_groups[i].id, i);
    }
    for (const GroupRelation &r : relations) {
        if (r.kind == u"sub-unit"_s) {
            m_subUnits.emplace(r.parent, r.child);
        }
    }
}

const ActorGroup *GroupDirectory::group(GroupId id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : &m_groups[it->second];
}

QString GroupDirectory::name(GroupId id) const
{
    const ActorGroup *g = group(id);
    return g ? g->name : u"group #%1"_s.arg(id.value);
}

QString GroupDirectory::key(const QString &name)
{
    return name.simplified().toCaseFolded();
}

GroupResolution GroupDirectory::resolve(const QString &name) const
{
    GroupResolution r;
    r.query = name.simplified();
    const QString wanted = key(name);
    if (wanted.isEmpty()) {
        return r;
    }
    std::vector<GroupMatch> byAlias;
    for (const ActorGroup &g : m_groups) {
        if (key(g.name) == wanted) {
            r.matches.push_back({g.id, GroupMatch::Via::Name, {}});
        }
        GroupMatch claim{g.id, GroupMatch::Via::Alias, {}};
        for (const AliasClaim &a : g.aliases) {
            if (key(a.alias) == wanted && std::ranges::find(claim.sources, a.source) == claim.sources.end()) {
                claim.sources.push_back(a.source);
            }
        }
        if (!claim.sources.empty()) {
            byAlias.push_back(std::move(claim));
        }
    }
    const bool named = !r.matches.empty();
    for (GroupMatch &claim : byAlias) {
        const bool isNamedGroup =
            std::ranges::any_of(r.matches, [&](const GroupMatch &m) { return m.group == claim.group; });
        if (isNamedGroup) {
            continue; // a group listing its own name among its aliases adds nothing
        }
        (named ? r.alsoClaimed : r.matches).push_back(std::move(claim));
    }
    std::vector<GroupId> denoted;
    for (const GroupMatch &m : r.matches) {
        denoted.push_back(m.group);
    }
    r.included = withSubUnits(denoted);
    return r;
}

std::vector<GroupId> GroupDirectory::withSubUnits(const std::vector<GroupId> &groups) const
{
    std::set<GroupId> seen;
    std::vector<GroupId> pending = groups;
    while (!pending.empty()) {
        const GroupId id = pending.back();
        pending.pop_back();
        if (!seen.insert(id).second) {
            continue; // relations may form a cycle in a hand-edited case
        }
        const auto [first, last] = m_subUnits.equal_range(id);
        for (auto it = first; it != last; ++it) {
            pending.push_back(it->second);
        }
    }
    return {seen.begin(), seen.end()};
}

std::vector<GroupName> GroupDirectory::names() const
{
    std::map<QString, QString> spelled; // key → the first spelling met, names before aliases
    for (const ActorGroup &g : m_groups) {
        spelled.emplace(key(g.name), g.name);
    }
    for (const ActorGroup &g : m_groups) {
        for (const AliasClaim &a : g.aliases) {
            spelled.emplace(key(a.alias), a.alias.simplified());
        }
    }
    std::vector<GroupName> out;
    out.reserve(spelled.size());
    for (const auto &[k, text] : spelled) {
        out.push_back({text, resolve(text).matches});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::ranges::sort(out, [&](const GroupName &a, const GroupName &b) { return collator(a.text, b.text); });
    return out;
}

} // namespace awb
