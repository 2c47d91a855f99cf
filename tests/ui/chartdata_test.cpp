// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartdata.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

// The sample is shared with charts_test.cpp, which declares these two functions.
namespace awb::test {

constexpr GroupId kLazarus{1};
constexpr GroupId kTraderTraitor{2};
constexpr qint64 kMillion = 1'000'000;

IncidentSummary incident(qint64 id,
                         const QString &startDate,
                         const QString &country,
                         std::optional<qint64> lossUsd,
                         const std::vector<GroupId> &groups,
                         bool synthetic = false)
{
    IncidentSummary summary;
    summary.id = IncidentId{id};
    summary.title = u"Incident %1"_s.arg(id);
    summary.startDate = startDate;
    if (!country.isEmpty()) {
        summary.victimCountry = country;
    }
    summary.lossUsd = lossUsd;
    summary.synthetic = synthetic;
    for (const GroupId group : groups) {
        summary.attributions.push_back(AttributionSummary{group, 3});
    }
    return summary;
}

/** Nine incidents in 2021–2024, counted by hand in the tests. */
std::vector<IncidentSummary> chartSample()
{
    return {
        incident(1, u"2021-03-10"_s, u"KR"_s, 100 * kMillion, {kLazarus}),
        incident(2, u"2021-08-01"_s, u"JP"_s, 50 * kMillion, {kTraderTraitor, kLazarus}), // primary: TraderTraitor
        incident(3, u"2022-03-23"_s, u"US"_s, 600 * kMillion, {kLazarus}),
        incident(4, u"2022-06-01"_s, u"KR"_s, 200 * kMillion, {}),
        incident(5, u"2022-06-01"_s, QString(), 30 * kMillion, {kLazarus}, true), // synthetic, no country
        incident(6, u"2024-01-15"_s, u"SG"_s, std::nullopt, {kTraderTraitor}),    // no USD figure
        incident(7, u"2024-11-02"_s, u"KR"_s, 300 * kMillion, {kTraderTraitor}),
        incident(8, u"2024-02-02"_s, u"VN"_s, 5 * kMillion, {kLazarus}),
        incident(9, u"2023-05"_s, u"JP"_s, 20 * kMillion, {}), // only a month is known
    };
}

} // namespace awb::test

namespace awb::ui::charts {
namespace {

using test::kLazarus;
using test::kMillion;
using test::kTraderTraitor;

YearCell cell(qint64 millions, int incidents, int withoutLoss = 0)
{
    return YearCell{millions * kMillion, incidents, withoutLoss};
}

TEST(ChartData, SumsLossPerYearAndPrimaryGroup)
{
    const LossByYear data = lossByYearAndGroup(test::chartSample());
    EXPECT_EQ(data.firstYear, 2021);
    EXPECT_EQ(data.yearCount, 4); // 2023 holds only one unattributed incident; no year is skipped
    ASSERT_EQ(data.groups.size(), 3U);

    // Largest total first, the unattributed set last.
    EXPECT_EQ(data.groups[0].group, kLazarus);
    EXPECT_EQ(data.groups[0].years, (std::vector{cell(100, 1), cell(630, 2), cell(0, 0), cell(5, 1)}));
    EXPECT_EQ(data.groups[0].totalLossUsd, 735 * kMillion);
    // Incident 2, attributed to TraderTraitor first and Lazarus second, counts for TraderTraitor.
    EXPECT_EQ(data.groups[1].group, kTraderTraitor);
    EXPECT_EQ(data.groups[1].years, (std::vector{cell(50, 1), cell(0, 0), cell(0, 0), cell(300, 2, 1)}));
    EXPECT_EQ(data.groups[1].totalLossUsd, 350 * kMillion);
    EXPECT_EQ(data.groups[2].group, std::nullopt);
    EXPECT_EQ(data.groups[2].years, (std::vector{cell(0, 0), cell(200, 1), cell(20, 1), cell(0, 0)}));

    EXPECT_EQ(data.maxYearLossUsd(), 830 * kMillion); // 2022: 630M + 200M
    EXPECT_EQ(data.coverage, (ChartCoverage{1, 0, 1}));
}

TEST(ChartData, LeavesIncidentsWithoutAReadableDateOutOfTheTimeCharts)
{
    std::vector<IncidentSummary> incidents = test::chartSample();
    incidents.push_back(test::incident(20, u"sometime"_s, u"KR"_s, 7 * kMillion, {kLazarus}));
    const LossByYear years = lossByYearAndGroup(incidents);
    EXPECT_EQ(years.coverage, (ChartCoverage{1, 1, 1}));
    EXPECT_EQ(years.groups[0].totalLossUsd, 735 * kMillion);
    const CumulativeLoss cumulative = cumulativeLoss(incidents);
    EXPECT_EQ(cumulative.coverage, (ChartCoverage{1, 1, 1}));
    EXPECT_EQ(cumulative.steps.back().cumulativeLossUsd, 1305 * kMillion);
    // The country chart has no use for the date: it counts the incident.
    EXPECT_EQ(countryTotals(incidents).rows.front().lossUsd, 607 * kMillion);
}

TEST(ChartData, ReadsPartialDates)
{
    EXPECT_EQ(incidentDate(u"2022-03-23"_s), QDate(2022, 3, 23));
    EXPECT_EQ(incidentDate(u"2023-05"_s), QDate(2023, 5, 1));
    EXPECT_EQ(incidentDate(u"2019"_s), QDate(2019, 1, 1));
    EXPECT_EQ(incidentDate(u"2022-13-01"_s), std::nullopt);
    EXPECT_EQ(incidentDate(QString()), std::nullopt);
}

TEST(ChartData, CountsEveryCountryAndUnknown)
{
    const CountryTotals totals = countryTotals(test::chartSample());
    using Kind = CountryRow::Kind;
    // KR and US both lost $600M; KR had more incidents. Unknown comes after every country.
    const std::vector<CountryRow> expected{
        {Kind::Country, u"KR"_s, 3, 0, 600 * kMillion, 1},
        {Kind::Country, u"US"_s, 1, 0, 600 * kMillion, 1},
        {Kind::Country, u"JP"_s, 2, 0, 70 * kMillion, 1},
        {Kind::Country, u"VN"_s, 1, 0, 5 * kMillion, 1},
        {Kind::Country, u"SG"_s, 1, 1, 0, 1},
        {Kind::Unknown, QString(), 1, 0, 30 * kMillion, 1},
    };
    EXPECT_EQ(totals.rows, expected);
    EXPECT_EQ(totals.coverage, (ChartCoverage{1, 0, 1}));
}

TEST(ChartData, MergesCountriesBeyondTopNIntoOther)
{
    const CountryTotals top = byCountry(test::chartSample(), 2);
    using Kind = CountryRow::Kind;
    const std::vector<CountryRow> expected{
        {Kind::Country, u"KR"_s, 3, 0, 600 * kMillion, 1},
        {Kind::Country, u"US"_s, 1, 0, 600 * kMillion, 1},
        {Kind::Unknown, QString(), 1, 0, 30 * kMillion, 1}, // a gap in the data, never merged
        {Kind::Other, QString(), 4, 1, 75 * kMillion, 3},   // JP, VN and SG
    };
    EXPECT_EQ(top.rows, expected);
    EXPECT_EQ(top.coverage, (ChartCoverage{1, 0, 1}));

    EXPECT_EQ(byCountry(test::chartSample(), 10).rows, countryTotals(test::chartSample()).rows); // nothing to merge
    EXPECT_EQ(byCountry(test::chartSample(), 5).rows.back().kind, Kind::Unknown);
    EXPECT_EQ(byCountry(test::chartSample(), 4).rows.back(), (CountryRow{Kind::Other, {}, 1, 1, 0, 1}));
}

TEST(ChartData, AccumulatesLossOverTime)
{
    const CumulativeLoss data = cumulativeLoss(test::chartSample());
    const std::vector<LossStep> expected{
        {QDate(2021, 3, 10), 100 * kMillion, 1},  {QDate(2021, 8, 1), 150 * kMillion, 1},
        {QDate(2022, 3, 23), 750 * kMillion, 1},  {QDate(2022, 6, 1), 980 * kMillion, 2}, // two incidents that day
        {QDate(2023, 5, 1), 1000 * kMillion, 1},  {QDate(2024, 2, 2), 1005 * kMillion, 1},
        {QDate(2024, 11, 2), 1305 * kMillion, 1},
    };
    EXPECT_EQ(data.steps, expected);
    EXPECT_EQ(data.coverage, (ChartCoverage{1, 0, 1})); // the SG incident has no figure
}

TEST(ChartData, HandlesNoIncidents)
{
    EXPECT_TRUE(lossByYearAndGroup({}).isEmpty());
    EXPECT_TRUE(countryTotals({}).isEmpty());
    EXPECT_TRUE(byCountry({}, 3).isEmpty());
    EXPECT_TRUE(cumulativeLoss({}).isEmpty());
}

TEST(ChartData, Aggregates100kIncidents)
{
    // Incident i: year 2016 + i % 10, group (i / 10) % 5 (0: none), $1M unless i % 3 == 0, country by i % 4.
    const std::vector<QString> countries{u"KR"_s, u"JP"_s, u"US"_s, QString()};
    std::vector<IncidentSummary> incidents;
    incidents.reserve(100'000);
    for (int i = 0; i < 100'000; ++i) {
        const int group = (i / 10) % 5;
        const QDate date(2016 + i % 10, 1 + (i / 10) % 12, 1 + (i / 120) % 28);
        incidents.push_back(test::incident(i + 1, date.toString(Qt::ISODate), countries[i % 4],
                                           i % 3 == 0 ? std::nullopt : std::optional<qint64>(kMillion),
                                           group == 0 ? std::vector<GroupId>{} : std::vector{GroupId{group}}));
    }
    constexpr int kWithoutLoss = 33'334; // 0, 3, …, 99'999
    constexpr qint64 kTotal = (100'000 - kWithoutLoss) * kMillion;

    const LossByYear years = lossByYearAndGroup(incidents);
    EXPECT_EQ(years.firstYear, 2016);
    ASSERT_EQ(years.yearCount, 10);
    ASSERT_EQ(years.groups.size(), 5U);
    qint64 total = 0;
    for (const GroupYears &group : years.groups) {
        for (const YearCell &c : group.years) {
            EXPECT_EQ(c.incidents, 2'000);
            total += c.lossUsd;
        }
    }
    EXPECT_EQ(total, kTotal);
    EXPECT_EQ(years.coverage, (ChartCoverage{kWithoutLoss, 0, 0}));

    // Of each 12 consecutive incidents, every country has three and two of them have a figure; the last four
    // incidents (99'996 …) give JP and US one more each.
    const CountryTotals top = byCountry(incidents, 2);
    ASSERT_EQ(top.rows.size(), 4U);
    EXPECT_EQ(top.rows[0].code, u"JP"_s);
    EXPECT_EQ(top.rows[0].lossUsd, 16'667 * kMillion);
    EXPECT_EQ(top.rows[1].code, u"US"_s);
    EXPECT_EQ(top.rows[1].lossUsd, 16'667 * kMillion);
    EXPECT_EQ(top.rows[2].kind, CountryRow::Kind::Unknown);
    EXPECT_EQ(top.rows[2].incidents, 25'000);
    EXPECT_EQ(top.rows[2].lossUsd, 16'666 * kMillion);
    EXPECT_EQ(top.rows[3], (CountryRow{CountryRow::Kind::Other, {}, 25'000, 8'334, 16'666 * kMillion, 1}));

    const CumulativeLoss cumulative = cumulativeLoss(incidents);
    EXPECT_EQ(cumulative.steps.back().cumulativeLossUsd, kTotal);
    int counted = 0;
    for (std::size_t i = 0; i < cumulative.steps.size(); ++i) {
        counted += cumulative.steps[i].incidents;
        if (i > 0) {
            EXPECT_LT(cumulative.steps[i - 1].date, cumulative.steps[i].date);
        }
    }
    EXPECT_EQ(counted, 100'000 - kWithoutLoss);
}

TEST(ChartData, FormatsCompactDollars)
{
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(compactUsd(0), u"$0"_s);
    EXPECT_EQ(compactUsd(999), u"$999"_s);
    EXPECT_EQ(compactUsd(12'345), u"$12.3K"_s);
    EXPECT_EQ(compactUsd(500e6), u"$500M"_s);
    EXPECT_EQ(compactUsd(999.96e6), u"$1B"_s); // not $1,000M
    EXPECT_EQ(compactUsd(1e9), u"$1B"_s);
    EXPECT_EQ(compactUsd(1.2e9), u"$1.2B"_s);
    EXPECT_EQ(compactUsd(1.46e9), u"$1.5B"_s);
    EXPECT_EQ(compactUsd(1.25e9, 2), u"$1.25B"_s);
    QLocale::setDefault(previous);
}

TEST(ChartData, ChoosesRoundAxisTicks)
{
    EXPECT_EQ(axisTicks(1.5e9), (std::vector{0.0, 5e8, 1e9, 1.5e9}));
    EXPECT_EQ(axisTicks(830e6), (std::vector{0.0, 2e8, 4e8, 6e8, 8e8, 1e9}));
    EXPECT_EQ(axisTicks(3), (std::vector{0.0, 1.0, 2.0, 3.0})); // counts: whole numbers only
    EXPECT_EQ(axisTicks(12), (std::vector{0.0, 5.0, 10.0, 15.0}));
    EXPECT_EQ(axisTicks(0), (std::vector{0.0, 1.0}));
}

} // namespace
} // namespace awb::ui::charts
