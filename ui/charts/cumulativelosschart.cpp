// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/cumulativelosschart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>

#include <algorithm>

namespace awb::ui::charts {

using namespace Qt::Literals::StringLiterals;

namespace {

qreal msecs(QDate date)
{
    return static_cast<qreal>(date.startOfDay().toMSecsSinceEpoch());
}

/** Years between two labels, so that the labels fit side by side. */
int yearStep(int years)
{
    if (years <= 12) {
        return 1;
    }
    return years <= 24 ? 2 : 5;
}

} // namespace

CumulativeLossChart::CumulativeLossChart(QWidget *parent)
    : ChartPage(u"cumulativeLoss"_s, parent)
{
    render();
}

void CumulativeLossChart::setData(CumulativeLoss data, int incidentCount)
{
    m_data = std::move(data);
    m_incidentCount = incidentCount;
    render();
}

QString CumulativeLossChart::toolTip(QDate date) const
{
    const auto after = std::ranges::upper_bound(m_data.steps, date, {}, &LossStep::date);
    if (after == m_data.steps.begin()) {
        return {};
    }
    const auto step = std::prev(after);
    const qint64 before = step == m_data.steps.begin() ? 0 : std::prev(step)->cumulativeLossUsd;
    return tr("%1 · %2 · %3 in total")
        .arg(step->date.toString(Qt::ISODate), compactUsd(static_cast<double>(step->cumulativeLossUsd - before)),
             compactUsd(static_cast<double>(step->cumulativeLossUsd)));
}

void CumulativeLossChart::render()
{
    resetChart();
    setCaption(coverageNotes(m_data.coverage), m_data.coverage.synthetic);
    if (m_incidentCount == 0) {
        showPlaceholder(tr("No incidents match the current filter."));
        return;
    }
    if (m_data.isEmpty()) {
        showPlaceholder(tr("None of these incidents has both a USD figure and a readable start date."));
        return;
    }

    // A step up on each date: the total holds until the next loss.
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(m_data.steps.size()) * 2);
    qint64 total = 0;
    for (const LossStep &step : m_data.steps) {
        points << QPointF(msecs(step.date), static_cast<qreal>(total));
        total = step.cumulativeLossUsd;
        points << QPointF(msecs(step.date), static_cast<qreal>(total));
    }
    auto *series = new QLineSeries(chart());
    series->setName(tr("Cumulative loss"));
    series->replace(points);
    chart()->addSeries(series);
    QPen pen(palette().color(QPalette::Highlight), 2);
    series->setPen(pen); // after addSeries, which applies the theme's pen
    connect(series, &QLineSeries::hovered, this, [this](const QPointF &point, bool on) {
        const QDate date = QDateTime::fromMSecsSinceEpoch(qRound64(point.x())).date();
        showToolTip(on ? toolTip(date) : QString());
    });
    chart()->legend()->hide();

    // QDateTimeAxis spaces its ticks evenly, which drifts off 1 January with leap years: it holds the series
    // but stays hidden, and a category axis over the same range labels the years.
    const int firstYear = m_data.steps.front().date.year();
    const int lastYear = m_data.steps.back().date.year();
    const int step = yearStep(lastYear - firstYear + 1);
    const int endYear = firstYear + (lastYear - firstYear) / step * step + step;
    const QDate start(firstYear, 1, 1);
    const QDate end(endYear, 1, 1);
    auto *time = new QDateTimeAxis(chart());
    time->setRange(start.startOfDay(), end.startOfDay());
    time->setVisible(false);
    auto *years = new QCategoryAxis(chart());
    years->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    years->setStartValue(msecs(start));
    for (int year = firstYear; year <= endYear; year += step) {
        years->append(QString::number(year), msecs(QDate(year, 1, 1)));
    }
    years->setRange(msecs(start), msecs(end));
    QCategoryAxis *loss = createValueAxis(static_cast<double>(total), true);
    chart()->addAxis(time, Qt::AlignBottom);
    chart()->addAxis(years, Qt::AlignBottom);
    chart()->addAxis(loss, Qt::AlignLeft);
    series->attachAxis(time);
    series->attachAxis(loss);
    showChart();
}

} // namespace awb::ui::charts
