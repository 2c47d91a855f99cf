// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/incidentsortproxymodel.h"

#include "ui/models/itemdatarole.h"

namespace awb::ui {

IncidentSortProxyModel::IncidentSortProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void IncidentSortProxyModel::setAcceptedRows(std::vector<bool> accepted)
{
    m_accepted = std::move(accepted);
    invalidateRowsFilter();
}

bool IncidentSortProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_accepted.empty() &&
        (sourceRow < 0 || static_cast<std::size_t>(sourceRow) >= m_accepted.size() || !m_accepted[sourceRow])) {
        return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool IncidentSortProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(SortRole);
    const QVariant r = right.data(SortRole);
    if (!l.isValid() || !r.isValid()) {
        return !l.isValid() && r.isValid(); // a missing value is smaller than any value
    }
    if (l.typeId() == QMetaType::LongLong && r.typeId() == QMetaType::LongLong) {
        return l.toLongLong() < r.toLongLong();
    }
    const int order = QString::localeAwareCompare(l.toString(), r.toString());
    if (order != 0) {
        return order < 0;
    }
    return left.row() < right.row(); // stable for equal values
}

} // namespace awb::ui
