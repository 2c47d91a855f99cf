// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/workprogress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMutex>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <limits>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

int s_showDelayMs = 1000;
constexpr qint64 kSteps = 1000; // the bar's resolution; totals are 64-bit counts of rows

} // namespace

void WorkProgress::setShowDelayMs(int ms)
{
    s_showDelayMs = ms;
}

WorkProgress::WorkProgress(QWidget *parent, const QString &title)
    : m_dialog(new QProgressDialog(parent))
{
    m_dialog->setObjectName(u"workProgressDialog"_s);
    m_dialog->setWindowTitle(title);
    m_dialog->setAccessibleName(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(std::numeric_limits<int>::max()); // see report()
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setRange(0, 0);
    m_dialog->setLabelText(title);
    m_dialog->setCancelButtonText(QCoreApplication::translate("awb::ui::WorkProgress", "&Cancel"));
    QObject::connect(m_dialog, &QProgressDialog::canceled, m_dialog, [this] { m_stop.request_stop(); });
    m_progress.stop = m_stop.get_token();
    m_progress.report = [this](const QString &stage, qint64 done, qint64 total) {
        report(stage, done, total);
    };
    m_started.start();
    m_sinceEvents.start();
}

WorkProgress::~WorkProgress()
{
    delete m_dialog.get();
}

void WorkProgress::report(const QString &stage, qint64 done, qint64 total)
{
    if (!m_dialog) {
        return;
    }
    m_dialog->setLabelText(m_stop.stop_requested() ? QCoreApplication::translate("awb::ui::WorkProgress", "Cancelling…")
                                                   : stage);
    // Shown by us, not by QProgressDialog's own estimate, which needs a determinate bar to decide.
    if (!m_dialog->isVisible() && m_started.elapsed() >= s_showDelayMs) {
        m_dialog->show();
    }
    if (total > 0) {
        m_dialog->setRange(0, int(kSteps));
        m_dialog->setValue(int(qBound<qint64>(1, done * kSteps / total, kSteps)));
    } else {
        m_dialog->setRange(0, 0);
        m_dialog->setValue(1);
    }
    if (m_dialog->wasCanceled()) {
        m_stop.request_stop(); // cancel() called, or the dialog closed, without the button's signal
    }
    // Paint, and hear the Cancel button, a few times a second; more often would slow the work for nothing. Until
    // the modal dialog shows, the user's clicks wait: a click on the window could close the case being exported.
    if (m_sinceEvents.elapsed() >= 50 || s_showDelayMs == 0) {
        QCoreApplication::processEvents(m_dialog->isVisible() ? QEventLoop::AllEvents
                                                              : QEventLoop::ExcludeUserInputEvents);
        m_sinceEvents.restart();
    }
}

bool WorkProgress::runInThread(const std::function<void(const Progress &)> &work)
{
    // The worker's reports wait here for the GUI thread, which alone touches the dialog.
    struct Relay
    {
        QMutex mutex;
        QString stage;
        qint64 done = 0;
        qint64 total = 0;
    } relay;

    relay.stage = m_dialog ? m_dialog->labelText() : QString();
    const Progress worker{m_stop.get_token(), [&relay](const QString &stage, qint64 done, qint64 total) {
                              const QMutexLocker lock(&relay.mutex);
                              relay.stage = stage;
                              relay.done = done;
                              relay.total = total;
                          }};
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer tick; // the bar and the label follow the worker a few times a second
    QObject::connect(&tick, &QTimer::timeout, &loop, &QEventLoop::quit);
    tick.start(50);
    watcher.setFuture(QtConcurrent::run([&work, &worker] { work(worker); }));
    while (!watcher.isFinished()) {
        QString stage;
        qint64 done = 0, total = 0;
        {
            const QMutexLocker lock(&relay.mutex);
            stage = relay.stage;
            done = relay.done;
            total = relay.total;
        }
        report(stage, done, total);
        if (!watcher.isFinished()) {
            loop.exec(m_dialog && m_dialog->isVisible() ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents);
        }
    }
    return !wasCancelled();
}

} // namespace awb::ui
