// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/incident.h"
#include "core/model/records.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QUndoStack;
class QWidget;

namespace awb {
class CaseStore;
}

namespace awb::ui {

class CaseDocument;
class EditCommand;

/**
 * Every edit of the open case goes through here: each one is a command on the case's undo stack and is
 * committed in one transaction of its CaseStore, so nothing acknowledged is lost. An edit the store refuses
 * (read-only case, a constraint, a record changed underneath) is returned as an error and never pushed. When
 * an undo or redo fails, the editor reports it and clears the history rather than let it disagree with the
 * case. The history lasts until the case is closed or replaced, or another program commits to it.
 */
class CaseEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseEditor)

public:
    explicit CaseEditor(CaseDocument *document, QObject *parent = nullptr);
    ~CaseEditor() override;

    QUndoStack *undoStack() const { return m_stack; }

    CaseDocument *document() const { return m_document; }

    /** The open case's store, or null. */
    CaseStore *store() const;
    /** Whether a case is open and writable. */
    bool canEdit() const;
    /** Where failures of undo and redo are reported (they have no caller to return an error to). */
    void setDialogParent(QWidget *parent);

    Result<IncidentId> addIncident(const Incident &incident);
    /** Replaces the incident's fields and lists; pass the stored record with the edits applied. */
    Result<void> updateIncident(const Incident &incident);
    /** Deletes the incident with its attributions and wallet roles; undo restores all of them. */
    Result<void> removeIncident(IncidentId id);

    /** Adds the group and its sub-units: relations from it (kind "sub-unit") to each child, with their sources. */
    Result<GroupId> addGroup(const ActorGroup &group, const std::vector<GroupRelation> &subUnits);
    /** Changes the group and makes @p subUnits its sub-units, in one transaction; its other relations stay. */
    Result<void> updateGroup(const ActorGroup &group, const std::vector<GroupRelation> &subUnits);
    /** Deletes the group with its relations; refused while attributions or tags name it. */
    Result<void> removeGroup(GroupId id);
    /** The relations that make other groups sub-units of @p id. */
    Result<std::vector<GroupRelation>> subUnits(GroupId id) const;

    Result<AttributionId> addAttribution(const Attribution &attribution);
    Result<void> updateAttribution(const Attribution &attribution);
    Result<void> removeAttribution(AttributionId id);

    Result<SourceId> addSource(const Source &source);
    Result<void> updateSource(const Source &source);
    /** Deletes the source; refused, with what cites it, while anything does. */
    Result<void> removeSource(SourceId id);

    /** Called by a command the stack redid or undid. */
    void commandFinished(EditCommand *command, const Result<void> &result, bool undo);

    /** Whether an undo or redo failed and the history is about to be cleared. */
    bool isHistoryBroken() const { return m_historyBroken; }

signals:
    /** The case record changed: after every successful edit, undo and redo. */
    void recordChanged();

private:
    Result<void> checkEditable() const;
    /** Applies @p command and pushes it when it succeeded and changed something. */
    Result<void> push(std::unique_ptr<EditCommand> command);
    /** Applies and pushes a command that adds a record, returning the record's new id (idOf(command)). */
    template <typename Command, typename IdOf>
    auto pushNew(std::unique_ptr<Command> command, IdOf idOf) -> Result<decltype(idOf(*command))>;
    void clearHistory();

    CaseDocument *m_document = nullptr;
    QUndoStack *m_stack = nullptr;
    QPointer<QWidget> m_dialogParent;
    bool m_historyBroken = false;
};

} // namespace awb::ui
