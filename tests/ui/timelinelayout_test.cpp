// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's pure logic: axis ticks, lane assignment and binning.
#include "ui/timeline/timelineaxis.h"
#include "ui/timeline/timelinebins.h"
#include "ui/timeline/timelinelanes.h"

#include <QDate>

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

qint64 jd(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

TimelineEvent event(qint64 id,
                    qint64 day,
                    std::optional<GroupId> group,
                    const QString &country = {},
                    const QString &sector = {},
                    double loss = -1)
{
    TimelineEvent e;
    e.id = IncidentId{id};
    e.startDay = day;
    e.endDay = day;
    e.group = group;
    e.country = country;
    e.sector = sector;
    e.lossUsd = loss;
    e.title = u"Incident %1"_s.arg(id);
    return e;
}

/** The ticks for [from, to] drawn @p width pixels wide, with labels at least 60 px apart. */
TimelineTicks ticksFor(qint64 from, qint64 to, int width)
{
    const double span = static_cast<double>(to - from + 1);
    return timelineTicks(static_cast<double>(from), static_cast<double>(to + 1), width / span, 60);
}

TEST(TimelineAxis, ShowsYearsForFifteenYears)
{
    const TimelineTicks ticks = ticksFor(jd(2010, 1, 1), jd(2024, 12, 31), 1400);
    EXPECT_EQ(ticks.unit, TimelineTickUnit::Year);
    ASSERT_EQ(ticks.major.size(), 15U);
    EXPECT_EQ(ticks.major.front().day, jd(2010, 1, 1));
    EXPECT_EQ(ticks.major.front().label, u"2010"_s);
    EXPECT_EQ(ticks.major.back().day, jd(2024, 1, 1));
    EXPECT_TRUE(ticks.context.empty());
    // Months or quarters between the years, all in view and in order.
    EXPECT_FALSE(ticks.minor.empty());
    EXPECT_TRUE(std::ranges::is_sorted(ticks.minor));
    EXPECT_GE(ticks.minor.front(), jd(2010, 1, 1));
}

TEST(TimelineAxis, ShowsDecadesForSixtyYearsInASmallWidget)
{
    const TimelineTicks ticks = ticksFor(jd(1970, 1, 1), jd(2029, 12, 31), 600);
    EXPECT_EQ(ticks.unit, TimelineTickUnit::Decade);
    ASSERT_EQ(ticks.major.size(), 6U);
    for (const TimelineTick &tick : ticks.major) {
        const QDate date = QDate::fromJulianDay(tick.day);
        EXPECT_EQ(date.year() % 10, 0);
        EXPECT_EQ(date.dayOfYear(), 1);
    }
}

TEST(TimelineAxis, ShowsMonthsUnderTheirYearForTwoYears)
{
    const TimelineTicks ticks = ticksFor(jd(2021, 1, 1), jd(2022, 12, 31), 1600);
    EXPECT_EQ(ticks.unit, TimelineTickUnit::Month);
    ASSERT_EQ(ticks.major.size(), 24U);
    for (const TimelineTick &tick : ticks.major) {
        EXPECT_EQ(QDate::fromJulianDay(tick.day).day(), 1);
        EXPECT_FALSE(tick.label.isEmpty());
    }
    ASSERT_EQ(ticks.context.size(), 2U);
    EXPECT_EQ(ticks.context[0].label, u"2021"_s);
    EXPECT_EQ(ticks.context[1].day, jd(2022, 1, 1));
}

TEST(TimelineAxis, ShowsWeeksOnMondaysForTwoMonths)
{
    const TimelineTicks ticks = ticksFor(jd(2023, 3, 1), jd(2023, 4, 29), 1000);
    EXPECT_EQ(ticks.unit, TimelineTickUnit::Week);
    ASSERT_FALSE(ticks.major.empty());
    for (const TimelineTick &tick : ticks.major) {
        EXPECT_EQ(QDate::fromJulianDay(tick.day).dayOfWeek(), Qt::Monday);
    }
    // The month labels start with the month already under way at the left edge.
    ASSERT_EQ(ticks.context.size(), 2U);
    EXPECT_EQ(ticks.context[0].day, jd(2023, 3, 1));
    EXPECT_TRUE(ticks.context[0].label.contains(u"2023"_s));
}

TEST(TimelineAxis, ShowsDaysForAWeek)
{
    const TimelineTicks ticks = ticksFor(jd(2024, 2, 26), jd(2024, 3, 5), 1000);
    EXPECT_EQ(ticks.unit, TimelineTickUnit::Day);
    ASSERT_EQ(ticks.major.size(), 9U);
    EXPECT_EQ(ticks.major[4].day, jd(2024, 3, 1));
    EXPECT_TRUE(ticks.minor.empty());
    ASSERT_EQ(ticks.context.size(), 2U); // February (under way) and March
    EXPECT_EQ(ticks.context[0].day, jd(2024, 2, 1));
    EXPECT_EQ(ticks.context[1].day, jd(2024, 3, 1));
}

TEST(TimelineAxis, FloorsToCalendarBoundaries)
{
    const qint64 day = jd(2023, 8, 17); // a Thursday
    EXPECT_EQ(floorToUnit(day, TimelineTickUnit::Week), jd(2023, 8, 14));
    EXPECT_EQ(floorToUnit(day, TimelineTickUnit::Month), jd(2023, 8, 1));
    EXPECT_EQ(floorToUnit(day, TimelineTickUnit::Quarter), jd(2023, 7, 1));
    EXPECT_EQ(floorToUnit(day, TimelineTickUnit::FiveYears), jd(2020, 1, 1));
    EXPECT_EQ(nextBoundary(jd(2023, 12, 1), TimelineTickUnit::Month), jd(2024, 1, 1));
    EXPECT_EQ(nextBoundary(jd(2020, 1, 1), TimelineTickUnit::Decade), jd(2030, 1, 1));
}

TEST(TimelineLanes, GroupLanesAreOrderedByCountWithUnattributedLast)
{
    const GroupId lazarus{1};
    const GroupId kimsuky{2};
    std::vector<TimelineEvent> events;
    for (int i = 0; i < 5; ++i) {
        events.push_back(event(100 + i, jd(2020, 1, 1) + i, std::nullopt)); // the most, but unattributed
    }
    events.push_back(event(1, jd(2021, 5, 1), lazarus));
    events.push_back(event(2, jd(2019, 5, 1), kimsuky));
    events.push_back(event(3, jd(2018, 5, 1), kimsuky));
    const TimelineLanes lanes(events, TimelineLaneMode::Group, {{lazarus, u"Lazarus Group"_s}});
    ASSERT_EQ(lanes.count(), 3);
    EXPECT_EQ(lanes.lanes()[0].label, u"Group 2"_s); // no name given: the id
    EXPECT_EQ(lanes.lanes()[0].size(), 2);
    EXPECT_EQ(lanes.lanes()[1].label, u"Lazarus Group"_s);
    EXPECT_EQ(lanes.lanes()[2].label, u"Unattributed"_s);
    EXPECT_TRUE(lanes.lanes()[2].unknown);
    EXPECT_EQ(lanes.lanes()[2].size(), 5);
    // Sorted by start day within a lane, and every event can be found again.
    EXPECT_LT(lanes.lanes()[0].start[0], lanes.lanes()[0].start[1]);
    const TimelineLanePos pos = lanes.locate(6); // incident 2, Kimsuky's second by date
    EXPECT_EQ(pos.lane, 0);
    EXPECT_EQ(pos.pos, 1);
    EXPECT_EQ(lanes.lanes()[0].event[pos.pos], 6);
    EXPECT_EQ(lanes.firstDay(), jd(2018, 5, 1));
    EXPECT_EQ(lanes.lastDay(), jd(2021, 5, 1));
}

TEST(TimelineLanes, CountryAndSectorLanesPutUnknownLast)
{
    std::vector<TimelineEvent> events{
        event(1, jd(2020, 1, 1), std::nullopt, u"kr"_s, u"Exchange"_s),
        event(2, jd(2020, 1, 2), std::nullopt, u"US"_s, u"DeFi"_s),
        event(3, jd(2020, 1, 3), std::nullopt, u"KR"_s, {}),
        event(4, jd(2020, 1, 4), std::nullopt, {}, {}),
        event(5, jd(2020, 1, 5), std::nullopt, {}, u"DeFi"_s),
        event(6, jd(2020, 1, 6), std::nullopt, {}, u"Bridge"_s),
    };
    const TimelineLanes countries(events, TimelineLaneMode::Country, {});
    ASSERT_EQ(countries.count(), 3);
    EXPECT_EQ(countries.lanes()[0].label, u"KR"_s); // codes are normalised: "kr" joins "KR"
    EXPECT_EQ(countries.lanes()[0].size(), 2);
    EXPECT_TRUE(countries.lanes()[0].description.startsWith(u"KR — "_s));
    EXPECT_EQ(countries.lanes()[1].label, u"US"_s);
    EXPECT_EQ(countries.lanes()[2].label, u"Unknown"_s);
    EXPECT_EQ(countries.lanes()[2].size(), 3);

    const TimelineLanes sectors(events, TimelineLaneMode::Sector, {});
    ASSERT_EQ(sectors.count(), 4);
    EXPECT_EQ(sectors.lanes()[0].label, u"DeFi"_s);
    EXPECT_EQ(sectors.lanes()[1].label, u"Bridge"_s); // ties by label
    EXPECT_EQ(sectors.lanes()[2].label, u"Exchange"_s);
    EXPECT_TRUE(sectors.lanes()[3].unknown);
}

TEST(TimelineLanes, RemembersTheLongestSpan)
{
    std::vector<TimelineEvent> events{event(1, jd(2020, 1, 1), std::nullopt), event(2, jd(2020, 3, 1), std::nullopt)};
    events[1].endDay = events[1].startDay + 40;
    const TimelineLanes lanes(events, TimelineLaneMode::Group, {});
    EXPECT_EQ(lanes.lanes()[0].maxDuration, 40);
    EXPECT_EQ(lanes.lastDay(), jd(2020, 3, 1) + 40);
}

class TimelineBinsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        std::mt19937_64 rng(42);
        std::uniform_int_distribution<qint64> day(jd(2015, 1, 1), jd(2020, 12, 31));
        std::uniform_real_distribution<double> loss(1e3, 1e9);
        std::vector<TimelineEvent> events;
        for (int i = 0; i < 5000; ++i) {
            events.push_back(event(i + 1, day(rng), GroupId{1 + i % 3}, {}, {}, i % 7 == 0 ? -1 : loss(rng)));
        }
        // All in one lane, coloured by three groups.
        m_lanes = TimelineLanes(events, TimelineLaneMode::Sector, {});
    }

    TimelineLanes m_lanes;
};

TEST_F(TimelineBinsTest, CountsSumToTheEventsInRangeAndTheMarkIsTheLargestLoss)
{
    const TimelineLane &lane = m_lanes.lanes()[0];
    const qint64 from = jd(2016, 6, 1);
    const qint64 to = jd(2018, 6, 30);
    TimelineBinScratch scratch;
    std::vector<TimelineBin> bins;
    binLane(lane, from, to, 9.5, static_cast<int>(m_lanes.colorGroups().size()), scratch, bins);

    const auto inRange = std::ranges::count_if(lane.start, [&](qint64 d) { return d >= from && d <= to; });
    int total = 0;
    int next = lowerBoundDay(lane, from);
    for (const TimelineBin &bin : bins) {
        EXPECT_EQ(bin.first, next); // contiguous runs, in order
        next = bin.first + bin.count;
        total += bin.count;
        float largest = -1;
        int colorCounts[4] = {};
        for (int p = bin.first; p < bin.first + bin.count; ++p) {
            largest = std::max(largest, lane.loss[p]);
            ++colorCounts[lane.color[p]];
            EXPECT_EQ(static_cast<qint64>(std::floor((lane.start[p] + 0.5) / 9.5)), bin.column);
        }
        EXPECT_EQ(lane.loss[bin.largest], largest);
        EXPECT_EQ(colorCounts[bin.color], *std::max_element(std::begin(colorCounts), std::end(colorCounts)));
    }
    EXPECT_EQ(total, inRange);
    EXPECT_TRUE(std::ranges::is_sorted(bins, {}, &TimelineBin::column));
}

TEST_F(TimelineBinsTest, OneDayColumnsPutEachDayInItsOwnBin)
{
    const TimelineLane &lane = m_lanes.lanes()[0];
    TimelineBinScratch scratch;
    std::vector<TimelineBin> bins;
    binLane(lane, jd(2017, 1, 1), jd(2017, 1, 31), 1.0, 4, scratch, bins);
    for (const TimelineBin &bin : bins) {
        EXPECT_EQ(lane.start[bin.first], lane.start[bin.first + bin.count - 1]);
    }
}

TEST(TimelineBins, MarkRadiusGrowsWithLossOnALogScale)
{
    EXPECT_EQ(markRadius(-1, 3, 12), 3);
    EXPECT_EQ(markRadius(500, 3, 12), 3);
    EXPECT_LT(markRadius(1e6, 3, 12), markRadius(1e8, 3, 12));
    EXPECT_NEAR(markRadius(1e6, 3, 12) - markRadius(1e5, 3, 12), markRadius(1e8, 3, 12) - markRadius(1e7, 3, 12), 1e-9);
    EXPECT_EQ(markRadius(1e12, 3, 12), 12);
}

} // namespace
} // namespace awb::ui
