// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLockFile>
#include <QString>

#include <optional>

namespace awb::db {

/** Who holds a case's lock, as its lock file records it. */
struct LockOwner
{
    qint64 pid = 0;
    QString hostName;
    QString appName;
};

/**
 * The editing lock of one case: a lock file beside it (`<case>.lock`, QLockFile) that a window takes when it opens
 * the case read-write, so that a second window or instance opens the same case read-only instead of editing it
 * at the same time. It is advisory: SQLite's own locking still serialises every write, so awb-cli may write while
 * a window holds the lock. A lock whose process is gone (a crash) is removed and taken over; a live one is never
 * taken over, however old it is.
 */
class CaseLock final
{
    Q_DISABLE_COPY_MOVE(CaseLock)

public:
    enum class State {
        Held,        // this object holds the lock
        HeldByOther, // a live process (or another window of this one) holds it; owner() says who
        Unavailable, // no lock could be made, e.g. the folder is not writable; errorText() says why
    };

    /** Tries once, without waiting, to take the lock of the case at @p casePath. */
    explicit CaseLock(const QString &casePath);
    /** Removes the lock file if this object holds it. */
    ~CaseLock();

    State state() const { return m_state; }

    bool isHeld() const { return m_state == State::Held; }

    /** The absolute path of the case this lock is for. */
    const QString &casePath() const { return m_casePath; }

    /** The holder when state() is HeldByOther, if its lock file could be read. */
    const std::optional<LockOwner> &owner() const { return m_owner; }

    QString errorText() const { return m_errorText; }

    /** The lock file's path for the case at @p casePath. */
    static QString lockFilePath(const QString &casePath);

    /** Whether @p owner is this machine, so that the lock would be dropped as soon as its process ends. */
    static bool isLocalOwner(const LockOwner &owner);

private:
    QString m_casePath;
    QLockFile m_file;
    State m_state = State::Unavailable;
    std::optional<LockOwner> m_owner;
    QString m_errorText;
};

} // namespace awb::db
