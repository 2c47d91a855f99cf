// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace awb::ui {

/** The incident table: sortable by any column, one row selected, columns fitted once to the case's contents. */
class IncidentTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentTableView)

public:
    explicit IncidentTableView(QWidget *parent = nullptr);

    /** Fits the columns to the contents once, unless restoreHeader() restored the user's widths. */
    void fitColumnsOnce();
    bool restoreHeader(const QByteArray &state);

private:
    void fitColumnsToWidth();

    bool m_columnsFitted = false;
};

} // namespace awb::ui
