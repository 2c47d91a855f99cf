// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The graph half of the screenshot tour: what docs/guide/trace-funds.md shows.
#include "ui/browser/overviewtabs.h"
#include "ui/graph/graphcanvas.h"
#include "ui/graph/graphexplorer.h"
#include "ui/graph/graphpanel.h"
#include "ui/mainwindow.h"
#include "ui/screenshottour.h"

#include <QSplitter>

#include <algorithm>

namespace awb::ui::tour {

using namespace Qt::Literals::StringLiterals;

namespace {

// A member of a nine-address cluster of the synthetic Harmony scenario, joined by the one-time-change heuristic;
// the demo case is generated the same way every time, so the address is stable.
const QString kClusteredAddress = u"bc1q3lzyqyfqhe66tf9et957q5a2kj6yyycfn9swvt"_s;
// Where the synthetic trace of the Harmony theft ends on Ethereum: a deposit address of "Exchange C".
const QString kExchangeEndpoint = u"0x0e2ED05e1ac9Fad3A9bEEfeea330Fc19A7Db8aD9"_s;

} // namespace

bool takeGraphShots(MainWindow &window, Shooter &shooter)
{
    OverviewTabs *overview = window.overview();
    GraphPanel *graph = window.graphPanel();
    overview->setCurrentWidget(graph);
    // The graph needs room: the table and the detail pane give most of theirs for these shots.
    auto *split = qobject_cast<QSplitter *>(overview->parentWidget());
    const QList<int> sizes = split ? split->sizes() : QList<int>();
    if (split) {
        split->setSizes({120, 10'000, 120});
    }
    // The evidence pane's lines are long (addresses, hashes): it gets half the width in these shots.
    if (auto *evidenceSplit = graph->findChild<QSplitter *>()) {
        evidenceSplit->setSizes({620, 800});
    }
    graph->waitForSnapshot();
    bool ok = true;
    const graph::Snapshot *s = graph->explorer()->snapshot();
    if (!s) {
        return false;
    }
    const auto shoot = [&](const QString &name) {
        graph->explorer()->waitForLayout();
        settle();
        graph->canvas()->fitAll();
        return shooter.save(&window, name);
    };
    if (const auto lazarus = s->resolve(u"group:Lazarus Group"_s)) {
        graph->explorer()->showAround({*lazarus}, 1);
        ok = shoot(u"graph-lazarus-neighbourhood.png"_s);
    }
    // The Harmony theft traced through the mixer to exchanges and a bridge; the evidence pane shows the trace.
    const auto harmony = std::find_if(s->data().incidents.begin(), s->data().incidents.end(),
                                      [](const auto &i) { return i.title.startsWith(u"Harmony"_s); });
    if (!ok || harmony == s->data().incidents.end()) {
        return false;
    }
    const graph::NodeIndex node = s->node(graph::NodeKind::Incident, quint32(harmony - s->data().incidents.begin()));
    graph->explorer()->showAround({node}, 1);
    graph->explorer()->waitForLayout();
    graph->traceFrom(node, {u"mixer"_s});
    graph->explorer()->waitForLayout();
    ok = shoot(u"graph-harmony-trace.png"_s);
    graph->explorer()->layout(LayoutKind::Flow);
    ok = ok && shoot(u"graph-harmony-trace-flow.png"_s);
    // Find Path To… from the incident to the exchange deposit the trace ended at.
    graph->explorer()->showAround({node}, 1);
    graph->explorer()->waitForLayout();
    graph->findPath(node, kExchangeEndpoint);
    ok = ok && shoot(u"graph-find-path.png"_s);
    // Explain Cluster Membership on an address of a multi-address cluster.
    const auto clustered = s->resolve(kClusteredAddress);
    if (!clustered) {
        return false;
    }
    graph->explorer()->showAround({*clustered}, 1);
    graph->explorer()->waitForLayout();
    graph->explainMembership(*clustered);
    ok = ok && shoot(u"graph-cluster-explanation.png"_s);
    if (split) {
        split->setSizes(sizes);
    }
    return ok;
}

} // namespace awb::ui::tour
