// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/editactions.h"

#include "core/store/casestore.h"
#include "ui/casedocument.h"
#include "ui/dialogs/messagebox.h"
#include "ui/editing/attributiondialog.h"
#include "ui/editing/caseeditor.h"
#include "ui/editing/incidentdialog.h"
#include "ui/editing/recordlistdialog.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

EditActions::EditActions(CaseDocument *document, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_dialogParent(dialogParent)
    , m_editor(new CaseEditor(document, this))
    , m_menu(std::make_unique<QMenu>(tr("&Edit")))
{
    m_editor->setDialogParent(dialogParent);
    m_menu->setObjectName(u"editMenu"_s);

    m_undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(u"undoAction"_s);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setStatusTip(tr("Take back the last change to the case"));
    m_redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(u"redoAction"_s);
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setStatusTip(tr("Make the change taken back last again"));
    m_menu->addAction(m_undo);
    m_menu->addAction(m_redo);
    m_menu->addSeparator();
    // Ctrl+Shift with the menu's own letter where it is free; Shift+Delete as KDE deletes for good (the table,
    // the timeline and the graph canvas keep the plain keys).
    m_newIncident = addAction(tr("&New Incident…"), u"newIncidentAction"_s, tr("Record a new incident"),
                              QKeySequence(u"Ctrl+Shift+N"_s));
    m_editIncident = addAction(tr("&Edit Incident…"), u"editIncidentAction"_s,
                               tr("Change the fields of the selected incident"), QKeySequence(u"Ctrl+E"_s));
    m_deleteIncident = addAction(tr("&Delete Incident"), u"deleteIncidentAction"_s,
                                 tr("Delete the selected incident with its attributions and wallet roles"),
                                 QKeySequence(u"Shift+Del"_s));
    m_menu->addSeparator();
    m_addAttribution = addAction(tr("Add &Attribution…"), u"addAttributionAction"_s,
                                 tr("Record that a party attributes the selected incident to a group"),
                                 QKeySequence(u"Ctrl+Shift+A"_s));
    m_editAttributions =
        addAction(tr("Edit A&ttributions…"), u"editAttributionsAction"_s,
                  tr("Edit or delete the selected incident's attributions"), QKeySequence(u"Ctrl+Shift+T"_s));
    m_menu->addSeparator();
    m_groups = addAction(tr("&Groups…"), u"groupsAction"_s, tr("Create, edit or delete actor groups"),
                         QKeySequence(u"Ctrl+Shift+G"_s));
    m_sources = addAction(tr("&Sources…"), u"sourcesAction"_s, tr("Create, edit or delete sources"),
                          QKeySequence(u"Ctrl+Shift+R"_s));
    connect(m_editor->undoStack(), &QUndoStack::indexChanged, this, &EditActions::announceStep);

    connect(m_newIncident, &QAction::triggered, this, &EditActions::newIncident);
    connect(m_editIncident, &QAction::triggered, this, &EditActions::editIncident);
    connect(m_deleteIncident, &QAction::triggered, this, &EditActions::deleteIncident);
    connect(m_addAttribution, &QAction::triggered, this, &EditActions::addAttribution);
    connect(m_editAttributions, &QAction::triggered, this, &EditActions::editAttributions);
    connect(m_groups, &QAction::triggered, this, &EditActions::showGroups);
    connect(m_sources, &QAction::triggered, this, &EditActions::showSources);
    connect(m_document, &CaseDocument::caseChanged, this, [this] { setCurrentIncident({}); });
    updateActions();
}

EditActions::~EditActions() = default;

QAction *EditActions::addAction(const QString &text,
                                const QString &objectName,
                                const QString &statusTip,
                                const QKeySequence &key)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setStatusTip(statusTip);
    action->setShortcut(key);
    m_menu->addAction(action);
    return action;
}

void EditActions::announceStep(int index)
{
    const QUndoStack *stack = m_editor->undoStack();
    const int before = std::exchange(m_stackIndex, index);
    const int countBefore = std::exchange(m_stackCount, stack->count());
    const void *nextRedo = std::exchange(m_nextRedo, index < stack->count() ? stack->command(index) : nullptr);
    if (stack->count() == 0 || m_editor->isHistoryBroken()) {
        return; // the history was cleared (another case, or a failed step the editor reports itself)
    }
    if (index < before) {
        emit statusMessage(tr("Undid: %1").arg(stack->text(index)));
    } else if (index > before) {
        // A redo applies the command that was next; a new edit replaces the redo history with a new command.
        const bool redo = countBefore > before && stack->command(index - 1) == nextRedo;
        emit statusMessage(redo ? tr("Redid: %1").arg(stack->text(index - 1))
                                : tr("Saved in the case: %1").arg(stack->text(index - 1)));
    }
}

void EditActions::setCurrentIncident(IncidentId id)
{
    m_current = id;
    updateActions();
}

void EditActions::updateActions()
{
    const bool editable = m_editor->canEdit();
    const bool incident = editable && m_current.isValid();
    m_newIncident->setEnabled(editable);
    m_editIncident->setEnabled(incident);
    m_deleteIncident->setEnabled(incident);
    m_addAttribution->setEnabled(incident);
    m_editAttributions->setEnabled(incident);
    m_groups->setEnabled(editable);
    m_sources->setEnabled(editable);
}

void EditActions::newIncident()
{
    IncidentDialog dialog(m_editor, IncidentId{}, m_dialogParent);
    if (dialog.exec() == QDialog::Accepted) {
        emit incidentCreated(dialog.incidentId());
    }
}

void EditActions::editIncident()
{
    if (m_current.isValid()) {
        IncidentDialog dialog(m_editor, m_current, m_dialogParent);
        dialog.exec();
    }
}

void EditActions::deleteIncident()
{
    CaseStore *store = m_editor->store();
    if (!store || !m_current.isValid()) {
        return;
    }
    auto incident = store->incident(m_current);
    auto attributions = store->attributions(m_current);
    auto roles = store->incidentAddresses(m_current);
    if (!incident || !attributions || !roles) {
        const Error &error = !incident ? incident.error() : !attributions ? attributions.error() : roles.error();
        MessageBox::critical(m_dialogParent, tr("Cannot Delete the Incident"), error.message, error.detail);
        return;
    }
    const QString question =
        tr("Delete the incident “%1” with its attributions (%2) and wallet roles (%3)?\n\nEdit ▸ Undo restores "
           "all of them.")
            .arg(incident->title)
            .arg(attributions->size())
            .arg(roles->size());
    if (MessageBox::question(m_dialogParent, tr("Delete Incident"), question) != QMessageBox::Yes) {
        return;
    }
    if (auto r = m_editor->removeIncident(m_current); !r) {
        MessageBox::critical(m_dialogParent, tr("Cannot Delete the Incident"), r.error().message, r.error().detail);
        return;
    }
    setCurrentIncident({});
}

void EditActions::addAttribution()
{
    if (m_current.isValid()) {
        AttributionDialog dialog(m_editor, m_current, AttributionId{}, m_dialogParent);
        dialog.exec();
    }
}

void EditActions::editAttributions()
{
    if (m_current.isValid()) {
        RecordListDialog dialog(m_editor, RecordListDialog::Kind::Attributions, m_current, m_dialogParent);
        dialog.exec();
    }
}

void EditActions::showGroups()
{
    RecordListDialog dialog(m_editor, RecordListDialog::Kind::Groups, IncidentId{}, m_dialogParent);
    dialog.exec();
}

void EditActions::showSources()
{
    RecordListDialog dialog(m_editor, RecordListDialog::Kind::Sources, IncidentId{}, m_dialogParent);
    dialog.exec();
}

} // namespace awb::ui
