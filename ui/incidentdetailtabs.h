// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

class QTableWidget;

namespace awb::ui {

struct IncidentDetails;

/** The lists of an incident (attributions, claims, sources, wallets, native losses), one tab each. */
class IncidentDetailTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentDetailTabs)

public:
    explicit IncidentDetailTabs(QWidget *parent = nullptr);

    void setDetails(const IncidentDetails &details);
    void clear();

signals:
    /** The user moved to a row of the attributions (`group:NAME`) or the wallets (the address). */
    void entitySelected(const QString &name);

private:
    /** Emits entitySelected() when the user, not a refill, moves the current row of @p list. */
    void followCurrentRow(QTableWidget *list);
    /** Adds a tab with a read-only table; @p stretchColumn (or, when negative, the last) takes the width left. */
    QTableWidget *addList(const QString &objectName, const QStringList &headers, int stretchColumn);
    /** The width of @p count characters, for column widths that follow the font. */
    int chars(int count) const;
    void setTabCount(QTableWidget *list, const QString &title, int count);
    void fillAttributions(const IncidentDetails &details);
    void fillClaims(const IncidentDetails &details);
    void fillSources(const IncidentDetails &details);
    void fillWallets(const IncidentDetails &details);
    void fillLosses(const IncidentDetails &details);

    QTableWidget *m_attributions = nullptr;
    QTableWidget *m_claims = nullptr;
    QTableWidget *m_sources = nullptr;
    QTableWidget *m_wallets = nullptr;
    QTableWidget *m_losses = nullptr;
};

} // namespace awb::ui
