// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/reliability/casedigest.h"

#include "core/db/casefile.h"

#include <QCryptographicHash>

#include <sqlite3.h>

#include <algorithm>

namespace awb::reliability {

using namespace Qt::Literals::StringLiterals;

namespace {

/** Every row of @p table as one hash per row, sorted, so the digest does not depend on row order. */
Result<std::vector<QByteArray>> rowHashes(db::Database &db, const QString &table)
{
    const std::string sql = u"SELECT * FROM \"%1\""_s.arg(table).toStdString();
    // The wrapper's Statement has no column count, so the rows are read through the raw handle.
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &raw, nullptr) != SQLITE_OK) {
        return std::unexpected(db.lastError(u"cannot read %1"_s.arg(table)));
    }
    std::vector<QByteArray> hashes;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int c = 0; c < sqlite3_column_count(raw); ++c) {
            const int type = sqlite3_column_type(raw, c);
            const auto *bytes = static_cast<const char *>(sqlite3_column_blob(raw, c));
            const int size = sqlite3_column_bytes(raw, c);
            row.addData(QByteArray(QByteArray::number(type) + ':' + QByteArray::number(size) + ':'));
            row.addData(QByteArrayView(bytes, bytes ? size : 0));
        }
        hashes.push_back(row.result());
    }
    sqlite3_finalize(raw);
    if (rc != SQLITE_DONE) {
        return std::unexpected(db.lastError(u"cannot read %1"_s.arg(table)));
    }
    std::sort(hashes.begin(), hashes.end());
    return hashes;
}

} // namespace

Result<std::string> caseDigest(db::Database &db)
{
    auto tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                             "ESCAPE '\\' ORDER BY name");
    if (!tables) {
        return std::unexpected(tables.error());
    }
    QStringList names;
    if (auto r = tables->forEach([&](const db::Statement &row) { names << row.text(0); }); !r) {
        return std::unexpected(r.error());
    }
    QStringList digest;
    for (const QString &name : names) {
        auto hashes = rowHashes(db, name);
        if (!hashes) {
            return std::unexpected(hashes.error());
        }
        QCryptographicHash all(QCryptographicHash::Sha256);
        for (const QByteArray &h : *hashes) {
            all.addData(h);
        }
        digest << u"%1 %2 %3"_s.arg(name).arg(hashes->size()).arg(QString::fromLatin1(all.result().toHex()));
    }
    auto version = db.queryInt("PRAGMA user_version");
    auto appId = db.queryInt("PRAGMA application_id");
    if (!version || !appId) {
        return std::unexpected(!version ? version.error() : appId.error());
    }
    digest << u"user_version %1 application_id %2"_s.arg(*version).arg(*appId);
    return digest.join(u'\n').toStdString();
}

Result<QStringList> caseProblems(db::Database &db)
{
    auto problems = db::integrityProblems(db);
    if (!problems) {
        return problems;
    }
    // integrity_check does not look inside the FTS5 index (before SQLite 3.44); its own check compares it with
    // the rows the triggers indexed. It writes nothing.
    auto hasIndex = db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'search_index'");
    if (!hasIndex) {
        return std::unexpected(hasIndex.error());
    }
    if (*hasIndex > 0) {
        if (auto r = db.exec("INSERT INTO search_index(search_index) VALUES('integrity-check')"); !r) {
            problems->append(u"search_index: %1"_s.arg(describe(r.error())));
        }
    }
    return problems;
}

} // namespace awb::reliability
