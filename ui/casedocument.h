// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress.h"
#include "core/result.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QTimer;

namespace awb {
class CaseStore;
}

namespace awb::db {
class CaseLock;
class SqliteCaseStore;
} // namespace awb::db

namespace awb::ui {

/**
 * The case that is open in a window: owns its CaseStore and knows its path, whether it is read-only and what
 * the user must be told about it. Opening replaces the case only on success, so a failed open keeps the
 * previous case. Models and widgets reload on caseChanged().
 *
 * A case opened read-write takes its editing lock (db::CaseLock); when another window or program holds it, the case
 * opens read-only with a notice that says who has it. While a case is open, `PRAGMA data_version` is polled on its
 * connection, and a commit by any other connection (awb-cli, another window) emits changedExternally().
 */
class CaseDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDocument)

public:
    explicit CaseDocument(QObject *parent = nullptr);
    ~CaseDocument() override;

    /** How often the open case is checked for commits by other connections. */
    static constexpr int kWatchIntervalMs = 500;

    /**
     * Opens the case file at @p path with every check of db::SqliteCaseStore::open(). Read-only instead, with a
     * notice, when another window or program holds the case's editing lock.
     */
    Result<void> open(const QString &path, bool readOnly = false, const Progress *progress = nullptr);
    /** Creates a new empty case at @p path and opens it; refuses to overwrite a file. */
    Result<void> create(const QString &path);
    /** Writes a consistent copy of the open case to @p path (the SQLite backup API); the open case is unchanged. */
    Result<void> saveCopyAs(const QString &path);
    /** Takes over an already open store, e.g. an in-memory case; @p notice is shown to the user. */
    void setStore(std::unique_ptr<CaseStore> store, const QString &notice = {});
    void close();

    bool isOpen() const { return m_store != nullptr; }

    /** The open store, or null; valid until the next caseChanged(). */
    CaseStore *store() const { return m_store.get(); }

    QString path() const { return m_path; }

    bool isReadOnly() const;

    /** Why the case is read-only, or that it was upgraded and where the backup is; empty otherwise. */
    QString notice() const { return m_notice; }

    /** Whether this document holds the case's editing lock. */
    bool holdsLock() const { return m_lock != nullptr; }

    /** The views were reread from the case: commits up to now are not reported by changedExternally(). */
    void markRefreshed();
    /**
     * Stops reporting commits while this window writes through a connection of its own (its import), so that the
     * window's own write is not reported as somebody else's. Calls nest; releaseChangeWatch() resumes.
     */
    void holdChangeWatch();
    void releaseChangeWatch();

signals:
    /** A case was opened, replaced or closed. */
    void caseChanged();
    /** Another connection committed to the open case since the views last read it. */
    void changedExternally();

private:
    void
    replace(std::unique_ptr<db::SqliteCaseStore> store, std::unique_ptr<db::CaseLock> lock, const QString &lockNotice);
    void install(std::unique_ptr<CaseStore> store,
                 db::SqliteCaseStore *sqlite,
                 std::unique_ptr<db::CaseLock> lock,
                 const QString &notice);
    void pollDataVersion();
    std::optional<qint64> readDataVersion() const;

    // Declared before the store, so the connection closes before the lock is released.
    std::unique_ptr<db::CaseLock> m_lock;
    std::unique_ptr<CaseStore> m_store;
    db::SqliteCaseStore *m_sqlite = nullptr; // m_store when it is a case file: the connection the watch polls
    QTimer *m_watch = nullptr;
    std::optional<qint64> m_dataVersion;
    int m_watchHolds = 0;
    QString m_path;
    QString m_notice;
};

} // namespace awb::ui
