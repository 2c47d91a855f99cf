// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/countrychart.h"

#include "ui/displaytext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>

#include <algorithm>
#include <utility>

namespace awb::ui::charts {

using namespace Qt::Literals::StringLiterals;

namespace {

// Okabe–Ito blue and vermillion: apart from each other, and not mistaken for one group's colour.
constexpr QRgb kIncidentsColor = 0xff0072b2;
constexpr QRgb kLossColor = 0xffd55e00;

/** A series of one bar set: one series per measure, so each measure gets its own value axis. */
QHorizontalBarSeries *addSeries(QChart *chart, const QString &label, const QList<qreal> &values, const QColor &color)
{
    auto *series = new QHorizontalBarSeries(chart);
    auto *set = new QBarSet(label, series);
    set->append(values);
    series->append(set);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    // After addSeries, which applies the theme's colours.
    set->setColor(color);
    set->setBorderColor(color);
    return series;
}

} // namespace

CountryChart::CountryChart(QWidget *parent)
    : ChartPage(u"byCountry"_s, parent)
{
    render();
}

void CountryChart::setData(CountryTotals data, int incidentCount)
{
    m_data = std::move(data);
    m_incidentCount = incidentCount;
    render();
}

QString CountryChart::rowLabel(std::size_t row) const
{
    if (row >= m_data.rows.size()) {
        return {};
    }
    const CountryRow &country = m_data.rows[row];
    switch (country.kind) {
    case CountryRow::Kind::Unknown:
        return tr("Unknown");
    case CountryRow::Kind::Other:
        return tr("Other (%n countries)", nullptr, country.countries);
    case CountryRow::Kind::Country:
        break;
    }
    return text::country(country.code);
}

QString CountryChart::toolTip(std::size_t row) const
{
    if (row >= m_data.rows.size()) {
        return {};
    }
    const CountryRow &country = m_data.rows[row];
    QString text = tr("%1 · %2 · %n incident(s)", nullptr, country.incidents)
                       .arg(rowLabel(row), compactUsd(static_cast<double>(country.lossUsd)));
    if (country.withoutLoss > 0) {
        text += u' ' + tr("(%n without a USD figure)", nullptr, country.withoutLoss);
    }
    return text;
}

std::size_t CountryChart::rowAt(int index) const
{
    return m_data.rows.size() - 1 - static_cast<std::size_t>(index);
}

void CountryChart::handleClick(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_data.rows.size()) {
        return;
    }
    const CountryRow &country = m_data.rows[rowAt(index)];
    if (country.kind == CountryRow::Kind::Other) {
        return; // no single country to filter by
    }
    emit countryClicked(country.kind == CountryRow::Kind::Unknown ? QString() : country.code);
}

void CountryChart::connectSet(QBarSet *set, bool hasOther)
{
    if (hasOther) {
        // Other is a remainder, not a country to filter by: drawn as a pale outline of the measure's colour.
        QColor pale = set->color();
        pale.setAlpha(70);
        set->setSelectedColor(pale);
        set->selectBar(0);
    }
    connect(set, &QBarSet::clicked, this, &CountryChart::handleClick);
    connect(set, &QBarSet::hovered, this,
            [this](bool on, int index) { showToolTip(on && index >= 0 ? toolTip(rowAt(index)) : QString()); });
}

void CountryChart::render()
{
    resetChart();
    QStringList notes;
    if (m_data.coverage.withoutLoss > 0) {
        notes << tr("%n incident(s) without a USD figure are counted but not included in the loss.", nullptr,
                    m_data.coverage.withoutLoss);
    }
    setCaption(notes, m_data.coverage.synthetic);
    if (m_incidentCount == 0 || m_data.isEmpty()) {
        showPlaceholder(tr("No incidents match the current filter."));
        return;
    }

    QStringList labels;
    QList<qreal> counts;
    QList<qreal> losses;
    int maxCount = 0;
    qint64 maxLoss = 0;
    for (std::size_t i = m_data.rows.size(); i-- > 0;) {
        const CountryRow &country = m_data.rows[i];
        labels << rowLabel(i).toHtmlEscaped(); // axis labels are rich text; a code is case text
        counts << country.incidents;
        losses << static_cast<qreal>(country.lossUsd);
        maxCount = std::max(maxCount, country.incidents);
        maxLoss = std::max(maxLoss, country.lossUsd);
    }
    // Qt places the bars of the two series side by side within each country.
    QHorizontalBarSeries *countSeries = addSeries(chart(), tr("Incidents"), counts, QColor::fromRgb(kIncidentsColor));
    QHorizontalBarSeries *lossSeries = addSeries(chart(), tr("Loss (USD)"), losses, QColor::fromRgb(kLossColor));

    auto *countries = new QBarCategoryAxis(chart());
    countries->append(labels);
    countries->setGridLineVisible(false);
    chart()->addAxis(countries, Qt::AlignLeft);
    QCategoryAxis *countAxis = createValueAxis(maxCount, false);
    QCategoryAxis *lossAxis = createValueAxis(static_cast<double>(std::max<qint64>(maxLoss, 1)), true);
    countAxis->setTitleText(tr("Incidents"));
    lossAxis->setTitleText(tr("Loss (USD)"));
    chart()->addAxis(countAxis, Qt::AlignBottom);
    chart()->addAxis(lossAxis, Qt::AlignTop);
    lossAxis->setGridLineVisible(false); // one grid is enough; the count grid has whole numbers

    const bool hasOther = m_data.rows.back().kind == CountryRow::Kind::Other;
    for (const auto &[series, axis] : {std::pair{countSeries, countAxis}, std::pair{lossSeries, lossAxis}}) {
        series->attachAxis(countries);
        series->attachAxis(axis);
        QBarSet *set = series->barSets().constFirst();
        axis->setTitleBrush(set->color());
        connectSet(set, hasOther);
    }
    chart()->legend()->hide(); // the axis titles name the measures in their colours
    showChart();
}

} // namespace awb::ui::charts
