// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screenshottour.h"

#include "ui/browser/overviewtabs.h"
#include "ui/charts/chartspanel.h"
#include "ui/graph/graphcanvas.h"
#include "ui/graph/graphexplorer.h"
#include "ui/graph/graphpanel.h"
#include "ui/mainwindow.h"
#include "ui/timeline/timelineview.h"

#include <QApplication>
#include <QDir>
#include <QSplitter>
#include <QTabWidget>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

void settle()
{
    // Layouts and charts finish on posted events; a few rounds let them land before the grab.
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
    }
}

} // namespace

Result<QStringList> takeScreenshots(MainWindow &window, const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        return fail(Error::Code::Io, QApplication::translate("awb::ui", "Could not create %1.").arg(directory));
    }
    QStringList written;
    auto save = [&](QWidget *widget, const QString &name) -> bool {
        settle();
        const QString path = QDir(directory).filePath(name);
        if (!widget->grab().save(path)) {
            return false;
        }
        written << path;
        return true;
    };
    OverviewTabs *overview = window.overview();
    overview->setCurrentIndex(0);
    overview->timeline()->zoomToFit();
    bool ok = save(&window, u"browser-timeline.png"_s);
    overview->timeline()->setLaneMode(TimelineView::LaneMode::Country);
    ok = ok && save(&window, u"browser-timeline-by-country.png"_s);
    overview->timeline()->setLaneMode(TimelineView::LaneMode::Group);
    overview->setCurrentWidget(overview->charts());
    if (auto *charts = overview->charts()->findChild<QTabWidget *>()) {
        const QStringList names{u"charts-loss-per-year.png"_s, u"charts-countries.png"_s, u"charts-cumulative.png"_s};
        for (int i = 0; ok && i < charts->count() && i < names.size(); ++i) {
            charts->setCurrentIndex(i);
            ok = save(&window, names.at(i));
        }
        charts->setCurrentIndex(0);
    }
    // The graph: the Lazarus Group's neighbourhood, then the Harmony theft traced through the mixer to exchanges.
    GraphPanel *graph = window.graphPanel();
    overview->setCurrentWidget(graph);
    // The graph needs room: the table and the detail pane give most of theirs for these shots.
    auto *split = qobject_cast<QSplitter *>(overview->parentWidget());
    const QList<int> sizes = split ? split->sizes() : QList<int>();
    if (split) {
        split->setSizes({120, 10'000, 120});
    }
    graph->waitForSnapshot();
    if (const graph::Snapshot *s = graph->explorer()->snapshot(); ok && s) {
        const auto shoot = [&](const QString &name) {
            graph->explorer()->waitForLayout();
            settle();
            graph->canvas()->fitAll();
            return save(&window, name);
        };
        if (const auto lazarus = s->resolve(u"group:Lazarus Group"_s)) {
            graph->explorer()->showAround({*lazarus}, 1);
            ok = shoot(u"graph-lazarus-neighbourhood.png"_s);
        }
        const auto harmony = std::find_if(s->data().incidents.begin(), s->data().incidents.end(),
                                          [](const auto &i) { return i.title.startsWith(u"Harmony"_s); });
        if (ok && harmony != s->data().incidents.end()) {
            const graph::NodeIndex node =
                s->node(graph::NodeKind::Incident, quint32(harmony - s->data().incidents.begin()));
            graph->explorer()->showAround({node}, 1);
            graph->explorer()->waitForLayout();
            graph->traceFrom(node, {u"mixer"_s});
            graph->explorer()->waitForLayout();
            ok = shoot(u"graph-harmony-trace.png"_s);
            graph->explorer()->layout(LayoutKind::Flow);
            ok = ok && shoot(u"graph-harmony-trace-flow.png"_s);
        }
    }
    if (split) {
        split->setSizes(sizes);
    }
    overview->setCurrentIndex(0);
    if (!ok) {
        return fail(Error::Code::Io,
                    QApplication::translate("awb::ui", "Could not write a screenshot to %1.").arg(directory));
    }
    return written;
}

} // namespace awb::ui
