// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QUrl>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcDb, "awb.db")

namespace awb::db {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::db", text);
}

// SQLite binds SQL NULL when the data pointer is null, so an empty QString must still point somewhere.
constexpr char kEmpty[] = "";

} // namespace

Statement::Statement(Database *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_bindError(std::exchange(other.m_bindError, 0))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = std::exchange(other.m_bindError, 0);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, qint64 value)
{
    if (int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK) {
        m_bindError = rc;
    }
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK) {
        m_bindError = rc;
    }
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const char *data = utf8.isNull() ? kEmpty : utf8.constData();
    if (int rc = sqlite3_bind_text64(m_stmt, index, data, sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        rc != SQLITE_OK) {
        m_bindError = rc;
    }
    return *this;
}

Statement &Statement::bind(int index, std::string_view utf8)
{
    const char *data = utf8.data() ? utf8.data() : kEmpty;
    if (int rc = sqlite3_bind_text64(m_stmt, index, data, sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        rc != SQLITE_OK) {
        m_bindError = rc;
    }
    return *this;
}

Statement &Statement::bindStatic(int index, std::string_view utf8)
{
    const char *data = utf8.data() ? utf8.data() : kEmpty;
    if (int rc = sqlite3_bind_text64(m_stmt, index, data, sqlite3_uint64(utf8.size()), SQLITE_STATIC, SQLITE_UTF8);
        rc != SQLITE_OK) {
        m_bindError = rc;
    }
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK) {
        m_bindError = rc;
    }
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != SQLITE_OK) {
        return fail(Error::Code::Sql, tr("A value could not be passed to the database."),
                    QString::fromUtf8(sqlite3_errstr(m_bindError)));
    }
    // After a cancel no statement may run: SQLite has rolled the transaction back, and a statement after that
    // would be committed on its own (autocommit), half an import written after all.
    if (m_db->stopRequested()) {
        return std::unexpected(m_db->stoppedError());
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    const int extended = sqlite3_extended_errcode(m_db->handle());
    Error error = m_db->lastError(tr("The database refused the change."));
    if ((extended & 0xff) == SQLITE_CONSTRAINT) {
        error.code = Error::Code::Constraint;
    } else if (rc == SQLITE_READONLY) {
        error.code = Error::Code::ReadOnly;
        error.message = tr("The case is open read-only.");
    } else if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB) {
        error.code = Error::Code::Corrupt;
        error.message = tr("The case file is damaged.");
    } else if (rc == SQLITE_FULL || rc == SQLITE_IOERR) {
        error.code = Error::Code::Io;
        error.message = tr("The case file could not be written.");
    }
    sqlite3_reset(m_stmt);
    return std::unexpected(std::move(error));
}

Result<void> Statement::run()
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
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = SQLITE_OK;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

std::string_view Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? std::string_view(data, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

std::optional<qint64> Statement::optInt64(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<qint64>(int64(column));
}

std::optional<QString> Statement::optText(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<QString>(text(column));
}

Database::Database(sqlite3 *db, QString path, bool readOnly)
    : m_db(db)
    , m_path(std::move(path))
    , m_readOnly(readOnly)
{}

Database::~Database()
{
    // sqlite3_close_v2 defers the close until the last statement is finalized, so a leaked Statement cannot crash.
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (access) {
    case Access::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Access::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Access::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3 *raw = nullptr;
    QByteArray native = QFile::encodeName(path);
    // A WAL case in a directory nobody can write (a read-only mount, a write-protected share) cannot get its -shm
    // file, and SQLite refuses to read it. With no -wal file beside it there is nothing to recover and nobody can
    // change it, so it is opened as immutable.
    const QFileInfo info(path);
    if (access == Access::ReadOnly && info.isFile() && !QFileInfo(info.absolutePath()).isWritable() &&
        !QFileInfo::exists(path + u"-wal"_s)) {
        native = QUrl::fromLocalFile(info.absoluteFilePath()).toEncoded() + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    const int rc = sqlite3_open_v2(native.constData(), &raw, flags, nullptr);
    if (rc != SQLITE_OK) {
        QString detail = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(raw);
        return fail(Error::Code::Io, tr("Could not open the file %1.").arg(path), detail);
    }
    std::unique_ptr<Database> db(new Database(raw, path, access == Access::ReadOnly));
    // Defensive mode and an untrusted schema stop a hostile case file from corrupting itself through SQL or from
    // running functions with side effects hidden in its triggers and views.
    sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_extended_result_codes(raw, 1);
    if (auto r = db->exec("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;"); !r) {
        return std::unexpected(r.error());
    }
    return db;
}

Error Database::stoppedError() const
{
    return Error{Error::Code::Cancelled, tr("The operation was cancelled."), m_path};
}

void Database::setProgress(const Progress *progress, const QString &stage)
{
    m_stop = progress ? progress->stop : std::stop_token();
    m_progress = progress;
    m_stage = stage;
    installProgressHandler();
}

void Database::setStopToken(std::stop_token stop)
{
    m_stop = std::move(stop);
    m_progress = nullptr;
    installProgressHandler();
}

void Database::installProgressHandler()
{
    if (!m_progress && !m_stop.stop_possible()) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    // Every few thousand virtual-machine steps (well under a millisecond): a non-zero answer interrupts.
    sqlite3_progress_handler(
        m_db, 4096,
        [](void *self) {
            auto *db = static_cast<Database *>(self);
            if (db->m_progress) {
                db->m_progress->step(db->m_stage);
            }
            return db->stopRequested() ? 1 : 0;
        },
        this);
}

Result<std::unique_ptr<Database>> Database::openMemory()
{
    return open(u":memory:"_s, Access::Create);
}

Result<void> Database::exec(std::string_view sql)
{
    if (stopRequested()) {
        return std::unexpected(stoppedError());
    }
    const std::string text(sql);
    char *message = nullptr;
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        Error error = lastError(tr("The database could not run a command."));
        sqlite3_free(message);
        return std::unexpected(std::move(error));
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        return std::unexpected(lastError(tr("The database could not prepare a query.")));
    }
    return Statement(this, stmt);
}

Result<qint64> Database::queryInt(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? stmt->int64(0) : 0;
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Error Database::lastError(const QString &message) const
{
    const int code = sqlite3_extended_errcode(m_db);
    return Error{Error::Code::Sql, message,
                 u"%1 (SQLite code %2)"_s.arg(QString::fromUtf8(sqlite3_errmsg(m_db))).arg(code)};
}

ReadScope::ReadScope(Database &db)
    : m_db(db)
    , m_active(!db.inTransaction() && db.exec("BEGIN DEFERRED"))
{}

ReadScope::~ReadScope()
{
    if (m_active) {
        const Database::CleanupScope cleanup(m_db);
        if (auto r = m_db.exec("COMMIT"); !r) {
            qCWarning(lcDb) << "could not end a read snapshot:" << describe(r.error());
        }
    }
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_nested(db.inTransaction())
{
    auto r = m_db.exec(m_nested ? "SAVEPOINT awb_nested" : "BEGIN IMMEDIATE");
    if (r) {
        m_active = true;
    } else {
        m_beginError = r.error();
        qCWarning(lcDb) << "could not begin a transaction:" << describe(r.error());
    }
}

Transaction::~Transaction()
{
    // An interrupted statement (a cancel) has already made SQLite roll the whole transaction back.
    if (!m_active || !m_db.inTransaction()) {
        return;
    }
    const Database::CleanupScope cleanup(m_db);
    auto r = m_db.exec(m_nested ? "ROLLBACK TO awb_nested; RELEASE awb_nested" : "ROLLBACK");
    if (!r) {
        qCWarning(lcDb) << "rollback failed:" << describe(r.error());
    }
}

Result<void> Transaction::begun() const
{
    if (m_beginError) {
        return std::unexpected(*m_beginError);
    }
    return {};
}

Result<void> Transaction::commit()
{
    if (!m_active) {
        return begun().and_then([]() -> Result<void> {
            return fail(Error::Code::Sql, QCoreApplication::translate("awb::db", "The transaction is not active."));
        });
    }
    auto r = m_db.exec(m_nested ? "RELEASE awb_nested" : "COMMIT");
    if (r) {
        m_active = false;
    }
    return r;
}

PragmaScope::PragmaScope(Database &db, std::string_view name, qint64 value)
    : m_db(db)
    , m_name(name)
{
    const auto before = m_db.queryInt("PRAGMA " + m_name);
    if (before && m_db.exec("PRAGMA " + m_name + " = " + std::to_string(value))) {
        m_before = *before;
    }
}

PragmaScope::~PragmaScope()
{
    if (m_before) {
        const Database::CleanupScope cleanup(m_db);
        (void)m_db.exec("PRAGMA " + m_name + " = " + std::to_string(*m_before));
    }
}

namespace {

/** The journal mode @p sql (a journal_mode pragma) leaves the connection in; empty if SQLite refused. */
QString journalMode(Database &db, std::string_view sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt) {
        return {};
    }
    auto row = stmt->step();
    return row && *row ? stmt->text(0).toLower() : QString();
}

} // namespace

RollbackJournalScope::RollbackJournalScope(Database &db)
    : m_db(db)
{
    if (m_db.isReadOnly() || m_db.inTransaction() || journalMode(m_db, "PRAGMA journal_mode") != u"wal"_s) {
        return;
    }
    const PragmaScope noWait(m_db, "busy_timeout", 0);
    m_active = journalMode(m_db, "PRAGMA journal_mode = DELETE") == u"delete"_s;
}

RollbackJournalScope::~RollbackJournalScope()
{
    const Database::CleanupScope cleanup(m_db);
    if (m_active && journalMode(m_db, "PRAGMA journal_mode = WAL") != u"wal"_s) {
        qCWarning(lcDb) << "could not return" << m_db.path() << "to WAL after a bulk write; the next open will";
    }
}

} // namespace awb::db
