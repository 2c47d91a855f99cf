// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/records.h"
#include "testcase.h"
#include "ui/style/grouppalette.h"
#include "ui/timeline/timelineview.h"

#include <QApplication>
#include <QImage>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <random>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

constexpr GroupId kLazarus{1};
constexpr GroupId kKimsuky{2};

qint64 jd(int y, int m, int d)
{
    return QDate(y, m, d).toJulianDay();
}

TimelineEvent incident(qint64 id, qint64 day, std::optional<GroupId> group, double loss, const QString &country = {})
{
    TimelineEvent e;
    e.id = IncidentId{id};
    e.startDay = day;
    e.endDay = day;
    e.group = group;
    e.lossUsd = loss;
    e.country = country;
    e.sector = u"Exchange"_s;
    e.title = u"Incident %1"_s.arg(id);
    return e;
}

GroupPalette palette()
{
    ActorGroup lazarus;
    lazarus.id = kLazarus;
    ActorGroup kimsuky;
    kimsuky.id = kKimsuky;
    return GroupPalette({lazarus, kimsuky});
}

std::map<GroupId, QString> names()
{
    return {{kLazarus, u"Lazarus Group"_s}, {kKimsuky, u"Kimsuky"_s}};
}

/** Four incidents far apart: every one has a mark of its own when the view fits them. */
std::vector<TimelineEvent> sparseEvents()
{
    return {incident(1, jd(2020, 3, 10), kLazarus, 600e6, u"KR"_s),
            incident(2, jd(2021, 7, 1), kKimsuky, 20e6, u"US"_s),
            incident(3, jd(2019, 1, 15), std::nullopt, -1, u"KR"_s), incident(4, jd(2022, 11, 20), kLazarus, 1.5e9)};
}

/** Twenty incidents of one group on one day: too many to stack, so they make one bin. */
std::vector<TimelineEvent> sameDayEvents(const QString &title = {})
{
    std::vector<TimelineEvent> events;
    for (int i = 1; i <= 20; ++i) {
        events.push_back(incident(i, jd(2023, 5, 4), kLazarus, i == 13 ? 900e6 : i * 1e6));
        if (!title.isEmpty()) {
            events.back().title = title;
        }
    }
    return events;
}

qint64 spanDays(const TimelineView &view)
{
    const auto [from, to] = view.visibleRange();
    return to.toJulianDay() - from.toJulianDay() + 1;
}

void wheel(QWidget *widget, QPoint pos, int delta)
{
    QWheelEvent event(QPointF(pos), QPointF(widget->mapToGlobal(pos)), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

QImage render(TimelineView &view)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    view.render(&image);
    return image;
}

int differingPixels(const QImage &a, const QImage &b)
{
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            n += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
        }
    }
    return n;
}

class TimelineViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_view.resize(1000, 400);
        m_view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_view));
    }

    void show(std::vector<TimelineEvent> events)
    {
        m_view.setEvents(std::move(events), palette(), names());
        m_view.zoomToFit();
    }

    QPoint axisPoint(double fraction) const
    {
        const QRect axis = m_view.axisRect();
        return {axis.left() + static_cast<int>(axis.width() * fraction), axis.center().y()};
    }

    TimelineView m_view;
};

TEST_F(TimelineViewTest, HitTestingFindsTheMarkOfAKnownIncident)
{
    show(sparseEvents());
    const std::optional<QPointF> center = m_view.markCenter(IncidentId{1});
    ASSERT_TRUE(center);
    // The mark sits in the middle of its day.
    const double dayMiddle = (m_view.xOfDay(jd(2020, 3, 10)) + m_view.xOfDay(jd(2020, 3, 11))) / 2.0;
    EXPECT_NEAR(center->x(), dayMiddle, 1.0);
    EXPECT_EQ(m_view.incidentAt(center->toPoint()), IncidentId{1});
    EXPECT_EQ(m_view.incidentAt(m_view.markCenter(IncidentId{3})->toPoint()), IncidentId{3});

    // Mid-2019 in the Lazarus lane is empty, and so is the axis strip.
    const QPoint empty(m_view.xOfDay(jd(2019, 7, 1)), qRound(center->y()));
    EXPECT_EQ(m_view.incidentAt(empty), std::nullopt);
    EXPECT_EQ(m_view.incidentAt(axisPoint(0.5)), std::nullopt);
}

TEST_F(TimelineViewTest, ClickingAMarkSelectsItAndEmits)
{
    show(sparseEvents());
    QSignalSpy selected(&m_view, &TimelineView::incidentSelected);
    const QPoint center = m_view.markCenter(IncidentId{2})->toPoint();
    QTest::mouseClick(&m_view, Qt::LeftButton, {}, center);
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.at(0).at(0).value<IncidentId>(), IncidentId{2});
    EXPECT_EQ(m_view.selectedIncident(), IncidentId{2});

    // A click on empty space keeps the selection and emits nothing.
    QTest::mouseClick(&m_view, Qt::LeftButton, {}, QPoint(m_view.xOfDay(jd(2019, 7, 1)), center.y()));
    EXPECT_EQ(selected.count(), 1);
    EXPECT_EQ(m_view.selectedIncident(), IncidentId{2});
}

TEST_F(TimelineViewTest, ClickingABinSelectsItsLargestLoss)
{
    show(sameDayEvents());
    const std::optional<QPointF> center = m_view.markCenter(IncidentId{1});
    ASSERT_TRUE(center);
    EXPECT_EQ(m_view.markCenter(IncidentId{20}), center); // one mark for all twenty
    EXPECT_TRUE(m_view.toolTipAt(center->toPoint()).contains(u"20 incident"_s));
    QSignalSpy selected(&m_view, &TimelineView::incidentSelected);
    QTest::mouseClick(&m_view, Qt::LeftButton, {}, center->toPoint());
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.at(0).at(0).value<IncidentId>(), IncidentId{13});
}

TEST_F(TimelineViewTest, SelectionInsideABinIsOutlined)
{
    show(sameDayEvents());
    const QImage before = render(m_view);
    m_view.setSelectedIncident(IncidentId{2}); // a small one, hidden in the bin
    EXPECT_GT(differingPixels(before, render(m_view)), 30);
}

TEST_F(TimelineViewTest, MarksOfOneDayStackWhenThereIsRoom)
{
    show({incident(1, jd(2023, 5, 4), kLazarus, 1e6), incident(2, jd(2023, 5, 4), kLazarus, 2e6)});
    const std::optional<QPointF> a = m_view.markCenter(IncidentId{1});
    const std::optional<QPointF> b = m_view.markCenter(IncidentId{2});
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->x(), b->x());
    EXPECT_GT(std::abs(a->y() - b->y()), 6);
    EXPECT_EQ(m_view.incidentAt(a->toPoint()), IncidentId{1});
    EXPECT_EQ(m_view.incidentAt(b->toPoint()), IncidentId{2});
}

TEST_F(TimelineViewTest, SetSelectedIncidentScrollsIntoViewWithoutEmitting)
{
    show(sparseEvents());
    m_view.setVisibleRange(QDate(2019, 1, 1), QDate(2019, 2, 28));
    QSignalSpy selected(&m_view, &TimelineView::incidentSelected);
    m_view.setSelectedIncident(IncidentId{4});
    EXPECT_EQ(selected.count(), 0);
    EXPECT_EQ(m_view.selectedIncident(), IncidentId{4});
    const auto [from, to] = m_view.visibleRange();
    EXPECT_LE(from, QDate(2022, 11, 20));
    EXPECT_GE(to, QDate(2022, 11, 20));
    EXPECT_NEAR(spanDays(m_view), 59, 1); // panned, not zoomed
    EXPECT_TRUE(m_view.markCenter(IncidentId{4}));

    m_view.setSelectedIncident(IncidentId{});
    EXPECT_FALSE(m_view.selectedIncident().isValid());
    m_view.setSelectedIncident(IncidentId{999}); // not shown: clears too
    EXPECT_FALSE(m_view.selectedIncident().isValid());
    EXPECT_EQ(selected.count(), 0);
}

TEST_F(TimelineViewTest, DraggingTheAxisStripSelectsARange)
{
    show(sparseEvents());
    QSignalSpy selected(&m_view, &TimelineView::rangeSelected);
    const QPoint a = axisPoint(0.6);
    const QPoint b = axisPoint(0.3);
    QTest::mousePress(&m_view, Qt::LeftButton, {}, a);
    QTest::mouseMove(&m_view, (a + b) / 2);
    QTest::mouseMove(&m_view, b);
    QTest::mouseRelease(&m_view, Qt::LeftButton, {}, b);
    ASSERT_EQ(selected.count(), 1);
    const QDate from = QDate::fromJulianDay(m_view.dayAt(b.x()));
    const QDate to = QDate::fromJulianDay(m_view.dayAt(a.x()));
    EXPECT_EQ(selected.at(0).at(0).toDate(), from); // in order, whichever way the drag went
    EXPECT_EQ(selected.at(0).at(1).toDate(), to);
    EXPECT_EQ(m_view.selectedRange(), std::pair(from, to));
}

TEST_F(TimelineViewTest, ClickOnTheAxisStripOrEscClearsTheRange)
{
    show(sparseEvents());
    QSignalSpy selected(&m_view, &TimelineView::rangeSelected);
    QSignalSpy cleared(&m_view, &TimelineView::rangeCleared);
    m_view.setSelectedRange(std::pair(QDate(2020, 1, 1), QDate(2020, 12, 31)));
    EXPECT_EQ(selected.count() + cleared.count(), 0); // set from outside: no signal

    QTest::mouseClick(&m_view, Qt::LeftButton, {}, axisPoint(0.5));
    EXPECT_EQ(cleared.count(), 1);
    EXPECT_FALSE(m_view.selectedRange());

    m_view.setSelectedRange(std::pair(QDate(2020, 1, 1), QDate(2020, 12, 31)));
    m_view.setFocus();
    QTest::keyClick(&m_view, Qt::Key_Escape);
    EXPECT_EQ(cleared.count(), 2);
    EXPECT_FALSE(m_view.selectedRange());
    EXPECT_EQ(selected.count(), 0);
}

TEST_F(TimelineViewTest, KeysZoomAndPan)
{
    show(sparseEvents());
    const auto fitted = m_view.visibleRange();
    const qint64 span = spanDays(m_view);
    QTest::keyClick(&m_view, Qt::Key_Plus);
    EXPECT_LT(spanDays(m_view), span);
    const qint64 zoomed = spanDays(m_view);
    QTest::keyClick(&m_view, Qt::Key_Equal, Qt::ControlModifier);
    EXPECT_LT(spanDays(m_view), zoomed);
    QTest::keyClick(&m_view, Qt::Key_Minus);
    EXPECT_EQ(spanDays(m_view), zoomed);

    const QDate start = m_view.visibleRange().first;
    QTest::keyClick(&m_view, Qt::Key_Right);
    EXPECT_GT(m_view.visibleRange().first, start);
    QTest::keyClick(&m_view, Qt::Key_Left);
    QTest::keyClick(&m_view, Qt::Key_Left);
    EXPECT_LT(m_view.visibleRange().first, start);

    QTest::keyClick(&m_view, Qt::Key_Home);
    EXPECT_EQ(m_view.visibleRange(), fitted);
}

TEST_F(TimelineViewTest, WheelZoomKeepsTheDayUnderTheCursor)
{
    show(sparseEvents());
    const QRect plot = m_view.plotRect();
    const QPoint cursor(plot.left() + plot.width() / 3, plot.center().y());
    const qint64 day = m_view.dayAt(cursor.x());
    const qint64 span = spanDays(m_view);

    wheel(&m_view, cursor, 120);
    EXPECT_LT(spanDays(m_view), span);
    EXPECT_EQ(m_view.dayAt(cursor.x()), day);

    wheel(&m_view, cursor, -360);
    EXPECT_GT(spanDays(m_view), span);
    EXPECT_EQ(m_view.dayAt(cursor.x()), day);
}

TEST_F(TimelineViewTest, PinchZoomsAroundTheFingers)
{
    show(sparseEvents());
    const QRect plot = m_view.plotRect();
    const QPointF fingers(plot.left() + plot.width() / 4, plot.center().y());
    const qint64 day = m_view.dayAt(qRound(fingers.x()));
    const qint64 span = spanDays(m_view);
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, fingers, fingers,
                              m_view.mapToGlobal(fingers), 0.5, QPointF(), 1);
    QApplication::sendEvent(&m_view, &pinch);
    EXPECT_LT(spanDays(m_view), span);
    EXPECT_EQ(m_view.dayAt(qRound(fingers.x())), day);
}

TEST_F(TimelineViewTest, ZoomStaysBetweenDaysAndDecades)
{
    show(sparseEvents());
    m_view.zoomBy(1e6, m_view.plotRect().center().x());
    EXPECT_GE(spanDays(m_view), 3);
    EXPECT_LE(spanDays(m_view), 4);
    m_view.zoomBy(1e-6, m_view.plotRect().center().x());
    EXPECT_LE(spanDays(m_view), 60 * 366);
    EXPECT_GE(spanDays(m_view), 60 * 365);
}

TEST_F(TimelineViewTest, ToolTipsEscapeCaseText)
{
    std::vector<TimelineEvent> events = sparseEvents();
    events[0].title = test::kHostileText;
    events[0].sector = test::kHostileText;
    show(std::move(events));
    const QString tip = m_view.toolTipAt(m_view.markCenter(IncidentId{1})->toPoint());
    EXPECT_TRUE(tip.contains(test::kHostileText.toHtmlEscaped())) << tip.toStdString();
    EXPECT_FALSE(tip.contains(u"<img"_s));
    EXPECT_FALSE(tip.contains(u"<b>x</b>"_s));
    EXPECT_TRUE(tip.contains(u"2020-03-10"_s));
    EXPECT_TRUE(tip.contains(u"Lazarus Group"_s));

    show(sameDayEvents(test::kHostileText)); // a bin lists its largest incidents' titles
    const QString binTip = m_view.toolTipAt(m_view.markCenter(IncidentId{1})->toPoint());
    EXPECT_TRUE(binTip.contains(test::kHostileText.toHtmlEscaped())) << binTip.toStdString();
    EXPECT_FALSE(binTip.contains(u"<img"_s));
}

TEST_F(TimelineViewTest, ToolTipsMarkSyntheticIncidents)
{
    std::vector<TimelineEvent> events = sparseEvents();
    events[1].synthetic = true;
    show(std::move(events));
    EXPECT_TRUE(m_view.toolTipAt(m_view.markCenter(IncidentId{2})->toPoint()).contains(u"SYNTHETIC"_s));
    EXPECT_FALSE(m_view.toolTipAt(m_view.markCenter(IncidentId{1})->toPoint()).contains(u"SYNTHETIC"_s));
}

TEST_F(TimelineViewTest, SyntheticMarksLookDifferent)
{
    TimelineView real;
    TimelineView synthetic;
    std::vector<TimelineEvent> events{incident(1, jd(2021, 6, 1), kLazarus, 400e6)};
    real.resize(400, 200);
    synthetic.resize(400, 200);
    real.setEvents(events, palette(), names());
    events[0].synthetic = true;
    synthetic.setEvents(events, palette(), names());
    const QImage a = render(real);
    const QImage b = render(synthetic);
    const QPointF center = *real.markCenter(IncidentId{1});
    EXPECT_EQ(center, *synthetic.markCenter(IncidentId{1}));
    int differences = 0;
    for (int dy = -10; dy <= 10; ++dy) {
        for (int dx = -10; dx <= 10; ++dx) {
            const QPoint p = center.toPoint() + QPoint(dx, dy);
            differences += a.pixel(p) != b.pixel(p) ? 1 : 0;
        }
    }
    EXPECT_GT(differences, 40);
}

TEST_F(TimelineViewTest, LaneModesRegroupTheIncidents)
{
    show(sparseEvents());
    const QPoint firstLabel(5, m_view.plotRect().top() + 5);
    EXPECT_TRUE(m_view.toolTipAt(firstLabel).contains(u"Lazarus Group"_s));
    m_view.setLaneMode(TimelineView::LaneMode::Country);
    EXPECT_EQ(m_view.laneMode(), TimelineView::LaneMode::Country);
    EXPECT_TRUE(m_view.toolTipAt(firstLabel).contains(u"KR"_s)); // two incidents: the first lane
    EXPECT_EQ(m_view.incidentAt(m_view.markCenter(IncidentId{3})->toPoint()), IncidentId{3});
    m_view.setLaneMode(TimelineView::LaneMode::Sector);
    EXPECT_TRUE(m_view.toolTipAt(firstLabel).contains(u"Exchange"_s));
}

TEST_F(TimelineViewTest, EmptyViewSaysSo)
{
    show(sparseEvents());
    show({});
    EXPECT_EQ(m_view.incidentAt(m_view.rect().center()), std::nullopt);
    EXPECT_TRUE(m_view.toolTipAt(m_view.rect().center()).isEmpty());
    const QImage image = render(m_view);
    // Text in the middle, nothing but background in a corner.
    const QRgb background = image.pixel(5, 5);
    int text = 0;
    for (int x = m_view.width() / 4; x < m_view.width() * 3 / 4; ++x) {
        for (int y = m_view.height() / 2 - 10; y < m_view.height() / 2 + 10; ++y) {
            text += image.pixel(x, y) != background ? 1 : 0;
        }
    }
    EXPECT_GT(text, 50);
}

TEST_F(TimelineViewTest, RendersTwentyThousandIncidents)
{
    std::mt19937_64 rng(7);
    std::uniform_int_distribution<qint64> day(jd(2012, 1, 1), jd(2025, 12, 31));
    std::uniform_int_distribution<int> group(0, 12);
    std::lognormal_distribution<double> loss(12, 2.5);
    std::vector<TimelineEvent> events;
    for (int i = 1; i <= 20000; ++i) {
        const int g = group(rng);
        events.push_back(incident(i, day(rng), g == 0 ? std::nullopt : std::optional(GroupId{g}), loss(rng),
                                  QString::number(i % 40)));
        events.back().synthetic = i % 3 == 0;
        events.back().endDay += i % 50 == 0 ? 30 : 0;
    }
    show(std::move(events));
    EXPECT_FALSE(render(m_view).isNull());
    m_view.setVisibleRange(QDate(2019, 3, 1), QDate(2019, 4, 29));
    EXPECT_FALSE(render(m_view).isNull());
    m_view.setLaneMode(TimelineView::LaneMode::Country);
    m_view.zoomToFit();
    EXPECT_FALSE(render(m_view).isNull());
}

} // namespace
} // namespace awb::ui
