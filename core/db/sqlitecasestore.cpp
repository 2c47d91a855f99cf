// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/sqlitecasestore.h"

#include "core/db/casefile.h"
#include "core/db/schema.h"
#include "core/search/ftsquery.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace awb::db {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::db", text);
}

Source readSource(const Statement &row)
{
    Source s;
    s.id = SourceId{row.int64(0)};
    s.title = row.text(1);
    s.publisher = row.text(2);
    s.published = row.optText(3);
    s.url = row.optText(4);
    s.kind = row.text(5);
    s.excerpt = row.text(6);
    s.synthetic = row.int64(7) != 0;
    return s;
}

constexpr std::string_view kSourceColumns =
    "SELECT id, title, publisher, published, url, kind, excerpt, synthetic FROM sources ";

} // namespace

SqliteCaseStore::SqliteCaseStore(std::unique_ptr<Database> db, bool readOnly, QString notice)
    : m_db(std::move(db))
    , m_readOnly(readOnly)
    , m_notice(std::move(notice))
{}

Result<std::unique_ptr<SqliteCaseStore>>
SqliteCaseStore::open(const QString &path, bool readOnly, const Progress *progress)
{
    return openCaseFile(path, readOnly, progress).transform([](OpenedCase opened) {
        QString notice = opened.notice;
        if (opened.backupPath) {
            notice =
                tr("The case was upgraded to the current format; the original is kept as %1.").arg(*opened.backupPath);
        }
        return std::unique_ptr<SqliteCaseStore>(
            new SqliteCaseStore(std::move(opened.db), opened.readOnly, std::move(notice)));
    });
}

Result<std::unique_ptr<SqliteCaseStore>> SqliteCaseStore::create(const QString &path)
{
    return createCaseFile(path).transform([](OpenedCase opened) {
        return std::unique_ptr<SqliteCaseStore>(new SqliteCaseStore(std::move(opened.db), false, {}));
    });
}

Result<std::unique_ptr<SqliteCaseStore>> SqliteCaseStore::createInMemory()
{
    auto db = Database::openMemory();
    if (!db) {
        return std::unexpected(db.error());
    }
    if (auto r = (*db)->exec("PRAGMA trusted_schema = ON").and_then([&] { return migrate(**db); }); !r) {
        return std::unexpected(r.error());
    }
    return std::unique_ptr<SqliteCaseStore>(new SqliteCaseStore(std::move(*db), false, {}));
}

Result<void> SqliteCaseStore::saveCopyAs(const QString &path)
{
    const QString temporary = path + u".part"_s;
    QFile::remove(temporary);
    auto target = Database::open(temporary, Database::Access::Create);
    if (!target) {
        return std::unexpected(target.error());
    }
    // The backup API copies a consistent snapshot even while this connection has the file open in WAL mode.
    sqlite3_backup *backup = sqlite3_backup_init((*target)->handle(), "main", m_db->handle(), "main");
    if (!backup) {
        Error e = (*target)->lastError(tr("Could not save a copy of the case to %1.").arg(path));
        target->reset();
        QFile::remove(temporary);
        return std::unexpected(e);
    }
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    target->reset();
    if (rc != SQLITE_DONE) {
        QFile::remove(temporary);
        return fail(Error::Code::Io, tr("Could not save a copy of the case to %1.").arg(path),
                    QString::fromUtf8(sqlite3_errstr(rc)));
    }
    QFile::remove(path);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return fail(Error::Code::Io, tr("Could not save a copy of the case to %1.").arg(path), u"rename failed"_s);
    }
    return {};
}

QString SqliteCaseStore::location() const
{
    return m_db->path();
}

bool SqliteCaseStore::isReadOnly() const
{
    return m_readOnly;
}

Result<void> SqliteCaseStore::inTransaction(const std::function<Result<void>()> &work)
{
    return write(work);
}

Result<void> SqliteCaseStore::write(const std::function<Result<void>()> &work)
{
    if (m_readOnly) {
        return fail(Error::Code::ReadOnly, tr("The case is open read-only; nothing was changed."));
    }
    Transaction tx(*m_db);
    if (auto r = tx.begun(); !r) {
        return r;
    }
    if (auto r = work(); !r) {
        return r; // ~Transaction rolls back
    }
    return tx.commit();
}

Result<std::optional<QString>> SqliteCaseStore::meta(const QString &key)
{
    return list<QString>(
               "SELECT value FROM meta WHERE key = ?1", [](const Statement &row) { return row.text(0); }, key)
        .transform([](const std::vector<QString> &rows) {
            return rows.empty() ? std::nullopt : std::optional<QString>(rows.front());
        });
}

Result<void> SqliteCaseStore::setMeta(const QString &key, const QString &value)
{
    return write([&]() -> Result<void> {
        return insert("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)", key, value).transform([](qint64) {});
    });
}

Result<SourceId> SqliteCaseStore::addSource(const Source &source)
{
    SourceId id;
    auto r = write([&]() -> Result<void> {
        // An unset id binds NULL, which lets SQLite assign one.
        return insert("INSERT INTO sources(id, title, publisher, published, url, kind, excerpt, synthetic) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                      source.id, source.title, source.publisher, source.published, source.url, source.kind,
                      source.excerpt, source.synthetic)
            .transform([&](qint64 rowid) { id = SourceId{rowid}; });
    });
    return r.transform([&] { return id; });
}

Result<void> SqliteCaseStore::updateSource(const Source &source)
{
    return write([&] {
        return change("UPDATE sources SET title = ?2, publisher = ?3, published = ?4, url = ?5, kind = ?6, "
                      "excerpt = ?7, synthetic = ?8 WHERE id = ?1",
                      source.id, source.title, source.publisher, source.published, source.url, source.kind,
                      source.excerpt, source.synthetic);
    });
}

Result<void> SqliteCaseStore::removeSource(SourceId id)
{
    return write([&] { return change("DELETE FROM sources WHERE id = ?1", id); });
}

Result<Source> SqliteCaseStore::source(SourceId id)
{
    return one<Source>(std::string(kSourceColumns) + "WHERE id = ?1",
                       QT_TRANSLATE_NOOP("awb::db", "The source no longer exists."), readSource, id);
}

Result<std::vector<Source>> SqliteCaseStore::sources()
{
    return list<Source>(std::string(kSourceColumns) + "ORDER BY id", readSource);
}

Result<NoteId> SqliteCaseStore::addNote(const Note &note)
{
    NoteId id;
    auto r = write([&]() -> Result<void> {
        return insert("INSERT INTO notes(title, body, source_id) VALUES (?1, ?2, ?3)", note.title, note.body,
                      note.source)
            .transform([&](qint64 rowid) { id = NoteId{rowid}; });
    });
    return r.transform([&] { return id; });
}

Result<std::vector<Note>> SqliteCaseStore::notes()
{
    return list<Note>("SELECT id, title, body, source_id FROM notes ORDER BY id", [](const Statement &row) {
        return Note{NoteId{row.int64(0)}, row.text(1), row.text(2), SourceId{row.int64(3)}};
    });
}

Result<std::vector<SearchHit>> SqliteCaseStore::search(const QString &text, int limit)
{
    const QString query = search::literalFtsQuery(text);
    if (query.isEmpty()) {
        return std::vector<SearchHit>{};
    }
    // snippet() without markers keeps the result plain text; the views never interpret case data as markup.
    return list<SearchHit>(
        "SELECT rowid, title, snippet(search_index, 1, '', '', '…', 16) FROM search_index "
        "WHERE search_index MATCH ?1 ORDER BY rank LIMIT ?2",
        [](const Statement &row) {
            SearchHit hit;
            hit.kind = SearchHit::Kind(row.int64(0) % 8);
            hit.id = row.int64(0) / 8;
            hit.title = row.text(1);
            hit.snippet = row.text(2);
            return hit;
        },
        query, qint64{limit});
}

} // namespace awb::db
