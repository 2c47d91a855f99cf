// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/progress.h"
#include "core/result.h"

#include <QString>

#include <memory>
#include <optional>
#include <stop_token>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace awb::db {

class Database;

/** A prepared statement; finalized by its destructor. Values reach SQL only through bind(). */
class Statement final
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, qint64 value);

    Statement &bind(int index, int value) { return bind(index, qint64{value}); }

    Statement &bind(int index, bool value) { return bind(index, qint64{value ? 1 : 0}); }

    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, std::string_view utf8);
    /** Binds UTF-8 text without copying it: @p utf8 must stay valid until the statement is stepped and reset. */
    Statement &bindStatic(int index, std::string_view utf8);
    Statement &bindNull(int index);

    template <typename Tag>
    Statement &bind(int index, Id<Tag> id)
    {
        // An unset id binds NULL, so a NOT NULL foreign key reports the missing reference.
        return id.isValid() ? bind(index, id.value) : bindNull(index);
    }

    template <typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    /** Binds all arguments to ?1, ?2, … in order. */
    template <typename... Args>
    Statement &bindAll(const Args &...args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    /** Runs one step: true while a row is available, false when done. */
    Result<bool> step();
    /** Steps to completion, ignoring rows. */
    Result<void> run();
    void reset();

    /** Steps through every row, calling @p onRow for each; stops at the first error. */
    template <typename F>
    Result<void> forEach(F &&onRow)
    {
        for (;;) {
            auto row = step();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                reset();
                return {};
            }
            onRow(*this);
        }
    }

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /** The column's UTF-8 bytes, valid until the next step (for hot loops that must not allocate). */
    std::string_view utf8(int column) const;
    std::optional<qint64> optInt64(int column) const;
    std::optional<QString> optText(int column) const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt);
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    int m_bindError = 0;
};

/** Owns one SQLite connection. Not thread-safe: each thread opens its own. */
class Database final
{
public:
    enum class Access { ReadWrite, ReadOnly, Create };

    static Result<std::unique_ptr<Database>> open(const QString &path, Access access);
    static Result<std::unique_ptr<Database>> openMemory();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Runs one or more statements without parameters (DDL, pragmas, transaction control). */
    Result<void> exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);
    /** Runs a query expected to return one integer (pragmas, counts). */
    Result<qint64> queryInt(std::string_view sql);

    bool isReadOnly() const { return m_readOnly; }

    bool inTransaction() const;
    qint64 lastInsertId() const;
    int changes() const;

    const QString &path() const { return m_path; }

    sqlite3 *handle() const { return m_db; }

    /** Builds an Error from the connection's current SQLite error. */
    Error lastError(const QString &message) const;

    /**
     * From now on a stop requested on @p stop interrupts the statement running on this connection (SQLITE_INTERRUPT;
     * its transaction is rolled back), so a long import or index build can be cancelled. A default token: never.
     */
    void setStopToken(std::stop_token stop);
    /**
     * Like setStopToken(@p progress's token), and every few thousand steps of a running statement @p progress also
     * hears @p stage, so a long statement (quick_check of a large case) can keep a window painting. Null: off.
     */
    void setProgress(const Progress *progress, const QString &stage);

    /** A stop was requested and no clean-up is running: statements are refused (Error::Code::Cancelled). */
    bool stopRequested() const { return m_cleanupDepth == 0 && m_stop.stop_requested(); }

    Error stoppedError() const;

    /** While one lives, a requested stop does not interrupt: the rollback and clean-up after a cancel must run. */
    class CleanupScope final
    {
    public:
        explicit CleanupScope(Database &db)
            : m_db(db)
        {
            ++m_db.m_cleanupDepth;
        }

        ~CleanupScope() { --m_db.m_cleanupDepth; }

        CleanupScope(const CleanupScope &) = delete;
        CleanupScope &operator=(const CleanupScope &) = delete;

    private:
        Database &m_db;
    };

private:
    Database(sqlite3 *db, QString path, bool readOnly);
    /** The SQLite progress handler for the stop token and progress set, or none when neither is. */
    void installProgressHandler();
    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    std::stop_token m_stop;
    const Progress *m_progress = nullptr;
    QString m_stage;
    int m_cleanupDepth = 0;
};

/**
 * Rolls back unless commit() is called. The outermost transaction is BEGIN IMMEDIATE; nested ones are
 * SAVEPOINTs, so a service that runs inside a caller's transaction stays atomic with it.
 */
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /** The error of BEGIN, if it failed; check before doing work. */
    Result<void> begun() const;
    Result<void> commit();

private:
    Database &m_db;
    bool m_nested = false;
    bool m_active = false;
    std::optional<Error> m_beginError;
};

/**
 * Holds one read snapshot (BEGIN DEFERRED … COMMIT) over many single-row queries, so each does not open and close a
 * read transaction of its own; does nothing inside a caller's transaction. Works on read-only connections too.
 */
class ReadScope final
{
public:
    explicit ReadScope(Database &db);
    ~ReadScope();
    ReadScope(const ReadScope &) = delete;
    ReadScope &operator=(const ReadScope &) = delete;

private:
    Database &m_db;
    bool m_active = false;
};

/**
 * Sets an integer pragma of the connection for as long as it lives, then puts back the value it found. Best
 * effort: a pragma SQLite refuses leaves the connection as it was, and the work goes on without it.
 */
class PragmaScope final
{
public:
    PragmaScope(Database &db, std::string_view name, qint64 value);
    ~PragmaScope();
    PragmaScope(const PragmaScope &) = delete;
    PragmaScope &operator=(const PragmaScope &) = delete;

private:
    Database &m_db;
    std::string m_name;
    std::optional<qint64> m_before; // none: nothing was changed
};

/**
 * Runs one bulk write with a rollback journal, when no other connection has the file open; back to WAL afterwards
 * (and every read-write open sets WAL again). New pages then go once, straight to the file, not through the log and
 * a checkpoint. A crash still rolls the write back, from the journal. With another connection open, SQLite refuses
 * at once (no busy wait) and the write runs in WAL as usual.
 */
class RollbackJournalScope final
{
public:
    explicit RollbackJournalScope(Database &db);
    ~RollbackJournalScope();
    RollbackJournalScope(const RollbackJournalScope &) = delete;
    RollbackJournalScope &operator=(const RollbackJournalScope &) = delete;

    bool active() const { return m_active; }

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace awb::db
