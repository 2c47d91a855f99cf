// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #7 §1: the crash driver is killed with SIGKILL at a random moment of an import, an edit or an upgrade; the
// case is then reopened through the normal path and must be sound (integrity_check, foreign_key_check, the FTS
// index) and hold every operation whole or not at all, including everything the driver acknowledged.
//
// AWB_CRASH_KILLS sets the kills per operation (scripts/crashloop raises it); AWB_CRASH_SEED replays a run.
#include "core/db/casefile.h"
#include "core/db/schema.h"
#include "core/db/sqlitecasestore.h"
#include "tests/reliability/casedigest.h"
#include "tests/reliability/crashmodel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <iostream>
#include <random>

namespace awb {
namespace {

using namespace Qt::Literals::StringLiterals;
using reliability::caseDigest;
using reliability::caseProblems;

int killsPerOperation()
{
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue("AWB_CRASH_KILLS", &ok);
    return ok && kills > 0 ? kills : 8;
}

quint64 runSeed()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("AWB_CRASH_SEED").toULongLong(&ok);
    return ok ? seed : std::random_device{}();
}

struct Killed
{
    int acked = 0;         // the last "ack N" the driver printed
    bool finished = false; // the driver ended on its own before the kill
    QString errors;
};

/** Starts the driver, waits for "ready", lets it work @p delayMs, kills it with SIGKILL and reads what it said. */
Killed runAndKill(const QString &operation, const QString &casePath, int delayMs)
{
    QProcess driver;
    driver.start(QStringLiteral(AWB_CRASHDRIVER), {operation, casePath});
    EXPECT_TRUE(driver.waitForStarted(10000));
    QByteArray out;
    while (!out.contains("ready\n") && driver.state() == QProcess::Running) {
        driver.waitForReadyRead(10000);
        out += driver.readAllStandardOutput();
    }
    Killed k;
    // waitForFinished, not a sleep: it keeps draining the pipe, so the driver never blocks on a full one.
    k.finished = driver.waitForFinished(delayMs);
    if (!k.finished) {
        driver.kill(); // SIGKILL: no destructor, no rollback, no flush
        driver.waitForFinished(10000);
    }
    out += driver.readAllStandardOutput();
    k.errors = QString::fromUtf8(driver.readAllStandardError());
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("ack ")) {
            k.acked = line.mid(4).toInt();
        }
    }
    return k;
}

class CrashSafety : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir(reliability::scratchTemplate());
        // A new case with the one source the edits cite, and a schema-1 case to upgrade.
        auto store = db::SqliteCaseStore::create(s_dir->filePath(u"base.awbcase"_s));
        ASSERT_TRUE(store) << describe(store.error()).toStdString();
        Source s;
        s.title = u"Crash source"_s;
        s.publisher = u"Test"_s;
        s.published = u"2024-01-02"_s;
        s.url = u"https://example.org/crash"_s;
        s.kind = u"press"_s;
        ASSERT_TRUE((*store)->addSource(s));
        store->reset();
        auto v1 =
            reliability::writeVersion1Case(QStringLiteral(AWB_SOURCE_DIR), s_dir->filePath(u"v1.awbcase"_s), 20000);
        ASSERT_TRUE(v1) << describe(v1.error()).toStdString();
    }

    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(m_work.isValid());
        m_seed = runSeed();
        m_random.seed(m_seed);
    }

    /** A fresh copy of the prepared case @p name in a directory of its own (so backups beside it are its own). */
    QString freshCopy(const QString &name, int kill)
    {
        const QString dir = m_work.filePath(u"kill-%1"_s.arg(kill));
        QDir().mkpath(dir);
        const QString path = dir + u"/case.awbcase"_s;
        EXPECT_TRUE(QFile::copy(s_dir->filePath(name), path));
        return path;
    }

    int delay(int maxMs) { return std::uniform_int_distribution<int>(0, maxMs)(m_random); }

    std::string trace(int kill, int delayMs) const
    {
        return "seed " + std::to_string(m_seed) + " (AWB_CRASH_SEED), kill " + std::to_string(kill) + " after " +
               std::to_string(delayMs) + " ms";
    }

    /** Opens @p path through the normal path and checks it is sound; null (and a failure) otherwise. */
    std::unique_ptr<db::SqliteCaseStore> reopenSound(const QString &path)
    {
        auto store = db::SqliteCaseStore::open(path);
        if (!store) {
            ADD_FAILURE() << "reopen: " << describe(store.error()).toStdString();
            return nullptr;
        }
        auto problems = caseProblems((*store)->database());
        if (!problems || !problems->isEmpty()) {
            ADD_FAILURE() << (problems ? problems->join(u"\n"_s) : describe(problems.error())).toStdString();
            return nullptr;
        }
        return std::move(*store);
    }

    void report(const char *operation, int kills, int midway, int checks) const
    {
        // One line per operation for scripts/crashloop to add up.
        std::cout << "crash-safety: " << operation << ": " << kills << " kills, " << midway
                  << " with a commit not yet acknowledged, " << checks << " reopen checks passed, seed " << m_seed
                  << "\n";
    }

    static inline QTemporaryDir *s_dir = nullptr;
    QTemporaryDir m_work{reliability::scratchTemplate()};
    quint64 m_seed = 0;
    std::mt19937_64 m_random;
};

TEST_F(CrashSafety, ImportIsWholeOrAbsent)
{
    const int kills = killsPerOperation();
    int midway = 0;
    int checks = 0;
    for (int kill = 0; kill < kills; ++kill) {
        const QString path = freshCopy(u"base.awbcase"_s, kill);
        const int wait = delay(1500); // a large batch (10,000 rows, rollback journal) comes every fourth
        SCOPED_TRACE(trace(kill, wait));
        const Killed k = runAndKill(u"import"_s, path, wait);
        ASSERT_FALSE(k.finished) << k.errors.toStdString();
        auto store = reopenSound(path);
        ASSERT_TRUE(store);
        auto batches = reliability::importState(store->database());
        ASSERT_TRUE(batches) << describe(batches.error()).toStdString();
        // Every acknowledged batch is there; at most the one whose commit had not been acknowledged yet joins it.
        EXPECT_GE(*batches, k.acked);
        EXPECT_LE(*batches, k.acked + 1);
        midway += *batches > k.acked ? 1 : 0;
        ++checks;
    }
    report("import", kills, midway, checks);
}

TEST_F(CrashSafety, EditIsNewStateOrOld)
{
    const int kills = killsPerOperation();
    int midway = 0;
    int checks = 0;
    for (int kill = 0; kill < kills; ++kill) {
        const QString path = freshCopy(u"base.awbcase"_s, kill);
        const int wait = delay(400);
        SCOPED_TRACE(trace(kill, wait));
        const Killed k = runAndKill(u"edit"_s, path, wait);
        ASSERT_FALSE(k.finished) << k.errors.toStdString();
        auto store = reopenSound(path);
        ASSERT_TRUE(store);
        auto sources = store->sources();
        ASSERT_TRUE(sources && sources->size() == 1);
        auto state = reliability::editState(*store, sources->front().id);
        ASSERT_TRUE(state) << describe(state.error()).toStdString();
        const bool asAcked = *state == reliability::editModel(k.acked);
        const bool oneMore = *state == reliability::editModel(k.acked + 1);
        EXPECT_TRUE(asAcked || oneMore) << "after " << k.acked << " acknowledged edits the case holds " << state->size()
                                        << " incidents";
        midway += oneMore && !asAcked ? 1 : 0;
        ++checks;
    }
    report("edit", kills, midway, checks);
}

TEST_F(CrashSafety, UpgradeIsOldVersionOrNew)
{
    // The digests of the case before and after an upgrade nobody interrupted: a killed upgrade must leave one of them.
    std::string before;
    std::string after;
    qint64 upgradeMs = 0;
    {
        const QString path = freshCopy(u"v1.awbcase"_s, -1);
        auto db = db::Database::open(path, db::Database::Access::ReadOnly);
        ASSERT_TRUE(db);
        before = caseDigest(**db).value_or(std::string());
        db->reset();
        QElapsedTimer timer;
        timer.start();
        const Killed k = runAndKill(u"migrate"_s, path, 60000);
        upgradeMs = timer.elapsed();
        ASSERT_TRUE(k.finished && k.acked == 1) << k.errors.toStdString();
        auto upgraded = db::Database::open(path, db::Database::Access::ReadOnly);
        ASSERT_TRUE(upgraded);
        after = caseDigest(**upgraded).value_or(std::string());
        ASSERT_FALSE(before.empty() || after.empty() || before == after);
    }
    const int kills = killsPerOperation();
    int midway = 0;
    int checks = 0;
    for (int kill = 0; kill < kills; ++kill) {
        const QString path = freshCopy(u"v1.awbcase"_s, kill);
        const int wait = delay(int(upgradeMs * 12 / 10));
        SCOPED_TRACE(trace(kill, wait));
        const Killed k = runAndKill(u"migrate"_s, path, wait);
        {
            // Read as the kill left it (opening recovers the journal), before the open path upgrades it further.
            auto raw = db::Database::open(path, db::Database::Access::ReadWrite);
            ASSERT_TRUE(raw);
            auto problems = caseProblems(**raw);
            ASSERT_TRUE(problems && problems->isEmpty()) << (problems ? problems->join(u"\n"_s).toStdString() : "");
            const std::string found = caseDigest(**raw).value_or(std::string());
            EXPECT_TRUE(found == before || found == after) << "in between:\n" << found;
            if (k.acked == 1) {
                EXPECT_EQ(found, after) << "an acknowledged upgrade was lost";
            }
            midway += !k.finished && found == after ? 1 : 0;
        }
        // A backup beside the case is whole: a usable copy of the old case, or there is none.
        const QFileInfoList backups = QDir(QFileInfo(path).absolutePath()).entryInfoList({u"*.bak"_s}, QDir::Files);
        for (const QFileInfo &backup : backups) {
            auto copy = db::Database::open(backup.filePath(), db::Database::Access::ReadOnly);
            ASSERT_TRUE(copy);
            EXPECT_EQ(caseDigest(**copy).value_or(std::string()), before)
                << backup.fileName().toStdString() << " is not a whole copy of the old case";
        }
        auto store = reopenSound(path);
        ASSERT_TRUE(store);
        EXPECT_EQ(caseDigest(store->database()).value_or(std::string()), after);
        ++checks;
    }
    std::cout << "crash-safety (calibration): an upgrade without a kill took " << upgradeMs << " ms\n";
    report("migrate", kills, midway, checks);
}

} // namespace
} // namespace awb
