// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A CSV read in parallel chunks gives exactly what one reader gives: the same indexes, lines, and errors.
#include "core/import/csvreader.h"
#include "import_testutil.h"

#include <random>

namespace awb::import::test {
namespace {

using namespace Qt::Literals::StringLiterals;

/**
 * A transfers CSV of @p rows rows with the shapes that make cutting hard: quoted notes holding commas, doubled
 * quotes and newlines; CRLF and blank lines; adjacent rows of one transaction; two chains and three assets; one
 * address spelled in two cases; hashes in upper case.
 */
QByteArray awkwardCsv(int rows, quint64 seed)
{
    std::mt19937_64 rng(seed);
    const auto pick = [&](int n) {
        return int(rng() % quint64(n));
    };
    const auto hex = [&](int digits) {
        QByteArray out;
        for (int i = 0; i < digits; ++i) {
            out += "0123456789abcdef"[pick(16)];
        }
        return out;
    };
    std::vector<QByteArray> addresses;
    for (int i = 0; i < 60; ++i) {
        addresses.push_back("0x" + hex(40));
    }
    QByteArray csv = "tx_hash,from,to,amount,asset,decimals,timestamp,block,chain,note\r\n";
    QByteArray hash = "0x" + hex(64);
    for (int r = 0; r < rows; ++r) {
        if (pick(3) != 0) { // a third of the rows share the previous row's transaction
            hash = "0x" + hex(64);
        }
        QByteArray from = addresses[size_t(pick(60))];
        if (pick(5) == 0) {
            from = from.toUpper().replace("0X", "0x");
        }
        const bool bsc = pick(4) == 0;
        const char *asset = bsc ? "BNB" : (pick(2) ? "ETH" : "WETH");
        QByteArray note;
        switch (pick(5)) {
        case 0:
            note = "\"line one\nline two, with a comma\"";
            break;
        case 1:
            note = "\"she said \"\"cut here\"\"\r\nand left\"";
            break;
        case 2:
            note = "plain";
            break;
        default:
            break;
        }
        csv += (pick(6) == 0 ? hash.toUpper().replace("0X", "0x") : hash) + ',' + from + ',' +
               addresses[size_t(pick(60))] + ',' + QByteArray::number(quint64(rng() % 1'000'000'000'000)) + ',' +
               asset + ",18," + QByteArray::number(1'700'000'000 + r) + ',' + QByteArray::number(19'000'000 + r) + ',' +
               (bsc ? "bsc" : "ethereum") + ',' + note + (pick(2) ? "\r\n" : "\n");
        if (pick(40) == 0) {
            csv += "\n";
        }
    }
    return csv;
}

ImportData parseWith(const QByteArray &csv, int threads)
{
    ParseOptions options;
    options.threads = threads;
    auto result = parseBytes(csv, u"awkward.csv"_s, u"transfers-csv"_s, options);
    if (!result) {
        ADD_FAILURE() << result.error().message.toStdString();
        return {};
    }
    return std::move(*result);
}

void expectSame(const ImportData &one, const ImportData &many)
{
    EXPECT_EQ(many.rowsRead, one.rowsRead);
    EXPECT_EQ(many.rowsSkipped, one.rowsSkipped);
    EXPECT_EQ(many.warnings, one.warnings);
    ASSERT_EQ(many.addresses.size(), one.addresses.size());
    for (size_t i = 0; i < one.addresses.size(); ++i) {
        EXPECT_EQ(many.addresses[i].chain, one.addresses[i].chain);
        EXPECT_EQ(many.addresses[i].address, one.addresses[i].address) << "address " << i;
    }
    EXPECT_EQ(many.assets, one.assets);
    EXPECT_EQ(many.txHashes, one.txHashes);
    ASSERT_EQ(many.transfers.size(), one.transfers.size());
    for (size_t i = 0; i < one.transfers.size(); ++i) {
        const ImportedTransfer &a = one.transfers[i];
        const ImportedTransfer &b = many.transfers[i];
        ASSERT_EQ(std::tie(b.tx, b.from, b.to, b.asset, b.amount, b.timestamp, b.block, b.line),
                  std::tie(a.tx, a.from, a.to, a.asset, a.amount, a.timestamp, a.block, a.line))
            << "transfer " << i;
    }
}

TEST(ParallelCsv, ChunksGiveWhatOneReaderGives)
{
    for (quint64 seed = 1; seed <= 6; ++seed) {
        SCOPED_TRACE(seed);
        const QByteArray csv = awkwardCsv(700, seed);
        const ImportData one = parseWith(csv, 1);
        ASSERT_EQ(one.transfers.size(), 700u);
        ASSERT_LT(one.txHashes.size(), 600u); // adjacent rows of one transaction share an entry
        for (int threads : {2, 3, 7, 64}) {
            SCOPED_TRACE(threads);
            expectSame(one, parseWith(csv, threads));
        }
    }
}

TEST(ParallelCsv, AnErrorInALaterChunkIsTheOneReader)
{
    QByteArray csv = awkwardCsv(400, 9);
    const qsizetype late = csv.lastIndexOf(",18,");
    csv.replace(late, 4, ",x,"); // the decimals of a row near the end
    ParseOptions one;
    one.threads = 1;
    ParseOptions four;
    four.threads = 4;
    const QString expected = parseError(csv, u"transfers-csv"_s, one);
    EXPECT_TRUE(expected.contains(u"decimals"_s)) << expected.toStdString();
    EXPECT_EQ(parseError(csv, u"transfers-csv"_s, four), expected);
}

TEST(ParallelCsv, AStrayQuoteFallsBackToOneReader)
{
    // An unclosed quote early on makes every later cut a guess; the chunks fail, and one reader words the error.
    QByteArray csv = awkwardCsv(300, 4);
    const qsizetype early = csv.indexOf(",ETH,");
    csv.replace(early, 5, ",\"ETH,");
    ParseOptions one;
    one.threads = 1;
    ParseOptions three;
    three.threads = 3;
    const QString expected = parseError(csv, u"transfers-csv"_s, one);
    EXPECT_FALSE(expected.isEmpty());
    EXPECT_EQ(parseError(csv, u"transfers-csv"_s, three), expected);
}

TEST(ParallelCsv, CutsFallAfterNewlinesOutsideQuotesWithTheirLines)
{
    const QByteArray text = "a,b\n\"x\ny\",z\nc,d\n\"p\"\"q\",r\ne,f\n";
    for (int parts = 1; parts <= 8; ++parts) {
        SCOPED_TRACE(parts);
        const std::vector<CsvChunk> chunks = splitCsv(text, 10, parts);
        ASSERT_FALSE(chunks.empty());
        ASSERT_LE(chunks.size(), size_t(parts));
        qsizetype covered = 0;
        for (const CsvChunk &chunk : chunks) {
            EXPECT_EQ(chunk.bytes.data(), text.constData() + covered); // contiguous, in order
            EXPECT_EQ(chunk.firstLine, 10 + text.left(covered).count('\n'));
            EXPECT_EQ(text.left(covered).count('"') % 2, 0) << "a cut inside quotes";
            if (covered > 0) {
                EXPECT_EQ(text[covered - 1], '\n');
            }
            covered += chunk.bytes.size();
        }
        EXPECT_EQ(covered, text.size());
    }
    // The quoted newline on line 2 is never a cut: the second record starts on line 2 and ends on line 3.
    for (const CsvChunk &chunk : splitCsv(text, 1, 8)) {
        EXPECT_NE(chunk.firstLine, 3);
    }
}

} // namespace
} // namespace awb::import::test
