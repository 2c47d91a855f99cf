// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli import` on small real-shaped files (tests/data/import-e2e), run as a user would.
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using namespace Qt::Literals::StringLiterals;

struct CliResult
{
    int status = -1;
    QString out;
    QString err;
};

CliResult cli(const QStringList &args)
{
    QProcess p;
    p.start(QString::fromUtf8(AWB_CLI), args);
    EXPECT_TRUE(p.waitForFinished(120000)) << args.join(u' ').toStdString();
    return CliResult{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                     QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString fixture(const QString &name)
{
    return QString::fromUtf8(AWB_IMPORT_DATA) + u'/' + name;
}

class ImportCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_case = m_dir.filePath(u"case.awbcase"_s);
        ASSERT_EQ(cli({u"new"_s, m_case}).status, 0);
    }

    CliResult import(const QString &file, const QStringList &extra = {})
    {
        return cli(QStringList{u"import"_s, m_case, fixture(file), u"--format"_s, u"transfers-csv"_s} + extra);
    }

    QTemporaryDir m_dir;
    QString m_case;
};

TEST_F(ImportCliTest, ImportsAFileAndSaysWhatItWrote)
{
    const CliResult r = import(u"transfers.csv"_s);
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_TRUE(
        r.out.startsWith(u"Imported transfers.csv (transfers-csv) as batch 1: 3 rows read; 3 transfers and "
                         u"0 transactions imported; 3 addresses added; 0 duplicates skipped; 0 rows skipped;"_s))
        << r.out.toStdString();
    const CliResult check = cli({u"check"_s, m_case});
    EXPECT_EQ(check.status, 0) << check.err.toStdString();
    const CliResult stats = cli({u"stats"_s, m_case, u"--json"_s});
    const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    EXPECT_EQ(json[u"transfers"_s].toInteger(), 3);
    EXPECT_EQ(json[u"wallets"_s].toInteger(), 3);
}

TEST_F(ImportCliTest, JsonReportsCountsAndAReimport)
{
    CliResult r = import(u"transfers.csv"_s, {u"--json"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_FALSE(json[u"already_imported"_s].toBool());
    EXPECT_EQ(json[u"batch_id"_s].toInteger(), 1);
    EXPECT_EQ(json[u"file"_s].toString(), u"transfers.csv"_s);
    EXPECT_EQ(json[u"format"_s].toString(), u"transfers-csv"_s);
    QFile file(fixture(u"transfers.csv"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    // Qt's own SHA-256 checks the one the import computes with OpenSSL.
    EXPECT_EQ(json[u"sha256"_s].toString(),
              QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(json[u"rows_read"_s].toInteger(), 3);
    EXPECT_EQ(json[u"transfers_imported"_s].toInteger(), 3);
    EXPECT_EQ(json[u"addresses_added"_s].toInteger(), 3);
    EXPECT_EQ(json[u"duplicates_skipped"_s].toInteger(), 0);

    r = import(u"transfers.csv"_s, {u"--json"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_TRUE(json[u"already_imported"_s].toBool());
    EXPECT_EQ(json[u"batch_id"_s].toInteger(), 1);
    EXPECT_EQ(json[u"earlier_batch"_s].toObject()[u"rows_imported"_s].toInteger(), 3);

    r = import(u"transfers.csv"_s);
    EXPECT_EQ(r.status, 0);
    EXPECT_TRUE(r.out.startsWith(u"transfers.csv was already imported as batch 1 (transfers.csv) on "_s))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"3 rows read, 3 imported, 0 skipped. Nothing was written."_s)) << r.out.toStdString();
    const QJsonObject stats = QJsonDocument::fromJson(cli({u"stats"_s, m_case, u"--json"_s}).out.toUtf8()).object();
    EXPECT_EQ(stats[u"transfers"_s].toInteger(), 3);
}

TEST_F(ImportCliTest, AnOverlappingExportSkipsTheRowsAlreadyImported)
{
    ASSERT_EQ(import(u"transfers.csv"_s).status, 0);
    const CliResult r = import(u"overlap.csv"_s, {u"--json"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(json[u"transfers_imported"_s].toInteger(), 1);
    EXPECT_EQ(json[u"duplicates_skipped"_s].toInteger(), 1);
    EXPECT_EQ(json[u"addresses_added"_s].toInteger(), 0);
}

TEST_F(ImportCliTest, AMappingMapsColumnsAndIsSavedForLater)
{
    const CliResult r =
        import(u"renamed.csv"_s,
               {u"--map"_s, u"tx_hash=Hash"_s, u"--map"_s, u"from=Sender"_s, u"--map"_s, u"to=Recipient"_s, u"--map"_s,
                u"amount=Wei"_s, u"--map"_s, u"timestamp=Time"_s, u"--map"_s, u"fixed_asset=ETH"_s, u"--chain"_s,
                u"ethereum"_s, u"--save-mapping"_s, u"wei"_s, u"--json"_s});
    ASSERT_EQ(r.status, 0) << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"transfers_imported"_s].toInteger(), 1);

    // The same columns again, by name: a copy with another first row is a different file.
    QFile copy(m_dir.filePath(u"renamed2.csv"_s));
    ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
    copy.write("Hash,Sender,Recipient,Wei,Time\n0x" + QByteArray(64, '5') +
               ",0x00000000000000000000000000000000000000a1,0x00000000000000000000000000000000000000b2,3,1700000500\n");
    copy.close();
    const CliResult again = cli({u"import"_s, m_case, copy.fileName(), u"--format"_s, u"transfers-csv"_s,
                                 u"--mapping"_s, u"wei"_s, u"--json"_s});
    ASSERT_EQ(again.status, 0) << again.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(again.out.toUtf8()).object()[u"transfers_imported"_s].toInteger(), 1);

    const CliResult missing = import(u"renamed.csv"_s, {u"--mapping"_s, u"nope"_s});
    EXPECT_EQ(missing.status, 1);
    EXPECT_TRUE(missing.err.contains(u"no saved mapping named \"nope\""_s)) << missing.err.toStdString();
}

TEST_F(ImportCliTest, ABadRowFailsNamingTheLineAndWritesNothing)
{
    const CliResult r = import(u"bad.csv"_s);
    EXPECT_EQ(r.status, 1);
    EXPECT_TRUE(r.err.contains(u"bad.csv:3: "_s)) << r.err.toStdString();
    const QJsonObject stats = QJsonDocument::fromJson(cli({u"stats"_s, m_case, u"--json"_s}).out.toUtf8()).object();
    EXPECT_EQ(stats[u"transfers"_s].toInteger(), 0);
    EXPECT_EQ(stats[u"wallets"_s].toInteger(), 0);
}

TEST_F(ImportCliTest, UsageErrors)
{
    EXPECT_EQ(cli({u"import"_s, m_case, fixture(u"transfers.csv"_s)}).status, 2);
    EXPECT_EQ(import(u"transfers.csv"_s, {u"--map"_s, u"sender=A"_s}).status, 2);
    const CliResult wrong = cli({u"import"_s, m_case, fixture(u"transfers.csv"_s), u"--format"_s, u"xls"_s});
    EXPECT_EQ(wrong.status, 2);
    EXPECT_TRUE(wrong.err.contains(u"etherscan, esplora, bitcoin-core, transfers-csv"_s)) << wrong.err.toStdString();
    EXPECT_EQ(
        cli({u"import"_s, m_case, fixture(u"transfers.csv"_s), u"--format"_s, u"etherscan"_s, u"--map"_s, u"from=A"_s})
            .status,
        2);
}

} // namespace
