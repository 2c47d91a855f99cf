// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;
class QSplitter;
class QStackedWidget;

namespace awb {
class CaseStore;
}

namespace awb::ui {

class IncidentDetailTabs;
struct IncidentDetails;

/**
 * Every field of one incident: an overview (title, dates, victim, loss, …) above the tabs of its lists.
 * All case text is shown as plain text.
 */
class IncidentDetailWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentDetailWidget)

public:
    explicit IncidentDetailWidget(QWidget *parent = nullptr);

    /** Reads incident @p id from @p store and shows it; shows the error instead when that fails. */
    void showIncident(CaseStore &store, IncidentId id);
    void showDetails(const IncidentDetails &details);
    /** Shows @p message (e.g. "Select an incident") instead of an incident. */
    void showPlaceholder(const QString &message);

    IncidentId currentIncident() const { return m_current; }

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    /** The user picked a group or a wallet in the lists: its name as the graph resolves it. */
    void entitySelected(const QString &name);

private:
    QWidget *createOverview();
    QLabel *addField(QGridLayout *grid, const QString &label, const QString &objectName);
    void setField(QLabel *label, const QString &value);
    void refitOverview();
    QString lossText(const IncidentDetails &details) const;
    QString disputeText(const IncidentDetails &details) const;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QSplitter *m_splitter = nullptr;
    QScrollArea *m_overviewScroll = nullptr;
    IncidentDetailTabs *m_tabs = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_syntheticBadge = nullptr;
    QLabel *m_dispute = nullptr;
    QLabel *m_dates = nullptr;
    QLabel *m_victim = nullptr;
    QLabel *m_country = nullptr;
    QLabel *m_sector = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_chains = nullptr;
    QLabel *m_assets = nullptr;
    QLabel *m_loss = nullptr;
    QLabel *m_lossSource = nullptr;
    QLabel *m_rateSource = nullptr;
    QLabel *m_description = nullptr;
    IncidentId m_current;
};

} // namespace awb::ui
