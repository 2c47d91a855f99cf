// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/incident.h"
#include "core/result.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace awb {
class CaseStore;
}

namespace awb::ui {

/** One row per incident of a case: a thin adapter over CaseStore::incidents() and attributions(). */
class IncidentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentTableModel)

public:
    enum Column { Date, Title, Victim, Country, Sector, Chains, Loss, AttributedTo, Sources, ColumnCount };

    explicit IncidentTableModel(QObject *parent = nullptr);
    ~IncidentTableModel() override;

    /** Reloads every row from @p store; a null store empties the model. On error the model is left empty. */
    Result<void> reload(CaseStore *store);
    void clear();

    IncidentId incidentId(int row) const;
    /** The row of @p id, or -1. */
    int rowOf(IncidentId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Incident incident;
        QStringList groups; // attributed groups, highest confidence first, without repeats
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;

    std::vector<Row> m_rows;
};

} // namespace awb::ui
