// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #7 §2 on real file systems: exports and Save As into a read-only directory, onto a full device, into a
// directory that vanished and onto a small tmpfs that fills up; an import into a case on a full tmpfs. The tests run
// as root, whom permission bits do not stop, so "read-only" is a tmpfs mounted read-only (EROFS stops root too) and
// "full" is a tmpfs with a size limit or a copy of /dev/full's device node. Where mount or mknod is not allowed the
// test is skipped with the reason; the VFS sweeps (iofault_test.cpp) need neither.
#include "core/db/sqlitecasestore.h"
#include "core/report/summary/reportfile.h"
#include "tests/reliability/casedigest.h"
#include "tests/reliability/crashmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace awb {
namespace {

using namespace Qt::Literals::StringLiterals;

/** A tmpfs mounted for one test, unmounted by the destructor. */
class TmpfsMount final
{
public:
    TmpfsMount(const QString &dir, const QString &options)
        : m_dir(dir)
    {
        QDir().mkpath(dir);
        m_mounted = run({u"-t"_s, u"tmpfs"_s, u"-o"_s, options, u"tmpfs"_s, dir});
    }

    ~TmpfsMount()
    {
        if (m_mounted) {
            QProcess::execute(u"umount"_s, {m_dir});
        }
    }

    TmpfsMount(const TmpfsMount &) = delete;
    TmpfsMount &operator=(const TmpfsMount &) = delete;

    bool mounted() const { return m_mounted; }

    const QString &error() const { return m_error; }

    bool remountReadOnly() { return run({u"-o"_s, u"remount,ro"_s, m_dir}); }

private:
    bool run(const QStringList &args)
    {
        QProcess mount;
        mount.start(u"mount"_s, args);
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0) {
            m_error = QString::fromUtf8(mount.readAllStandardError()).trimmed();
            if (m_error.isEmpty()) {
                m_error = mount.errorString();
            }
            return false;
        }
        return true;
    }

    QString m_dir;
    bool m_mounted = false;
    QString m_error;
};

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

/** An export of @p size bytes through the atomic writer every core export uses. */
Result<QString> exportBytes(const QString &path, qsizetype size)
{
    return report::summary::writeFileAtomically(path, [&](QIODevice &out) -> Result<QString> {
        const QByteArray chunk(4096, 'x');
        for (qsizetype written = 0; written < size; written += chunk.size()) {
            if (out.write(chunk) != chunk.size()) {
                return std::unexpected(Error{Error::Code::Io, u"Could not write %1."_s.arg(path), out.errorString()});
            }
        }
        return path;
    });
}

/** Files in @p dir other than @p keep (a temporary file a failed write left behind), space-separated. */
std::string leftovers(const QString &dir, const QString &keep)
{
    QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot);
    names.removeAll(keep);
    return names.join(u' ').toStdString();
}

class IoFaultFiles : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QTemporaryDir m_dir;
};

TEST_F(IoFaultFiles, ExportIntoReadOnlyDirectoryKeepsTheTarget)
{
    TmpfsMount mount(m_dir.filePath(u"ro"_s), u"size=1m"_s);
    if (!mount.mounted()) {
        GTEST_SKIP() << "cannot mount a tmpfs here: " << mount.error().toStdString();
    }
    const QString target = m_dir.filePath(u"ro/report.html"_s);
    writeFile(target, "the earlier report");
    ASSERT_TRUE(mount.remountReadOnly()) << mount.error().toStdString();
    const auto written = exportBytes(target, 100000);
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code, Error::Code::Io);
    EXPECT_TRUE(written.error().message.contains(target)) << written.error().message.toStdString();
    EXPECT_EQ(contents(target), QByteArray("the earlier report"));
}

TEST_F(IoFaultFiles, ExportOntoAFullDiskKeepsTheTarget)
{
    TmpfsMount mount(m_dir.filePath(u"small"_s), u"size=64k"_s);
    if (!mount.mounted()) {
        GTEST_SKIP() << "cannot mount a tmpfs here: " << mount.error().toStdString();
    }
    const QString target = m_dir.filePath(u"small/table.csv"_s);
    writeFile(target, "the earlier table");
    const auto written = exportBytes(target, 1024 * 1024);
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code, Error::Code::Io);
    EXPECT_TRUE(written.error().message.contains(target)) << written.error().message.toStdString();
    EXPECT_EQ(contents(target), QByteArray("the earlier table"));
    EXPECT_EQ(leftovers(m_dir.filePath(u"small"_s), u"table.csv"_s), "");
}

// QSaveFile alone writes a temporary file and renames it over the target, so an export "onto" a device node would
// replace the node with a regular file and report success (as root, /dev/full or /dev/stdout would be replaced).
// writeFileAtomically writes such targets in place, so the full device's error reaches the user.
TEST_F(IoFaultFiles, ExportOntoAFullDeviceFailsClearly)
{
    // A copy of /dev/full's node in our own directory: if the writer replaced it, no system file is harmed.
    const QString target = m_dir.filePath(u"full"_s);
    if (mknod(QFile::encodeName(target).constData(), S_IFCHR | 0666, makedev(1, 7)) != 0) {
        GTEST_SKIP() << "cannot create a device node here (mknod)";
    }
    const auto written = exportBytes(target, 1024 * 1024);
    struct stat st = {};
    ASSERT_EQ(stat(QFile::encodeName(target).constData(), &st), 0);
    EXPECT_TRUE(S_ISCHR(st.st_mode)) << "the device node was replaced by a file";
    ASSERT_FALSE(written) << "an export onto a full device was reported written";
    EXPECT_EQ(written.error().code, Error::Code::Io);
    EXPECT_TRUE(written.error().message.contains(target)) << written.error().message.toStdString();
}

TEST_F(IoFaultFiles, ExportIntoAVanishedDirectoryFailsClearly)
{
    const QString dir = m_dir.filePath(u"gone"_s);
    ASSERT_TRUE(QDir().mkpath(dir));
    ASSERT_TRUE(QDir(dir).removeRecursively());
    const QString target = dir + u"/summary.md"_s;
    const auto written = exportBytes(target, 1000);
    ASSERT_FALSE(written);
    EXPECT_EQ(written.error().code, Error::Code::Io);
    EXPECT_TRUE(written.error().message.contains(target)) << written.error().message.toStdString();
    EXPECT_FALSE(QFileInfo::exists(dir));
}

class SaveAndImportOnFiles : public IoFaultFiles
{
protected:
    void SetUp() override
    {
        IoFaultFiles::SetUp();
        m_case = m_dir.filePath(u"case.awbcase"_s);
        auto store = db::SqliteCaseStore::create(m_case);
        ASSERT_TRUE(store);
        ASSERT_TRUE(reliability::runImport(**store, 0));
    }

    QString m_case;
};

TEST_F(SaveAndImportOnFiles, SaveAsIntoReadOnlyOrFullDirectoryKeepsTheTarget)
{
    for (const QString &kind : {u"ro"_s, u"full"_s}) {
        SCOPED_TRACE(kind.toStdString());
        // The case holds 200 transfers (some 100 KB): it does not fit in 32 KB.
        TmpfsMount mount(m_dir.filePath(kind), u"size=32k"_s);
        if (!mount.mounted()) {
            GTEST_SKIP() << "cannot mount a tmpfs here: " << mount.error().toStdString();
        }
        const QString target = m_dir.filePath(kind + u"/copy.awbcase"_s);
        writeFile(target, "the earlier copy");
        if (kind == u"ro"_s) {
            ASSERT_TRUE(mount.remountReadOnly()) << mount.error().toStdString();
        }
        auto store = db::SqliteCaseStore::open(m_case);
        ASSERT_TRUE(store);
        const auto saved = (*store)->saveCopyAs(target);
        ASSERT_FALSE(saved);
        EXPECT_EQ(saved.error().code, Error::Code::Io);
        EXPECT_TRUE(saved.error().message.contains(target)) << saved.error().message.toStdString();
        EXPECT_EQ(contents(target), QByteArray("the earlier copy"));
        EXPECT_EQ(leftovers(m_dir.filePath(kind), u"copy.awbcase"_s), "");
    }
}

TEST_F(SaveAndImportOnFiles, ImportOntoAFullDiskLeavesTheCaseUnchanged)
{
    TmpfsMount mount(m_dir.filePath(u"small"_s), u"size=400k"_s);
    if (!mount.mounted()) {
        GTEST_SKIP() << "cannot mount a tmpfs here: " << mount.error().toStdString();
    }
    const QString path = m_dir.filePath(u"small/case.awbcase"_s);
    ASSERT_TRUE(QFile::copy(m_case, path));
    std::string before;
    {
        auto store = db::SqliteCaseStore::open(path);
        ASSERT_TRUE(store);
        before = reliability::caseDigest((*store)->database()).value_or(std::string());
        // A 10,000-row batch needs some megabytes: the disk fills up half way.
        const auto imported = reliability::runImport(**store, 3);
        ASSERT_FALSE(imported);
        EXPECT_TRUE(describe(imported.error()).contains(u"full"_s)) << describe(imported.error()).toStdString();
    }
    auto store = db::SqliteCaseStore::open(path);
    ASSERT_TRUE(store) << describe(store.error()).toStdString();
    auto problems = reliability::caseProblems((*store)->database());
    ASSERT_TRUE(problems && problems->isEmpty());
    EXPECT_EQ(reliability::caseDigest((*store)->database()).value_or(std::string()), before);
}

TEST_F(SaveAndImportOnFiles, CaseOnAReadOnlyFileSystemOpensReadOnly)
{
    // casefile_test covers a file marked read-only; this is a directory root cannot write either (EROFS: a
    // write-protected share, a mounted evidence image), where SQLite cannot create the WAL case's -shm file.
    TmpfsMount mount(m_dir.filePath(u"ro"_s), u"size=4m"_s);
    if (!mount.mounted()) {
        GTEST_SKIP() << "cannot mount a tmpfs here: " << mount.error().toStdString();
    }
    const QString path = m_dir.filePath(u"ro/case.awbcase"_s);
    ASSERT_TRUE(QFile::copy(m_case, path));
    ASSERT_TRUE(mount.remountReadOnly()) << mount.error().toStdString();
    auto store = db::SqliteCaseStore::open(path);
    ASSERT_TRUE(store) << describe(store.error()).toStdString();
    EXPECT_TRUE((*store)->isReadOnly());
    EXPECT_FALSE((*store)->notice().isEmpty());
    auto batches = (*store)->batches();
    ASSERT_TRUE(batches) << describe(batches.error()).toStdString();
    EXPECT_EQ(batches->size(), 1u);
    const auto imported = reliability::runImport(**store, 1);
    ASSERT_FALSE(imported);
    EXPECT_FALSE(imported.error().message.isEmpty());
}

} // namespace
} // namespace awb
