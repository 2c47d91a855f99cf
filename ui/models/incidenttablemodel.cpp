// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/incidenttablemodel.h"

#include "core/query/incidentfilter.h"
#include "core/report/incidentsreport.h"
#include "core/store/casestore.h"
#include "ui/displaytext.h"
#include "ui/models/itemdatarole.h"

#include <QFont>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

IncidentTableModel::IncidentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

IncidentTableModel::~IncidentTableModel() = default;

Result<void> IncidentTableModel::reload(CaseStore *store)
{
    if (!store) {
        clear();
        return {};
    }
    auto record = loadIncidentRecord(*store);
    if (!record) {
        clear();
        return std::unexpected(record.error());
    }
    setIncidents(std::move(record->incidents), record->directory);
    return {};
}

void IncidentTableModel::setIncidents(std::vector<IncidentSummary> incidents, const GroupDirectory &directory)
{
    beginResetModel();
    m_incidents = std::move(incidents);
    m_groups.clear();
    m_groups.reserve(m_incidents.size());
    m_rowOf.clear();
    m_rowOf.reserve(m_incidents.size());
    for (const IncidentSummary &s : m_incidents) {
        // Attributions come strongest first, so each group is named once, at its strongest.
        QStringList names;
        for (const AttributionSummary &a : s.attributions) {
            if (const QString name = directory.name(a.group); !names.contains(name)) {
                names << name;
            }
        }
        m_rowOf.emplace(s.id.value, static_cast<int>(m_groups.size()));
        m_groups.push_back(names.join(u", "_s));
    }
    endResetModel();
}

void IncidentTableModel::clear()
{
    beginResetModel();
    m_incidents.clear();
    m_groups.clear();
    m_rowOf.clear();
    endResetModel();
}

IncidentId IncidentTableModel::incidentId(int row) const
{
    return row >= 0 && row < rowCount() ? m_incidents[static_cast<size_t>(row)].id : IncidentId{};
}

int IncidentTableModel::rowOf(IncidentId id) const
{
    const auto it = m_rowOf.find(id.value);
    return it == m_rowOf.end() ? -1 : it->second;
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_incidents.size());
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto row = static_cast<std::size_t>(index.row());
    const bool synthetic = m_incidents[row].synthetic;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case IdRole:
        return m_incidents[row].id.value;
    case SyntheticRole:
        return synthetic;
    case Qt::TextAlignmentRole:
        if (index.column() == Loss || index.column() == Sources) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return synthetic ? QVariant(text::syntheticBackground()) : QVariant();
    case Qt::ForegroundRole:
        return synthetic ? QVariant(text::syntheticForeground()) : QVariant();
    case Qt::ToolTipRole:
        // Tooltips may render markup, so they carry only our own text, never case data.
        return synthetic ? QVariant(text::syntheticExplanation()) : QVariant();
    default:
        return {};
    }
}

QVariant IncidentTableModel::displayData(std::size_t row, int column) const
{
    const IncidentSummary &incident = m_incidents[row];
    switch (column) {
    case Date:
        return incident.startDate; // the detail pane shows the whole range
    case Title:
        return text::marked(incident.title, incident.synthetic);
    case Victim:
        return incident.victim;
    case Country:
        return text::country(incident.victimCountry);
    case Sector:
        return incident.sector;
    case Chains:
        return incident.chains.join(u", "_s);
    case Loss: {
        QString loss = incident.lossUsd ? text::usd(*incident.lossUsd) : QString();
        if (incident.lossUsdLow && incident.lossUsdLow != incident.lossUsdHigh) {
            // Where sources disagree the table says so, beside the recorded figure.
            loss += tr(" (sources: %1–%2)")
                        .arg(report::compactUsd(*incident.lossUsdLow), report::compactUsd(*incident.lossUsdHigh));
        }
        return loss.trimmed();
    }
    case AttributedTo:
        return m_groups[row];
    case Sources:
        return incident.sourceCount;
    default:
        return {};
    }
}

QVariant IncidentTableModel::sortData(std::size_t row, int column) const
{
    const IncidentSummary &incident = m_incidents[row];
    switch (column) {
    case Date:
        return incident.startDate;
    case Title:
        return incident.title;
    case Country:
        return incident.victimCountry.value_or(QString());
    case Loss:
        // Unknown losses sort below every known figure, including zero.
        return incident.lossUsd ? QVariant(*incident.lossUsd) : QVariant();
    case Sources:
        return static_cast<qint64>(incident.sourceCount);
    default:
        return displayData(row, column);
    }
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::TextAlignmentRole) {
        return section == Loss || section == Sources ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                                     : QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Date:
        return tr("Date");
    case Title:
        return tr("Title");
    case Victim:
        return tr("Victim");
    case Country:
        return tr("Country");
    case Sector:
        return tr("Sector");
    case Chains:
        return tr("Chains");
    case Loss:
        return tr("Loss (USD)");
    case AttributedTo:
        return tr("Attributed to");
    case Sources:
        return tr("Sources");
    default:
        return {};
    }
}

} // namespace awb::ui
