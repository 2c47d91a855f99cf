// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QString>

#include <functional>
#include <stop_token>

class QProgressDialog;
class QWidget;

namespace awb::ui {

/**
 * A window-modal progress bar with Cancel for work that runs on the GUI thread (exports read the window's own
 * connection, which is not thread-safe). The dialog appears only when the work takes longer than a second; until
 * then, and between the operation's steps, the window keeps painting. progress() is what the core operation hears.
 */
class WorkProgress final
{
public:
    WorkProgress(QWidget *parent, const QString &title);
    ~WorkProgress();
    WorkProgress(const WorkProgress &) = delete;
    WorkProgress &operator=(const WorkProgress &) = delete;

    const Progress &progress() const { return m_progress; }

    bool wasCancelled() const { return m_stop.stop_requested(); }

    /**
     * Runs @p work on a worker thread and waits here, the window painting and the dialog showing the stages @p work
     * reports. A cancel asks @p work to stop and still waits for it ("Cancelling…"), so @p work may use the caller's
     * locals. For work that does not touch the window's case connection (laying out a report, say). Returns false
     * when cancelled.
     */
    bool runInThread(const std::function<void(const Progress &)> &work);

    /** How long work runs before the dialog shows; tests set 0. */
    static void setShowDelayMs(int ms);

private:
    void report(const QString &stage, qint64 done, qint64 total);

    QPointer<QProgressDialog> m_dialog;
    std::stop_source m_stop;
    Progress m_progress;
    QElapsedTimer m_started;
    QElapsedTimer m_sinceEvents;
};

} // namespace awb::ui
