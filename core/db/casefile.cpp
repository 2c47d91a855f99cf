// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/casefile.h"

#include "core/db/schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStringList>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>
#include <tuple>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace awb::db {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::db", text);
}

using SchemaObject = std::tuple<QString, QString, QString>; // type, name, sql

Result<std::set<SchemaObject>> schemaObjects(Database &db)
{
    auto stmt = db.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_schema "
                           "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    std::set<SchemaObject> objects;
    auto r = stmt->forEach([&](const Statement &row) { objects.emplace(row.text(0), row.text(1), row.text(2)); });
    if (!r) {
        return std::unexpected(r.error());
    }
    return objects;
}

// Checks what can be checked without trusting anything inside the file.
Result<void> checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return fail(Error::Code::NotFound, tr("The case file %1 does not exist.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::Io, tr("Could not read %1.").arg(path), file.errorString());
    }
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return fail(Error::Code::NotACase, tr("%1 is not an Attribution Workbench case.").arg(path),
                    u"no SQLite header"_s);
    }
    if (header.size() < 100 || file.size() < 512) {
        return fail(Error::Code::Corrupt, tr("The case file %1 is truncated.").arg(path),
                    u"%1 bytes"_s.arg(file.size()));
    }
    return {};
}

Error corrupt(const QString &path, const Error &cause)
{
    return Error{Error::Code::Corrupt, tr("The case file %1 is damaged and cannot be opened.").arg(path),
                 describe(cause)};
}

Result<QString> backupBeforeUpgrade(Database &db, const QString &path, int fromVersion)
{
    QString target = u"%1.schema-v%2.bak"_s.arg(path).arg(fromVersion);
    if (QFileInfo::exists(target)) {
        target = u"%1.schema-v%2-%3.bak"_s.arg(path)
                     .arg(fromVersion)
                     .arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMddTHHmmss"_s));
    }
    // Written beside the target and renamed into place when whole: a crash or a full disk during VACUUM INTO must
    // not leave a half backup under the name the user is told to restore from.
    const QString partial = target + u".part"_s;
    QFile::remove(partial);
    auto stmt = db.prepare("VACUUM INTO ?1");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(partial);
    auto r = stmt->run();
    if (r && std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData()) != 0) {
        r = fail(Error::Code::Io, tr("Could not back up the case before upgrading it; it was left unchanged."),
                 QString::fromLocal8Bit(std::strerror(errno)));
    }
    if (!r) {
        QFile::remove(partial);
        Error e = r.error();
        e.code = Error::Code::Io;
        e.message = tr("Could not back up the case before upgrading it; it was left unchanged.");
        return std::unexpected(e);
    }
    return target;
}

Result<void> enableWal(Database &db)
{
    // WAL lets readers (a second window, the CLI) work while the GUI writes; FULL sync keeps every
    // acknowledged edit through a power loss, not only through a crash of the process.
    return db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
}

} // namespace

Result<void> verifySchema(Database &db, int version)
{
    auto reference = Database::openMemory();
    if (!reference) {
        return std::unexpected(reference.error());
    }
    if (auto r = migrate(**reference, version); !r) {
        return r;
    }
    auto expected = schemaObjects(**reference);
    auto actual = schemaObjects(db);
    if (!expected || !actual) {
        return std::unexpected(!expected ? expected.error() : actual.error());
    }
    if (*expected != *actual) {
        QStringList unexpected;
        for (const auto &object : *actual) {
            if (!expected->contains(object)) {
                unexpected << u"%1 %2"_s.arg(std::get<0>(object), std::get<1>(object));
            }
        }
        for (const auto &object : *expected) {
            if (!actual->contains(object)) {
                unexpected << u"missing %1 %2"_s.arg(std::get<0>(object), std::get<1>(object));
            }
        }
        return fail(Error::Code::NotACase,
                    tr("The case file has been altered outside Attribution Workbench (unexpected tables, "
                       "triggers or views) and is not opened."),
                    unexpected.join(u", "_s));
    }
    return {};
}

namespace {

Result<OpenedCase> openChecked(const QString &path, bool readOnly, const Progress *progress)
{
    if (auto r = checkHeader(path); !r) {
        return std::unexpected(r.error());
    }
    const QFileInfo info(path);
    OpenedCase opened;
    opened.readOnly = readOnly;
    // The permission bits count even for root, who may write anything: a file marked read-only stays unchanged.
    const bool markedReadOnly =
        !(QFile::permissions(path) & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther));
    if (!readOnly && (markedReadOnly || !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        opened.readOnly = true;
        opened.notice = tr("You do not have permission to change this file, so it is open read-only.");
    }
    auto db = Database::open(path, opened.readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    if (!db) {
        return std::unexpected(db.error());
    }
    if (progress) {
        (*db)->setProgress(progress, tr("Checking %1").arg(info.fileName()));
    }
    auto appId = (*db)->queryInt("PRAGMA application_id");
    if (!appId) {
        return std::unexpected(corrupt(path, appId.error()));
    }
    if (*appId != kApplicationId) {
        return fail(Error::Code::NotACase,
                    tr("%1 is an SQLite database, but not an Attribution Workbench case.").arg(path),
                    u"application_id %1"_s.arg(*appId));
    }
    auto quick = (*db)->prepare("PRAGMA quick_check(1)");
    if (!quick) {
        return std::unexpected(corrupt(path, quick.error()));
    }
    auto row = quick->step();
    if (!row || !*row || quick->text(0) != u"ok"_s) {
        return std::unexpected(corrupt(path, row ? Error{Error::Code::Corrupt, quick->text(0), {}} : row.error()));
    }
    quick = Statement();
    auto version = (*db)->queryInt("PRAGMA user_version");
    if (!version) {
        return std::unexpected(corrupt(path, version.error()));
    }
    if (*version > latestSchemaVersion()) {
        return fail(Error::Code::SchemaTooNew,
                    tr("%1 was written by a newer version of Attribution Workbench (case format %2; this "
                       "version reads up to %3). It was not changed. Open it with a newer version.")
                        .arg(path)
                        .arg(*version)
                        .arg(latestSchemaVersion()));
    }
    if (*version < 1) {
        return std::unexpected(corrupt(path, Error{Error::Code::Corrupt, u"user_version 0"_s, {}}));
    }
    if (auto r = verifySchema(**db, int(*version)); !r) {
        Error e = r.error();
        e.message = u"%1 %2"_s.arg(path, e.message);
        return std::unexpected(e);
    }
    // The schema is exactly ours, so its triggers (which maintain the FTS index) may run.
    if (auto r = (*db)->exec("PRAGMA trusted_schema = ON"); !r) {
        return std::unexpected(r.error());
    }
    if (*version < latestSchemaVersion()) {
        if (opened.readOnly) {
            return fail(Error::Code::ReadOnly,
                        tr("%1 uses an older case format and must be upgraded, but it is read-only. Copy it to "
                           "a writable place and open the copy.")
                            .arg(path));
        }
        auto backup = backupBeforeUpgrade(**db, path, int(*version));
        if (!backup) {
            return std::unexpected(backup.error());
        }
        opened.backupPath = *backup;
        if (auto r = migrate(**db); !r) {
            return std::unexpected(r.error());
        }
        qCInfo(lcDb) << "upgraded a case from schema" << *version << "to" << latestSchemaVersion();
    }
    if (!opened.readOnly) {
        if (auto r = enableWal(**db); !r) {
            return std::unexpected(r.error());
        }
    }
    opened.db = std::move(*db);
    return opened;
}

} // namespace

Result<OpenedCase> openCaseFile(const QString &path, bool readOnly, const Progress *progress)
{
    auto opened = openChecked(path, readOnly, progress);
    if (!opened && cancelled(progress)) {
        return std::unexpected(cancelledError(tr("Opening %1").arg(QFileInfo(path).fileName())));
    }
    if (opened) {
        opened->db->setProgress(nullptr, {}); // the progress belongs to the caller's frame
    }
    return opened;
}

Result<OpenedCase> createCaseFile(const QString &path)
{
    if (QFileInfo::exists(path)) {
        return fail(Error::Code::InvalidInput, tr("%1 already exists; choose another name.").arg(path));
    }
    auto db = Database::open(path, Database::Access::Create);
    if (!db) {
        return std::unexpected(db.error());
    }
    if (auto r = (*db)->exec("PRAGMA trusted_schema = ON"); !r) {
        return std::unexpected(r.error());
    }
    if (auto r = migrate(**db).and_then([&] { return enableWal(**db); }); !r) {
        db->reset();
        QFile::remove(path);
        return std::unexpected(r.error());
    }
    OpenedCase opened;
    opened.db = std::move(*db);
    return opened;
}

Result<QStringList> integrityProblems(Database &db)
{
    QStringList problems;
    auto integrity = db.prepare("PRAGMA integrity_check");
    if (!integrity) {
        return std::unexpected(integrity.error());
    }
    auto r = integrity->forEach([&](const Statement &row) {
        if (row.text(0) != u"ok"_s) {
            problems << u"integrity_check: %1"_s.arg(row.text(0));
        }
    });
    if (!r) {
        return std::unexpected(r.error());
    }
    auto foreignKeys = db.prepare("PRAGMA foreign_key_check");
    if (!foreignKeys) {
        return std::unexpected(foreignKeys.error());
    }
    r = foreignKeys->forEach([&](const Statement &row) {
        problems << u"foreign_key_check: %1 row %2 refers to a missing %3 row"_s.arg(row.text(0), row.text(1),
                                                                                     row.text(2));
    });
    if (!r) {
        return std::unexpected(r.error());
    }
    return problems;
}

} // namespace awb::db
