// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/yearlosschart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QStackedBarSeries>

namespace awb::ui::charts {

using namespace Qt::Literals::StringLiterals;

namespace {

// With more groups than this, a legend below the chart would elide their names; it goes to the right instead.
constexpr std::size_t kMaxBottomLegendEntries = 6;
// With more years than this, the year labels no longer fit side by side.
constexpr int kMaxHorizontalYearLabels = 14;

} // namespace

YearLossChart::YearLossChart(QWidget *parent)
    : ChartPage(u"lossByYear"_s, parent)
{
    render();
}

void YearLossChart::setData(LossByYear data,
                            const GroupPalette &palette,
                            const std::map<GroupId, QString> &groupNames,
                            int incidentCount)
{
    m_data = std::move(data);
    m_palette = palette;
    m_groupNames = groupNames;
    m_incidentCount = incidentCount;
    render();
}

QString YearLossChart::groupName(std::optional<GroupId> group) const
{
    if (!group) {
        return tr("Unattributed");
    }
    const auto it = m_groupNames.find(*group);
    return it != m_groupNames.end() ? it->second : tr("Group %1").arg(group->value);
}

QString YearLossChart::toolTip(std::size_t row, int yearIndex) const
{
    if (row >= m_data.groups.size() || yearIndex < 0 || yearIndex >= m_data.yearCount) {
        return {};
    }
    const GroupYears &group = m_data.groups[row];
    const YearCell &cell = group.years[static_cast<std::size_t>(yearIndex)];
    QString text = tr("%1 · %2 · %3 · %n incident(s)", nullptr, cell.incidents)
                       .arg(QString::number(m_data.firstYear + yearIndex), groupName(group.group),
                            compactUsd(static_cast<double>(cell.lossUsd)));
    if (cell.withoutLoss > 0) {
        text += u' ' + tr("(%n without a USD figure)", nullptr, cell.withoutLoss);
    }
    return text;
}

void YearLossChart::render()
{
    resetChart();
    setCaption(coverageNotes(m_data.coverage), m_data.coverage.synthetic);
    if (m_incidentCount == 0) {
        showPlaceholder(tr("No incidents match the current filter."));
        return;
    }
    if (m_data.isEmpty()) {
        showPlaceholder(tr("None of these incidents has a readable start date."));
        return;
    }
    const qint64 max = m_data.maxYearLossUsd();
    if (max == 0) {
        showPlaceholder(tr("None of these incidents has a USD figure."));
        return;
    }

    auto *series = new QStackedBarSeries(chart());
    series->setBarWidth(0.7);
    for (std::size_t row = 0; row < m_data.groups.size(); ++row) {
        const GroupYears &group = m_data.groups[row];
        // The legend renders labels as rich text: case text is escaped.
        auto *set = new QBarSet(groupName(group.group).toHtmlEscaped(), series);
        QList<qreal> values;
        values.reserve(static_cast<qsizetype>(group.years.size()));
        for (const YearCell &cell : group.years) {
            values << static_cast<qreal>(cell.lossUsd);
        }
        set->append(values);
        connect(set, &QBarSet::clicked, this,
                [this, id = group.group](int index) { emit yearClicked(m_data.firstYear + index, id); });
        connect(set, &QBarSet::hovered, this,
                [this, row](bool on, int index) { showToolTip(on ? toolTip(row, index) : QString()); });
        series->append(set);
    }
    chart()->addSeries(series);
    // After addSeries: adding a series applies the theme's colours.
    const QList<QBarSet *> sets = series->barSets();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        sets[i]->setColor(GroupPalette::onBackground(m_palette.color(m_data.groups[static_cast<std::size_t>(i)].group),
                                                     palette().color(QPalette::Base)));
        sets[i]->setBorderColor(palette().color(QPalette::Base)); // separates the stacked parts
    }

    auto *years = new QBarCategoryAxis(chart());
    QStringList labels;
    for (int i = 0; i < m_data.yearCount; ++i) {
        labels << QString::number(m_data.firstYear + i);
    }
    years->append(labels);
    years->setLabelsAngle(m_data.yearCount > kMaxHorizontalYearLabels ? -90 : 0);
    years->setGridLineVisible(false);
    QCategoryAxis *loss = createValueAxis(static_cast<double>(max), true);
    chart()->addAxis(years, Qt::AlignBottom);
    chart()->addAxis(loss, Qt::AlignLeft);
    series->attachAxis(years);
    series->attachAxis(loss);
    chart()->legend()->setAlignment(m_data.groups.size() > kMaxBottomLegendEntries ? Qt::AlignRight : Qt::AlignBottom);
    showChart();
}

} // namespace awb::ui::charts
