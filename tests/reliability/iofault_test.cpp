// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #7 §2: a full disk and failing writes during imports, edits, upgrades and Save As. A fault-injecting VFS
// (faultvfs.h) fails the 1st, 2nd, … write, truncate or sync of the operation; each time the operation must
// report a clear error, and the case, reopened without the fault, must be sound and exactly as before.
#include "core/db/casefile.h"
#include "core/db/sqlitecasestore.h"
#include "tests/reliability/casedigest.h"
#include "tests/reliability/crashmodel.h"
#include "tests/reliability/faultvfs.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <iostream>

namespace awb {
namespace {

using namespace Qt::Literals::StringLiterals;
using reliability::caseDigest;
using reliability::caseProblems;
using reliability::FaultVfs;

using Operation = std::function<Result<void>(db::SqliteCaseStore &)>;

/** The words SQLite uses for the two faults: what the user reads in the error's detail. */
bool namesTheFault(const Error &e, int sqliteError)
{
    const QString text = describe(e);
    return sqliteError == SQLITE_FULL ? text.contains(u"full"_s) : text.contains(u"I/O error"_s);
}

class IoFault : public ::testing::Test
{
protected:
    void SetUp() override
    {
        FaultVfs::install();
        ASSERT_TRUE(m_dir.isValid());
        m_base = m_dir.filePath(u"base.awbcase"_s);
        auto store = db::SqliteCaseStore::create(m_base);
        ASSERT_TRUE(store);
        Source s;
        s.title = u"Fault source"_s;
        s.publisher = u"Test"_s;
        s.published = u"2024-01-02"_s;
        s.url = u"https://example.org/fault"_s;
        s.kind = u"press"_s;
        m_source = (*store)->addSource(s).value_or(SourceId{});
        ASSERT_TRUE(m_source.isValid());
        // Two imports and two incidents, one of them updated, so every table an operation touches has rows.
        for (int step = 0; step < 3; ++step) {
            ASSERT_TRUE(reliability::runEditStep(**store, step, m_source, m_ids));
        }
        ASSERT_TRUE(reliability::runImport(**store, 0));
        ASSERT_TRUE(reliability::runImport(**store, 1));
    }

    void TearDown() override { FaultVfs::disarm(); }

    std::string digestOf(const QString &path)
    {
        auto db = db::Database::open(path, db::Database::Access::ReadWrite);
        EXPECT_TRUE(db);
        auto problems = db ? caseProblems(**db) : Result<QStringList>(QStringList{u"cannot open"_s});
        EXPECT_TRUE(problems && problems->isEmpty()) << (problems ? problems->join(u"\n"_s).toStdString() : "");
        return db ? caseDigest(**db).value_or(std::string()) : std::string();
    }

    /**
     * Runs @p op on a copy of @p casePath once without a fault (to count its writes), then once for each fault
     * point: the 1st, 2nd, … write-like call fails, with every later one when the disk is full. Returns the number of
     * points hit. @p stride > 1 samples an operation with many writes (the first @p dense are always hit).
     */
    int sweep(
        const char *name, const QString &casePath, const Operation &op, int sqliteError, int stride = 1, int dense = 20)
    {
        const QString work = m_dir.filePath(u"work.awbcase"_s);
        const std::string before = digestOf(casePath);
        int writes = 0;
        {
            EXPECT_TRUE(copyFresh(casePath, work));
            auto store = db::SqliteCaseStore::open(work);
            EXPECT_TRUE(store);
            FaultVfs::resetCount();
            EXPECT_TRUE(op(**store));
            writes = FaultVfs::calls();
        }
        EXPECT_GT(writes, 0) << name << " writes nothing";
        int points = 0;
        for (int n = 1; n <= writes; n += n < dense ? 1 : stride) {
            SCOPED_TRACE(std::string(name) + ": fault at write " + std::to_string(n) + " of " + std::to_string(writes) +
                         (sqliteError == SQLITE_FULL ? " (disk full)" : " (I/O error)"));
            EXPECT_TRUE(copyFresh(casePath, work));
            auto store = db::SqliteCaseStore::open(work);
            EXPECT_TRUE(store);
            if (!store) {
                return points;
            }
            FaultVfs::arm(n, sqliteError, sqliteError == SQLITE_FULL);
            const Result<void> r = op(**store);
            FaultVfs::disarm();
            store->reset();
            ++points;
            const std::string after = digestOf(work);
            if (r) {
                // A fault SQLite absorbed (a failed sync of a journal it then deletes): the operation is whole.
                EXPECT_NE(after, before) << "reported success but changed nothing";
                continue;
            }
            EXPECT_TRUE(namesTheFault(r.error(), sqliteError)) << describe(r.error()).toStdString();
            EXPECT_FALSE(r.error().message.isEmpty());
            EXPECT_EQ(after, before) << "the case changed although the operation failed: "
                                     << describe(r.error()).toStdString();
        }
        std::cout << "io-faults: " << name << ": " << points << " faults injected ("
                  << (sqliteError == SQLITE_FULL ? "disk full" : "I/O error") << ", " << writes << " write points)\n";
        return points;
    }

    static bool copyFresh(const QString &from, const QString &to)
    {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            QFile::remove(to + suffix);
        }
        for (const QFileInfo &backup : QDir(QFileInfo(to).absolutePath()).entryInfoList({u"*.bak"_s})) {
            QFile::remove(backup.filePath());
        }
        return QFile::copy(from, to);
    }

    Operation editOp(int step)
    {
        return [this, step](db::SqliteCaseStore &store) {
            std::map<int, IncidentId> ids = m_ids;
            return reliability::runEditStep(store, step, m_source, ids);
        };
    }

    QTemporaryDir m_dir{reliability::scratchTemplate()};
    QString m_base;
    SourceId m_source;
    std::map<int, IncidentId> m_ids;
};

TEST_F(IoFault, ImportLeavesTheCaseUnchanged)
{
    const Operation small = [](db::SqliteCaseStore &s) {
        return reliability::runImport(s, 2);
    };
    EXPECT_GT(sweep("import 200 rows", m_base, small, SQLITE_FULL), 0);
    EXPECT_GT(sweep("import 200 rows", m_base, small, SQLITE_IOERR), 0);
    // 10,000 rows go through the rollback journal (RollbackJournalScope): a path of its own, sampled.
    const Operation large = [](db::SqliteCaseStore &s) {
        return reliability::runImport(s, 3);
    };
    EXPECT_GT(sweep("import 10000 rows", m_base, large, SQLITE_FULL, 97, 8), 0);
    EXPECT_GT(sweep("import 10000 rows", m_base, large, SQLITE_IOERR, 97, 8), 0);
}

TEST_F(IoFault, EditLeavesTheCaseUnchanged)
{
    // Steps 3, 4 and 5 of the edit sequence: add incident 2, update it, remove incident 1.
    for (int step : {3, 4, 5}) {
        const std::string name = "edit step " + std::to_string(step);
        EXPECT_GT(sweep(name.c_str(), m_base, editOp(step), SQLITE_FULL), 0);
        EXPECT_GT(sweep(name.c_str(), m_base, editOp(step), SQLITE_IOERR), 0);
    }
}

TEST_F(IoFault, UpgradeLeavesTheOldCase)
{
    const QString v1 = m_dir.filePath(u"v1.awbcase"_s);
    ASSERT_TRUE(reliability::writeVersion1Case(QStringLiteral(AWB_SOURCE_DIR), v1, 200));
    const std::string before = digestOf(v1);
    const QString work = m_dir.filePath(u"upgrade/case.awbcase"_s);
    QDir().mkpath(QFileInfo(work).absolutePath());
    ASSERT_TRUE(copyFresh(v1, work));
    FaultVfs::resetCount();
    ASSERT_TRUE(db::SqliteCaseStore::open(work));
    const int writes = FaultVfs::calls();
    const std::string upgraded = digestOf(work);
    int points = 0;
    int afterCommit = 0;
    for (int error : {SQLITE_FULL, SQLITE_IOERR}) {
        for (int n = 1; n <= writes; ++n) {
            SCOPED_TRACE("upgrade: fault at write " + std::to_string(n) + " of " + std::to_string(writes));
            ASSERT_TRUE(copyFresh(v1, work));
            FaultVfs::arm(n, error, error == SQLITE_FULL);
            auto opened = db::SqliteCaseStore::open(work);
            FaultVfs::disarm();
            ++points;
            if (opened) {
                continue; // a fault SQLite absorbed: the case is upgraded and open
            }
            EXPECT_TRUE(namesTheFault(opened.error(), error)) << describe(opened.error()).toStdString();
            // The old case, or (a fault after the upgrade committed, while switching to WAL) the whole new one.
            const std::string found = digestOf(work);
            EXPECT_TRUE(found == before || found == upgraded) << "a failed upgrade left the case in between";
            afterCommit += found == upgraded ? 1 : 0;
            // A backup the failure left behind must be whole, or not be there.
            for (const QFileInfo &backup : QDir(QFileInfo(work).absolutePath()).entryInfoList({u"*.bak"_s})) {
                EXPECT_EQ(digestOf(backup.filePath()), before) << backup.fileName().toStdString();
            }
        }
    }
    std::cout << "io-faults: upgrade: " << points << " faults injected (" << writes << " write points; " << afterCommit
              << " failed the open after the upgrade had committed)\n";
}

TEST_F(IoFault, SaveCopyAsKeepsTheTargetAndTheCase)
{
    const QString target = m_dir.filePath(u"saved.awbcase"_s);
    const std::string before = digestOf(m_base);
    int points = 0;
    for (int error : {SQLITE_FULL, SQLITE_IOERR}) {
        for (int n = 1;; ++n) {
            SCOPED_TRACE("save as: fault at write " + std::to_string(n));
            QFile::remove(target);
            {
                QFile old(target);
                ASSERT_TRUE(old.open(QIODevice::WriteOnly));
                old.write("the earlier file");
            }
            auto store = db::SqliteCaseStore::open(m_base);
            ASSERT_TRUE(store);
            FaultVfs::arm(n, error, error == SQLITE_FULL);
            const auto saved = (*store)->saveCopyAs(target);
            const int injected = FaultVfs::injected();
            FaultVfs::disarm();
            store->reset();
            if (injected == 0) {
                ASSERT_TRUE(saved);
                break; // past the last write
            }
            ++points;
            ASSERT_FALSE(saved) << "a failed write went unreported";
            EXPECT_TRUE(namesTheFault(saved.error(), error)) << describe(saved.error()).toStdString();
            QFile old(target);
            ASSERT_TRUE(old.open(QIODevice::ReadOnly));
            EXPECT_EQ(old.readAll(), QByteArray("the earlier file"));
            EXPECT_FALSE(QFile::exists(target + u".part"_s));
            EXPECT_EQ(digestOf(m_base), before);
        }
    }
    EXPECT_GT(points, 0);
    std::cout << "io-faults: save as: " << points << " faults injected\n";
}

} // namespace
} // namespace awb
