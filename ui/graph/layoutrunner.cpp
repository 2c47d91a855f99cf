// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/layoutrunner.h"

#include "core/layout/flowlayout.h"
#include "core/layout/forcelayout.h"
#include "core/layout/radiallayout.h"

#include <QtConcurrent/QtConcurrentRun>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

QString layoutKindName(LayoutKind kind)
{
    switch (kind) {
    case LayoutKind::Force:
        return u"force"_s;
    case LayoutKind::Flow:
        return u"flow"_s;
    case LayoutKind::Radial:
        return u"radial"_s;
    }
    return {};
}

std::optional<LayoutKind> layoutKindFromName(const QString &name)
{
    for (LayoutKind k : {LayoutKind::Force, LayoutKind::Flow, LayoutKind::Radial}) {
        if (layoutKindName(k) == name) {
            return k;
        }
    }
    return std::nullopt;
}

std::vector<layout::Point> computeLayout(const LayoutJob &job, const std::atomic<bool> *cancel)
{
    const explore::Drawn &d = job.drawn;
    const auto n = quint32(d.graph.nodes.size());
    // Pinned nodes stay put in every layout; the others start where they are, when they are placed.
    std::vector<layout::Point> initial = d.positions;
    bool allPlaced = true;
    for (layout::Point &p : initial) {
        if (!explore::isPlaced(p)) {
            allPlaced = false;
            p = {};
        }
    }
    switch (job.kind) {
    case LayoutKind::Force: {
        layout::LayoutInput in;
        in.nodes = n;
        for (const graph::ViewEdge &e : d.graph.edges) {
            in.edges.emplace_back(e.a, e.b);
        }
        const bool anyPinned = std::find(d.pinned.begin(), d.pinned.end(), true) != d.pinned.end();
        if ((job.incremental && allPlaced) || anyPinned) {
            in.initial = initial;
            in.pinned = d.pinned;
        }
        layout::LayoutOptions options;
        options.seed = job.seed;
        options.cancel = cancel;
        return layout::forceLayout(in, options).positions;
    }
    case LayoutKind::Flow: {
        layout::FlowLayoutInput in;
        in.nodes = n;
        for (const graph::ViewEdge &e : d.graph.edges) {
            if (e.kind == graph::LinkKind::Flow) {
                in.edges.push_back({e.a, e.b, e.first});
            }
        }
        in.initial = initial;
        in.pinned = d.pinned;
        layout::FlowLayoutOptions options;
        options.cancel = cancel;
        return layout::flowLayout(in, options).positions;
    }
    case LayoutKind::Radial: {
        layout::RadialLayoutInput in;
        in.nodes = n;
        for (const graph::ViewEdge &e : d.graph.edges) {
            in.edges.emplace_back(e.a, e.b);
        }
        in.focus = job.focus;
        in.initial = initial;
        in.pinned = d.pinned;
        layout::RadialLayoutOptions options;
        options.cancel = cancel;
        return layout::radialLayout(in, options).positions;
    }
    }
    return {};
}

LayoutRunner::LayoutRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::vector<layout::Point>>::finished, this, &LayoutRunner::onFinished);
}

LayoutRunner::~LayoutRunner()
{
    cancel();
    waitForFinished();
}

void LayoutRunner::start(LayoutJob job, quint64 generation)
{
    cancel();
    // A fresh flag: the cancelled job keeps its own until it notices.
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_generation = generation;
    m_watcher.setFuture(QtConcurrent::run([job = std::move(job), flag = m_cancel] {
        std::vector<layout::Point> positions = computeLayout(job, flag.get());
        if (flag->load()) {
            positions.clear();
        }
        return positions;
    }));
}

void LayoutRunner::cancel()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
}

void LayoutRunner::waitForFinished()
{
    m_watcher.waitForFinished();
}

void LayoutRunner::onFinished()
{
    if (m_cancel && m_cancel->load()) {
        return; // superseded or cancelled: a newer job, if any, reports instead
    }
    emit finished(m_watcher.result(), m_generation);
}

} // namespace awb::ui
