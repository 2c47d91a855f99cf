// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "ui/charts/chartdata.h"
#include "ui/charts/chartpage.h"
#include "ui/style/grouppalette.h"

#include <map>
#include <optional>

namespace awb::ui::charts {

/** Loss per year as stacked bars, one bar set per primary group and a grey one for unattributed incidents. */
class YearLossChart final : public ChartPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YearLossChart)

public:
    explicit YearLossChart(QWidget *parent = nullptr);

    /** Shows @p data, aggregated from @p incidentCount incidents. */
    void setData(LossByYear data,
                 const GroupPalette &palette,
                 const std::map<GroupId, QString> &groupNames,
                 int incidentCount);

    /** "2022 · Lazarus Group · $1.2B · 5 incidents" (plain text) for data.groups[@p row] in year @p yearIndex. */
    QString toolTip(std::size_t row, int yearIndex) const;
    /** The group's name as plain text; "Unattributed" for nullopt. */
    QString groupName(std::optional<GroupId> group) const;

signals:
    void yearClicked(int year, std::optional<GroupId> group);

protected:
    void render() override;

private:
    LossByYear m_data;
    GroupPalette m_palette;
    std::map<GroupId, QString> m_groupNames;
    int m_incidentCount = 0;
};

} // namespace awb::ui::charts
