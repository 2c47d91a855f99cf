// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browser/incidenttableview.h"

#include "ui/models/incidenttablemodel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

/** Column widths, in widths of 'x': the defaults, the most that fitting a case's contents may take, and the least. */
constexpr int kColumnChars[IncidentTableModel::ColumnCount] = {11, 36, 16, 20, 10, 14, 22, 24, 8};
constexpr int kMaxColumnChars[IncidentTableModel::ColumnCount] = {12, 40, 18, 22, 14, 20, 36, 30, 8};
constexpr int kMinColumnChars[IncidentTableModel::ColumnCount] = {12, 22, 10, 9, 8, 9, 15, 14, 8};

} // namespace

IncidentTableView::IncidentTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(u"incidentTableView"_s);
    setAccessibleName(tr("Incidents"));
    setAccessibleDescription(tr("The incidents that match the filter; select one to see its details"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    const int charWidth = fontMetrics().horizontalAdvance(u'x');
    for (int column = 0; column < IncidentTableModel::ColumnCount; ++column) {
        header->resizeSection(column, kColumnChars[column] * charWidth);
    }
    setSortingEnabled(true);
}

bool IncidentTableView::restoreHeader(const QByteArray &state)
{
    m_columnsFitted = horizontalHeader()->restoreState(state);
    return m_columnsFitted;
}

void IncidentTableView::fitColumnsOnce()
{
    if (m_columnsFitted || !model() || model()->rowCount() == 0) {
        return;
    }
    // Once, for a user without saved column widths: fit the contents, but keep long titles from taking over.
    m_columnsFitted = true;
    resizeColumnsToContents();
    QHeaderView *header = horizontalHeader();
    const int charWidth = fontMetrics().horizontalAdvance(u'x');
    for (int column = 0; column < IncidentTableModel::ColumnCount; ++column) {
        header->resizeSection(column, std::min(header->sectionSize(column), kMaxColumnChars[column] * charWidth));
    }
    QTimer::singleShot(0, this, &IncidentTableView::fitColumnsToWidth); // once the layout has settled
}

void IncidentTableView::fitColumnsToWidth()
{
    QHeaderView *header = horizontalHeader();
    const int scrollBar =
        verticalScrollBar()->isVisible() ? 0 : style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int spare = viewport()->width() - scrollBar - header->length();
    if (spare >= 0) {
        // Width left over goes to the titles, the column most often cut short.
        header->resizeSection(IncidentTableModel::Title, header->sectionSize(IncidentTableModel::Title) + spare);
        return;
    }
    // Too wide for the window: narrow the text columns toward a readable minimum, each by its share.
    const int charWidth = fontMetrics().horizontalAdvance(u'x');
    int slack = 0;
    for (int column = 0; column < IncidentTableModel::ColumnCount; ++column) {
        slack += std::max(0, header->sectionSize(column) - kMinColumnChars[column] * charWidth);
    }
    if (slack == 0) {
        return;
    }
    const double share = std::min(1.0, static_cast<double>(-spare) / slack);
    for (int column = 0; column < IncidentTableModel::ColumnCount; ++column) {
        const int size = header->sectionSize(column);
        const int excess = std::max(0, size - kMinColumnChars[column] * charWidth);
        header->resizeSection(column, size - static_cast<int>(std::ceil(excess * share)));
    }
}

} // namespace awb::ui
