// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/explore/exploration.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace awb::ui {

/** The layouts the canvas offers, by the names a saved view keeps. */
enum class LayoutKind : quint8 { Force, Flow, Radial };
QString layoutKindName(LayoutKind kind); // force, flow, radial
std::optional<LayoutKind> layoutKindFromName(const QString &name);

/** What a layout works on: a copy of the drawn graph, so the GUI may go on while it runs. */
struct LayoutJob
{
    LayoutKind kind = LayoutKind::Force;
    explore::Drawn drawn;
    /** Keep placed nodes near where they are (after an expand); else lay out from scratch. */
    bool incremental = false;
    quint32 focus = 0; // radial: the centre (a drawn index)
    quint64 seed = 20261121;
};

/** Computes one drawn graph's positions for a LayoutJob; pure, for worker threads and tests. */
std::vector<layout::Point> computeLayout(const LayoutJob &job, const std::atomic<bool> *cancel = nullptr);

/**
 * Runs layouts on a worker thread, one at a time: starting one cancels the one before, whose result is dropped.
 * The GUI thread only starts the job and receives the positions.
 */
class LayoutRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayoutRunner)

public:
    explicit LayoutRunner(QObject *parent = nullptr);
    ~LayoutRunner() override;

    /** @p generation comes back with the result, so the caller can tell whether the graph changed meanwhile. */
    void start(LayoutJob job, quint64 generation);
    void cancel();

    bool isRunning() const { return m_watcher.isRunning(); }

    /** Blocks until the running layout is done (tests and shutdown). */
    void waitForFinished();

signals:
    void finished(const std::vector<awb::layout::Point> &positions, quint64 generation);

private:
    void onFinished();

    QFutureWatcher<std::vector<layout::Point>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
};

} // namespace awb::ui
