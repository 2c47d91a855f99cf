// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/caselock.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QThread>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace awb::db {

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<LockOwner> readOwner(const QLockFile &file)
{
    LockOwner owner;
    if (!file.getLockInfo(&owner.pid, &owner.hostName, &owner.appName)) {
        return std::nullopt;
    }
    return owner;
}

/**
 * Removes a lock file that names no owner when no process holds it. QLockFile cannot tell whether such a file is
 * stale (it has no pid to check), and with age-based staleness off it would block the case for good. Its owner
 * holds a flock() on the file from the moment it creates it, so a flock we can take means nobody holds it.
 */
bool removeOwnerlessLock(const QString &lockPath)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(lockPath);
    const int fd = ::open(name.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        return errno == ENOENT; // gone already: try again
    }
    const bool unheld = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    const bool removed = unheld && ::unlink(name.constData()) == 0;
    ::close(fd);
    return removed;
#else
    Q_UNUSED(lockPath);
    return false;
#endif
}

} // namespace

CaseLock::CaseLock(const QString &casePath)
    : m_casePath(QFileInfo(casePath).absoluteFilePath())
    , m_file(lockFilePath(m_casePath))
{
    // Never stale by age: a window may keep a case open for days. A dead owner is still found by its pid.
    m_file.setStaleLockTime(0);
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_file.tryLock(0)) {
            m_state = State::Held;
            return;
        }
        if (m_file.error() != QLockFile::LockFailedError) {
            m_state = State::Unavailable;
            m_errorText = m_file.error() == QLockFile::PermissionError
                              ? u"no permission to create %1"_s.arg(lockFilePath(m_casePath))
                              : u"could not create %1"_s.arg(lockFilePath(m_casePath));
            return;
        }
        m_state = State::HeldByOther;
        m_owner = readOwner(m_file);
        if (m_owner || attempt > 0) {
            return;
        }
        // An owner may be between creating its lock file and writing its pid: give it a moment, then look again.
        QThread::msleep(50);
        m_owner = readOwner(m_file);
        if (m_owner || !removeOwnerlessLock(lockFilePath(m_casePath))) {
            return;
        }
        qCInfo(lcDb) << "removed an unreadable, unheld lock file" << lockFilePath(m_casePath);
    }
}

CaseLock::~CaseLock() = default; // QLockFile removes its file when it holds it

QString CaseLock::lockFilePath(const QString &casePath)
{
    return QFileInfo(casePath).absoluteFilePath() + u".lock"_s;
}

bool CaseLock::isLocalOwner(const LockOwner &owner)
{
    return owner.hostName.isEmpty() || owner.hostName == QSysInfo::machineHostName();
}

} // namespace awb::db
