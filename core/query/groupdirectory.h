// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/records.h"

#include <QString>

#include <map>
#include <vector>

namespace awb {

/** One group that a name denotes, and why: it is the group's name, or sources claim it as an alias. */
struct GroupMatch
{
    enum class Via { Name, Alias };
    GroupId group;
    Via via = Via::Name;
    std::vector<SourceId> sources; // the alias claims' sources (empty for a name)
    bool operator==(const GroupMatch &) const = default;
};

/**
 * What a group name typed by a user resolves to. Aliases are claims, not merges: a name that is one group's
 * own name denotes that group alone, and the other groups that claim it as an alias are reported beside it;
 * a name that only sources claim as an alias denotes every group it is claimed for.
 */
struct GroupResolution
{
    QString query;
    std::vector<GroupMatch> matches;     // the groups the name denotes
    std::vector<GroupMatch> alsoClaimed; // groups claiming the name as an alias, left out because a group bears it
    std::vector<GroupId> included;       // matches and, transitively, their sub-units

    bool found() const { return !matches.empty(); }

    bool ambiguous() const { return matches.size() > 1 || !alsoClaimed.empty(); }
};

/** A name or alias as a filter box offers it, with every group it may denote. */
struct GroupName
{
    QString text;
    std::vector<GroupMatch> groups;
};

/** The actor groups of a case with their names, alias claims and sub-unit relations, for lookups. */
class GroupDirectory
{
public:
    GroupDirectory() = default;
    GroupDirectory(std::vector<ActorGroup> groups, const std::vector<GroupRelation> &relations);

    const std::vector<ActorGroup> &groups() const { return m_groups; }

    const ActorGroup *group(GroupId id) const;
    QString name(GroupId id) const;
    /** Name lookups ignore case and repeated spaces: "bluenoroff" and "BlueNoroff" are the same name. */
    GroupResolution resolve(const QString &name) const;
    /** @p groups and every group below them through sub-unit relations ("overlaps" is not followed). */
    std::vector<GroupId> withSubUnits(const std::vector<GroupId> &groups) const;
    /** Every distinct name and alias, sorted, each with the groups it may denote. */
    std::vector<GroupName> names() const;

private:
    static QString key(const QString &name);

    std::vector<ActorGroup> m_groups;
    std::map<GroupId, std::size_t> m_index;
    std::multimap<GroupId, GroupId> m_subUnits; // parent → child
};

} // namespace awb
