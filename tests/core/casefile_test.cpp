// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/casefile.h"

#include "tests/core/testcase.h"

#include <QFile>
#include <QTemporaryDir>

namespace awb::db {
namespace {

using namespace Qt::Literals::StringLiterals;

class CaseFileTest : public ::testing::Test
{
protected:
    /** A small valid case with one source, closed so its WAL is checkpointed into the file. */
    QString writeCase(const QString &name = u"case.awbcase"_s)
    {
        const QString path = m_dir.filePath(name);
        auto store = test::ok(SqliteCaseStore::create(path));
        test::ok(store->addSource(test::makeSource(u"kept"_s)));
        return path;
    }

    QByteArray read(const QString &path)
    {
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }

    void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

    QTemporaryDir m_dir;
};

TEST_F(CaseFileTest, RefusesAFileThatIsNotACase)
{
    const QString path = m_dir.filePath(u"notes.txt"_s);
    write(path, "These are my notes, not a case.\n");
    auto r = openCaseFile(path);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Error::Code::NotACase);
    EXPECT_EQ(read(path), QByteArray("These are my notes, not a case.\n"));
}

TEST_F(CaseFileTest, RefusesAnEmptyFile)
{
    const QString path = m_dir.filePath(u"empty.awbcase"_s);
    write(path, {});
    auto r = openCaseFile(path);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Error::Code::NotACase);
}

TEST_F(CaseFileTest, RefusesAnSqliteDatabaseOfAnotherApplication)
{
    const QString path = m_dir.filePath(u"other.sqlite"_s);
    {
        auto db = test::ok(Database::open(path, Database::Access::Create));
        test::ok(db->exec("CREATE TABLE x(y); INSERT INTO x VALUES (1);"));
    }
    auto r = openCaseFile(path);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Error::Code::NotACase);
    EXPECT_TRUE(r.error().message.contains(u"not an Attribution Workbench case"_s));
}

TEST_F(CaseFileTest, RefusesATruncatedCase)
{
    const QString path = writeCase();
    const QByteArray full = read(path);
    write(path, full.left(full.size() / 2));
    auto r = openCaseFile(path);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Error::Code::Corrupt);
    EXPECT_EQ(read(path).size(), full.size() / 2);
}

TEST_F(CaseFileTest, RefusesACaseWithDamagedPages)
{
    const QString path = writeCase();
    QByteArray bytes = read(path);
    // Overwrite everything after the first page: the schema and data pages become garbage.
    for (qsizetype i = 4096; i < bytes.size(); ++i) {
        bytes[i] = char(0xA5 ^ (i & 0xff));
    }
    write(path, bytes);
    auto r = openCaseFile(path);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().code == Error::Code::Corrupt || r.error().code == Error::Code::NotACase)
        << describe(r.error()).toStdString();
}

TEST_F(CaseFileTest, OpensAFileMarkedReadOnlyReadOnlyWithANotice)
{
    const QString path = writeCase();
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = read(path);
    {
        auto store = test::ok(SqliteCaseStore::open(path));
        EXPECT_TRUE(store->isReadOnly());
        EXPECT_FALSE(store->notice().isEmpty());
        EXPECT_EQ(test::ok(store->sources()).size(), 1u);
        auto r = store->addSource(test::makeSource(u"refused"_s));
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, Error::Code::ReadOnly);
    }
    EXPECT_EQ(read(path), before);
}

TEST_F(CaseFileTest, CreateRefusesToOverwrite)
{
    const QString path = writeCase();
    auto r = SqliteCaseStore::create(path);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Error::Code::InvalidInput);
    EXPECT_EQ(test::ok(test::ok(SqliteCaseStore::open(path))->sources()).size(), 1u);
}

TEST_F(CaseFileTest, SaveCopyAsWritesACompleteCase)
{
    const QString path = writeCase();
    auto store = test::ok(SqliteCaseStore::open(path));
    test::ok(store->addSource(test::makeSource(u"second"_s)));
    const QString copy = m_dir.filePath(u"copy.awbcase"_s);
    test::ok(store->saveCopyAs(copy));
    auto reopened = test::ok(SqliteCaseStore::open(copy));
    EXPECT_EQ(test::ok(reopened->sources()).size(), 2u);
    EXPECT_TRUE(test::ok(integrityProblems(reopened->database())).isEmpty());
}

TEST_F(CaseFileTest, IntegrityCheckFindsABrokenForeignKey)
{
    const QString path = writeCase();
    {
        auto db = test::ok(Database::open(path, Database::Access::ReadWrite));
        test::ok(db->exec("PRAGMA foreign_keys = OFF; PRAGMA trusted_schema = ON;"
                          "INSERT INTO group_sources(group_id, source_id) VALUES (42, 1);"));
    }
    auto opened = test::ok(openCaseFile(path, true));
    const QStringList problems = test::ok(integrityProblems(*opened.db));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.front().contains(u"group_sources"_s));
}

} // namespace
} // namespace awb::db
