// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

#include <vector>

namespace awb::ui {

/**
 * Sorts incidents by each column's raw value (SortRole), so losses compare as numbers and unknown losses sort
 * below known ones. Filters by the rows the incident filter kept (setAcceptedRows) and by a case-insensitive
 * phrase over every column.
 */
class IncidentSortProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentSortProxyModel)

public:
    explicit IncidentSortProxyModel(QObject *parent = nullptr);

    /** Shows only the source rows marked true; an empty vector shows every row. */
    void setAcceptedRows(std::vector<bool> accepted);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::vector<bool> m_accepted;
};

} // namespace awb::ui
