// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real awb-cli binary, as a user or a script would.
#include "tests/cli/clirun.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using namespace Qt::Literals::StringLiterals;
using awb::test::cli;
using awb::test::CliRun;
using awb::test::jsonOf;

class CliTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

TEST_F(CliTest, PrintsVersionAndCaseFormat)
{
    const CliRun r = cli({u"--version"_s});
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(r.out.startsWith("awb-cli " AWB_VERSION " (case format ")) << r.out.toStdString();
}

TEST_F(CliTest, NewCreatesACaseThatPassesCheck)
{
    EXPECT_EQ(cli({u"new"_s, path(u"a.awbcase"_s)}).status, 0);
    const CliRun check = cli({u"check"_s, path(u"a.awbcase"_s)});
    EXPECT_EQ(check.status, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(": ok")) << check.out.toStdString();
    const CliRun again = cli({u"new"_s, path(u"a.awbcase"_s)});
    EXPECT_EQ(again.status, 1);
    EXPECT_TRUE(again.err.contains("already exists"));
}

TEST_F(CliTest, DemoStatsJsonHasTheDocumentedShape)
{
    ASSERT_EQ(cli({u"demo"_s, path(u"demo.awbcase"_s)}).status, 0);
    const CliRun r = cli({u"stats"_s, path(u"demo.awbcase"_s), u"--json"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    for (const char *key : {"incidents", "groups", "countries", "sources", "wallets", "transfers", "loss_usd_total",
                            "loss_usd_min", "loss_usd_max", "incidents_without_source", "synthetic_transfers"}) {
        EXPECT_TRUE(json.value(QString::fromLatin1(key)).isDouble()) << key;
    }
    EXPECT_GE(json[u"incidents"_s].toInteger(), 40);
    EXPECT_EQ(json[u"incidents_without_source"_s].toInteger(), 0);
    EXPECT_EQ(json[u"synthetic_transfers"_s].toInteger(), json[u"transfers"_s].toInteger());
    const QJsonObject byYear = json[u"loss_usd_by_year"_s].toObject();
    ASSERT_FALSE(byYear.isEmpty());
    qint64 sum = 0;
    for (const QString &year : byYear.keys()) {
        EXPECT_EQ(year.size(), 4);
        sum += byYear[year].toInteger();
    }
    EXPECT_EQ(sum, json[u"loss_usd_total"_s].toInteger());
    EXPECT_EQ(cli({u"check"_s, path(u"demo.awbcase"_s)}).status, 0);

    const CliRun text = cli({u"stats"_s, path(u"demo.awbcase"_s)});
    EXPECT_EQ(text.status, 0);
    EXPECT_TRUE(text.out.contains("Incidents:"));
}

TEST_F(CliTest, IncidentsRollupAgreesWithStatsAndWithItsOwnRows)
{
    const QString demo = path(u"demo.awbcase"_s);
    ASSERT_EQ(cli({u"demo"_s, demo}).status, 0);
    // Two code paths: stats sums in SQL, the incident filter in memory. Unfiltered, they must agree.
    const QJsonObject stats = jsonOf(cli({u"stats"_s, demo, u"--json"_s}));
    const QJsonObject all = jsonOf(cli({u"incidents"_s, demo, u"--json"_s}));
    const QJsonObject rollup = all[u"rollup"_s].toObject();
    EXPECT_EQ(rollup[u"incidents"_s].toInteger(), stats[u"incidents"_s].toInteger());
    EXPECT_EQ(rollup[u"countries"_s].toInteger(), stats[u"countries"_s].toInteger());
    EXPECT_EQ(rollup[u"loss_usd"_s].toInteger(), stats[u"loss_usd_total"_s].toInteger());
    EXPECT_EQ(rollup[u"loss_usd_min"_s].toInteger(), stats[u"loss_usd_min"_s].toInteger());
    EXPECT_EQ(rollup[u"loss_usd_max"_s].toInteger(), stats[u"loss_usd_max"_s].toInteger());

    const CliRun traderTraitor = cli({u"incidents"_s, demo, u"--group"_s, u"TraderTraitor"_s, u"--from"_s, u"2017"_s,
                                      u"--min-confidence"_s, u"moderate"_s, u"--json"_s});
    ASSERT_EQ(traderTraitor.status, 0) << traderTraitor.err.toStdString();
    const QJsonObject tt = jsonOf(traderTraitor);
    const QJsonArray rows = tt[u"incidents"_s].toArray();
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(tt[u"rollup"_s][u"incidents"_s].toInteger(), rows.size());
    qint64 low = 0;
    for (const QJsonValue &row : rows) {
        EXPECT_GE(row[u"start_date"_s].toString(), u"2017-01-01"_s);
        low += row[u"loss_usd_min"_s].toInteger();
        bool attributed = false;
        for (const QJsonValue &a : row[u"attributions"_s].toArray()) {
            attributed |= a[u"group"_s].toString() == u"TraderTraitor"_s && a[u"confidence"_s].toString() != u"low"_s;
        }
        EXPECT_TRUE(attributed) << row[u"title"_s].toString().toStdString();
    }
    EXPECT_EQ(tt[u"rollup"_s][u"loss_usd_min"_s].toInteger(), low);

    // An alias several groups claim is resolved to all of them, and said so.
    const CliRun alias = cli({u"incidents"_s, demo, u"--group=BlueNoroff"_s, u"--json"_s});
    ASSERT_EQ(alias.status, 0);
    EXPECT_TRUE(alias.err.contains("APT38")) << alias.err.toStdString();
    const QJsonObject resolution = jsonOf(alias)[u"groups"_s].toArray().at(0).toObject();
    EXPECT_TRUE(resolution[u"ambiguous"_s].toBool());
    EXPECT_TRUE(resolution[u"included"_s].toArray().contains(u"APT38"_s));

    const CliRun csv = cli({u"incidents"_s, demo, u"--country"_s, u"KR"_s, u"--csv"_s});
    ASSERT_EQ(csv.status, 0);
    const QList<QByteArray> lines = csv.out.split('\n');
    EXPECT_TRUE(lines.front().startsWith("id,start_date,"));
    const QJsonObject kr = jsonOf(cli({u"incidents"_s, demo, u"--country"_s, u"kr"_s, u"--json"_s}));
    EXPECT_EQ(lines.size() - 2, kr[u"rollup"_s][u"incidents"_s].toInteger()); // header and the final empty split
    EXPECT_EQ(kr[u"rollup"_s][u"countries"_s].toInteger(), 1);

    const CliRun text = cli({u"incidents"_s, demo, u"--search"_s, u"Bybit"_s});
    ASSERT_EQ(text.status, 0);
    EXPECT_TRUE(text.out.contains("Bybit"));
    EXPECT_TRUE(text.out.contains("1 incident · 1 country")) << text.out.toStdString();
}

TEST_F(CliTest, IncidentsRefusesBadFiltersWithUsageErrors)
{
    const QString demo = path(u"demo.awbcase"_s);
    ASSERT_EQ(cli({u"demo"_s, demo}).status, 0);
    const std::vector<std::pair<QStringList, const char *>> bad{
        {{u"--country"_s, u"ZZ"_s}, "ISO 3166-1"},
        {{u"--group"_s, u"Fancy Bear"_s}, "Fancy Bear"},
        {{u"--min-confidence"_s, u"certain"_s}, "low, moderate or high"},
        {{u"--from"_s, u"2019-13-01"_s}, "2019-13-01"},
        {{u"--min-loss"_s, u"lots"_s}, "whole US dollars"},
        {{u"--json"_s, u"--csv"_s}, "one of"},
        {{u"--group"_s}, "needs a value"},
    };
    for (const auto &[args, message] : bad) {
        const CliRun r = cli(QStringList{u"incidents"_s, demo} + args);
        EXPECT_EQ(r.status, 2) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_TRUE(r.err.contains(message)) << r.err.toStdString();
    }
    const CliRun big = cli({u"incidents"_s, demo, u"--min-loss"_s, u"1.4B"_s, u"--json"_s});
    ASSERT_EQ(big.status, 0);
    for (const QJsonValue &row : jsonOf(big)[u"incidents"_s].toArray()) {
        EXPECT_GE(row[u"loss_usd_max"_s].toInteger(), 1'400'000'000);
    }
}

TEST_F(CliTest, EachCommandHasItsOwnHelpAndUsageErrorsShowOnlyThatCommand)
{
    for (const QString &command : {u"import"_s, u"trace"_s, u"export"_s, u"demo"_s}) {
        for (const QStringList &args : {QStringList{command, u"--help"_s}, QStringList{u"help"_s, command}}) {
            const CliRun help = cli(args);
            EXPECT_EQ(help.status, 0) << args.join(u' ').toStdString();
            EXPECT_TRUE(help.out.startsWith(QByteArray("Usage:\n  " + command.toUtf8() + ' ')))
                << help.out.toStdString();
            EXPECT_FALSE(help.out.contains("\n  report CASE")) << "only the command's own lines";
        }
    }
    // The last command of the list ends before the footer, which comes once.
    const QByteArray report = cli({u"report"_s, u"--help"_s}).out;
    EXPECT_TRUE(report.startsWith("Usage:\n  report CASE ")) << report.toStdString();
    EXPECT_EQ(report.count("Errors go to stderr"), 1) << report.toStdString();
    // import has three synopses: all of them, and nothing of the next command.
    const QByteArray import = cli({u"import"_s, u"--help"_s}).out;
    EXPECT_EQ(import.count("\n  import CASE FILE --format"), 4);
    EXPECT_FALSE(import.contains("  path CASE"));
    const CliRun unknown = cli({u"help"_s, u"frobnicate"_s});
    EXPECT_EQ(unknown.status, 2);
    EXPECT_TRUE(unknown.err.contains("unknown command frobnicate"));

    // A usage error says what is wrong and shows that command's synopsis, not all eighty lines.
    const CliRun bad = cli({u"trace"_s, path(u"x.awbcase"_s), u"--hops"_s});
    EXPECT_EQ(bad.status, 2);
    EXPECT_TRUE(bad.err.startsWith("awb-cli: --hops needs a value\n")) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains("\n  trace CASE (--incident ID"));
    EXPECT_FALSE(bad.err.contains("\n  import CASE"));
    EXPECT_TRUE(bad.err.contains("Try 'awb-cli --help'"));
}

TEST_F(CliTest, ErrorsGoToStderrWithANonZeroStatus)
{
    QFile notes(path(u"notes.txt"_s));
    ASSERT_TRUE(notes.open(QIODevice::WriteOnly));
    notes.write("not a case");
    notes.close();
    for (const QString &command : {u"stats"_s, u"check"_s}) {
        const CliRun r = cli({command, path(u"notes.txt"_s)});
        EXPECT_EQ(r.status, 1) << command.toStdString();
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_TRUE(r.err.contains("not an Attribution Workbench case")) << r.err.toStdString();
    }
    const CliRun missing = cli({u"stats"_s, path(u"missing.awbcase"_s)});
    EXPECT_EQ(missing.status, 1);
    EXPECT_TRUE(missing.err.contains("does not exist"));
    EXPECT_EQ(cli({u"frobnicate"_s}).status, 2);
    EXPECT_EQ(cli({u"stats"_s}).status, 2);
    EXPECT_EQ(cli({u"stats"_s, path(u"x"_s), u"--bogus"_s}).status, 2);
    EXPECT_EQ(cli({}).status, 2);
    EXPECT_EQ(cli({u"--help"_s}).status, 0);
}

TEST_F(CliTest, CheckFailsOnABrokenForeignKey)
{
    ASSERT_EQ(cli({u"new"_s, path(u"b.awbcase"_s)}).status, 0);
    // Break the file behind the tool's back with the sqlite3 shell (installed by the test command).
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s,
                 {path(u"b.awbcase"_s), u"PRAGMA foreign_keys=OFF; INSERT INTO group_sources VALUES (7, 9);"_s});
    ASSERT_TRUE(sqlite.waitForFinished());
    ASSERT_EQ(sqlite.exitCode(), 0) << sqlite.readAllStandardError().toStdString();
    const CliRun r = cli({u"check"_s, path(u"b.awbcase"_s)});
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains("foreign_key_check")) << r.err.toStdString();
}

} // namespace

namespace {

/** Base units as written in trace JSON, compared as numbers (they exceed 64 bits). */
bool lessOrEqual(const QJsonValue &a, const QJsonValue &b)
{
    const QString x = a.toString(), y = b.toString();
    return x.size() != y.size() ? x.size() < y.size() : x <= y;
}

void expectTraceInvariants(const QJsonObject &json)
{
    for (const QJsonValue &e : json[u"endpoints"_s].toArray()) {
        EXPECT_TRUE(lessOrEqual(e[u"fifo"_s], e[u"poison"_s])) << e[u"address"_s].toString().toStdString();
        EXPECT_TRUE(lessOrEqual(e[u"haircut"_s], e[u"poison"_s])) << e[u"address"_s].toString().toStdString();
        EXPECT_TRUE(e[u"synthetic"_s].toBool());
    }
}

TEST_F(CliTest, TraceFollowsTheSyntheticScenarioToAMixerAnExchangeAndAPeelChain)
{
    const QString demo = path(u"demo.awbcase"_s);
    ASSERT_EQ(cli({u"demo"_s, demo}).status, 0);
    const QJsonArray found =
        jsonOf(cli({u"incidents"_s, demo, u"--search"_s, u"Harmony"_s, u"--json"_s}))[u"incidents"_s].toArray();
    ASSERT_EQ(found.size(), 1);
    const QString incident = QString::number(found[0][u"id"_s].toInteger());

    const QJsonObject forward = jsonOf(cli({u"trace"_s, demo, u"--incident"_s, incident, u"--json"_s}));
    expectTraceInvariants(forward);
    ASSERT_EQ(forward[u"traced"_s].toArray().size(), 1);
    EXPECT_EQ(forward[u"traced"_s][0][u"units"_s].toString(), u"30000"_s); // 3 exploiters × 10000 ETH
    bool mixer = false;
    for (const QJsonValue &e : forward[u"endpoints"_s].toArray()) {
        mixer = mixer || e[u"category"_s].toString() == u"mixer"_s;
    }
    EXPECT_TRUE(mixer) << "by default the trace stops at the mixer";
    EXPECT_TRUE(forward[u"bridges"_s].toArray().isEmpty());

    // Through the mixer the Ether reaches Bridge X, which lists its Bitcoin payouts as candidates to trace on from.
    const QJsonObject through =
        jsonOf(cli({u"trace"_s, demo, u"--incident"_s, incident, u"--through"_s, u"mixer"_s, u"--json"_s}));
    const QJsonArray bridges = through[u"bridges"_s].toArray();
    ASSERT_EQ(bridges.size(), 1);
    EXPECT_TRUE(bridges[0][u"bridge"_s].toString().endsWith(u"Bridge X"_s));
    EXPECT_EQ(bridges[0][u"chain"_s].toString(), u"ethereum"_s);
    const QJsonArray payouts = bridges[0][u"payouts"_s].toArray();
    ASSERT_EQ(payouts.size(), 3);
    for (const QJsonValue &p : payouts) {
        EXPECT_EQ(p[u"chain"_s].toString(), u"bitcoin"_s);
        EXPECT_GT(p[u"after_seconds"_s].toInteger(), 0);
        EXPECT_LE(p[u"after_seconds"_s].toInteger(), 48 * 3600);
        EXPECT_TRUE(p[u"synthetic"_s].toBool());
    }
    const QJsonObject narrow = jsonOf(cli({u"trace"_s, demo, u"--incident"_s, incident, u"--through"_s, u"mixer"_s,
                                           u"--bridge-window"_s, u"1"_s, u"--json"_s}));
    EXPECT_TRUE(narrow[u"bridges"_s][0][u"payouts"_s].toArray().isEmpty()) << "the payouts came 16 h later";
    EXPECT_EQ(cli({u"trace"_s, demo, u"--incident"_s, incident, u"--bridge-window"_s, u"soon"_s}).status, 2);

    const QJsonObject backward =
        jsonOf(cli({u"trace"_s, demo, u"--incident"_s, incident, u"--direction"_s, u"backward"_s, u"--json"_s}));
    expectTraceInvariants(backward);
    const QJsonArray chains = backward[u"peel_chains"_s].toArray();
    ASSERT_EQ(chains.size(), 1);
    EXPECT_GE(chains[0][u"hops"_s].toInt(), 10);

    // From the peel chain's start the BTC reaches the exchanges' deposit addresses.
    const QJsonObject peel = jsonOf(cli({u"trace"_s, demo, u"--address"_s, chains[0][u"start"_s].toString(),
                                         u"--through"_s, u"bridge"_s, u"--json"_s}));
    expectTraceInvariants(peel);
    int exchanges = 0;
    for (const QJsonValue &e : peel[u"endpoints"_s].toArray()) {
        exchanges += e[u"category"_s].toString() == u"exchange"_s ? 1 : 0;
    }
    EXPECT_GE(exchanges, 2);
    EXPECT_EQ(peel[u"peel_chains"_s].toArray().size(), 1);

    const CliRun bad = cli({u"trace"_s, demo, u"--incident"_s, incident, u"--hops"_s, u"many"_s});
    EXPECT_EQ(bad.status, 2);
    EXPECT_TRUE(bad.err.contains("--hops")) << bad.err.toStdString();
    EXPECT_EQ(cli({u"trace"_s, demo, u"--address"_s, u"0xnothere"_s}).status, 1);
}

} // namespace
