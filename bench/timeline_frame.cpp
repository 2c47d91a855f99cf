// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// awb-bench-timeline: the paint time of one TimelineView frame with many incidents (issue #3 §2: ≤ 16 ms for
// 100,000). Events are generated from a fixed seed, so every run paints the same frames.
#include "bench/timing.h"
#include "core/model/records.h"
#include "ui/style/grouppalette.h"
#include "ui/timeline/timelineview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using awb::ui::TimelineEvent;
using awb::ui::TimelineView;

namespace {

constexpr std::uint64_t kSeed = 20261121;
constexpr double kTargetMs = 16.0;
constexpr int kWarmUpFrames = 3;
constexpr int kWidth = 1600;
constexpr int kHeight = 700;
constexpr int kZoomDays = 60;

constexpr std::array kGroupNames{"Lazarus Group", "APT38",           "Andariel",   "Kimsuky",
                                 "TraderTraitor", "AppleJeus",       "BlueNoroff", "Jade Sleet",
                                 "Citrine Sleet", "Moonstone Sleet", "UNC4899",    "Famous Chollima"};
constexpr std::array kSectors{"Exchange", "DeFi", "Bridge", "Wallet", "Gaming", "Payments", "Mining", "Custody"};
constexpr std::array kCountries{"US", "KR", "JP", "SG", "GB", "DE", "FR", "CN", "HK", "TW", "VN", "IN",
                                "AE", "TR", "RU", "UA", "CA", "AU", "NZ", "BR", "AR", "MX", "CL", "CO",
                                "ZA", "NG", "KE", "EG", "IL", "SA", "QA", "KW", "PK", "BD", "TH", "MY",
                                "ID", "PH", "IT", "ES", "PT", "NL", "BE", "CH", "AT", "SE", "NO", "DK",
                                "FI", "PL", "CZ", "HU", "RO", "BG", "GR", "IE", "EE", "LT", "LV", "MT"};

struct Dataset
{
    std::vector<TimelineEvent> events;
    std::vector<awb::ActorGroup> groups;
    std::map<awb::GroupId, QString> names;
};

/** Weights 1, 1/2, 1/3, …: a few groups, countries and sectors account for most incidents. */
std::discrete_distribution<int> zipf(std::size_t n)
{
    std::vector<double> weights(n);
    for (std::size_t i = 0; i < n; ++i) {
        weights[i] = 1.0 / static_cast<double>(i + 1);
    }
    return {weights.begin(), weights.end()};
}

Dataset generate(int count)
{
    std::mt19937_64 rng(kSeed);
    Dataset data;
    for (std::size_t i = 0; i < kGroupNames.size(); ++i) {
        awb::ActorGroup group;
        group.id = awb::GroupId{static_cast<qint64>(i + 1)};
        group.name = QString::fromUtf8(kGroupNames[i]);
        data.names[group.id] = group.name;
        data.groups.push_back(group);
    }
    const qint64 first = QDate(2010, 1, 1).toJulianDay();
    const qint64 last = QDate(2025, 12, 31).toJulianDay();
    // Clusters (campaigns) around random days, more of them in later years; the rest spread evenly.
    std::vector<std::pair<double, double>> clusters; // centre, spread in days
    std::uniform_real_distribution<double> unit(0, 1);
    for (int c = 0; c < 40; ++c) {
        clusters.emplace_back(first + std::sqrt(unit(rng)) * static_cast<double>(last - first), 5 + unit(rng) * 55);
    }
    auto groupOf = zipf(kGroupNames.size());
    auto countryOf = zipf(kCountries.size());
    auto sectorOf = zipf(kSectors.size());
    std::lognormal_distribution<double> loss(std::log(250'000.0), 2.2);
    std::uniform_int_distribution<std::size_t> clusterOf(0, clusters.size() - 1);
    std::normal_distribution<double> normal(0, 1);
    data.events.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        TimelineEvent e;
        e.id = awb::IncidentId{i + 1};
        double day = first + unit(rng) * static_cast<double>(last - first);
        if (unit(rng) < 0.7) {
            const auto &[centre, spread] = clusters[clusterOf(rng)];
            day = centre + normal(rng) * spread;
        }
        e.startDay = std::clamp(static_cast<qint64>(day), first, last);
        const double shape = unit(rng);
        e.endDay = e.startDay + (shape < 0.85   ? 0
                                 : shape < 0.97 ? 1 + static_cast<qint64>(unit(rng) * 13)
                                                : 15 + static_cast<qint64>(unit(rng) * 105));
        e.lossUsd = unit(rng) < 0.08 ? -1 : std::min(loss(rng), 2.0e9);
        if (unit(rng) > 0.25) {
            e.group = data.groups[static_cast<std::size_t>(groupOf(rng))].id;
        }
        e.country = unit(rng) < 0.1 ? QString() : QString::fromLatin1(kCountries[countryOf(rng)]);
        e.sector = QString::fromLatin1(kSectors[sectorOf(rng)]);
        e.title = u"Synthetic incident %1 at a %2 platform"_s.arg(i + 1).arg(e.sector.toLower());
        e.synthetic = unit(rng) < 0.5;
        data.events.push_back(std::move(e));
    }
    return data;
}

/** The first day of the kZoomDays window that holds the most incident starts. */
qint64 densestWindow(const std::vector<TimelineEvent> &events)
{
    const auto [lo, hi] = std::ranges::minmax(events, {}, &TimelineEvent::startDay);
    std::vector<int> perDay(static_cast<std::size_t>(hi.startDay - lo.startDay + 1), 0);
    for (const TimelineEvent &e : events) {
        ++perDay[static_cast<std::size_t>(e.startDay - lo.startDay)];
    }
    int window = 0;
    int best = -1;
    qint64 bestStart = lo.startDay;
    for (std::size_t d = 0; d < perDay.size(); ++d) {
        window += perDay[d];
        if (d >= kZoomDays) {
            window -= perDay[d - kZoomDays];
        }
        if (d + 1 >= kZoomDays && window > best) {
            best = window;
            bestStart = lo.startDay + static_cast<qint64>(d) + 1 - kZoomDays;
        }
    }
    return bestStart;
}

struct Result
{
    QString name;
    int events = 0;
    int frames = 0;
    double median = 0;
    double min = 0;
    double max = 0;
};

Result measure(const QString &name, TimelineView &view, int events, int frames)
{
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    for (int i = 0; i < kWarmUpFrames; ++i) {
        view.render(&image);
    }
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(frames));
    QElapsedTimer timer;
    for (int i = 0; i < frames; ++i) {
        timer.start();
        view.render(&image);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    const awb::bench::Timing t = awb::bench::timingOf(std::move(ms));
    return {name, events, frames, t.median, t.min, t.max};
}

/** What a filter change or a lane switch costs on the GUI thread (not a frame, so not against the target). */
struct Setup
{
    double setEvents = 0;
    double setLaneMode = 0;
};

void printTable(const std::vector<Result> &results, const Setup &setup)
{
    QTextStream out(stdout);
    out << u"%1 | %2 | %3 | %4 | %5 | %6 | %7\n"_s.arg(u"case"_s, -44)
               .arg(u"events"_s, 7)
               .arg(u"frames"_s, 6)
               .arg(u"median ms"_s, 9)
               .arg(u"min ms"_s, 7)
               .arg(u"max ms"_s, 7)
               .arg(u"target ms"_s, 9);
    for (const Result &r : results) {
        out << u"%1 | %2 | %3 | %4 | %5 | %6 | %7%8\n"_s.arg(r.name, -44)
                   .arg(r.events, 7)
                   .arg(r.frames, 6)
                   .arg(r.median, 9, 'f', 2)
                   .arg(r.min, 7, 'f', 2)
                   .arg(r.max, 7, 'f', 2)
                   .arg(kTargetMs, 9, 'f', 0)
                   .arg(r.median > kTargetMs ? u"  OVER TARGET"_s : QString());
    }
    out << u"setup: setEvents %1 ms, setLaneMode(Country) %2 ms\n"_s.arg(setup.setEvents, 0, 'f', 1)
               .arg(setup.setLaneMode, 0, 'f', 1);
}

void printJson(const std::vector<Result> &results, const Setup &setup)
{
    QJsonArray cases;
    for (const Result &r : results) {
        cases.append(QJsonObject{{u"case"_s, r.name},
                                 {u"events"_s, r.events},
                                 {u"frames"_s, r.frames},
                                 {u"median_ms"_s, r.median},
                                 {u"min_ms"_s, r.min},
                                 {u"max_ms"_s, r.max},
                                 {u"target_ms"_s, kTargetMs},
                                 {u"over_target"_s, r.median > kTargetMs}});
    }
    const QJsonObject root{{u"benchmark"_s, u"timeline_frame"_s},
                           {u"qt"_s, QString::fromLatin1(qVersion())},
                           {u"platform"_s, QGuiApplication::platformName()},
                           {u"width"_s, kWidth},
                           {u"height"_s, kHeight},
                           {u"seed"_s, QString::number(kSeed)},
                           {u"set_events_ms"_s, setup.setEvents},
                           {u"set_lane_mode_ms"_s, setup.setLaneMode},
                           {u"cases"_s, cases}};
    QTextStream(stdout) << QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Paint time of one incident-timeline frame."_s);
    parser.addHelpOption();
    const QCommandLineOption eventsOption(u"events"_s, u"Number of generated incidents (100000)."_s, u"N"_s);
    const QCommandLineOption framesOption(u"frames"_s, u"Timed frames per case (30)."_s, u"N"_s);
    const QCommandLineOption quickOption(u"quick"_s, u"10,000 incidents, 5 frames: a smoke run."_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print JSON instead of a table."_s);
    parser.addOptions({eventsOption, framesOption, quickOption, jsonOption});
    parser.process(app);

    const bool quick = parser.isSet(quickOption);
    const int events =
        std::max(1, parser.isSet(eventsOption) ? parser.value(eventsOption).toInt() : (quick ? 10'000 : 100'000));
    const int frames = std::max(1, parser.isSet(framesOption) ? parser.value(framesOption).toInt() : (quick ? 5 : 30));

    Dataset data = generate(events);
    const qint64 dense = densestWindow(data.events);
    const awb::ui::GroupPalette palette(data.groups);
    TimelineView view;
    view.resize(kWidth, kHeight);
    view.show();
    QApplication::processEvents();
    Setup setup;
    QElapsedTimer timer;
    timer.start();
    view.setEvents(std::move(data.events), palette, data.names);
    setup.setEvents = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    std::vector<Result> results;
    view.zoomToFit();
    results.push_back(measure(u"zoomed out, lanes by group"_s, view, events, frames));
    view.setVisibleRange(QDate::fromJulianDay(dense), QDate::fromJulianDay(dense + kZoomDays - 1));
    results.push_back(measure(u"zoomed in (60 days, densest), lanes by group"_s, view, events, frames));
    timer.start();
    view.setLaneMode(TimelineView::LaneMode::Country);
    setup.setLaneMode = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    view.zoomToFit();
    results.push_back(measure(u"zoomed out, lanes by country"_s, view, events, frames));

    if (parser.isSet(jsonOption)) {
        printJson(results, setup);
    } else {
        printTable(results, setup);
    }
    return 0;
}
