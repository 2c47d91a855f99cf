// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The graph panel's node actions: the context menu and what its entries do (expand, collapse, hide, pin, trace,
// find a path, explain a cluster).
#include "core/graph/paths.h"
#include "core/graph/trace.h"
#include "core/report/clusterreport.h"
#include "core/report/pathreport.h"
#include "core/report/tracereport.h"
#include "core/store/casestore.h"
#include "ui/casedocument.h"
#include "ui/dialogs/inputdialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/graph/expanddialog.h"
#include "ui/graph/graphcanvas.h"
#include "ui/graph/graphexplorer.h"
#include "ui/graph/graphpanel.h"

#include <QMenu>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;
using graph::NodeIndex;
using graph::NodeKind;

namespace {

constexpr std::size_t kMaxTraceNodes = 300; // a trace draws what it passed through up to this many nodes

} // namespace

void GraphPanel::showContextMenu(std::optional<quint32> drawn, QPoint globalPos)
{
    const graph::Snapshot *s = m_explorer->snapshot();
    if (!s) {
        return;
    }
    QMenu menu(this);
    if (!drawn) {
        menu.addAction(tr("Fit"), this, [this] { m_canvas->fitAll(); });
        for (LayoutKind k : {LayoutKind::Force, LayoutKind::Flow, LayoutKind::Radial}) {
            menu.addAction(tr("Lay Out: %1").arg(layoutKindName(k)), this, [this, k] { m_explorer->layout(k); });
        }
        menu.exec(globalPos);
        return;
    }
    const NodeIndex node = m_explorer->snapshotNode(*drawn);
    const NodeKind kind = s->kind(node);
    menu.addAction(tr("Expand Neighbours"), this, [this] { expandSelection(false); });
    menu.addAction(tr("Expand Neighbours…"), this, [this] { expandSelection(true); });
    if (kind == NodeKind::Cluster && m_explorer->view().isCollapsed(node)) {
        menu.addAction(tr("Expand Cluster"), this, [this] { uncollapseSelection(); });
    } else if (kind == NodeKind::Cluster || kind == NodeKind::Address) {
        menu.addAction(tr("Collapse Cluster"), this, [this] { collapseSelection(); });
    }
    menu.addAction(tr("Hide"), this, [this] { hideSelection(); })->setShortcut(QKeySequence::Delete);
    menu.addAction(m_explorer->view().isPinned(node) ? tr("Unpin") : tr("Pin"), this, [this] { togglePinSelection(); })
        ->setShortcut(Qt::Key_Space);
    menu.addSeparator();
    if (kind == NodeKind::Address || kind == NodeKind::Incident) {
        menu.addAction(tr("Trace Funds From Here"), this, [this, node] { traceFrom(node); });
        menu.addAction(tr("Trace Funds Through Mixers and Bridges"), this, [this, node] {
            traceFrom(node, {u"mixer"_s, u"bridge"_s});
        });
    }
    menu.addAction(tr("Find Path To…"), this, [this, node] { findPath(node); });
    if (kind == NodeKind::Address) {
        menu.addAction(tr("Explain Cluster Membership"), this, [this, node] { explainMembership(node); });
    }
    menu.addAction(tr("Show Neighbourhood Here"), this, [this, node] { m_explorer->showAround({node}, 1); });
    menu.exec(globalPos);
}

void GraphPanel::expandSelection(bool ask)
{
    const auto from = selectedNodes();
    if (from.empty()) {
        return;
    }
    explore::ExpandOptions options;
    if (ask) {
        const auto chosen = ExpandDialog::ask(this, m_explorer->flowTimeRange(), options);
        if (!chosen) {
            return;
        }
        options = *chosen;
    }
    const auto result = m_explorer->expand(from, options);
    if (!result) {
        MessageBox::warning(this, tr("Expand Neighbours"), result.error().message);
    } else if (result->leftOut > 0) {
        emit statusMessage(tr("%1 node(s) added; %2 more left out (relations first, then the largest flows)")
                               .arg(result->added)
                               .arg(result->leftOut));
    } else {
        emit statusMessage(tr("%n node(s) added", nullptr, int(result->added)));
    }
}

void GraphPanel::collapseSelection()
{
    const graph::Snapshot *s = m_explorer->snapshot();
    for (NodeIndex n : selectedNodes()) {
        m_explorer->collapse(s->kind(n) == NodeKind::Address ? s->clusterNode(n) : n);
    }
}

void GraphPanel::uncollapseSelection()
{
    for (NodeIndex n : selectedNodes()) {
        m_explorer->uncollapse(n);
    }
}

void GraphPanel::hideSelection()
{
    const auto nodes = selectedNodes();
    if (!nodes.empty()) {
        m_explorer->hide(nodes);
    }
}

void GraphPanel::togglePinSelection()
{
    const auto nodes = selectedNodes();
    if (nodes.empty()) {
        return;
    }
    // One pinned node in the selection unpins them all, as a light switch would.
    const bool anyPinned =
        std::any_of(nodes.begin(), nodes.end(), [this](NodeIndex n) { return m_explorer->view().isPinned(n); });
    m_explorer->setPinned(nodes, !anyPinned);
}

void GraphPanel::traceFrom(NodeIndex node, const QStringList &through)
{
    const auto snapshot = m_explorer->sharedSnapshot();
    if (!snapshot) {
        return;
    }
    graph::TraceOptions options;
    options.through = through;
    const auto seeds =
        snapshot->kind(node) == NodeKind::Incident
            ? graph::incidentSeeds(*snapshot, snapshot->data().incidents[snapshot->local(node)].rowId, options)
            : graph::addressSeeds(*snapshot, snapshot->nodeName(node), options);
    if (!seeds) {
        MessageBox::warning(this, tr("Trace Funds"), seeds.error().message);
        return;
    }
    const auto result = graph::trace(snapshot, *seeds, options);
    if (!result) {
        MessageBox::warning(this, tr("Trace Funds"), result.error().message);
        return;
    }
    // Draw what the trace passed through when that is readable, else its seeds and endpoints.
    std::vector<NodeIndex> nodes = graph::downstream(*snapshot, seeds->nodes, options.maxHops, true, through);
    if (nodes.size() > kMaxTraceNodes) {
        nodes = seeds->nodes;
        for (const graph::TraceEndpoint &e : result->endpoints) {
            nodes.push_back(e.node);
        }
    }
    m_explorer->addNodes(nodes, tr("Trace funds from %1").arg(snapshot->nodeName(node)));
    m_explorer->setHighlight(nodes);
    showResult(tr("Trace from %1").arg(snapshot->nodeName(node)), report::traceToText(*snapshot, *result));
}

void GraphPanel::findPath(NodeIndex from, const std::optional<QString> &target)
{
    const graph::Snapshot *s = m_explorer->snapshot();
    if (!s) {
        return;
    }
    QStringList suggestions;
    for (const graph::ViewNode &n : m_explorer->drawn().graph.nodes) {
        if (n.node != from) {
            suggestions << s->nodeName(n.node);
        }
    }
    const auto text = target ? target
                             : InputDialog::getText(this, tr("Find Path"),
                                                    tr("Path from %1 to (address, incident:ID, group name, "
                                                       "service:NAME, cluster:N):")
                                                        .arg(s->nodeName(from)),
                                                    {}, suggestions);
    if (!text) {
        return;
    }
    const auto to = s->resolve(text->trimmed());
    if (!to) {
        MessageBox::warning(this, tr("Find Path"), tr("Nothing in the case is named \"%1\".").arg(text->trimmed()));
        return;
    }
    const graph::PathOptions options;
    const graph::PathResult result = graph::shortestPath(*s, from, *to, options);
    if (result.paths.empty()) {
        showResult(tr("Path"), tr("No path from %1 to %2 within %3 links.")
                                       .arg(s->nodeName(from), s->nodeName(*to))
                                       .arg(options.maxLength) +
                                   u"\n"_s + result.boundNote(options));
        m_explorer->setHighlight({});
        return;
    }
    const graph::Path &path = result.paths.front();
    m_explorer->addNodes(path.nodes, tr("Find path to %1").arg(s->nodeName(*to)));
    m_explorer->setHighlight(path.nodes);
    // The evidence of each step: the transfer or transaction hash, the role, tag or attribution record.
    QString text2 =
        report::pathsToText(*s, from, *to, result, options) + u"\n"_s + tr("Evidence, step by step:") + u"\n"_s;
    const auto hashes = report::fetchTxHashes(*m_document->store(), *s, result.paths);
    for (std::size_t i = 0; i < path.steps.size(); ++i) {
        const QJsonObject step = report::stepToJson(*s, path.steps[i], hashes ? *hashes : report::TxHashes{});
        text2 += u"%1. %2\n"_s.arg(i + 1).arg(report::stepToText(step));
    }
    showResult(tr("Path from %1 to %2").arg(s->nodeName(from), s->nodeName(*to)), text2);
}

void GraphPanel::explainMembership(NodeIndex address)
{
    const graph::Snapshot *s = m_explorer->snapshot();
    if (!s || s->kind(address) != NodeKind::Address) {
        return;
    }
    const quint32 a = s->local(address);
    const auto members = s->clustering().members(s->clustering().clusterOf(a));
    QString text;
    if (members.size() < 2) {
        text = tr("%1 is alone in its cluster: no heuristic joined it to another address.").arg(s->nodeName(address));
    } else {
        // Explained against each other member drawn, else against the cluster's first member.
        std::vector<quint32> others;
        for (quint32 m : members) {
            if (m != a && m_explorer->drawnIndex(s->node(NodeKind::Address, m))) {
                others.push_back(m);
            }
        }
        if (others.empty()) {
            others.push_back(members.front() != a ? members.front() : members[1]);
        }
        others.resize(std::min<std::size_t>(others.size(), 10));
        for (quint32 other : others) {
            const report::PairExplanation explanation = report::explainPair(s->clustering(), a, other);
            const auto hashes =
                report::fetchEvidenceHashes(*m_document->store(), s->data(), report::reportedEvidence(explanation));
            text += report::explanationToText(s->data(), s->clustering(), explanation,
                                              hashes ? *hashes : report::EvidenceHashes{}) +
                    u"\n"_s;
        }
    }
    showResult(tr("Why %1 is in %2").arg(s->nodeName(address), s->nodeName(s->clusterNode(address))), text);
}

} // namespace awb::ui
