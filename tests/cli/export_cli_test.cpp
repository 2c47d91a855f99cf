// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli export --format csv`, run as a user would; the files are read back with Python's csv module.
#include "tests/cli/clirun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using namespace Qt::Literals::StringLiterals;
using awb::test::cli;
using awb::test::CliRun;
using awb::test::jsonOf;

const QStringList kTables{u"incidents"_s, u"attributions"_s, u"wallets"_s, u"transfers"_s};

/** A CSV file as Python's csv module reads it (strict, UTF-8), with the raw bytes. */
struct Csv
{
    QByteArray bytes;
    QStringList header;
    std::vector<QStringList> rows;

    QStringList column(const QString &name) const
    {
        const qsizetype at = header.indexOf(name);
        EXPECT_GE(at, 0) << name.toStdString();
        QStringList out;
        for (const QStringList &row : rows) {
            out << row.value(at);
        }
        return out;
    }
};

Csv readCsv(const QByteArray &bytes)
{
    // Python reads the bytes as strict UTF-8 and RFC 4180 (csv.reader with strict=True), and checks that every
    // line outside quotes ends with CRLF by parsing again with '\r\n' as the only accepted terminator.
    static const QString script = uR"(
import csv, io, json, sys
raw = sys.stdin.buffer.read()
text = raw.decode('utf-8')
rows = list(csv.reader(io.StringIO(text, newline=''), strict=True))
assert raw.endswith(b'\r\n'), 'no CRLF at the end'
outside = ''.join(part for i, part in enumerate(text.split('"')) if i % 2 == 0)
assert '\n' not in outside.replace('\r\n', '') and '\r' not in outside.replace('\r\n', ''), 'a bare CR or LF'
json.dump(rows, sys.stdout)
)"_s;
    QProcess p;
    p.start(u"/usr/bin/python3"_s, {u"-c"_s, script});
    p.write(bytes);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(60000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    Csv csv;
    csv.bytes = bytes;
    for (const QJsonValue &row : rows) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray()) {
            cells << cell.toString();
        }
        if (csv.header.isEmpty()) {
            csv.header = cells;
        } else {
            EXPECT_EQ(cells.size(), csv.header.size()) << cells.join(u'|').toStdString();
            csv.rows.push_back(cells);
        }
    }
    return csv;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class ExportCliTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        ASSERT_EQ(cli({u"demo"_s, demo()}).status, 0);
    }

    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    static QString demo() { return s_dir->filePath(u"demo.awbcase"_s); }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /** Exports @p table of the demo case under @p filter to a file and reads it back. */
    Csv exported(const QString &table, const QStringList &filter = {})
    {
        const QString out = path(table + u".csv"_s);
        const CliRun r =
            cli(QStringList{u"export"_s, demo(), u"--format"_s, u"csv"_s, u"--table"_s, table, u"-o"_s, out} + filter);
        EXPECT_EQ(r.status, 0) << r.err.toStdString();
        return readCsv(contents(out));
    }

    qint64 stat(const char *key)
    {
        return jsonOf(cli({u"stats"_s, demo(), u"--json"_s}))[QString::fromLatin1(key)].toInteger();
    }

    static QTemporaryDir *s_dir;
    QTemporaryDir m_dir;
};

QTemporaryDir *ExportCliTest::s_dir = nullptr;

TEST_F(ExportCliTest, EveryTableOfTheDemoReadsBackWithOneRowPerRecord)
{
    const Csv incidents = exported(u"incidents"_s);
    EXPECT_EQ(qint64(incidents.rows.size()), stat("incidents"));
    EXPECT_EQ(incidents.bytes, cli({u"incidents"_s, demo(), u"--csv"_s}).out); // the same CSV as `incidents --csv`
    EXPECT_EQ(qint64(exported(u"attributions"_s).rows.size()), stat("attributions"));
    const Csv wallets = exported(u"wallets"_s);
    EXPECT_GE(qint64(wallets.rows.size()), stat("wallets")); // every address, once per role it has
    QSet<QString> syntheticAddresses;
    for (const QStringList &row : wallets.rows) {
        if (row.back() == u"true"_s) {
            syntheticAddresses << row.value(wallets.header.indexOf(u"address"_s));
        }
    }
    // Every synthetic address says so (a real one may too, through a synthetic incident, role or tag).
    EXPECT_GE(qint64(syntheticAddresses.size()), stat("synthetic_wallets"));
    EXPECT_TRUE(wallets.column(u"synthetic"_s).contains(u"false"_s));

    const Csv transfers = exported(u"transfers"_s);
    EXPECT_EQ(qint64(transfers.rows.size()), stat("transfers"));
    // The demo's transfers are all synthetic, and every row says so.
    EXPECT_EQ(transfers.column(u"synthetic"_s), QStringList(qsizetype(transfers.rows.size()), u"true"_s));
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    for (const QString &amount : transfers.column(u"amount_base_units"_s)) {
        EXPECT_TRUE(digits.match(amount).hasMatch()) << amount.toStdString();
    }
    for (const QString &table : kTables) {
        const Csv csv = readCsv(contents(path(table + u".csv"_s)));
        ASSERT_FALSE(csv.header.isEmpty()) << table.toStdString();
        EXPECT_EQ(csv.header.back(), u"synthetic"_s) << table.toStdString();
        for (const QString &flag : csv.column(u"synthetic"_s)) {
            EXPECT_TRUE(flag == u"true"_s || flag == u"false"_s) << table.toStdString();
        }
    }
}

TEST_F(ExportCliTest, DemoAttributionsMatchTheGoldenFile)
{
    const QString golden = QString::fromUtf8(AWB_EXPORT_DATA) + u"/demo-attributions.csv"_s;
    const Csv csv = exported(u"attributions"_s);
    if (qEnvironmentVariableIsSet("AWB_UPDATE_GOLDEN")) {
        QFile file(golden);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(csv.bytes);
    }
    const QByteArray expected = contents(golden);
    ASSERT_FALSE(expected.isEmpty()) << golden.toStdString();
    EXPECT_EQ(csv.bytes, expected) << "rerun with AWB_UPDATE_GOLDEN=1 after a deliberate change";
}

TEST_F(ExportCliTest, TheFilterKeepsTheIncidentsOfTheIncidentsCommand)
{
    const QStringList filter{u"--group"_s, u"Lazarus Group"_s, u"--from"_s, u"2022"_s};
    QSet<QString> kept;
    const QJsonObject json = jsonOf(cli(QStringList{u"incidents"_s, demo(), u"--json"_s} + filter));
    for (const QJsonValue &incident : json[u"incidents"_s].toArray()) {
        kept << QString::number(incident[u"id"_s].toInteger());
    }
    ASSERT_FALSE(kept.isEmpty());
    const Csv incidents = exported(u"incidents"_s, filter);
    const QStringList ids = incidents.column(u"id"_s);
    EXPECT_EQ(QSet<QString>(ids.begin(), ids.end()), kept);
    EXPECT_EQ(ids.size(), kept.size());
    EXPECT_LT(incidents.rows.size(), exported(u"incidents"_s).rows.size());

    const Csv attributions = exported(u"attributions"_s, filter);
    EXPECT_FALSE(attributions.rows.empty());
    EXPECT_LT(attributions.rows.size(), exported(u"attributions"_s).rows.size());
    for (const QString &id : attributions.column(u"incident_id"_s)) {
        EXPECT_TRUE(kept.contains(id)) << id.toStdString();
    }
    const Csv wallets = exported(u"wallets"_s, filter);
    EXPECT_FALSE(wallets.rows.empty());
    QSet<QString> addresses;
    for (const QStringList &row : wallets.rows) {
        EXPECT_TRUE(kept.contains(row.value(wallets.header.indexOf(u"incident_id"_s))));
        addresses << row.value(wallets.header.indexOf(u"address"_s));
    }
    const Csv transfers = exported(u"transfers"_s, filter);
    EXPECT_FALSE(transfers.rows.empty());
    for (const QStringList &row : transfers.rows) {
        EXPECT_TRUE(addresses.contains(row.value(transfers.header.indexOf(u"from"_s))) ||
                    addresses.contains(row.value(transfers.header.indexOf(u"to"_s))));
    }
    // A filter that keeps nothing leaves the header alone.
    EXPECT_TRUE(exported(u"transfers"_s, {u"--from"_s, u"2030"_s}).rows.empty());
}

TEST_F(ExportCliTest, StandardOutputGetsTheSameBytesAsAFile)
{
    const QString out = path(u"w.csv"_s);
    const CliRun file = cli({u"export"_s, demo(), u"--format=csv"_s, u"--table"_s, u"wallets"_s, u"--out"_s, out});
    ASSERT_EQ(file.status, 0) << file.err.toStdString();
    EXPECT_TRUE(file.out.startsWith("Wrote ")) << file.out.toStdString();
    const CliRun piped =
        cli({u"export"_s, demo(), u"--format"_s, u"csv"_s, u"--table"_s, u"wallets"_s, u"-o"_s, u"-"_s});
    ASSERT_EQ(piped.status, 0) << piped.err.toStdString();
    EXPECT_EQ(piped.out, contents(out));
    EXPECT_TRUE(piped.err.isEmpty()) << piped.err.toStdString();
}

TEST_F(ExportCliTest, BadInputFailsAndWritesNothing)
{
    const QString out = path(u"keep.csv"_s);
    QFile keep(out);
    ASSERT_TRUE(keep.open(QIODevice::WriteOnly));
    keep.write("keep");
    keep.close();
    const QString junk = path(u"junk.awbcase"_s);
    QFile junkFile(junk);
    ASSERT_TRUE(junkFile.open(QIODevice::WriteOnly));
    junkFile.write("not a case");
    junkFile.close();

    struct Case
    {
        QStringList args;
        int status;
        const char *message;
    };

    const QStringList csv{u"--format"_s, u"csv"_s};
    const std::vector<Case> cases{
        {QStringList{demo()} + csv + QStringList{u"--table"_s, u"tags"_s, u"-o"_s, out}, 2, "unknown table"},
        {QStringList{demo(), u"--format"_s, u"xlsx"_s, u"--table"_s, u"incidents"_s, u"-o"_s, out}, 2,
         "unknown format"},
        {QStringList{demo(), u"--table"_s, u"incidents"_s, u"-o"_s, out}, 2, "needs --format"},
        {QStringList{demo()} + csv + QStringList{u"-o"_s, out}, 2, "needs --table"},
        {QStringList{demo()} + csv + QStringList{u"--table"_s, u"incidents"_s}, 2, "needs one -o"},
        {QStringList{demo()} + csv +
             QStringList{u"--table"_s, u"incidents"_s, u"--min-loss"_s, u"lots"_s, u"-o"_s, out},
         2, "--min-loss"},
        {QStringList{demo()} + csv + QStringList{u"--table"_s, u"incidents"_s, u"--from"_s, u"2019-13"_s, u"-o"_s, out},
         2, ""},
        {QStringList{demo()} + csv + QStringList{u"--table"_s, u"wallets"_s, u"--group"_s, u"Nobody"_s, u"-o"_s, out},
         2, "Nobody"},
        {QStringList{junk} + csv + QStringList{u"--table"_s, u"incidents"_s, u"-o"_s, out}, 1, ""},
        {QStringList{path(u"missing.awbcase"_s)} + csv + QStringList{u"--table"_s, u"incidents"_s, u"-o"_s, out}, 1,
         "does not exist"},
        {QStringList{demo()} + csv + QStringList{u"--table"_s, u"incidents"_s, u"-o"_s, demo()}, 2,
         "overwrite the case"},
    };
    for (const Case &c : cases) {
        for (const QString &target : {out, u"-"_s}) {
            QStringList args = QStringList{u"export"_s} + c.args;
            for (QString &arg : args) {
                arg = arg == out ? target : arg;
            }
            const CliRun r = cli(args);
            EXPECT_EQ(r.status, c.status) << args.join(u' ').toStdString() << "\n" << r.err.toStdString();
            EXPECT_TRUE(r.err.contains(c.message)) << r.err.toStdString();
            EXPECT_TRUE(r.out.isEmpty()) << args.join(u' ').toStdString();
            EXPECT_EQ(contents(out), "keep") << args.join(u' ').toStdString();
        }
    }
    EXPECT_EQ(cli({u"check"_s, demo()}).status, 0);
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporary file left behind

    // A good export replaces the file, atomically.
    ASSERT_EQ(cli({u"export"_s, demo(), u"--format"_s, u"csv"_s, u"--table"_s, u"incidents"_s, u"-o"_s, out}).status,
              0);
    EXPECT_TRUE(contents(out).startsWith("id,start_date,"));
}

TEST_F(ExportCliTest, HostileImportedTextIsNeutralisedAndAmountsStayExact)
{
    const QString hostileCase = path(u"hostile.awbcase"_s);
    ASSERT_EQ(cli({u"new"_s, hostileCase}).status, 0);
    const QString file = path(u"hostile.csv"_s);
    QFile csv(file);
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("tx_hash,from,to,amount,asset,decimals,timestamp,chain\r\n"
              "\"=HYPERLINK(\"\"http://x\"\")\",0x00000000000000000000000000000000000000a1,"
              "0x00000000000000000000000000000000000000b2,123456789012345678901234567890,\"=cmd|' /C calc'!A0\",18,"
              "1700000000,ethereum\r\n"
              "\"<script>,\r\n\u202E\\\",0x00000000000000000000000000000000000000b2,"
              "0x00000000000000000000000000000000000000a1,1,@SUM(1),18,1700000001,ethereum\r\n"
              "+1,0x00000000000000000000000000000000000000a1,0x00000000000000000000000000000000000000a1,0,-2+3,0,"
              "1700000002,ethereum\r\n");
    csv.close();
    const CliRun imported = cli({u"import"_s, hostileCase, file, u"--format"_s, u"transfers-csv"_s});
    ASSERT_EQ(imported.status, 0) << imported.err.toStdString();

    const CliRun r =
        cli({u"export"_s, hostileCase, u"--format"_s, u"csv"_s, u"--table"_s, u"transfers"_s, u"-o"_s, u"-"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const Csv out = readCsv(r.out);
    ASSERT_EQ(out.rows.size(), 3u);
    EXPECT_EQ(out.column(u"tx_hash"_s),
              (QStringList{u"'=HYPERLINK(\"http://x\")"_s, u"<script>,\r\n\u202E\\"_s, u"'+1"_s}));
    EXPECT_EQ(out.column(u"asset"_s), (QStringList{u"'=cmd|' /C calc'!A0"_s, u"'@SUM(1)"_s, u"'-2+3"_s}));
    EXPECT_EQ(out.column(u"amount_base_units"_s), (QStringList{u"123456789012345678901234567890"_s, u"1"_s, u"0"_s}));
    EXPECT_EQ(out.column(u"decimals"_s), (QStringList{u"18"_s, u"18"_s, u"0"_s}));
    EXPECT_EQ(out.column(u"synthetic"_s), QStringList(3, u"false"_s));
}

TEST_F(ExportCliTest, StixBundleOfTheDemoValidatesAndIsTheSameTwice)
{
    const QString first = path(u"a.json"_s), second = path(u"b.json"_s);
    for (const QString &out : {first, second}) {
        const CliRun r = cli(
            {u"export"_s, demo(), u"--format"_s, u"stix"_s, u"--timestamp"_s, u"2026-11-21T09:00:00Z"_s, u"-o"_s, out});
        ASSERT_EQ(r.status, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains("STIX 2.1 bundle")) << r.out.toStdString();
    }
    EXPECT_EQ(contents(first), contents(second));
    const QJsonDocument bundle = QJsonDocument::fromJson(contents(first));
    EXPECT_EQ(bundle[u"type"_s].toString(), u"bundle"_s);
    EXPECT_TRUE(contents(first).contains("\"created\": \"2026-11-21T09:00:00.000Z\"") ||
                contents(first).contains("\"created\":\"2026-11-21T09:00:00.000Z\""));

    // The schemas of the tests, as the core tests use them.
    QProcess validate;
    validate.start(u"/usr/bin/python3"_s, {QStringLiteral(AWB_STIX_DATA) + u"/validate.py"_s,
                                           QStringLiteral(AWB_STIX_DATA) + u"/schemas"_s, first});
    ASSERT_TRUE(validate.waitForFinished(120000));
    EXPECT_EQ(validate.exitCode(), 0) << validate.readAllStandardOutput().toStdString()
                                      << validate.readAllStandardError().toStdString();

    // Filters and tables are CSV's; a local time would make the bundle depend on the machine.
    for (const QStringList &bad :
         {QStringList{u"--group"_s, u"Lazarus Group"_s}, QStringList{u"--table"_s, u"x"_s},
          QStringList{u"--timestamp"_s, u"2026-11-21T09:00:00"_s}, QStringList{u"--timestamp"_s, u"yesterday"_s}}) {
        const QString out = path(u"bad.json"_s);
        const CliRun r = cli(QStringList{u"export"_s, demo(), u"--format"_s, u"stix"_s, u"-o"_s, out} + bad);
        EXPECT_EQ(r.status, 2) << bad.join(u' ').toStdString();
        EXPECT_FALSE(QFile::exists(out));
    }
}

} // namespace
