// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QWidget>

class QLabel;

namespace awb::ui {

class FilterBar;
class IncidentBrowser;
class IncidentTableView;

/**
 * The filter bar, the rollup of the current filter as a panel report states it, and the incident table. The
 * rollup and the notes on ambiguous group names follow every change of the filter, wherever it comes from.
 */
class BrowserPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserPane)

public:
    explicit BrowserPane(IncidentBrowser *browser, QWidget *parent = nullptr);

    FilterBar *filterBar() const { return m_filterBar; }

    IncidentTableView *table() const { return m_table; }

    /** The incident of the current row, or an invalid id. */
    IncidentId currentIncident() const;
    /** Makes @p id the current row; false when the filter hides it. */
    bool selectIncident(IncidentId id);

signals:
    void currentIncidentChanged(awb::IncidentId id);

private:
    void onRecordChanged();
    void onResultChanged();
    void onFilterEdited();

    IncidentBrowser *m_browser;
    FilterBar *m_filterBar = nullptr;
    QLabel *m_rollup = nullptr;
    QLabel *m_notes = nullptr;
    IncidentTableView *m_table = nullptr;
};

} // namespace awb::ui
