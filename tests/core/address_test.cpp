// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chain/address.h"

#include <gtest/gtest.h>

namespace awb::chain {
namespace {

using namespace Qt::Literals::StringLiterals;

QString normalized(const QString &chain, const QString &address)
{
    auto r = normalizeAddress(chain, address);
    return r ? *r : u"ERROR: "_s + r.error().message;
}

TEST(Eip55, MatchesTheSpecificationVectors)
{
    // The test vectors of EIP-55 itself.
    for (const QString &expected :
         {u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"_s, u"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"_s,
          u"0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"_s, u"0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"_s}) {
        EXPECT_EQ(eip55(expected.toLower()), expected);
        EXPECT_EQ(normalized(u"ethereum"_s, expected.toLower()), expected);
        EXPECT_EQ(normalized(u"bsc"_s, u"0x"_s + expected.mid(2).toUpper()), expected);
    }
}

TEST(Eip55, RefusesAMixedCaseAddressWithABadChecksum)
{
    const QString broken = u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"_s; // last letter's case flipped
    auto r = normalizeAddress(u"ethereum"_s, broken);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(u"checksum"_s));
    EXPECT_FALSE(normalizeAddress(u"ethereum"_s, u"0x1234"_s));
    EXPECT_FALSE(normalizeAddress(u"ethereum"_s, u"5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"_s));
    EXPECT_FALSE(normalizeAddress(u"ethereum"_s, u"0xZZZeb6053F3E94C9b9A09f33669435E7Ef1BeAed"_s));
}

TEST(Base58, KeepsCaseAndChecksOnlyTheChecksum)
{
    EXPECT_EQ(normalized(u"bitcoin"_s, u"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"_s),
              u"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"_s);
    EXPECT_EQ(normalized(u"bitcoin"_s, u"3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"_s),
              u"3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"_s);
    // Lower-casing a Base58 address destroys it; it must never be "normalised" that way.
    EXPECT_FALSE(normalizeAddress(u"bitcoin"_s, u"1bvbmseystwetqtfn5au4m4gfg7xjanvn2"_s));
    EXPECT_FALSE(normalizeAddress(u"bitcoin"_s, u"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3"_s));
    EXPECT_FALSE(normalizeAddress(u"bitcoin"_s, u"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNV0I"_s)); // not Base58
}

TEST(Bech32, AcceptsBip173AndBip350VectorsInOneCase)
{
    EXPECT_EQ(normalized(u"bitcoin"_s, u"BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4"_s),
              u"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"_s);
    EXPECT_TRUE(isValidBech32(u"bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0"_s)); // bech32m
    EXPECT_FALSE(isValidBech32(u"bc1qW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"_s));                    // mixed case
    EXPECT_FALSE(isValidBech32(u"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5"_s));                    // checksum
}

TEST(Bech32, EncodesWhatItValidates)
{
    const QByteArray program = QByteArray::fromHex("751e76e8199196d454941c45d1b3a323f1433bd6");
    EXPECT_EQ(encodeSegwitV0(u"bc"_s, program), u"bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"_s);
}

TEST(Base58, EncodesWhatItDecodes)
{
    const QByteArray payload = QByteArray::fromHex("00") + QByteArray(20, '\x11');
    const QString encoded = encodeBase58Check(payload);
    EXPECT_EQ(decodeBase58Check(encoded), payload);
}

TEST(Tron, RequiresTheTronVersionByte)
{
    EXPECT_EQ(normalized(u"tron"_s, u"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"_s), u"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"_s);
    EXPECT_FALSE(normalizeAddress(u"tron"_s, u"1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"_s));
}

TEST(OtherChains, KeepTheAddressAsWritten)
{
    EXPECT_EQ(normalized(u"xrp"_s, u"  rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh "_s),
              u"rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh"_s);
    EXPECT_FALSE(normalizeAddress(u"xrp"_s, u"   "_s));
}

} // namespace
} // namespace awb::chain
