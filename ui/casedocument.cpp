// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casedocument.h"

#include "core/db/caselock.h"
#include "core/db/sqlitecasestore.h"
#include "core/store/casestore.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

namespace awb::ui {

Q_LOGGING_CATEGORY(lcDocument, "awb.ui.document")

namespace {

/** What the banner says when another window or program holds the case. */
QString lockedNotice(const db::CaseLock &lock)
{
    const auto &owner = lock.owner();
    if (!owner) {
        return CaseDocument::tr("This case is open in another program, so it is open read-only here and changes are "
                                "disabled.");
    }
    const QString app = owner->appName.isEmpty() ? CaseDocument::tr("another program") : owner->appName.left(64);
    if (db::CaseLock::isLocalOwner(*owner)) {
        return CaseDocument::tr("This case is open in %1 (process %2), so it is open read-only here and changes are "
                                "disabled. Close it there and open it again here to edit it.")
            .arg(app)
            .arg(owner->pid);
    }
    // Its process cannot be checked from here: if it crashed, only the user can release the lock.
    return CaseDocument::tr("This case is open in %1 on %2 (process %3), so it is open read-only here and changes are "
                            "disabled. If that program is no longer running, delete %4 and open the case again.")
        .arg(app, owner->hostName.left(64))
        .arg(owner->pid)
        .arg(db::CaseLock::lockFilePath(lock.casePath()));
}

} // namespace

CaseDocument::CaseDocument(QObject *parent)
    : QObject(parent)
    , m_watch(new QTimer(this))
{
    m_watch->setInterval(kWatchIntervalMs);
    connect(m_watch, &QTimer::timeout, this, &CaseDocument::pollDataVersion);
}

CaseDocument::~CaseDocument() = default;

Result<void> CaseDocument::open(const QString &path, bool readOnly, const Progress *progress)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool reopening = m_lock && m_lock->casePath() == absolute; // this window holds it already
    std::unique_ptr<db::CaseLock> lock;
    QString lockNotice;
    if (!readOnly && !reopening) {
        lock = std::make_unique<db::CaseLock>(absolute);
        if (lock->state() == db::CaseLock::State::HeldByOther) {
            readOnly = true;
            lockNotice = lockedNotice(*lock);
            lock.reset();
        } else if (lock->state() == db::CaseLock::State::Unavailable) {
            // E.g. a folder we may not write: the open below finds out whether the case is writable at all.
            qCInfo(lcDocument) << "no editing lock:" << lock->errorText();
            lock.reset();
        }
    }
    auto store = db::SqliteCaseStore::open(absolute, readOnly, progress);
    if (!store) {
        return std::unexpected(store.error()); // a lock taken above is released here
    }
    if (reopening && !readOnly) {
        lock = std::move(m_lock);
    }
    if ((*store)->isReadOnly() && lockNotice.isEmpty()) {
        lock.reset(); // read-only for another reason: nobody need be kept out
    }
    replace(std::move(*store), std::move(lock), lockNotice);
    return {};
}

Result<void> CaseDocument::create(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto lock = std::make_unique<db::CaseLock>(absolute);
    auto store = db::SqliteCaseStore::create(absolute);
    if (!store) {
        return std::unexpected(store.error());
    }
    if (!lock->isHeld()) {
        lock.reset(); // a new file nobody else can have open; a leftover lock file of a deleted case
    }
    replace(std::move(*store), std::move(lock), {});
    return {};
}

Result<void> CaseDocument::saveCopyAs(const QString &path)
{
    if (!m_store) {
        return fail(Error::Code::InvalidInput, tr("No case is open."));
    }
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == QFileInfo(m_path).absoluteFilePath()) {
        return fail(Error::Code::InvalidInput, tr("The case is already stored in %1; choose another name.").arg(path));
    }
    return m_store->saveCopyAs(target);
}

void CaseDocument::setStore(std::unique_ptr<CaseStore> store, const QString &notice)
{
    auto *sqlite = dynamic_cast<db::SqliteCaseStore *>(store.get());
    install(std::move(store), sqlite, nullptr, notice);
}

void CaseDocument::install(std::unique_ptr<CaseStore> store,
                           db::SqliteCaseStore *sqlite,
                           std::unique_ptr<db::CaseLock> lock,
                           const QString &notice)
{
    m_watch->stop();
    m_path = store ? store->location() : QString();
    m_notice = notice;
    m_sqlite = sqlite;
    m_store = std::move(store);
    m_lock = std::move(lock); // the old lock goes after the old connection closed
    markRefreshed();
    if (m_sqlite) {
        m_watch->start();
    }
    emit caseChanged();
}

void CaseDocument::close()
{
    if (!m_store) {
        return;
    }
    install(nullptr, nullptr, nullptr, {});
}

bool CaseDocument::isReadOnly() const
{
    return m_store && m_store->isReadOnly();
}

void CaseDocument::markRefreshed()
{
    m_dataVersion = readDataVersion();
}

void CaseDocument::holdChangeWatch()
{
    ++m_watchHolds;
}

void CaseDocument::releaseChangeWatch()
{
    m_watchHolds = std::max(0, m_watchHolds - 1);
}

void CaseDocument::replace(std::unique_ptr<db::SqliteCaseStore> store,
                           std::unique_ptr<db::CaseLock> lock,
                           const QString &lockNotice)
{
    QString notice = store->notice();
    if (!lockNotice.isEmpty()) {
        notice = notice.isEmpty() ? lockNotice : lockNotice + u' ' + notice;
    } else if (notice.isEmpty() && store->isReadOnly()) {
        notice = tr("This case is open read-only; it cannot be changed.");
    }
    db::SqliteCaseStore *sqlite = store.get();
    install(std::move(store), sqlite, std::move(lock), notice);
}

std::optional<qint64> CaseDocument::readDataVersion() const
{
    if (!m_sqlite) {
        return std::nullopt;
    }
    auto version = m_sqlite->database().queryInt("PRAGMA data_version");
    if (!version) {
        qCWarning(lcDocument) << "could not read data_version:" << describe(version.error());
        return std::nullopt;
    }
    return *version;
}

void CaseDocument::pollDataVersion()
{
    if (m_watchHolds > 0) {
        return;
    }
    // Commits through m_sqlite's own connection (this window's edits) leave data_version as it was.
    const std::optional<qint64> version = readDataVersion();
    if (!version || version == m_dataVersion) {
        return;
    }
    const bool known = m_dataVersion.has_value();
    m_dataVersion = version;
    if (known) {
        emit changedExternally();
    }
}

} // namespace awb::ui
