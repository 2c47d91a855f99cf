// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli cluster` and `awb-cli explain` on the demo case: structural facts that hold for any case.
#include "tests/cli/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using namespace Qt::Literals::StringLiterals;
using awb::test::jsonOf;
using CliResult = awb::test::CliRun;
const auto awbCli = awb::test::cli;

class ClusterCliTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_EQ(awbCli({u"demo"_s, demo()}).status, 0); }

    QString demo() const { return m_dir.filePath(u"demo.awbcase"_s); }

    QTemporaryDir m_dir;
};

TEST_F(ClusterCliTest, ClusterJsonPutsEveryAddressInExactlyOneCluster)
{
    const CliResult r = awbCli({u"cluster"_s, demo(), u"--json"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonObject json = jsonOf(r);
    EXPECT_EQ(json[u"heuristics"_s].toArray().size(), 5);
    for (const char *key : {"clusters", "refused_merges", "skipped_transactions", "splits"}) {
        EXPECT_TRUE(json.value(QString::fromLatin1(key)).isArray()) << key;
    }
    EXPECT_TRUE(json[u"splits"_s].toArray().isEmpty()); // the full set splits nothing of itself
    const QJsonArray clusters = json[u"clusters"_s].toArray();
    ASSERT_FALSE(clusters.isEmpty());
    QSet<QString> seen;
    qint64 singletons = 0;
    for (qsizetype i = 0; i < clusters.size(); ++i) {
        const QJsonObject c = clusters[i].toObject();
        EXPECT_EQ(c[u"id"_s].toInteger(), i); // dense numbering
        const QJsonArray addresses = c[u"addresses"_s].toArray();
        EXPECT_EQ(c[u"size"_s].toInteger(), addresses.size());
        EXPECT_TRUE(c[u"synthetic"_s].isBool());
        EXPECT_TRUE(c[u"service"_s].isNull() || c[u"service"_s].isString());
        singletons += addresses.size() == 1 ? 1 : 0;
        for (const QJsonValue &a : addresses) {
            EXPECT_FALSE(seen.contains(a.toString())) << a.toString().toStdString();
            seen.insert(a.toString());
        }
    }
    ASSERT_GT(singletons, 0);

    const CliResult omitted = awbCli({u"cluster"_s, demo(), u"--json"_s, u"--omit-singletons"_s});
    ASSERT_EQ(omitted.status, 0) << omitted.err.toStdString();
    const QJsonArray big = jsonOf(omitted)[u"clusters"_s].toArray();
    EXPECT_EQ(big.size(), clusters.size() - singletons);
    for (const QJsonValue &c : big) {
        EXPECT_GE(c.toObject()[u"size"_s].toInteger(), 2);
    }
}

TEST_F(ClusterCliTest, ASubsetOfHeuristicsReportsItselfAndItsSplits)
{
    const CliResult full = awbCli({u"cluster"_s, demo(), u"--json"_s});
    const CliResult r =
        awbCli({u"cluster"_s, demo(), u"--json"_s, u"--heuristics"_s, u"one-time-change,deposit-address"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonObject json = jsonOf(r);
    EXPECT_EQ(json[u"heuristics"_s].toArray(), (QJsonArray{u"one-time-change"_s, u"deposit-address"_s}));
    const qsizetype fullCount = jsonOf(full)[u"clusters"_s].toArray().size();
    const qsizetype count = json[u"clusters"_s].toArray().size();
    EXPECT_GE(count, fullCount); // fewer heuristics never join more
    qint64 extra = 0;
    for (const QJsonValue &v : json[u"splits"_s].toArray()) {
        const QJsonObject s = v.toObject();
        EXPECT_LT(s[u"full_cluster"_s].toInteger(), fullCount);
        const QJsonArray into = s[u"into"_s].toArray();
        EXPECT_GE(into.size(), 2);
        EXPECT_FALSE(s[u"lost_merges"_s].toArray().isEmpty());
        extra += into.size() - 1;
    }
    EXPECT_EQ(count - fullCount, extra); // every extra cluster comes from a reported split
}

TEST_F(ClusterCliTest, ExplainAnswersForAddressesInOneClusterAndInTwo)
{
    const QJsonArray clusters = jsonOf(awbCli({u"cluster"_s, demo(), u"--json"_s}))[u"clusters"_s].toArray();
    ASSERT_GE(clusters.size(), 2);
    const QString first = clusters[0].toObject()[u"addresses"_s].toArray()[0].toString();
    const QString other = clusters[1].toObject()[u"addresses"_s].toArray()[0].toString();

    // An EVM address is found whatever its letter case; other chains' addresses are given as written.
    const QString firstAsTyped = first.startsWith(u"0x"_s) ? first.toLower() : first;
    const CliResult apart = awbCli({u"explain"_s, demo(), firstAsTyped, other, u"--json"_s});
    ASSERT_EQ(apart.status, 0) << apart.err.toStdString();
    const QJsonObject a = jsonOf(apart);
    EXPECT_EQ(a[u"a"_s].toString(), first); // found through the chain's normal form
    EXPECT_FALSE(a[u"same_cluster"_s].toBool());
    EXPECT_TRUE(a[u"steps"_s].toArray().isEmpty());
    const CliResult text = awbCli({u"explain"_s, demo(), first, other});
    EXPECT_EQ(text.status, 0);
    EXPECT_TRUE(text.out.contains("are not in one cluster")) << text.out.toStdString();

    for (const QJsonValue &v : clusters) {
        const QJsonArray members = v.toObject()[u"addresses"_s].toArray();
        if (members.size() < 2) {
            continue;
        }
        const QString from = members.first().toString();
        const QString to = members.last().toString();
        const CliResult together = awbCli({u"explain"_s, demo(), from, to, u"--json"_s});
        ASSERT_EQ(together.status, 0) << together.err.toStdString();
        const QJsonObject t = jsonOf(together);
        EXPECT_TRUE(t[u"same_cluster"_s].toBool());
        const QJsonArray steps = t[u"steps"_s].toArray();
        ASSERT_FALSE(steps.isEmpty());
        EXPECT_EQ(steps.first().toObject()[u"a"_s].toString(), from);
        EXPECT_EQ(steps.last().toObject()[u"b"_s].toString(), to);
        for (qsizetype i = 1; i < steps.size(); ++i) {
            EXPECT_EQ(steps[i].toObject()[u"a"_s], steps[i - 1].toObject()[u"b"_s]);
        }
        for (const QJsonValue &s : steps) {
            EXPECT_FALSE(s.toObject()[u"reason"_s].toString().isEmpty());
            EXPECT_TRUE(s.toObject()[u"tx"_s].isString());
        }
        break; // one multi-address cluster is enough
    }
}

TEST_F(ClusterCliTest, RefusesUnknownHeuristicsAndAddresses)
{
    const CliResult badHeuristic = awbCli({u"cluster"_s, demo(), u"--heuristics"_s, u"multi-input,peel-chain"_s});
    EXPECT_EQ(badHeuristic.status, 2);
    EXPECT_TRUE(badHeuristic.err.contains("unknown heuristic \"peel-chain\"")) << badHeuristic.err.toStdString();
    const CliResult badAddress = awbCli({u"explain"_s, demo(), u"0x0000000000000000000000000000000000000001"_s,
                                         u"0x0000000000000000000000000000000000000002"_s});
    EXPECT_EQ(badAddress.status, 1);
    EXPECT_TRUE(badAddress.err.contains("is not in")) << badAddress.err.toStdString();
    EXPECT_EQ(awbCli({u"explain"_s, demo(), u"0x0000000000000000000000000000000000000001"_s}).status, 2);
}

} // namespace
