// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcase.h"
#include "ui/charts/chartspanel.h"
#include "ui/charts/countrychart.h"
#include "ui/charts/cumulativelosschart.h"
#include "ui/charts/yearlosschart.h"
#include "ui/displaytext.h"
#include "ui/style/grouppalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPointer>
#include <QStackedBarSeries>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace awb::test {
// Defined in chartdata_test.cpp: nine incidents in 2021–2024 by Lazarus (1), TraderTraitor (2) and no one.
std::vector<IncidentSummary> chartSample();
} // namespace awb::test

namespace awb::ui {
namespace {

constexpr GroupId kLazarus{1};
constexpr GroupId kTraderTraitor{2};
constexpr qreal kMillion = 1e6;

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> list;
    for (int i = 0; i < set->count(); ++i) {
        list << set->at(i);
    }
    return list;
}

class ChartsPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ActorGroup lazarus;
        lazarus.id = kLazarus;
        ActorGroup traderTraitor;
        traderTraitor.id = kTraderTraitor;
        m_palette = GroupPalette({lazarus, traderTraitor});
        m_panel.resize(900, 600);
        m_panel.show();
    }

    void TearDown() override { QLocale::setDefault(m_locale); }

    void show(const std::vector<IncidentSummary> &incidents) { m_panel.setIncidents(incidents, m_palette, m_names); }

    QChart *chart(const QString &name) const
    {
        auto *view = m_panel.findChild<QChartView *>(name + u"ChartView"_s);
        return view ? view->chart() : nullptr;
    }

    QStackedBarSeries *yearSeries() const
    {
        const QList<QAbstractSeries *> series = chart(u"lossByYear"_s)->series();
        return series.size() == 1 ? qobject_cast<QStackedBarSeries *>(series.front()) : nullptr;
    }

    QBarSet *yearSet(const QString &label) const
    {
        for (QBarSet *set : yearSeries()->barSets()) {
            if (set->label() == label) {
                return set;
            }
        }
        return nullptr;
    }

    /** The count (0) or loss (1) bars of the country chart. */
    QBarSet *countrySet(int measure) const
    {
        const QList<QAbstractSeries *> series = chart(u"byCountry"_s)->series();
        if (series.size() != 2) {
            return nullptr;
        }
        return qobject_cast<QHorizontalBarSeries *>(series.at(measure))->barSets().constFirst();
    }

    QLabel *label(const QString &name) const { return m_panel.findChild<QLabel *>(name); }

    QLocale m_locale;
    GroupPalette m_palette;
    std::map<GroupId, QString> m_names{{kLazarus, u"Lazarus Group"_s}, {kTraderTraitor, u"TraderTraitor"_s}};
    ChartsPanel m_panel;
};

TEST_F(ChartsPanelTest, StacksLossPerYearByGroup)
{
    show(test::chartSample());
    ASSERT_NE(yearSeries(), nullptr);
    ASSERT_EQ(yearSeries()->count(), 3);
    QBarSet *lazarus = yearSet(u"Lazarus Group"_s);
    QBarSet *traderTraitor = yearSet(u"TraderTraitor"_s);
    QBarSet *unattributed = yearSet(u"Unattributed"_s);
    ASSERT_TRUE(lazarus && traderTraitor && unattributed);
    EXPECT_EQ(values(lazarus), (QList<qreal>{100 * kMillion, 630 * kMillion, 0, 5 * kMillion}));
    EXPECT_EQ(values(traderTraitor), (QList<qreal>{50 * kMillion, 0, 0, 300 * kMillion}));
    EXPECT_EQ(values(unattributed), (QList<qreal>{0, 200 * kMillion, 20 * kMillion, 0}));
    EXPECT_EQ(lazarus->color(), m_palette.color(kLazarus));
    EXPECT_EQ(traderTraitor->color(), m_palette.color(kTraderTraitor));
    EXPECT_EQ(unattributed->color(), GroupPalette::unattributed());

    const auto years = chart(u"lossByYear"_s)->axes(Qt::Horizontal);
    ASSERT_EQ(years.size(), 1);
    EXPECT_EQ(qobject_cast<QBarCategoryAxis *>(years.front())->categories(),
              (QStringList{u"2021"_s, u"2022"_s, u"2023"_s, u"2024"_s}));
    const auto loss = chart(u"lossByYear"_s)->axes(Qt::Vertical);
    ASSERT_EQ(loss.size(), 1);
    EXPECT_EQ(qobject_cast<QCategoryAxis *>(loss.front())->categoriesLabels(),
              (QStringList{u"$0"_s, u"$200M"_s, u"$400M"_s, u"$600M"_s, u"$800M"_s, u"$1B"_s}));
}

TEST_F(ChartsPanelTest, ClickingAYearBarAsksForThatYearAndGroup)
{
    show(test::chartSample());
    std::vector<std::pair<int, std::optional<GroupId>>> clicks;
    QObject::connect(&m_panel, &ChartsPanel::yearClicked, &m_panel,
                     [&clicks](int year, std::optional<GroupId> group) { clicks.emplace_back(year, group); });
    emit yearSet(u"Lazarus Group"_s)->clicked(1);
    emit yearSet(u"Unattributed"_s)->clicked(2);
    emit yearSet(u"TraderTraitor"_s)->clicked(3);
    const std::vector<std::pair<int, std::optional<GroupId>>> expected{
        {2022, kLazarus}, {2023, std::nullopt}, {2024, kTraderTraitor}};
    EXPECT_EQ(clicks, expected);
}

TEST_F(ChartsPanelTest, ShowsTopCountriesPlusOther)
{
    m_panel.setTopCountries(2);
    show(test::chartSample());
    QBarSet *count = countrySet(0);
    QBarSet *loss = countrySet(1);
    ASSERT_TRUE(count && loss);
    // Bottom up: Other (JP, VN, SG), Unknown, US, KR.
    EXPECT_EQ(values(count), (QList<qreal>{4, 1, 1, 3}));
    EXPECT_EQ(values(loss), (QList<qreal>{75 * kMillion, 30 * kMillion, 600 * kMillion, 600 * kMillion}));
    const auto axes = chart(u"byCountry"_s)->axes(Qt::Vertical);
    ASSERT_EQ(axes.size(), 1);
    EXPECT_EQ(qobject_cast<QBarCategoryAxis *>(axes.front())->categories(),
              (QStringList{u"Other (3 countries)"_s, u"Unknown"_s, text::country(u"US"_s), text::country(u"KR"_s)}));
    EXPECT_EQ(text::country(u"KR"_s), u"KR — South Korea"_s);

    m_panel.setTopCountries(10); // no second pass over the incidents needed: every country fits
    EXPECT_EQ(values(countrySet(0)), (QList<qreal>{1, 1, 1, 2, 1, 3}));
}

TEST_F(ChartsPanelTest, ClickingACountryBarAsksForThatCountry)
{
    m_panel.setTopCountries(2);
    show(test::chartSample());
    QStringList clicks;
    QObject::connect(&m_panel, &ChartsPanel::countryClicked, &m_panel,
                     [&clicks](const QString &code) { clicks << code; });
    emit countrySet(0)->clicked(3); // KR
    emit countrySet(1)->clicked(2); // US, by its loss bar
    emit countrySet(0)->clicked(1); // Unknown
    emit countrySet(0)->clicked(0); // Other: nothing to filter by
    emit countrySet(1)->clicked(0);
    EXPECT_EQ(clicks, (QStringList{u"KR"_s, u"US"_s, QString()}));
    EXPECT_TRUE(clicks.at(2).isEmpty());
}

TEST_F(ChartsPanelTest, DrawsCumulativeLossAsSteps)
{
    show(test::chartSample());
    const QList<QAbstractSeries *> series = chart(u"cumulativeLoss"_s)->series();
    ASSERT_EQ(series.size(), 1);
    const QList<QPointF> points = qobject_cast<QLineSeries *>(series.front())->points();
    ASSERT_EQ(points.size(), 14); // two per date: before and after its loss
    const auto x = [](QDate date) {
        return static_cast<qreal>(date.startOfDay().toMSecsSinceEpoch());
    };
    EXPECT_EQ(points[0], QPointF(x(QDate(2021, 3, 10)), 0));
    EXPECT_EQ(points[1], QPointF(x(QDate(2021, 3, 10)), 100 * kMillion));
    EXPECT_EQ(points[6], QPointF(x(QDate(2022, 6, 1)), 750 * kMillion));
    EXPECT_EQ(points[7], QPointF(x(QDate(2022, 6, 1)), 980 * kMillion));
    EXPECT_EQ(points[13], QPointF(x(QDate(2024, 11, 2)), 1305 * kMillion));

    auto *page = m_panel.findChild<charts::CumulativeLossChart *>();
    EXPECT_EQ(page->toolTip(QDate(2022, 7, 4)), u"2022-06-01 · $230M · $980M in total"_s);
    EXPECT_TRUE(page->toolTip(QDate(2020, 1, 1)).isEmpty());
}

TEST_F(ChartsPanelTest, EscapesCaseTextInLabels)
{
    m_names[kLazarus] = test::kHostileText;
    show(test::chartSample());
    const QString escaped = test::kHostileText.toHtmlEscaped();
    QBarSet *hostile = yearSet(escaped);
    ASSERT_NE(hostile, nullptr);
    EXPECT_FALSE(hostile->label().contains(u"<b>"_s));
    const QList<QLegendMarker *> markers = chart(u"lossByYear"_s)->legend()->markers();
    ASSERT_FALSE(markers.isEmpty());
    EXPECT_EQ(markers.front()->label(), escaped);

    auto *page = m_panel.findChild<charts::YearLossChart *>();
    ASSERT_NE(page, nullptr);
    const QString tip = page->toolTip(0, 1);
    EXPECT_EQ(tip, u"2022 · "_s + test::kHostileText + u" · $630M · 2 incident(s)"_s); // plain text
    const QString html = charts::ChartPage::toolTipHtml(tip);
    EXPECT_TRUE(html.contains(escaped));
    EXPECT_FALSE(html.contains(u"<img"_s));
    EXPECT_FALSE(html.contains(u"<b>"_s));

    // A country code is case text too; the click reports it as recorded.
    std::vector<IncidentSummary> incidents = test::chartSample();
    incidents.front().victimCountry = test::kHostileText;
    show(incidents);
    const auto axes = chart(u"byCountry"_s)->axes(Qt::Vertical);
    ASSERT_EQ(axes.size(), 1);
    const QStringList categories = qobject_cast<QBarCategoryAxis *>(axes.front())->categories();
    EXPECT_TRUE(categories.contains(escaped));
    EXPECT_FALSE(categories.join(u' ').contains(u'<'));
    QStringList clicks;
    QObject::connect(&m_panel, &ChartsPanel::countryClicked, &m_panel,
                     [&clicks](const QString &code) { clicks << code; });
    emit countrySet(0)->clicked(static_cast<int>(categories.indexOf(escaped)));
    EXPECT_EQ(clicks, QStringList{test::kHostileText});
}

TEST_F(ChartsPanelTest, DescribesBarsInToolTips)
{
    show(test::chartSample());
    auto *years = m_panel.findChild<charts::YearLossChart *>();
    EXPECT_EQ(years->toolTip(0, 1), u"2022 · Lazarus Group · $630M · 2 incident(s)"_s);
    EXPECT_EQ(years->toolTip(1, 3), u"2024 · TraderTraitor · $300M · 2 incident(s) (1 without a USD figure)"_s);
    EXPECT_TRUE(years->toolTip(3, 0).isEmpty());
    auto *countries = m_panel.findChild<charts::CountryChart *>();
    EXPECT_EQ(countries->toolTip(0), u"KR — South Korea · $600M · 3 incident(s)"_s);
}

TEST_F(ChartsPanelTest, CaptionsMissingFiguresAndSyntheticIncidents)
{
    show(test::chartSample());
    for (const QString &name : {u"lossByYear"_s, u"byCountry"_s, u"cumulativeLoss"_s}) {
        SCOPED_TRACE(name.toStdString());
        auto *page = m_panel.findChild<charts::ChartPage *>(name + u"ChartPage"_s); // the tab may be hidden
        QLabel *caption = label(name + u"CaptionLabel"_s);
        ASSERT_TRUE(page && caption);
        EXPECT_TRUE(caption->isVisibleTo(page));
        EXPECT_TRUE(caption->text().startsWith(u"1 incident(s) without a USD figure"_s))
            << caption->text().toStdString();
        QLabel *synthetic = label(name + u"SyntheticLabel"_s);
        ASSERT_NE(synthetic, nullptr);
        EXPECT_TRUE(synthetic->isVisibleTo(page));
        EXPECT_EQ(synthetic->text(), text::syntheticMark() + u" · Includes 1 synthetic incident(s)."_s);
    }

    std::vector<IncidentSummary> real = test::chartSample();
    std::erase_if(real, [](const IncidentSummary &i) { return i.synthetic || !i.lossUsd; });
    show(real);
    for (const QString &name : {u"lossByYear"_s, u"byCountry"_s, u"cumulativeLoss"_s}) {
        auto *page = m_panel.findChild<charts::ChartPage *>(name + u"ChartPage"_s);
        EXPECT_FALSE(label(name + u"CaptionLabel"_s)->isVisibleTo(page));
        EXPECT_FALSE(label(name + u"SyntheticLabel"_s)->isVisibleTo(page));
    }
}

TEST_F(ChartsPanelTest, ShowsAnEmptyStateWithoutIncidents)
{
    show(test::chartSample());
    const QPointer<QAbstractSeries> old = yearSeries();
    show({});
    EXPECT_TRUE(old.isNull()); // the old series are deleted, not leaked
    for (const QString &name : {u"lossByYear"_s, u"byCountry"_s, u"cumulativeLoss"_s}) {
        SCOPED_TRACE(name.toStdString());
        EXPECT_TRUE(chart(name)->series().isEmpty());
        EXPECT_TRUE(chart(name)->axes().isEmpty());
        auto *page = m_panel.findChild<charts::ChartPage *>(name + u"ChartPage"_s);
        ASSERT_NE(page, nullptr);
        EXPECT_EQ(page->placeholderText(), u"No incidents match the current filter."_s);
    }
    EXPECT_TRUE(label(u"lossByYearPlaceholderLabel"_s)->isVisibleTo(&m_panel)); // the current tab
    EXPECT_FALSE(m_panel.findChild<QChartView *>(u"lossByYearChartView"_s)->isVisibleTo(&m_panel));

    show(test::chartSample()); // and back
    EXPECT_EQ(yearSeries()->count(), 3);
    EXPECT_TRUE(m_panel.findChild<charts::ChartPage *>(u"lossByYearChartPage"_s)->placeholderText().isEmpty());
    EXPECT_TRUE(m_panel.findChild<QChartView *>(u"lossByYearChartView"_s)->isVisibleTo(&m_panel));
}

TEST_F(ChartsPanelTest, ReplacesSeriesOnEveryUpdate)
{
    show(test::chartSample());
    const QPointer<QAbstractSeries> first = yearSeries();
    show(test::chartSample());
    EXPECT_TRUE(first.isNull());
    EXPECT_EQ(chart(u"lossByYear"_s)->series().size(), 1);
    EXPECT_EQ(chart(u"lossByYear"_s)->axes().size(), 2);
    EXPECT_EQ(chart(u"byCountry"_s)->series().size(), 2);
    EXPECT_EQ(chart(u"byCountry"_s)->axes().size(), 3);
    EXPECT_EQ(chart(u"cumulativeLoss"_s)->axes().size(), 3); // time (hidden), years, loss
}

TEST_F(ChartsPanelTest, FollowsADarkPalette)
{
    show(test::chartSample());
    EXPECT_EQ(chart(u"lossByYear"_s)->theme(), QChart::ChartThemeLight);
    QPalette dark = m_panel.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
    m_panel.setPalette(dark);
    EXPECT_EQ(chart(u"lossByYear"_s)->theme(), QChart::ChartThemeDark);
    EXPECT_EQ(chart(u"cumulativeLoss"_s)->theme(), QChart::ChartThemeDark);
    EXPECT_EQ(yearSet(u"Lazarus Group"_s)->color(), m_palette.color(kLazarus)); // group colours survive the theme
}

} // namespace
} // namespace awb::ui
