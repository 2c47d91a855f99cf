// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/records.h"
#include "ui/editing/editcommands.h"

#include <optional>
#include <vector>

namespace awb::ui {

/**
 * Adds, changes or deletes an actor group together with the relations the edit removes and adds, in one
 * transaction. Deleting a group removes every relation it is part of (the database would cascade them) and
 * undo restores them under their old ids; a group that attributions or tags name is refused.
 */
class GroupCommand final : public EditCommand
{
public:
    /**
     * The case goes from @p before to @p after (absent: the group does not exist); @p removed relations are
     * deleted and @p added ones created. An added relation without a parent gets the new group as its parent.
     */
    GroupCommand(CaseEditor *editor,
                 const QString &text,
                 std::optional<ActorGroup> before,
                 std::optional<ActorGroup> after,
                 std::vector<GroupRelation> removed,
                 std::vector<GroupRelation> added);

    /** The group as the edit left it (with its id), or as it was before a delete. */
    const ActorGroup &group() const { return m_after ? *m_after : *m_before; }

    bool changedNothing() const override;

protected:
    Result<void> forward(CaseStore &store) override;
    Result<void> backward(CaseStore &store) override;

private:
    static Result<void> transition(CaseStore &store,
                                   const std::optional<ActorGroup> &from,
                                   std::optional<ActorGroup> &to,
                                   const std::vector<GroupRelation> &dropped,
                                   std::vector<GroupRelation> &created);
    static QString describe(const ActorGroup &group);

    std::optional<ActorGroup> m_before;
    std::optional<ActorGroup> m_after;
    std::vector<GroupRelation> m_removed;
    std::vector<GroupRelation> m_added;
};

} // namespace awb::ui
