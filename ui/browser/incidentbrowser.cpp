// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browser/incidentbrowser.h"

#include "core/model/validation.h"
#include "core/store/casestore.h"
#include "ui/models/incidentsortproxymodel.h"
#include "ui/models/incidenttablemodel.h"
#include "ui/timeline/timelineevent.h"

#include <QDate>

#include <cmath>
#include <set>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList sorted(const std::set<QString> &values)
{
    return {values.begin(), values.end()};
}

} // namespace

IncidentBrowser::IncidentBrowser(QObject *parent)
    : QObject(parent)
    , m_model(new IncidentTableModel(this))
    , m_proxy(new IncidentSortProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
}

IncidentBrowser::~IncidentBrowser() = default;

Result<void> IncidentBrowser::reload(CaseStore *store)
{
    m_store = store;
    m_result = {}; // its pointers are about to dangle
    m_undated = {};
    Result<void> loaded;
    auto record = store ? loadIncidentRecord(*store) : Result<IncidentRecord>(IncidentRecord{});
    if (!record) {
        loaded = std::unexpected(record.error());
        record = IncidentRecord{};
    }
    m_directory = std::move(record->directory);
    m_model->setIncidents(std::move(record->incidents), m_directory);
    m_palette = GroupPalette(m_directory.groups());
    // The filter may name a group that an edit just removed; then the record is shown unfiltered by group.
    IncidentFilter filter = m_filter;
    if (!setFilter(filter)) {
        filter.groups.clear();
        if (!setFilter(filter)) {
            if (auto unfiltered = setFilter({}); !unfiltered && loaded) {
                loaded = std::move(unfiltered); // only full-text search can fail here: report it
            }
        }
    }
    emit recordChanged();
    return loaded;
}

Result<void> IncidentBrowser::setFilter(const IncidentFilter &wanted)
{
    auto filter = normalizedFilter(wanted);
    if (!filter) {
        return std::unexpected(filter.error());
    }
    FilterInputs inputs;
    if (m_store) {
        auto prepared = prepareFilter(*m_store, m_directory, *filter);
        if (!prepared) {
            return std::unexpected(prepared.error());
        }
        inputs = std::move(*prepared);
    }
    // The timeline shows the filter without its dates, to draw the date range over; both come from one search.
    const std::set<IncidentId> *text = inputs.textMatches ? &*inputs.textMatches : nullptr;
    const std::vector<IncidentSummary> &rows = m_model->incidents();
    IncidentFilter undated = *filter;
    undated.from.reset();
    undated.to.reset();
    m_undated = applyFilter(rows, undated, inputs.groups, text);
    m_result = undated == *filter ? m_undated : applyFilter(rows, *filter, inputs.groups, text);
    m_filter = *filter;
    // The result holds pointers into the model's rows, in row order: mark the rows it kept.
    std::vector<bool> accepted(rows.size(), false);
    for (const IncidentSummary *s : m_result.incidents) {
        accepted[static_cast<std::size_t>(s - rows.data())] = true;
    }
    m_proxy->setAcceptedRows(std::move(accepted));
    emit resultChanged();
    return {};
}

std::vector<TimelineEvent> IncidentBrowser::timelineEvents() const
{
    std::vector<TimelineEvent> events;
    const std::vector<const IncidentSummary *> *kept = &m_undated.incidents;
    events.reserve(kept->size());
    for (const IncidentSummary *s : *kept) {
        const auto start = isoPeriod(s->startDate);
        if (!start) {
            continue;
        }
        const auto end = s->endDate ? isoPeriod(*s->endDate) : start;
        TimelineEvent e;
        e.id = s->id;
        e.startDay = start->first.toJulianDay();
        e.endDay = std::max(e.startDay, end ? end->second.toJulianDay() : e.startDay);
        e.lossUsd = s->lossUsd ? static_cast<double>(*s->lossUsd) : -1.0;
        e.group = s->primaryGroup();
        e.country = s->victimCountry.value_or(QString());
        e.sector = s->sector;
        e.title = s->title;
        e.synthetic = s->synthetic;
        events.push_back(std::move(e));
    }
    return events;
}

std::map<GroupId, QString> IncidentBrowser::groupNames() const
{
    std::map<GroupId, QString> names;
    for (const ActorGroup &g : m_directory.groups()) {
        names.emplace(g.id, g.name);
    }
    return names;
}

QStringList IncidentBrowser::countries() const
{
    std::set<QString> values;
    for (const IncidentSummary &s : m_model->incidents()) {
        if (s.victimCountry) {
            values.insert(*s.victimCountry);
        }
    }
    return sorted(values);
}

QStringList IncidentBrowser::sectors() const
{
    std::set<QString> values;
    for (const IncidentSummary &s : m_model->incidents()) {
        values.insert(s.sector);
    }
    return sorted(values);
}

QStringList IncidentBrowser::chains() const
{
    std::set<QString> values;
    for (const IncidentSummary &s : m_model->incidents()) {
        values.insert(s.chains.begin(), s.chains.end());
    }
    return sorted(values);
}

} // namespace awb::ui
