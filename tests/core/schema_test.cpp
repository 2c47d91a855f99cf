// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/schema.h"

#include "core/db/casefile.h"
#include "tests/core/testcase.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace awb::db {
namespace {

using namespace Qt::Literals::StringLiterals;

QByteArray fixture(const char *name)
{
    QFile file(QString::fromUtf8(AWB_SOURCE_DIR) + u"/tests/data/"_s + QString::fromUtf8(name));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
    return file.readAll();
}

/** Writes a case file at an older schema version from a checked-in SQL fixture. */
QString writeFixtureCase(const QTemporaryDir &dir, const char *fixtureName)
{
    const QString path = dir.filePath(u"old.awbcase"_s);
    auto db = test::ok(Database::open(path, Database::Access::Create));
    test::ok(db->exec(fixture(fixtureName).toStdString()));
    return path;
}

TEST(Schema, CreatesEveryStepAndStampsTheFile)
{
    auto db = test::ok(Database::openMemory());
    test::ok(db->exec("PRAGMA trusted_schema = ON"));
    for (int v = 1; v <= latestSchemaVersion(); ++v) {
        test::ok(migrate(*db, v));
        EXPECT_EQ(test::ok(db->queryInt("PRAGMA user_version")), v);
        EXPECT_EQ(test::ok(db->queryInt("PRAGMA application_id")), kApplicationId);
        test::ok(verifySchema(*db, v));
    }
    EXPECT_EQ(test::ok(db->queryInt("SELECT count(*) FROM confidence_levels")), 3);
    EXPECT_EQ(test::ok(db->queryInt("SELECT count(*) FROM tag_confidence_levels")), 14);
}

TEST(Schema, MigratingTwiceChangesNothing)
{
    auto db = test::ok(Database::openMemory());
    test::ok(db->exec("PRAGMA trusted_schema = ON"));
    test::ok(migrate(*db));
    test::ok(migrate(*db));
    EXPECT_EQ(test::ok(db->queryInt("PRAGMA user_version")), latestSchemaVersion());
}

TEST(Schema, UpgradesVersion1LosslesslyWithABackup)
{
    QTemporaryDir dir;
    const QString path = writeFixtureCase(dir, "case_v1.sql");
    auto store = test::ok(SqliteCaseStore::open(path));
    EXPECT_EQ(test::ok(store->database().queryInt("PRAGMA user_version")), latestSchemaVersion());
    EXPECT_TRUE(store->notice().contains(u".schema-v1.bak"_s)) << store->notice().toStdString();
    EXPECT_TRUE(QFileInfo::exists(path + u".schema-v1.bak"_s));

    // Every v1 row survives, and the v2 search index is filled from it.
    const Incident ronin = test::ok(store->incident(IncidentId{1}));
    EXPECT_EQ(ronin.title, u"Ronin Network bridge theft"_s);
    EXPECT_EQ(ronin.lossUsd, 620000000);
    EXPECT_EQ(ronin.claims.size(), 2u);
    EXPECT_EQ(ronin.assets, (QStringList{u"ETH"_s, u"USDC"_s}));
    EXPECT_EQ(test::ok(store->group(GroupId{1})).aliases.front().alias, u"HIDDEN COBRA"_s);
    EXPECT_EQ(test::ok(store->tags(std::nullopt)).size(), 1u);
    EXPECT_EQ(test::ok(store->meta(u"created_by"_s)), u"fixture v1"_s);
    const auto hits = test::ok(store->search(u"Ronin"_s, 10));
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(hits.front().kind, SearchHit::Kind::Incident);
    EXPECT_EQ(hits.front().id, 1);
    EXPECT_FALSE(test::ok(store->search(u"hidden cobra"_s, 10)).empty());
    // The later steps ran too: the v4 graph views table is there, empty, and takes a view.
    EXPECT_EQ(test::ok(store->graphViewNames()), QStringList{});
    test::ok(store->saveGraphView(u"Ronin"_s, u"{\"nodes\": []}"_s));
    EXPECT_EQ(test::ok(store->graphView(u"Ronin"_s)), u"{\"nodes\": []}"_s);

    // The backup is the untouched v1 file.
    auto backup = test::ok(Database::open(path + u".schema-v1.bak"_s, Database::Access::ReadOnly));
    EXPECT_EQ(test::ok(backup->queryInt("PRAGMA user_version")), 1);
    EXPECT_EQ(test::ok(backup->queryInt("SELECT count(*) FROM incidents")), 1);
}

TEST(Schema, RefusesACaseFromANewerBuildWithoutTouchingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.awbcase"_s);
    {
        auto store = test::ok(SqliteCaseStore::create(path));
        test::ok(store->database().exec("PRAGMA user_version = 99"));
    }
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    auto store = SqliteCaseStore::open(path);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, Error::Code::SchemaTooNew);
    EXPECT_TRUE(store.error().message.contains(u"newer version"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
}

TEST(Schema, RefusesACaseWithAnUnexpectedTrigger)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"altered.awbcase"_s);
    {
        auto store = test::ok(SqliteCaseStore::create(path));
        test::ok(
            store->database().exec("CREATE TRIGGER evil AFTER INSERT ON sources BEGIN DELETE FROM incidents; END;"));
    }
    auto store = SqliteCaseStore::open(path);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().code, Error::Code::NotACase);
    EXPECT_TRUE(store.error().detail.contains(u"trigger evil"_s)) << store.error().detail.toStdString();
}

} // namespace
} // namespace awb::db
