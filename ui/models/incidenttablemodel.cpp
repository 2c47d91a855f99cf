// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/incidenttablemodel.h"

#include "core/store/casestore.h"
#include "ui/displaytext.h"
#include "ui/models/itemdatarole.h"

#include <QFont>

#include <algorithm>
#include <map>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

/** Group names per incident, strongest attribution first; each group once, at its strongest confidence. */
Result<std::map<qint64, QStringList>> attributedGroups(CaseStore &store)
{
    auto groups = store.groups();
    if (!groups) {
        return std::unexpected(groups.error());
    }
    auto attributions = store.attributions(std::nullopt);
    if (!attributions) {
        return std::unexpected(attributions.error());
    }
    std::map<qint64, QString> names;
    for (const ActorGroup &group : *groups) {
        names[group.id.value] = group.name;
    }
    // The store lists each incident's attributions strongest first, so each group lands at its strongest.
    std::map<qint64, QStringList> result;
    for (const Attribution &attribution : *attributions) {
        const auto name = names.find(attribution.group.value);
        QStringList &list = result[attribution.incident.value];
        if (name != names.end() && !list.contains(name->second)) {
            list << name->second;
        }
    }
    return result;
}

} // namespace

IncidentTableModel::IncidentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

IncidentTableModel::~IncidentTableModel() = default;

Result<void> IncidentTableModel::reload(CaseStore *store)
{
    beginResetModel();
    m_rows.clear();
    Result<void> result;
    if (store) {
        auto incidents = store->incidents();
        auto groups = incidents ? attributedGroups(*store) : Result<std::map<qint64, QStringList>>();
        if (!incidents) {
            result = std::unexpected(incidents.error());
        } else if (!groups) {
            result = std::unexpected(groups.error());
        } else {
            m_rows.reserve(incidents->size());
            for (Incident &incident : *incidents) {
                QStringList names = groups->contains(incident.id.value) ? groups->at(incident.id.value) : QStringList();
                m_rows.push_back(Row{std::move(incident), std::move(names)});
            }
        }
    }
    endResetModel();
    return result;
}

void IncidentTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

IncidentId IncidentTableModel::incidentId(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[static_cast<size_t>(row)].incident.id : IncidentId{};
}

int IncidentTableModel::rowOf(IncidentId id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [id](const Row &row) { return row.incident.id == id; });
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
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
    const Row &row = m_rows[static_cast<size_t>(index.row())];
    const bool synthetic = row.incident.synthetic;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case IdRole:
        return row.incident.id.value;
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

QVariant IncidentTableModel::displayData(const Row &row, int column) const
{
    const Incident &incident = row.incident;
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
    case Loss:
        return incident.lossUsd ? text::usd(*incident.lossUsd) : QString();
    case AttributedTo:
        return row.groups.join(u", "_s);
    case Sources:
        return static_cast<qint64>(incident.sources.size());
    default:
        return {};
    }
}

QVariant IncidentTableModel::sortData(const Row &row, int column) const
{
    const Incident &incident = row.incident;
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
        return static_cast<qint64>(incident.sources.size());
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
