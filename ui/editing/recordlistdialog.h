// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace awb::ui {

class CaseEditor;

/**
 * The list of the case's groups, sources or one incident's attributions, with New, Edit and Delete. Every
 * change is an undoable command; Undo and Redo work inside the dialog too (it is modal). A delete the case
 * forbids (a source still cited, a group still named by attributions or tags) is refused with a message that
 * counts what still refers to the record.
 */
class RecordListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListDialog)

public:
    enum class Kind { Groups, Sources, Attributions };

    /** Lists records of @p kind; for attributions, those of @p incident. */
    RecordListDialog(CaseEditor *editor, Kind kind, IncidentId incident, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

    /** Makes the row of record @p id current; returns whether it is listed. */
    bool selectRecord(qint64 id);
    /** The id of the current row's record, or 0. */
    qint64 currentRecord() const;

public slots:
    void reload();
    void newRecord();
    void editRecord();
    void deleteRecord();

private:
    /** Opens the dialog that edits record @p id, or creates one when @p id is 0. */
    void openEditor(qint64 id);
    void fill();
    void filter(const QString &text);
    void updateButtons();

    CaseEditor *m_editor = nullptr;
    Kind m_kind = Kind::Groups;
    IncidentId m_incident;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_redoButton = nullptr;
    bool m_sortChosen = false;
};

} // namespace awb::ui
