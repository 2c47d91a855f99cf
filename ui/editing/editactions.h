// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QKeySequence;
class QMenu;
class QWidget;

namespace awb::ui {

class CaseDocument;
class CaseEditor;

/**
 * The Edit menu: Undo and Redo (standard shortcuts), New/Edit/Delete Incident, Add Attribution and the
 * incident's attributions, and the lists of groups and sources. Owns the CaseEditor of the document. Actions
 * are enabled only when they can work: a case is open, it is writable, and (for the incident actions) an
 * incident is current. The main window adds menu() to its menu bar and calls setCurrentIncident() when the
 * selection changes; it reloads its views on editor()->recordChanged().
 */
class EditActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditActions)

public:
    /** Dialogs and messages are shown over @p dialogParent. */
    explicit EditActions(CaseDocument *document, QWidget *dialogParent);
    ~EditActions() override;

    CaseEditor *editor() const { return m_editor; }

    QMenu *menu() const { return m_menu.get(); }

    /** The incident the incident actions work on; invalid when none is selected. */
    void setCurrentIncident(IncidentId id);

    IncidentId currentIncident() const { return m_current; }

    QAction *undoAction() const { return m_undo; }

    QAction *redoAction() const { return m_redo; }

    QAction *deleteIncidentAction() const { return m_deleteIncident; }

public slots:
    void newIncident();
    void editIncident();
    /** Asks first: the incident's attributions and wallet roles go with it (Undo restores them). */
    void deleteIncident();
    void addAttribution();
    void editAttributions();
    void showGroups();
    void showSources();

signals:
    /** An incident was created from the menu; the main window may select it. */
    void incidentCreated(IncidentId id);
    /** What an edit, undo or redo did ("Undid: Delete Incident …"), for the status bar. */
    void statusMessage(const QString &message);

private:
    QAction *
    addAction(const QString &text, const QString &objectName, const QString &statusTip, const QKeySequence &key);
    void updateActions();
    /** Says in the status bar what moved the undo stack to @p index: an edit, an undo or a redo. */
    void announceStep(int index);

    CaseDocument *m_document = nullptr;
    QPointer<QWidget> m_dialogParent;
    CaseEditor *m_editor = nullptr;
    std::unique_ptr<QMenu> m_menu;
    IncidentId m_current;
    int m_stackIndex = 0;
    int m_stackCount = 0;
    const void *m_nextRedo = nullptr; // the command a redo would apply, to tell a redo from a new edit

    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_newIncident = nullptr;
    QAction *m_editIncident = nullptr;
    QAction *m_deleteIncident = nullptr;
    QAction *m_addAttribution = nullptr;
    QAction *m_editAttributions = nullptr;
    QAction *m_groups = nullptr;
    QAction *m_sources = nullptr;
};

} // namespace awb::ui
