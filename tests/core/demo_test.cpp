// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/casefile.h"
#include "core/demo/demorecord.h"
#include "tests/core/testcase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <yaml-cpp/yaml.h>

#include <map>
#include <set>

namespace awb::demo {
namespace {

using namespace Qt::Literals::StringLiterals;

const QString kRecordDir = QString::fromUtf8(AWB_SOURCE_DIR) + u"/resources/demo"_s;

/** Built once: writing the demo case is the expensive part, and every test only reads it. */
class DemoCaseTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = std::make_unique<QTemporaryDir>();
        s_path = s_dir->filePath(u"demo.awbcase"_s);
        auto r = writeDemoCase(s_path);
        ASSERT_TRUE(r) << describe(r.error()).toStdString();
    }

    static void TearDownTestSuite() { s_dir.reset(); }

    void SetUp() override { m_store = test::ok(db::SqliteCaseStore::open(s_path, true)); }

    static YAML::Node record(const char *file)
    {
        return YAML::LoadFile(QString(kRecordDir + u"/"_s + QString::fromLatin1(file)).toStdString());
    }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    static inline QString s_path;
    std::unique_ptr<db::SqliteCaseStore> m_store;
};

TEST_F(DemoCaseTest, HoldsFortyOrMoreIncidentsEachWithASourceAndAnAttribution)
{
    const CaseStats s = test::ok(m_store->stats());
    EXPECT_GE(s.incidents, 40);
    EXPECT_EQ(s.incidentsWithoutSource, 0);
    EXPECT_EQ(s.syntheticIncidents, 0);
    std::set<qint64> attributed;
    for (const Attribution &a : test::ok(m_store->attributions(std::nullopt))) {
        attributed.insert(a.incident.value);
    }
    for (const Incident &i : test::ok(m_store->incidents())) {
        EXPECT_FALSE(i.sources.empty()) << i.title.toStdString();
        EXPECT_TRUE(attributed.contains(i.id.value)) << i.title.toStdString() << " has no attribution";
    }
}

TEST_F(DemoCaseTest, TotalsMatchTheRecord)
{
    // Summed independently from the YAML the case was built from.
    qint64 total = 0;
    qint64 count = 0;
    std::map<QString, qint64> byYear;
    std::set<std::string> countries;
    for (const YAML::Node &incident : record("incidents.yaml")["incidents"]) {
        ++count;
        if (incident["country"]) {
            countries.insert(incident["country"].as<std::string>());
        }
        if (incident["loss_usd"]) {
            const qint64 loss = incident["loss_usd"].as<qint64>();
            total += loss;
            byYear[QString::fromStdString(incident["start"].as<std::string>()).left(4)] += loss;
        }
    }
    const CaseStats s = test::ok(m_store->stats());
    EXPECT_EQ(s.incidents, count);
    EXPECT_EQ(s.lossUsdTotal, total);
    EXPECT_EQ(s.countries, qint64(countries.size()));
    for (const auto &[year, loss] : byYear) {
        EXPECT_EQ(s.lossUsdByYear.at(year), loss) << year.toStdString();
    }
    EXPECT_LE(s.lossUsdMin, s.lossUsdTotal);
    EXPECT_GE(s.lossUsdMax, s.lossUsdTotal);
    EXPECT_EQ(s.sources, qint64(record("sources.yaml")["sources"].size()) + 1); // + the synthetic scenario's source
}

TEST_F(DemoCaseTest, KeepsPublicFiguresAndCompetingClaims)
{
    std::map<QString, Incident> byTitleDate;
    bool sawBybit = false;
    bool sawRonin = false;
    for (const Incident &i : test::ok(m_store->incidents())) {
        if (i.startDate == u"2025-02-21"_s && i.victim.contains(u"Bybit"_s)) {
            sawBybit = true;
            EXPECT_EQ(i.lossUsd, 1500000000);
        }
        if (i.startDate == u"2022-03-23"_s && i.victim.contains(u"Ronin"_s)) {
            sawRonin = true;
            EXPECT_EQ(i.lossUsd, 620000000);
            // FBI's $620M and the $624-625M of other sources coexist as claims with their sources.
            qint64 highest = 0;
            for (const Claim &c : i.claims) {
                if (c.field == u"loss_usd"_s) {
                    highest = std::max(highest, c.value.toLongLong());
                }
            }
            EXPECT_GT(highest, 620000000);
        }
    }
    EXPECT_TRUE(sawBybit);
    EXPECT_TRUE(sawRonin);
}

TEST_F(DemoCaseTest, SeedAddressesAreKeptExactlyAndTagged)
{
    auto exact = test::ok(m_store->findAddress(u"bitcoin"_s, u"3LU8wRu4ZnXP4UM8Yo6kkTiGHM9BubgyiG"_s));
    ASSERT_TRUE(exact.has_value());
    EXPECT_EQ(exact->address, u"3LU8wRu4ZnXP4UM8Yo6kkTiGHM9BubgyiG"_s);
    EXPECT_FALSE(exact->synthetic);
    EXPECT_FALSE(test::ok(m_store->tags(exact->id)).empty());
    auto evm = test::ok(m_store->findAddress(u"ethereum"_s, u"0x098b716b8aaf21512996dc57eb0615e2383e2f96"_s));
    ASSERT_TRUE(evm.has_value());
    EXPECT_EQ(evm->address, u"0x098B716B8Aaf21512996dC57EB0615e2383E2f96"_s);
    qint64 real = 0;
    for (const Address &a : test::ok(m_store->addresses())) {
        real += a.synthetic ? 0 : 1;
    }
    EXPECT_GE(real, 50);
}

TEST_F(DemoCaseTest, SyntheticScenarioIsFlaggedAndNeverTouchesARealAddress)
{
    std::map<qint64, Address> addresses;
    for (const Address &a : test::ok(m_store->addresses())) {
        addresses[a.id.value] = a;
    }
    const auto transfers = test::ok(m_store->transfers());
    EXPECT_GE(transfers.size(), 200u);
    for (const Transfer &t : transfers) {
        EXPECT_TRUE(t.synthetic);
        EXPECT_TRUE(addresses.at(t.from.value).synthetic) << t.txHash.toStdString();
        EXPECT_TRUE(addresses.at(t.to.value).synthetic) << t.txHash.toStdString();
        EXPECT_TRUE(addresses.at(t.from.value).label.startsWith(u"SYNTHETIC"_s));
    }
    int peelHops = 0;
    int coinJoins = 0;
    int multiInput = 0;
    for (const UtxoTransaction &tx : test::ok(m_store->utxoTransactions())) {
        EXPECT_TRUE(tx.synthetic);
        for (const UtxoInput &in : tx.inputs) {
            EXPECT_TRUE(addresses.at(in.address->value).synthetic);
        }
        std::map<qint64, int> values;
        for (const UtxoOutput &out : tx.outputs) {
            EXPECT_TRUE(addresses.at(out.address->value).synthetic);
            ++values[out.amount];
        }
        peelHops += tx.inputs.size() == 1 && tx.outputs.size() == 2 ? 1 : 0;
        coinJoins += tx.outputs.size() == 10 && values[50000000] == 5 ? 1 : 0;
        multiInput += tx.inputs.size() > 1 && tx.outputs.size() <= 2 ? 1 : 0;
    }
    EXPECT_GE(peelHops, 20) << "the peel chain has one input and two outputs per hop";
    EXPECT_EQ(coinJoins, 1);
    EXPECT_EQ(multiInput, 3) << "a consolidation and two exchange sweeps";
    std::set<QString> categories;
    int groupTags = 0;
    for (const Tag &t : test::ok(m_store->tags(std::nullopt))) {
        if (t.synthetic) {
            categories.insert(t.category);
            groupTags += t.group ? 1 : 0;
        }
    }
    EXPECT_EQ(categories, (std::set<QString>{QString(), u"bridge"_s, u"exchange"_s, u"mixer"_s}));
    EXPECT_EQ(groupTags, 1) << "one synthetic wallet is tagged to a group, for attribution suggestions";
    for (const IncidentAddress &role : test::ok(m_store->incidentAddresses(std::nullopt))) {
        if (addresses.at(role.address.value).synthetic) {
            EXPECT_TRUE(role.synthetic);
        }
    }
}

TEST_F(DemoCaseTest, IsDeterministic)
{
    QTemporaryDir dir;
    const QString again = dir.filePath(u"again.awbcase"_s);
    test::ok(writeDemoCase(again));
    auto other = test::ok(db::SqliteCaseStore::open(again, true));
    EXPECT_EQ(test::ok(other->addresses()), test::ok(m_store->addresses()));
    EXPECT_EQ(test::ok(other->transfers()), test::ok(m_store->transfers()));
}

TEST_F(DemoCaseTest, PassesTheIntegrityChecks)
{
    EXPECT_TRUE(test::ok(db::integrityProblems(m_store->database())).isEmpty());
}

TEST(DemoRecord, ABrokenReferenceNamesTheFileAndLineAndWritesNothing)
{
    QTemporaryDir dir;
    for (const QString &name : QDir(kRecordDir).entryList({u"*.yaml"_s})) {
        ASSERT_TRUE(QFile::copy(kRecordDir + u'/' + name, dir.filePath(name)));
    }
    QFile notes(dir.filePath(u"notes.yaml"_s));
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly | QIODevice::Truncate));
    notes.write("notes:\n  - key: broken\n    title: t\n    body: b\n    source: no-such-source\n");
    notes.close();
    auto store = test::memoryStore();
    auto r = loadDemoRecord(*store, dir.path());
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().message, u"notes.yaml:2: unknown source key \"no-such-source\""_s);
    EXPECT_EQ(test::ok(store->stats()).incidents, 0);
    EXPECT_EQ(test::ok(store->stats()).sources, 0);
}

TEST(DemoRecord, ASyntaxErrorIsReportedWithItsLine)
{
    QTemporaryDir dir;
    QFile sources(dir.filePath(u"sources.yaml"_s));
    ASSERT_TRUE(sources.open(QIODevice::WriteOnly));
    sources.write("sources:\n  - key: a\n    title: [unclosed\n");
    sources.close();
    auto store = test::memoryStore();
    auto r = loadDemoRecord(*store, dir.path());
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.startsWith(u"sources.yaml:"_s)) << r.error().message.toStdString();
}

} // namespace
} // namespace awb::demo
