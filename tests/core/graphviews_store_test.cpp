// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/schema.h"
#include "tests/core/testcase.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace awb {
namespace {

using namespace Qt::Literals::StringLiterals;

/** A view state as the canvas writes it: nodes with positions and pins, and the filters. */
QString viewState(int nodes, const QString &label = u"Lazarus → Tornado Cash 🌀"_s)
{
    QJsonArray list;
    for (int i = 0; i < nodes; ++i) {
        list.append(QJsonObject{{u"id"_s, u"address:%1"_s.arg(i)},
                                {u"x"_s, i * 12.5},
                                {u"y"_s, -i * 0.25},
                                {u"pinned"_s, i % 3 == 0},
                                {u"label"_s, label}});
    }
    const QJsonObject filters{{u"chains"_s, QJsonArray{u"ethereum"_s, u"bitcoin"_s}}, {u"minUsd"_s, 10000}};
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"nodes"_s, list}, {u"filters"_s, filters}}).toJson(QJsonDocument::Compact));
}

/** `{"pad":"…"}` of exactly @p bytes bytes of UTF-8, padded with @p fill (one or two bytes of UTF-8). */
QString paddedState(qsizetype bytes, QChar fill = u'x')
{
    const qsizetype fillBytes = fill.unicode() < 0x80 ? 1 : 2;
    return u"{\"pad\":\""_s + QString((bytes - 10) / fillBytes, fill) + u"\"}"_s;
}

class GraphViewsStoreTest : public ::testing::Test
{
protected:
    void SetUp() override { m_store = test::memoryStore(); }

    qint64 rowCount() { return test::ok(m_store->database().queryInt("SELECT count(*) FROM graph_views")); }

    /** Expects @p result to be refused with @p code and a message for the user. */
    template <typename T>
    void expectRefused(const Result<T> &result, Error::Code code)
    {
        ASSERT_FALSE(result);
        EXPECT_EQ(result.error().code, code) << result.error().message.toStdString();
        EXPECT_FALSE(result.error().message.isEmpty());
    }

    std::unique_ptr<db::SqliteCaseStore> m_store;
};

TEST_F(GraphViewsStoreTest, RoundTripKeepsUnicodeAndTheExactText)
{
    const QString name = u"Ronin → Tornado Cash: Übersicht 🌉 北朝鮮"_s;
    // Spacing and key order are the canvas's own; the view reopens from exactly the text it saved.
    const QString state = u"{ \"zoom\": 1.5,\n  \"nodes\": [{\"id\": \"address:7\", \"label\": \"Ünïcødé 🐉\"}] }"_s;
    test::ok(m_store->saveGraphView(name, state));

    EXPECT_EQ(test::ok(m_store->graphView(name)), state);
    EXPECT_EQ(test::ok(m_store->graphViewNames()), QStringList{name});
    EXPECT_EQ(test::ok(m_store->graphView(u"Ronin"_s)), std::nullopt);
    EXPECT_EQ(rowCount(), 1);
    auto savedAt = test::ok(m_store->database().prepare("SELECT saved_at FROM graph_views"));
    ASSERT_TRUE(test::ok(savedAt.step()));
    const QDateTime when = QDateTime::fromString(savedAt.text(0), Qt::ISODate);
    ASSERT_TRUE(when.isValid()) << savedAt.text(0).toStdString();
    EXPECT_LE(std::abs(when.secsTo(QDateTime::currentDateTimeUtc())), 60);
}

TEST_F(GraphViewsStoreTest, RoundTripKeepsALargeState)
{
    const QString state = viewState(50000);
    ASSERT_GT(state.toUtf8().size(), 4 * 1024 * 1024);
    test::ok(m_store->saveGraphView(u"everything"_s, state));

    const QString loaded = test::ok(m_store->graphView(u"everything"_s)).value();
    EXPECT_EQ(loaded, state);
    const QJsonObject object = QJsonDocument::fromJson(loaded.toUtf8()).object();
    EXPECT_EQ(object.value(u"nodes"_s).toArray().size(), 50000);
    EXPECT_EQ(object.value(u"nodes"_s).toArray().at(49999).toObject().value(u"label"_s).toString(),
              u"Lazarus → Tornado Cash 🌀"_s);
}

TEST_F(GraphViewsStoreTest, AcceptsAStateOfExactlyTheLimit)
{
    const QString state = paddedState(kMaxGraphViewStateBytes);
    ASSERT_EQ(state.toUtf8().size(), kMaxGraphViewStateBytes);
    test::ok(m_store->saveGraphView(u"full"_s, state));
    EXPECT_EQ(test::ok(m_store->graphView(u"full"_s))->size(), kMaxGraphViewStateBytes);
}

TEST_F(GraphViewsStoreTest, SavingUnderAnExistingNameReplacesTheView)
{
    test::ok(m_store->saveGraphView(u"Overview"_s, viewState(2)));
    const qint64 id = test::ok(m_store->database().queryInt("SELECT id FROM graph_views"));
    // The name is trimmed, so this is the same view.
    test::ok(m_store->saveGraphView(u"  Overview\t"_s, viewState(5)));

    EXPECT_EQ(rowCount(), 1);
    EXPECT_EQ(test::ok(m_store->database().queryInt("SELECT id FROM graph_views")), id);
    EXPECT_EQ(test::ok(m_store->graphView(u"Overview"_s)), viewState(5));
    EXPECT_EQ(test::ok(m_store->graphView(u" Overview "_s)), viewState(5));
    EXPECT_EQ(test::ok(m_store->graphViewNames()), QStringList{u"Overview"_s});
}

TEST_F(GraphViewsStoreTest, NamesAreSortedCaseInsensitively)
{
    // "Éclair" after "ébène" needs Unicode case folding; SQLite's NOCASE folds ASCII only.
    for (const QString &name : {u"gamma"_s, u"Éclair"_s, u"beta"_s, u"Delta"_s, u"ébène"_s, u"Alpha"_s, u"alpha"_s}) {
        test::ok(m_store->saveGraphView(name, viewState(1)));
    }
    EXPECT_EQ(test::ok(m_store->graphViewNames()),
              (QStringList{u"Alpha"_s, u"alpha"_s, u"beta"_s, u"Delta"_s, u"gamma"_s, u"ébène"_s, u"Éclair"_s}));
    // Names differing only in case are different views.
    EXPECT_EQ(rowCount(), 7);
}

TEST_F(GraphViewsStoreTest, RenameMovesTheState)
{
    test::ok(m_store->saveGraphView(u"draft"_s, viewState(1)));
    test::ok(m_store->saveGraphView(u"other"_s, viewState(2)));
    test::ok(m_store->renameGraphView(u"draft"_s, u"  Bridge laundering 🌉 "_s));

    EXPECT_EQ(test::ok(m_store->graphViewNames()), (QStringList{u"Bridge laundering 🌉"_s, u"other"_s}));
    EXPECT_EQ(test::ok(m_store->graphView(u"Bridge laundering 🌉"_s)), viewState(1));
    EXPECT_EQ(test::ok(m_store->graphView(u"draft"_s)), std::nullopt);
    EXPECT_EQ(test::ok(m_store->graphView(u"other"_s)), viewState(2));

    // A change of case only, and a rename onto itself, are allowed.
    test::ok(m_store->renameGraphView(u"other"_s, u"Other"_s));
    test::ok(m_store->renameGraphView(u"Other"_s, u"Other"_s));
    EXPECT_EQ(test::ok(m_store->graphViewNames()), (QStringList{u"Bridge laundering 🌉"_s, u"Other"_s}));
    EXPECT_EQ(rowCount(), 2);
}

TEST_F(GraphViewsStoreTest, RenameRefusesAMissingViewATakenNameAndAnInvalidName)
{
    test::ok(m_store->saveGraphView(u"a"_s, viewState(1)));
    test::ok(m_store->saveGraphView(u"b"_s, viewState(2)));

    auto missing = m_store->renameGraphView(u"c"_s, u"d"_s);
    expectRefused(missing, Error::Code::NotFound);
    EXPECT_TRUE(missing.error().message.contains(u"“c”"_s)) << missing.error().message.toStdString();
    expectRefused(m_store->renameGraphView(u"c"_s, u"c"_s), Error::Code::NotFound);

    auto taken = m_store->renameGraphView(u"a"_s, u" b"_s);
    expectRefused(taken, Error::Code::Constraint);
    EXPECT_TRUE(taken.error().message.contains(u"“b”"_s)) << taken.error().message.toStdString();

    expectRefused(m_store->renameGraphView(u"a"_s, u"   "_s), Error::Code::InvalidInput);
    expectRefused(m_store->renameGraphView(u"a"_s, u"line\nbreak"_s), Error::Code::InvalidInput);
    expectRefused(m_store->renameGraphView(u"a"_s, QString(201, u'n')), Error::Code::InvalidInput);

    EXPECT_EQ(test::ok(m_store->graphViewNames()), (QStringList{u"a"_s, u"b"_s}));
    EXPECT_EQ(test::ok(m_store->graphView(u"a"_s)), viewState(1));
    EXPECT_EQ(test::ok(m_store->graphView(u"b"_s)), viewState(2));
}

TEST_F(GraphViewsStoreTest, DeleteRemovesOnlyThatViewAndRefusesAMissingOne)
{
    test::ok(m_store->saveGraphView(u"keep"_s, viewState(1)));
    test::ok(m_store->saveGraphView(u"drop"_s, viewState(2)));
    test::ok(m_store->deleteGraphView(u" drop "_s));

    EXPECT_EQ(test::ok(m_store->graphViewNames()), QStringList{u"keep"_s});
    EXPECT_EQ(test::ok(m_store->graphView(u"drop"_s)), std::nullopt);
    EXPECT_EQ(test::ok(m_store->graphView(u"keep"_s)), viewState(1));

    auto again = m_store->deleteGraphView(u"drop"_s);
    expectRefused(again, Error::Code::NotFound);
    EXPECT_TRUE(again.error().message.contains(u"“drop”"_s)) << again.error().message.toStdString();
    expectRefused(m_store->deleteGraphView(u"Keep"_s), Error::Code::NotFound);
    EXPECT_EQ(rowCount(), 1);
}

TEST_F(GraphViewsStoreTest, RefusesInvalidNamesAndWritesNothing)
{
    const QString loneSurrogate = u"view "_s + QChar(0xD83C);
    const QStringList names{QString(),
                            u"   "_s,
                            u"\t\n"_s,
                            u"two\nlines"_s,
                            u"tab\there"_s,
                            u"nul"_s + QChar(0) + u"x"_s,
                            u"bell\x07"_s,
                            u"c1"_s + QChar(0x85) + u"x"_s,
                            u"para"_s + QChar(0x2029) + u"graph"_s,
                            loneSurrogate,
                            QString(kMaxGraphViewNameLength + 1, u'n')};
    for (const QString &name : names) {
        SCOPED_TRACE(name.toStdString());
        expectRefused(m_store->saveGraphView(name, viewState(1)), Error::Code::InvalidInput);
    }
    EXPECT_EQ(rowCount(), 0);

    // The limit counts characters, as the schema does: 200 emoji are 400 UTF-16 units and still fit.
    QString emoji;
    for (int i = 0; i < kMaxGraphViewNameLength; ++i) {
        emoji += u"🌉"_s;
    }
    test::ok(m_store->saveGraphView(emoji, viewState(1)));
    test::ok(m_store->saveGraphView(QString(kMaxGraphViewNameLength, u'n'), viewState(1)));
    expectRefused(m_store->saveGraphView(emoji + u"!"_s, viewState(1)), Error::Code::InvalidInput);
    EXPECT_EQ(rowCount(), 2);
}

TEST_F(GraphViewsStoreTest, RefusesStatesThatAreNotAJsonObjectAndWritesNothing)
{
    const QString tooLarge = paddedState(kMaxGraphViewStateBytes + 1);
    // Under the limit in UTF-16 units, over it in UTF-8 bytes: the limit is on what the file holds.
    const QString tooLargeInUtf8 = paddedState(kMaxGraphViewStateBytes + 2, QChar(0xE9));
    ASSERT_LT(tooLargeInUtf8.size(), kMaxGraphViewStateBytes);
    ASSERT_GT(tooLargeInUtf8.toUtf8().size(), kMaxGraphViewStateBytes);
    const QStringList states{QString(),     u"not json"_s,           u"[1, 2, 3]"_s,
                             u"[]"_s,       u"\"text\""_s,           u"42"_s,
                             u"null"_s,     u"{\"a\": 1"_s,          u"{\"a\": 1} trailing"_s,
                             u"{'a': 1}"_s, QChar(0xFEFF) + u"{}"_s, u"{\"a\": \""_s + QChar(0xDC00) + u"\"}"_s,
                             tooLarge,      tooLargeInUtf8};
    for (const QString &state : states) {
        SCOPED_TRACE(state.left(40).toStdString());
        expectRefused(m_store->saveGraphView(u"view"_s, state), Error::Code::InvalidInput);
    }
    EXPECT_EQ(rowCount(), 0);

    // A refused state leaves the saved view as it was.
    test::ok(m_store->saveGraphView(u"view"_s, viewState(3)));
    auto array = m_store->saveGraphView(u"view"_s, u"[{\"id\": 1}]"_s);
    expectRefused(array, Error::Code::InvalidInput);
    EXPECT_TRUE(array.error().message.contains(u"JSON object"_s)) << array.error().message.toStdString();
    auto large = m_store->saveGraphView(u"view"_s, tooLarge);
    expectRefused(large, Error::Code::InvalidInput);
    EXPECT_TRUE(large.error().message.contains(u"16 MiB"_s)) << large.error().message.toStdString();
    EXPECT_EQ(test::ok(m_store->graphView(u"view"_s)), viewState(3));
    EXPECT_EQ(rowCount(), 1);
}

TEST_F(GraphViewsStoreTest, TheSchemaRefusesWhatTheStoreRefuses)
{
    // Another writer (an old build, a script) cannot leave a view that the canvas could not reopen.
    auto &db = m_store->database();
    for (const char *sql : {"INSERT INTO graph_views(name, state, saved_at) VALUES ('a', '[1]', '')",
                            "INSERT INTO graph_views(name, state, saved_at) VALUES ('a', 'nope', '')",
                            "INSERT INTO graph_views(name, state, saved_at) VALUES ('  ', '{}', '')",
                            "INSERT INTO graph_views(name, state, saved_at) VALUES ('', '{}', '')"}) {
        auto stmt = test::ok(db.prepare(sql));
        expectRefused(stmt.run(), Error::Code::Constraint);
    }
    auto tooLong = test::ok(db.prepare("INSERT INTO graph_views(name, state, saved_at) VALUES (?1, '{}', '')"));
    tooLong.bindAll(QString(kMaxGraphViewNameLength + 1, u'n'));
    expectRefused(tooLong.run(), Error::Code::Constraint);
    EXPECT_EQ(rowCount(), 0);
}

TEST_F(GraphViewsStoreTest, ReadOnlyCaseRefusesEveryWrite)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"views.awbcase"_s);
    {
        auto store = test::ok(db::SqliteCaseStore::create(path));
        test::ok(store->saveGraphView(u"saved"_s, viewState(2)));
    }
    auto store = test::ok(db::SqliteCaseStore::open(path, true));
    ASSERT_TRUE(store->isReadOnly());
    expectRefused(store->saveGraphView(u"new"_s, viewState(1)), Error::Code::ReadOnly);
    expectRefused(store->saveGraphView(u"saved"_s, viewState(1)), Error::Code::ReadOnly);
    expectRefused(store->renameGraphView(u"saved"_s, u"renamed"_s), Error::Code::ReadOnly);
    expectRefused(store->deleteGraphView(u"saved"_s), Error::Code::ReadOnly);

    EXPECT_EQ(test::ok(store->graphViewNames()), QStringList{u"saved"_s});
    EXPECT_EQ(test::ok(store->graphView(u"saved"_s)), viewState(2));
}

TEST_F(GraphViewsStoreTest, VersionThreeCaseUpgradesAndThenHoldsViews)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v3.awbcase"_s);
    {
        auto db = test::ok(db::Database::open(path, db::Database::Access::Create));
        test::ok(db->exec("PRAGMA trusted_schema = ON"));
        test::ok(db::migrate(*db, 3));
        test::ok(db->exec("INSERT INTO import_mappings(name, format, mapping) "
                          "VALUES ('bank', 'transfers-csv', '{\"from\": \"Sender\"}')"));
    }
    ASSERT_EQ(db::latestSchemaVersion(), 4);

    {
        auto store = test::ok(db::SqliteCaseStore::open(path));
        EXPECT_EQ(test::ok(store->database().queryInt("PRAGMA user_version")), 4);
        EXPECT_TRUE(store->notice().contains(u".schema-v3.bak"_s)) << store->notice().toStdString();
        EXPECT_EQ(test::ok(store->importMapping(u"bank"_s)), u"{\"from\": \"Sender\"}"_s);
        EXPECT_EQ(test::ok(store->graphViewNames()), QStringList{});
        test::ok(store->saveGraphView(u"after upgrade"_s, viewState(4)));
    }

    // Reopened, the upgraded file passes the exact schema comparison and keeps the view.
    auto store = test::ok(db::SqliteCaseStore::open(path));
    EXPECT_TRUE(store->notice().isEmpty()) << store->notice().toStdString();
    EXPECT_EQ(test::ok(store->graphView(u"after upgrade"_s)), viewState(4));

    // The backup is the untouched version 3 file.
    ASSERT_TRUE(QFileInfo::exists(path + u".schema-v3.bak"_s));
    auto backup = test::ok(db::Database::open(path + u".schema-v3.bak"_s, db::Database::Access::ReadOnly));
    EXPECT_EQ(test::ok(backup->queryInt("PRAGMA user_version")), 3);
    EXPECT_EQ(test::ok(backup->queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'graph_views'")), 0);
    EXPECT_EQ(test::ok(backup->queryInt("SELECT count(*) FROM import_mappings")), 1);
}

TEST_F(GraphViewsStoreTest, ViewsSurviveClosingAndReopeningTheFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"views.awbcase"_s);
    const QString big = viewState(5000, u"Übergang 🌉"_s);
    {
        auto store = test::ok(db::SqliteCaseStore::create(path));
        test::ok(store->saveGraphView(u"Overview"_s, viewState(1)));
        test::ok(store->saveGraphView(u"draft"_s, big));
        test::ok(store->saveGraphView(u"gone"_s, viewState(2)));
        test::ok(store->renameGraphView(u"draft"_s, u"Cash-out 🏦"_s));
        test::ok(store->deleteGraphView(u"gone"_s));
    }
    auto store = test::ok(db::SqliteCaseStore::open(path));
    EXPECT_EQ(test::ok(store->graphViewNames()), (QStringList{u"Cash-out 🏦"_s, u"Overview"_s}));
    EXPECT_EQ(test::ok(store->graphView(u"Cash-out 🏦"_s)), big);
    EXPECT_EQ(test::ok(store->graphView(u"Overview"_s)), viewState(1));
    EXPECT_EQ(test::ok(store->graphView(u"gone"_s)), std::nullopt);
}

} // namespace
} // namespace awb
