// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

#include <functional>
#include <stop_token>

namespace awb {

/**
 * What a long operation (an import, an export, an evidence pack) is doing, and whether its user still wants it.
 * The operation calls step() at each stage and every few thousand rows, and checks cancelled() there; a cancelled
 * operation returns Error::Code::Cancelled and leaves nothing behind, like any other failure.
 */
struct Progress
{
    std::stop_token stop; // stop requested: give up at the next check
    /** The stage and how far it is (done of total; total 0 when unknown). May be empty. Called on the operation's
     * thread. */
    std::function<void(const QString &stage, qint64 done, qint64 total)> report;

    bool cancelled() const { return stop.stop_requested(); }

    void step(const QString &stage, qint64 done = 0, qint64 total = 0) const
    {
        if (report) {
            report(stage, done, total);
        }
    }
};

/** True when @p progress (may be null) was cancelled. */
inline bool cancelled(const Progress *progress)
{
    return progress && progress->cancelled();
}

/** Tells @p progress (may be null) the stage and how far it is; false once its user cancelled, so the operation
 *  stops here and returns cancelledError(). */
inline bool carryOn(const Progress *progress, const QString &stage, qint64 done = 0, qint64 total = 0)
{
    if (!progress) {
        return true;
    }
    progress->step(stage, done, total);
    return !progress->cancelled();
}

/** The error a cancelled operation returns: "@p what was cancelled; nothing was written." */
Error cancelledError(const QString &what);

} // namespace awb
