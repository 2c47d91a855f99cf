// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace awb::ui {

/**
 * A table of rows the user adds and removes, for a group's aliases, sub-units and external ids. Text columns
 * are edited in place, choice columns hold a combo box (sources, groups) and info columns are read-only remarks.
 * Every cell is plain text.
 */
class EditableTable final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditableTable)

public:
    enum class Kind { Text, Choice, Info };

    struct Column
    {
        QString header;
        Kind kind = Kind::Text;
        /** Fills a new row's combo box (Choice columns). */
        std::function<void(QComboBox *)> fill;
    };

    /** Object names start with @p name: nameTableWidget, nameAddButton, nameRemoveButton. */
    EditableTable(const QString &name, const QString &addText, std::vector<Column> columns, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

    int rowCount() const;
    /** Appends an empty row and returns its index. */
    int addRow();
    QString text(int row, int column) const;
    void setText(int row, int column, const QString &text);
    std::optional<qint64> choice(int row, int column) const;
    void setChoice(int row, int column, std::optional<qint64> id);
    QComboBox *comboBox(int row, int column) const;

signals:
    /** A cell of @p row was edited by the user (not for info columns). */
    void rowEdited(int row);
    /** Rows were added or removed, or a cell was edited. */
    void edited();

private:
    void addRowByUser();
    void removeSelectedRows();
    int rowOf(const QWidget *cellWidget) const;

    std::vector<Column> m_columns;
    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    bool m_filling = false; // set while the table itself changes cells
};

} // namespace awb::ui
