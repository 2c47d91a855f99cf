// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The editing lock of a case: one holder at a time, and a lock left by a dead process never blocks the next one.
#include "core/db/caselock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace awb::db {
namespace {

constexpr const char *kChildVariable = "AWB_CASELOCK_CHILD";

// Started with AWB_CASELOCK_CHILD=<case>, this program is only a lock holder for the tests below: it takes the lock,
// says so and waits to be killed. Checked before GoogleTest's main, so the child runs no tests.
const bool kIsChild = [] {
    const QByteArray casePath = qgetenv(kChildVariable);
    if (casePath.isEmpty()) {
        return false;
    }
    {
        const CaseLock lock(QString::fromLocal8Bit(casePath));
        std::cout << (lock.isHeld() ? "held" : "not held") << std::endl;
        std::this_thread::sleep_for(std::chrono::seconds(60)); // a parent that died must not leave us forever
    }
    std::_Exit(0);
}();

QString selfPath()
{
    return QFileInfo(u"/proc/self/exe"_s).canonicalFilePath();
}

bool writeLockFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

class CaseLockTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_FALSE(kIsChild);
        ASSERT_TRUE(m_dir.isValid());
        m_casePath = m_dir.filePath(u"case.awbcase"_s);
        m_lockPath = CaseLock::lockFilePath(m_casePath);
    }

    QTemporaryDir m_dir;
    QString m_casePath;
    QString m_lockPath;
};

TEST_F(CaseLockTest, OneHolderAtATimeAndTheFileGoesWithIt)
{
    EXPECT_EQ(m_lockPath, m_casePath + u".lock"_s);
    {
        const CaseLock first(m_casePath);
        ASSERT_EQ(first.state(), CaseLock::State::Held);
        EXPECT_TRUE(QFileInfo::exists(m_lockPath));

        // A second window of the same process is refused too, and learns who holds the case.
        const CaseLock second(m_casePath);
        ASSERT_EQ(second.state(), CaseLock::State::HeldByOther);
        ASSERT_TRUE(second.owner());
        EXPECT_EQ(second.owner()->pid, QCoreApplication::applicationPid());
        EXPECT_EQ(second.owner()->hostName, QSysInfo::machineHostName());
        EXPECT_EQ(second.owner()->appName, QFileInfo(selfPath()).fileName());
        EXPECT_TRUE(CaseLock::isLocalOwner(*second.owner()));
    }
    EXPECT_FALSE(QFileInfo::exists(m_lockPath));
    const CaseLock again(m_casePath);
    EXPECT_TRUE(again.isHeld());
}

TEST_F(CaseLockTest, ALiveHolderKeepsItsLockHoweverOld)
{
    // A lock file of a live process, written days ago and without the flock() a holder keeps on a local disk (as
    // on a file system without flock): only its pid can tell whether it is stale, never its age.
    const QByteArray contents = QByteArray::number(QCoreApplication::applicationPid()) + '\n' +
                                QFileInfo(selfPath()).fileName().toUtf8() + '\n' +
                                QSysInfo::machineHostName().toUtf8() + '\n';
    ASSERT_TRUE(writeLockFile(m_lockPath, contents));
    QFile file(m_lockPath);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTime().addDays(-3), QFileDevice::FileModificationTime));
    file.close();

    const CaseLock second(m_casePath);
    EXPECT_EQ(second.state(), CaseLock::State::HeldByOther);
    EXPECT_TRUE(QFileInfo::exists(m_lockPath));
}

TEST_F(CaseLockTest, AnotherProcessHoldsTheLockUntilItIsKilled)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildVariable), m_casePath);
    child.setProcessEnvironment(env);
    child.start(selfPath(), {});
    ASSERT_TRUE(child.waitForStarted(10000));
    ASSERT_TRUE(child.waitForReadyRead(10000));
    ASSERT_EQ(child.readLine().trimmed(), "held");

    {
        const CaseLock mine(m_casePath);
        ASSERT_EQ(mine.state(), CaseLock::State::HeldByOther);
        ASSERT_TRUE(mine.owner());
        EXPECT_EQ(mine.owner()->pid, child.processId());
    }

    // A crash: SIGKILL runs no destructor, so the lock file stays behind with a dead pid in it.
    ASSERT_EQ(::kill(static_cast<pid_t>(child.processId()), SIGKILL), 0);
    ASSERT_TRUE(child.waitForFinished(10000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
    ASSERT_TRUE(QFileInfo::exists(m_lockPath));

    const CaseLock next(m_casePath);
    EXPECT_EQ(next.state(), CaseLock::State::Held);
}

TEST_F(CaseLockTest, ALockFileNamingADeadProcessIsTakenOver)
{
    QProcess gone;
    gone.start(u"true"_s, {});
    ASSERT_TRUE(gone.waitForStarted(10000));
    const qint64 deadPid = gone.processId();
    ASSERT_TRUE(gone.waitForFinished(10000));
    const QByteArray contents = QByteArray::number(deadPid) + '\n' + QFileInfo(selfPath()).fileName().toUtf8() + '\n' +
                                QSysInfo::machineHostName().toUtf8() + '\n';
    ASSERT_TRUE(writeLockFile(m_lockPath, contents));

    const CaseLock lock(m_casePath);
    ASSERT_EQ(lock.state(), CaseLock::State::Held);
    const CaseLock probe(m_casePath);
    ASSERT_TRUE(probe.owner());
    EXPECT_EQ(probe.owner()->pid, QCoreApplication::applicationPid());
}

TEST_F(CaseLockTest, AnEmptyLockFileThatNobodyHoldsIsTakenOver)
{
    // What a crash between creating the lock file and writing into it leaves behind.
    ASSERT_TRUE(writeLockFile(m_lockPath, {}));
    const CaseLock lock(m_casePath);
    EXPECT_EQ(lock.state(), CaseLock::State::Held);
}

TEST_F(CaseLockTest, ALockFromAnotherMachineIsKeptAndNamed)
{
    // Its pid cannot be checked from here, so it is not taken over; the user is told whose it is.
    ASSERT_TRUE(writeLockFile(m_lockPath, "4242\nawb\nanalyst-laptop.example\n"));
    const CaseLock lock(m_casePath);
    ASSERT_EQ(lock.state(), CaseLock::State::HeldByOther);
    ASSERT_TRUE(lock.owner());
    EXPECT_EQ(lock.owner()->pid, 4242);
    EXPECT_EQ(lock.owner()->appName, u"awb"_s);
    EXPECT_EQ(lock.owner()->hostName, u"analyst-laptop.example"_s);
    EXPECT_FALSE(CaseLock::isLocalOwner(*lock.owner()));
    EXPECT_TRUE(QFileInfo::exists(m_lockPath));
}

} // namespace
} // namespace awb::db
