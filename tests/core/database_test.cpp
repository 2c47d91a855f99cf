// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/database.h"

#include "tests/core/testcase.h"

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

} // namespace
} // namespace awb::db
