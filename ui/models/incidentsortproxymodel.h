// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace awb::ui {

/**
 * Sorts incidents by each column's raw value (SortRole), so losses compare as numbers and unknown losses sort
 * below known ones, and filters by a case-insensitive phrase over every column.
 */
class IncidentSortProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentSortProxyModel)

public:
    explicit IncidentSortProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace awb::ui
