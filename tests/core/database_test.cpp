// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"

#include "core/db/casefile.h"
#include "tests/core/testcase.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

namespace awb::db {
namespace {

using namespace Qt::Literals::StringLiterals;

class DatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = test::ok(Database::openMemory());
        test::ok(m_db->exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)"));
    }

    qint64 count() { return test::ok(m_db->queryInt("SELECT count(*) FROM t")); }

    std::unique_ptr<Database> m_db;
};

TEST_F(DatabaseTest, BindsTextLiterallyIncludingQuotesAndEmpty)
{
    auto insert = test::ok(m_db->prepare("INSERT INTO t(v) VALUES (?1)"));
    for (const QString &value : {u"' OR 1=1 --"_s, QString(), u"Ünïcødé \"q\""_s}) {
        test::ok(insert.bindAll(value).run());
    }
    auto select = test::ok(m_db->prepare("SELECT v FROM t ORDER BY id"));
    QStringList values;
    test::ok(select.forEach([&](const Statement &row) { values << row.text(0); }));
    EXPECT_EQ(values, (QStringList{u"' OR 1=1 --"_s, u""_s, u"Ünïcødé \"q\""_s}));
}

TEST_F(DatabaseTest, NullTextIsStoredAsEmptyNotNull)
{
    // SQLite would bind NULL for a null data pointer; NOT NULL columns must still accept an empty QString.
    auto insert = test::ok(m_db->prepare("INSERT INTO t(v) VALUES (?1)"));
    EXPECT_TRUE(insert.bindAll(QString()).run());
    EXPECT_EQ(count(), 1);
}

TEST_F(DatabaseTest, TransactionRollsBackUnlessCommitted)
{
    {
        Transaction tx(*m_db);
        test::ok(tx.begun());
        test::ok(m_db->exec("INSERT INTO t(v) VALUES ('a')"));
    }
    EXPECT_EQ(count(), 0);
    {
        Transaction tx(*m_db);
        test::ok(m_db->exec("INSERT INTO t(v) VALUES ('a')"));
        test::ok(tx.commit());
    }
    EXPECT_EQ(count(), 1);
}

TEST_F(DatabaseTest, NestedTransactionRollsBackOnlyItsOwnWork)
{
    Transaction outer(*m_db);
    test::ok(m_db->exec("INSERT INTO t(v) VALUES ('outer')"));
    {
        Transaction inner(*m_db);
        test::ok(m_db->exec("INSERT INTO t(v) VALUES ('inner')"));
    }
    EXPECT_EQ(count(), 1);
    test::ok(outer.commit());
    EXPECT_EQ(count(), 1);
    EXPECT_FALSE(m_db->inTransaction());
}

TEST_F(DatabaseTest, ConstraintViolationIsReportedWithItsCode)
{
    auto insert = test::ok(m_db->prepare("INSERT INTO t(id, v) VALUES (1, NULL)"));
    auto r = insert.run();
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Error::Code::Constraint);
    EXPECT_TRUE(r.error().detail.contains(u"NOT NULL"_s));
}

TEST_F(DatabaseTest, SyntaxErrorIsAnErrorNotACrash)
{
    auto r = m_db->prepare("SELEC nonsense");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Error::Code::Sql);
}

QString journalMode(Database &db)
{
    auto stmt = test::ok(db.prepare("PRAGMA journal_mode"));
    EXPECT_TRUE(test::ok(stmt.step()));
    return stmt.text(0);
}

TEST_F(DatabaseTest, PragmaScopePutsBackTheValueItFound)
{
    test::ok(m_db->exec("PRAGMA threads = 1"));
    {
        const PragmaScope scope(*m_db, "threads", 2);
        EXPECT_EQ(test::ok(m_db->queryInt("PRAGMA threads")), 2);
    }
    EXPECT_EQ(test::ok(m_db->queryInt("PRAGMA threads")), 1);
}

TEST(RollbackJournalScope, SwitchesTheOnlyConnectionAndReturnsToWal)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"case.awb"_s);
    auto opened = test::ok(createCaseFile(path));
    Database &db = *opened.db;
    ASSERT_EQ(journalMode(db), u"wal"_s);
    {
        const RollbackJournalScope scope(db);
        EXPECT_TRUE(scope.active());
        EXPECT_EQ(journalMode(db), u"delete"_s);
        test::ok(db.exec("CREATE TABLE bulk (v); INSERT INTO bulk VALUES (1), (2)"));
    }
    EXPECT_EQ(journalMode(db), u"wal"_s);
    EXPECT_EQ(test::ok(db.queryInt("SELECT count(*) FROM bulk")), 2);
}

TEST(RollbackJournalScope, StaysInWalAtOnceWhenAnotherConnectionIsOpen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"case.awb"_s);
    auto first = test::ok(createCaseFile(path));
    auto second = test::ok(openCaseFile(path));
    EXPECT_EQ(test::ok(second.db->queryInt("SELECT count(*) FROM sqlite_schema")) > 0, true);
    QElapsedTimer waited;
    waited.start();
    {
        const RollbackJournalScope scope(*first.db);
        EXPECT_FALSE(scope.active());
        EXPECT_EQ(journalMode(*first.db), u"wal"_s);
    }
    EXPECT_LT(waited.elapsed(), 2500) << "it must not wait out the 5 s busy timeout";
    EXPECT_EQ(journalMode(*first.db), u"wal"_s);
}

} // namespace
} // namespace awb::db
