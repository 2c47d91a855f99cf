// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The limits of core/import/inputlimits.h, each met by every reader that can meet it: the file is refused with an
// error that names the file and the limit, whatever else the file holds.
#include "core/import/inputlimits.h"

#include "core/import/bitcoincorejson.h"
#include "core/import/esplorajson.h"
#include "core/import/etherscancsv.h"
#include "core/import/transferscsv.h"
#include "core/interop/interopimport.h"
#include "core/interop/mispgalaxy.h"
#include "core/interop/ofaclist.h"
#include "core/interop/tagpack.h"
#include "core/stix/stiximport.h"
#include "tests/core/testcase.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

namespace awb {
namespace {

using namespace Qt::Literals::StringLiterals;

/** Asserts that @p result failed as InvalidInput with a message naming @p file and containing @p limit. */
template <typename T>
void expectLimit(const Result<T> &result, const QString &file, const QString &limit)
{
    ASSERT_FALSE(result.has_value()) << "accepted, expected the limit " << limit.toStdString();
    EXPECT_EQ(result.error().code, Error::Code::InvalidInput);
    EXPECT_TRUE(result.error().message.contains(file)) << result.error().message.toStdString();
    EXPECT_TRUE(result.error().message.contains(limit)) << result.error().message.toStdString();
}

QByteArray nestedJson(int depth, const QByteArray &inner = "1")
{
    return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
}

const QByteArray kLongText(limits::kMaxFieldBytes + 1, 'a');
const QString kDepth = u"64 levels of nesting"_s;
const QString kField = u"1 MiB"_s;

Result<stix::StixBundle> readStix(QByteArray bytes)
{
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    stix::StixReadOptions options;
    options.fileName = u"bundle.json"_s;
    return stix::readStixBundle(device, options);
}

TEST(InputLimitsTest, FileSizeIsCheckedBeforeTheFileIsRead)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"huge.csv"_s);
    {
        // Sparse: no gigabyte is written, and none may be read (the check comes first).
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(limits::kMaxFileBytes + 1));
    }
    expectLimit(import::parseFile(path, u"etherscan"_s), u"huge.csv"_s, u"1 GiB"_s);
    auto store = test::memoryStore();
    expectLimit(interop::importInteropFile(*store, path, u"misp-galaxy"_s, {}), u"huge.csv"_s, u"1 GiB"_s);
    expectLimit(stix::importStix(*store, path), u"huge.csv"_s, u"1 GiB"_s);
    QFile device(path);
    ASSERT_TRUE(device.open(QIODevice::ReadOnly));
    expectLimit(stix::readStixBundle(device, {u"huge.csv"_s, {}, {}}), u"huge.csv"_s, u"1 GiB"_s);
    // At the limit itself the size is no reason to refuse.
    EXPECT_TRUE(limits::checkFileSize(limits::kMaxFileBytes, u"f"_s).has_value());
}

TEST(InputLimitsTest, JsonNestingDepthIsLimited)
{
    const QByteArray deep = "{\"vin\": " + nestedJson(64) + "}";
    expectLimit(import::parseEsploraJson(deep, u"deep.json"_s, {}), u"deep.json"_s, kDepth);
    expectLimit(import::parseBitcoinCoreJson(deep, u"deep.json"_s, {}), u"deep.json"_s, kDepth);
    expectLimit(interop::parseMispGalaxy(deep, u"deep.json"_s), u"deep.json"_s, kDepth);
    expectLimit(interop::parseOfacList(nestedJson(65, "\"x\""), u"deep.json"_s, {u"ethereum"_s, u"2024-01-02"_s}),
                u"deep.json"_s, kDepth);
    expectLimit(readStix("{\"type\": \"bundle\", \"x\": " + nestedJson(64) + "}"), u"bundle.json"_s, u"64 levels"_s);
    // Brackets inside strings are text, not nesting.
    const QByteArray quoted = "{\"values\": [{\"value\": \"" + QByteArray(200, '[') + "\"}]}";
    const auto galaxy = interop::parseMispGalaxy(quoted, u"quoted.json"_s);
    ASSERT_TRUE(galaxy.has_value()) << describe(galaxy.error()).toStdString();
    EXPECT_EQ(galaxy->actors.size(), 1u);
    // 64 levels are allowed: the error is then about the content, not the nesting.
    const auto atLimit = import::parseEsploraJson("{\"vin\": " + nestedJson(63) + "}", u"ok.json"_s, {});
    ASSERT_FALSE(atLimit.has_value());
    EXPECT_FALSE(atLimit.error().message.contains(kDepth)) << atLimit.error().message.toStdString();
}

TEST(InputLimitsTest, YamlNestingDepthIsLimited)
{
    const QByteArray deep = "tags:\n- address: " + nestedJson(70, "x") + "\n";
    expectLimit(interop::parseTagPack(deep, u"deep.yaml"_s), u"deep.yaml"_s, kDepth);
    expectLimit(interop::parseActorPack("actors:\n- id: " + nestedJson(70, "x") + "\n", u"deep.yaml"_s), u"deep.yaml"_s,
                kDepth);
}

TEST(InputLimitsTest, FieldLengthIsLimited)
{
    // In a row after a header the parser takes, and in a header (quoted or not).
    const QByteArray row = "Txhash,UnixTimestamp,From,To,Value\n0x1,1700000000,\"" + kLongText + "\",0x2,1\n";
    expectLimit(import::parseEtherscanCsv(row, u"long.csv"_s, {}), u"long.csv"_s, kField);
    const QByteArray header = "tx_hash,from," + kLongText + "\n";
    expectLimit(import::parseEtherscanCsv(header, u"long.csv"_s, {}), u"long.csv"_s, kField);
    expectLimit(import::parseTransfersCsv(header, u"long.csv"_s, {}), u"long.csv"_s, kField);
    expectLimit(import::parseTransfersCsv("tx_hash,\"" + kLongText + "\"\n", u"long.csv"_s, {}), u"long.csv"_s, kField);
    const QByteArray json = "{\"txid\": \"" + kLongText + "\"}";
    expectLimit(import::parseEsploraJson(json, u"long.json"_s, {}), u"long.json"_s, kField);
    expectLimit(interop::parseMispGalaxy(json, u"long.json"_s), u"long.json"_s, kField);
    expectLimit(interop::parseTagPack("tags:\n- address: " + kLongText + "\n", u"long.yaml"_s), u"long.yaml"_s, kField);
    expectLimit(interop::parseOfacList("# 2024-01-02\n" + kLongText + "\n", u"long.txt"_s, {u"ethereum"_s, {}}),
                u"long.txt:2"_s, kField);
    expectLimit(readStix("{\"type\": \"bundle\", \"id\": \"" + kLongText + "\"}"), u"bundle.json"_s, kField);
    expectLimit(readStix("{\"" + kLongText + "\": 1}"), u"bundle.json"_s, kField);
}

TEST(InputLimitsTest, YamlAliasExpansionIsLimited)
{
    // "Billion laughs": nine levels of ten aliases each name 10^9 nodes in a file of a few hundred bytes.
    QByteArray pack = "lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level < 9; ++level) {
        const QByteArray previous = "*l" + QByteArray::number(level - 1);
        QByteArray items;
        for (int i = 0; i < 10; ++i) {
            items += (i ? ", " : "") + previous;
        }
        pack += "lol" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [" + items + "]\n";
    }
    pack += "tags:\n- address: 1JLPh7kTReFZCbvizDuyjdyBBpN2hGzh5p\n  concepts: *l8\n";
    expectLimit(interop::parseTagPack(pack, u"laughs.yaml"_s), u"laughs.yaml"_s, u"100000 nodes"_s);

    // A pack that shares a list through an alias, as real ones may, is read.
    const QByteArray shared = "label: L\nsource: https://example.org/r\ncurrency: BTC\nconfidence: forensic\n"
                              "category: perpetrator\nconcepts: &c [perpetrator, hacker]\n"
                              "tags:\n- address: 1JLPh7kTReFZCbvizDuyjdyBBpN2hGzh5p\n  concepts: *c\n";
    const auto read = interop::parseTagPack(shared, u"shared.yaml"_s);
    ASSERT_TRUE(read.has_value()) << describe(read.error()).toStdString();
    EXPECT_EQ(read->tags.size(), 1u);
}

} // namespace
} // namespace awb
