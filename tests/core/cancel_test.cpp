// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #9: long operations can be cancelled, and a cancel leaves the case and the target as they were.
#include "core/db/casefile.h"
#include "core/import/importfile.h"
#include "core/query/incidentfilter.h"
#include "core/report/tableexport.h"
#include "tests/core/testcase.h"

#include <QBuffer>
#include <QTemporaryDir>

#include <chrono>
#include <thread>

namespace awb {
namespace {

using namespace Qt::Literals::StringLiterals;
using test::ok;

qint64 count(db::SqliteCaseStore &store, const char *table)
{
    return ok(store.database().queryInt("SELECT count(*) FROM " + std::string(table)));
}

/** A transfers CSV of @p rows rows between 500 addresses. */
QByteArray transfersCsv(int rows)
{
    QByteArray csv = "tx_hash,from,to,amount,asset,decimals,timestamp,chain\n";
    csv.reserve(rows * 130);
    for (int i = 0; i < rows; ++i) {
        const QByteArray from = QByteArray::number(i % 500, 16).rightJustified(40, '0');
        const QByteArray to = QByteArray::number((i * 7 + 1) % 500, 16).rightJustified(40, 'a');
        csv += "0x" + QByteArray::number(i, 16).rightJustified(64, '0') + ",0x" + from + ",0x" + to + "," +
               QByteArray::number(1000 + i) + ",ETH,18," + QByteArray::number(1700000000 + i) + ",ethereum\n";
    }
    return csv;
}

class CancelTest : public ::testing::Test
{
protected:
    void SetUp() override { m_store = ok(db::SqliteCaseStore::create(m_dir.filePath(u"c.awbcase"_s))); }

    Result<import::ImportOutcome> import(const QByteArray &bytes, const Progress *progress)
    {
        return import::importBytes(*m_store, bytes, u"t.csv"_s, u"transfers-csv"_s, {}, &import::parseBytes, progress);
    }

    void expectUnchanged()
    {
        EXPECT_EQ(count(*m_store, "transfers"), 0);
        EXPECT_EQ(count(*m_store, "addresses"), 0);
        EXPECT_EQ(count(*m_store, "import_batches"), 0);
        EXPECT_EQ(ok(m_store->database().queryInt("SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = "
                                                  "'wal'")),
                  1);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<db::SqliteCaseStore> m_store;
};

TEST_F(CancelTest, AnImportCancelledAtAnyStageWritesNothing)
{
    const QByteArray csv = transfersCsv(200);
    const QStringList stages{u"Checking whether the file was imported before"_s, u"Reading the rows"_s,
                             u"Writing to the case"_s};
    for (const QString &at : stages) {
        std::stop_source stop;
        QStringList heard;
        const Progress progress{stop.get_token(), [&](const QString &stage, qint64, qint64) {
                                    heard << stage;
                                    if (stage == at) {
                                        stop.request_stop();
                                    }
                                }};
        auto result = import(csv, &progress);
        ASSERT_FALSE(result) << at.toStdString();
        EXPECT_EQ(result.error().code, Error::Code::Cancelled);
        EXPECT_EQ(result.error().message, u"The import of t.csv was cancelled; nothing was written."_s);
        EXPECT_EQ(heard.last(), at);
        expectUnchanged();
    }
    // Not cancelled, the same file imports whole.
    std::stop_source never;
    const Progress progress{never.get_token(), {}};
    EXPECT_EQ(ok(import(csv, &progress)).report.transfersImported, 200);
}

TEST_F(CancelTest, AStopInterruptsTheWriteOfALargeImportAndItRollsBack)
{
    // 12,000 rows: the import runs under the rollback journal, which must come back to WAL after the cancel.
    const QByteArray csv = transfersCsv(12000);
    std::stop_source stop;
    stop.request_stop(); // requested before the write: every statement that runs is interrupted
    m_store->database().setStopToken(stop.get_token());
    auto data = ok(import::parseBytes(csv, u"t.csv"_s, u"transfers-csv"_s));
    ImportBatch batch;
    batch.fileName = u"t.csv"_s;
    batch.sha256 = QString(64, u'a');
    batch.importer = u"transfers-csv"_s;
    auto written = m_store->importRecords(data, batch);
    ASSERT_FALSE(written);
    m_store->database().setStopToken({}); // no stop possible: the connection works as before
    expectUnchanged();
    EXPECT_EQ(ok(m_store->importRecords(data, batch)).transfersImported, 12000);
    auto opened = ok(db::openCaseFile(m_dir.filePath(u"c.awbcase"_s), true));
    EXPECT_TRUE(ok(db::integrityProblems(*opened.db)).isEmpty());
}

TEST_F(CancelTest, AStopFromAnotherThreadEndsARunningImport)
{
    const QByteArray csv = transfersCsv(60000);
    std::stop_source stop;
    m_store->database().setStopToken(stop.get_token());
    std::thread canceller;
    const Progress progress{stop.get_token(), [&](const QString &stage, qint64, qint64) {
                                if (stage == u"Writing to the case"_s) {
                                    // As the Cancel button does: from another thread, while SQLite works.
                                    canceller = std::thread([&stop] {
                                        std::this_thread::sleep_for(std::chrono::milliseconds(20));
                                        stop.request_stop();
                                    });
                                }
                            }};
    auto result = import(csv, &progress);
    canceller.join();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().code, Error::Code::Cancelled);
    m_store->database().setStopToken({});
    expectUnchanged();
}

TEST_F(CancelTest, ACancelledTransfersTableSaysSo)
{
    ok(import(transfersCsv(20000), nullptr));
    auto record = ok(loadIncidentRecord(*m_store));
    const FilterResult all = ok(applyFilter(*m_store, record.incidents, record.directory, {}));
    std::stop_source stop;
    std::vector<qint64> done;
    const Progress progress{stop.get_token(), [&](const QString &stage, qint64 rows, qint64 total) {
                                if (stage == u"Writing transfers"_s) {
                                    EXPECT_EQ(total, 20000);
                                    done.push_back(rows);
                                    stop.request_stop();
                                }
                            }};
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto rows =
        report::writeCsvTable(*m_store, report::ExportTable::Transfers, {all, record.directory, true, &progress}, out);
    ASSERT_FALSE(rows);
    EXPECT_EQ(rows.error().code, Error::Code::Cancelled);
    EXPECT_EQ(done, std::vector<qint64>{8192}); // the first chunk, then the stop was seen

    // Without a cancel the progress counts up to every row.
    std::stop_source never;
    done.clear();
    const Progress counting{never.get_token(), [&](const QString &, qint64 rowsDone, qint64) {
                                done.push_back(rowsDone);
                            }};
    QBuffer whole;
    whole.open(QIODevice::WriteOnly);
    EXPECT_EQ(ok(report::writeCsvTable(*m_store, report::ExportTable::Transfers,
                                       {all, record.directory, true, &counting}, whole)),
              20000);
    EXPECT_EQ(done.back(), 20000);
}

TEST_F(CancelTest, OpeningALargeCaseReportsItsChecksAndCanBeCancelled)
{
    ok(import(transfersCsv(12000), nullptr));
    const QString path = m_dir.filePath(u"c.awbcase"_s);
    m_store.reset();
    std::stop_source never;
    QStringList stages;
    const Progress counting{never.get_token(), [&](const QString &stage, qint64, qint64) {
                                stages << stage;
                            }};
    ok(db::openCaseFile(path, false, &counting));
    ASSERT_FALSE(stages.isEmpty()) << "the checks read the whole case: they must be heard";
    EXPECT_EQ(stages.front(), u"Checking c.awbcase"_s);

    std::stop_source stop;
    const Progress cancelling{stop.get_token(), [&](const QString &, qint64, qint64) {
                                  stop.request_stop();
                              }};
    auto cancelled = db::openCaseFile(path, false, &cancelling);
    ASSERT_FALSE(cancelled);
    EXPECT_EQ(cancelled.error().code, Error::Code::Cancelled);
    EXPECT_EQ(cancelled.error().message, u"Opening c.awbcase was cancelled; nothing was written."_s);
    auto opened = ok(db::openCaseFile(path, true)); // and the case is as it was
    EXPECT_TRUE(ok(db::integrityProblems(*opened.db)).isEmpty());
    EXPECT_EQ(ok(opened.db->queryInt("SELECT count(*) FROM transfers")), 12000);
}

} // namespace
} // namespace awb
