// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/query/groupdirectory.h"
#include "core/query/incidentfilter.h"
#include "core/result.h"
#include "ui/style/grouppalette.h"

#include <QObject>

#include <map>
#include <vector>

namespace awb {
class CaseStore;
}

namespace awb::ui {

class IncidentSortProxyModel;
class IncidentTableModel;
struct TimelineEvent;

/**
 * The incident record of the open case as the browser sees it: every incident, the groups, the current filter
 * and its result. The table, the timeline, the charts and the rollup line all read from here, so they always
 * show the same filter.
 */
class IncidentBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentBrowser)

public:
    explicit IncidentBrowser(QObject *parent = nullptr);
    ~IncidentBrowser() override;

    /** Reads the record of @p store (null: no case) and applies the current filter again. */
    Result<void> reload(CaseStore *store);
    /**
     * Applies @p filter. A value the filter cannot use (a date that is not one, a group nobody is called)
     * returns the error and keeps the previous result.
     */
    Result<void> setFilter(const IncidentFilter &filter);

    const IncidentFilter &filter() const { return m_filter; }

    const FilterResult &result() const { return m_result; }

    const GroupDirectory &directory() const { return m_directory; }

    const GroupPalette &palette() const { return m_palette; }

    std::map<GroupId, QString> groupNames() const;

    IncidentTableModel *model() const { return m_model; }

    IncidentSortProxyModel *proxy() const { return m_proxy; }

    /** The incidents that pass the filter apart from its dates: the timeline shows its range selection over them. */
    std::vector<TimelineEvent> timelineEvents() const;
    /** Distinct countries, sectors and chains of the record, sorted, for the filter bar's lists. */
    QStringList countries() const;
    QStringList sectors() const;
    QStringList chains() const;

signals:
    /** The record was reloaded (a case opened, closed or edited). */
    void recordChanged();
    /** The filter's result changed; the rollup, the table and the charts follow. */
    void resultChanged();

private:
    CaseStore *m_store = nullptr;
    IncidentTableModel *m_model = nullptr;
    IncidentSortProxyModel *m_proxy = nullptr;
    GroupDirectory m_directory;
    GroupPalette m_palette;
    IncidentFilter m_filter;
    FilterResult m_result;
    FilterResult m_undated; // the filter without its dates
};

} // namespace awb::ui
