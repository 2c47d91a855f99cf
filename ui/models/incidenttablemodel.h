// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/query/groupdirectory.h"
#include "core/query/incidentsummary.h"
#include "core/result.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <unordered_map>
#include <vector>

namespace awb {
class CaseStore;
}

namespace awb::ui {

/** One row per incident of a case: a thin adapter over CaseStore::incidentSummaries(). */
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
    /** Shows @p incidents; @p directory names their groups. */
    void setIncidents(std::vector<IncidentSummary> incidents, const GroupDirectory &directory);
    void clear();

    /** Every incident of the case, in row order. */
    const std::vector<IncidentSummary> &incidents() const { return m_incidents; }

    IncidentId incidentId(int row) const;
    /** The row of @p id, or -1. */
    int rowOf(IncidentId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(std::size_t row, int column) const;
    QVariant sortData(std::size_t row, int column) const;

    std::vector<IncidentSummary> m_incidents;
    std::vector<QString> m_groups; // per row: attributed groups, strongest first, without repeats
    std::unordered_map<qint64, int> m_rowOf;
};

} // namespace awb::ui
