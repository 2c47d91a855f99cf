// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/editabletable.h"

#include "ui/displaytext.h"
#include "ui/editing/formfield.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

EditableTable::EditableTable(const QString &name, const QString &addText, std::vector<Column> columns, QWidget *parent)
    : QWidget(parent)
    , m_columns(std::move(columns))
    , m_table(new QTableWidget(0, int(m_columns.size()), this))
    , m_addButton(new QPushButton(addText, this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
{
    m_table->setObjectName(name + u"TableWidget"_s);
    m_addButton->setObjectName(name + u"AddButton"_s);
    m_removeButton->setObjectName(name + u"RemoveButton"_s);
    QStringList headers;
    for (const Column &column : m_columns) {
        headers << column.header;
    }
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_removeButton->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &EditableTable::addRowByUser);
    connect(m_removeButton, &QPushButton::clicked, this, &EditableTable::removeSelectedRows);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && m_columns[size_t(item->column())].kind == Kind::Text) {
            emit rowEdited(item->row());
            emit edited();
        }
    });
}

int EditableTable::rowCount() const
{
    return m_table->rowCount();
}

int EditableTable::addRow()
{
    const int row = m_table->rowCount();
    m_filling = true;
    m_table->insertRow(row);
    for (int column = 0; column < int(m_columns.size()); ++column) {
        const Column &spec = m_columns[size_t(column)];
        if (spec.kind == Kind::Choice) {
            auto *combo = new QComboBox(m_table);
            combo->setPlaceholderText(tr("Choose…"));
            if (spec.fill) {
                spec.fill(combo);
            }
            combo->setCurrentIndex(-1);
            m_table->setCellWidget(row, column, combo);
            connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
                if (!m_filling) {
                    emit rowEdited(rowOf(combo));
                    emit edited();
                }
            });
            continue;
        }
        auto *item = new QTableWidgetItem;
        if (spec.kind == Kind::Info) {
            // A remark worth noticing (a name other groups carry), so not drawn as disabled text.
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
        m_table->setItem(row, column, item);
    }
    m_filling = false;
    return row;
}

QString EditableTable::text(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void EditableTable::setText(int row, int column, const QString &text)
{
    if (QTableWidgetItem *item = m_table->item(row, column)) {
        m_filling = true;
        item->setText(text);
        item->setToolTip(text::toolTip(text)); // a cell may be too narrow for its case text
        m_filling = false;
    }
}

QComboBox *EditableTable::comboBox(int row, int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, column));
}

std::optional<qint64> EditableTable::choice(int row, int column) const
{
    const QComboBox *combo = comboBox(row, column);
    return combo ? form::selectedId(combo) : std::nullopt;
}

void EditableTable::setChoice(int row, int column, std::optional<qint64> id)
{
    if (QComboBox *combo = comboBox(row, column)) {
        m_filling = true;
        form::selectId(combo, id);
        m_filling = false;
    }
}

void EditableTable::addRowByUser()
{
    const int row = addRow();
    emit edited();
    const auto first = std::find_if(m_columns.begin(), m_columns.end(),
                                    [](const Column &column) { return column.kind != Kind::Info; });
    const int column = int(first - m_columns.begin());
    m_table->setCurrentCell(row, column);
    if (m_columns[size_t(column)].kind == Kind::Text) {
        m_table->editItem(m_table->item(row, column));
    } else {
        comboBox(row, column)->setFocus();
    }
}

void EditableTable::removeSelectedRows()
{
    std::set<int, std::greater<>> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        rows.insert(index.row());
    }
    for (int row : rows) {
        m_table->removeRow(row);
    }
    emit edited();
}

int EditableTable::rowOf(const QWidget *cellWidget) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < m_table->columnCount(); ++column) {
            if (m_table->cellWidget(row, column) == cellWidget) {
                return row;
            }
        }
    }
    return -1;
}

} // namespace awb::ui
