// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/csvreader.h"
#include "core/import/parsehelpers.h"

#include <gtest/gtest.h>

namespace awb::import {
namespace {

std::vector<std::vector<std::string>> readAll(const QByteArray &bytes, std::vector<qint64> *lines = nullptr)
{
    CsvReader reader(bytes);
    std::vector<std::vector<std::string>> rows;
    while (reader.next()) {
        rows.emplace_back(reader.cells().begin(), reader.cells().end());
        if (lines) {
            lines->push_back(reader.line());
        }
    }
    EXPECT_TRUE(reader.error().isEmpty()) << reader.error().toStdString();
    return rows;
}

using Rows = std::vector<std::vector<std::string>>;

TEST(CsvReader, ReadsQuotesDoubledQuotesAndEmbeddedNewlines)
{
    std::vector<qint64> lines;
    const Rows rows = readAll("a,\"b,c\",\"say \"\"hi\"\"\"\n\"two\nlines\",,x\n\nlast,\"\"", &lines);
    EXPECT_EQ(rows, (Rows{{"a", "b,c", "say \"hi\""}, {"two\nlines", "", "x"}, {"last", ""}}));
    EXPECT_EQ(lines, (std::vector<qint64>{1, 2, 5}));
}

TEST(CsvReader, SkipsTheBomAndHandlesCrlfAndATrailingComma)
{
    std::vector<qint64> lines;
    const Rows rows = readAll("\xEF\xBB\xBFh1,h2\r\n\"1\",2,\r\n\r\n3,\"4\"\r\n", &lines);
    EXPECT_EQ(rows, (Rows{{"h1", "h2"}, {"1", "2", ""}, {"3", "4"}}));
    EXPECT_EQ(lines, (std::vector<qint64>{1, 2, 4}));
}

TEST(CsvReader, ReportsAnUnclosedQuoteWithItsLine)
{
    CsvReader reader("a,b\n1,\"open\nnever closed\n");
    ASSERT_TRUE(reader.next());
    EXPECT_FALSE(reader.next());
    EXPECT_EQ(reader.line(), 2);
    EXPECT_TRUE(reader.error().contains(QStringLiteral("not closed")));
}

TEST(ParseHelpers, ReadsUnixAndIsoTimestamps)
{
    EXPECT_EQ(parseTimestamp("1704164645", false), 1704164645);
    EXPECT_EQ(parseTimestamp("2024-01-02T03:04:05Z", false), 1704164645);
    EXPECT_EQ(parseTimestamp("2024-01-02T05:04:05+02:00", false), 1704164645);
    EXPECT_EQ(parseTimestamp("2024-01-01T22:04:05.250-0500", false), 1704164645);
    EXPECT_EQ(parseTimestamp("2024-02-29 23:59:59", true), 1709251199);
    EXPECT_EQ(parseTimestamp("2024-02-29 23:59:59", false), std::nullopt); // no zone: ambiguous
    EXPECT_EQ(parseTimestamp("2024-13-01T00:00:00Z", false), std::nullopt);
    EXPECT_EQ(parseTimestamp("yesterday", false), std::nullopt);
}

TEST(ParseHelpers, StripsOnlyValidThousandsGrouping)
{
    EXPECT_EQ(withoutGrouping("1,234,567.5"), "1234567.5");
    EXPECT_EQ(withoutGrouping("0.25"), "0.25");
    EXPECT_EQ(withoutGrouping("1,23.5"), std::nullopt);
    EXPECT_EQ(withoutGrouping("1234,567"), std::nullopt);
    EXPECT_EQ(withoutGrouping(",123"), std::nullopt);
}

} // namespace
} // namespace awb::import
