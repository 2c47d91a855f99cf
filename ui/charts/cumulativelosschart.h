// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chartdata.h"
#include "ui/charts/chartpage.h"

namespace awb::ui::charts {

/** The running total of recorded losses as a stepped line over time. */
class CumulativeLossChart final : public ChartPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CumulativeLossChart)

public:
    explicit CumulativeLossChart(QWidget *parent = nullptr);

    /** Shows @p data, aggregated from @p incidentCount incidents. */
    void setData(CumulativeLoss data, int incidentCount);

    /** "2022-03-23 · $620M · $2.1B in total" (plain text) for the step in effect on @p date. */
    QString toolTip(QDate date) const;

protected:
    void render() override;

private:
    CumulativeLoss m_data;
    int m_incidentCount = 0;
};

} // namespace awb::ui::charts
