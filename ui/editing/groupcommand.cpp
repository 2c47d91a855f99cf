// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/groupcommand.h"

#include "core/store/casestore.h"

#include <algorithm>

namespace awb::ui {

GroupCommand::GroupCommand(CaseEditor *editor,
                           const QString &text,
                           std::optional<ActorGroup> before,
                           std::optional<ActorGroup> after,
                           std::vector<GroupRelation> removed,
                           std::vector<GroupRelation> added)
    : EditCommand(editor, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_removed(std::move(removed))
    , m_added(std::move(added))
{}

bool GroupCommand::changedNothing() const
{
    return m_before && m_after && *m_before == *m_after && m_removed.empty() && m_added.empty();
}

Result<void> GroupCommand::forward(CaseStore &store)
{
    auto r = transition(store, m_before, m_after, m_removed, m_added);
    if (r && isFirstRun() && m_after) {
        // Keep what the store made of the group, so undo can tell it is unchanged.
        auto stored = store.group(m_after->id);
        if (!stored) {
            return std::unexpected(stored.error());
        }
        m_after = std::move(*stored);
    }
    return r;
}

Result<void> GroupCommand::backward(CaseStore &store)
{
    return transition(store, m_after, m_before, m_added, m_removed);
}

Result<void> GroupCommand::transition(CaseStore &store,
                                      const std::optional<ActorGroup> &from,
                                      std::optional<ActorGroup> &to,
                                      const std::vector<GroupRelation> &dropped,
                                      std::vector<GroupRelation> &created)
{
    if (from) {
        if (auto r = expectRecord(store.group(from->id), *from, describe(*from)); !r) {
            return r;
        }
    }
    auto relations = store.relations();
    if (!relations) {
        return std::unexpected(relations.error());
    }
    for (const GroupRelation &relation : dropped) {
        if (std::find(relations->begin(), relations->end(), relation) == relations->end()) {
            return std::unexpected(changedElsewhere(describe(from ? *from : *to)));
        }
        if (auto r = store.removeRelation(relation.id); !r) {
            return r;
        }
    }
    if (from && to) {
        if (auto r = store.updateGroup(*to); !r) {
            return r;
        }
    } else if (from) {
        // Every relation of the group was dropped above; one added since, outside the history, would cascade.
        auto usage = store.groupUsage(from->id);
        if (!usage) {
            return std::unexpected(usage.error());
        }
        if (usage->relations > 0) {
            return std::unexpected(changedElsewhere(describe(*from)));
        }
        if (auto r = store.removeUnusedGroup(from->id); !r) {
            return r;
        }
    } else {
        auto id = store.addGroup(*to); // under its old id when undoing a delete or redoing an add
        if (!id) {
            return std::unexpected(id.error());
        }
        to->id = *id;
    }
    for (GroupRelation &relation : created) {
        if (!relation.parent.isValid()) {
            relation.parent = to->id;
        }
        auto id = store.addRelation(relation);
        if (!id) {
            return std::unexpected(id.error());
        }
        relation.id = *id;
    }
    return {};
}

QString GroupCommand::describe(const ActorGroup &group)
{
    return EditCommand::tr("The group %1").arg(quoted(group.name));
}

} // namespace awb::ui
