// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/amount.h"

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using awb::Amount;

TEST(Amount, BaseUnitsRoundTripUpTo128Bits)
{
    const QString max = u"340282366920938463463374607431768211455"_s;
    EXPECT_EQ(awb::formatBaseUnits(*awb::parseBaseUnits(max)), max);
    EXPECT_EQ(awb::parseBaseUnits(u"340282366920938463463374607431768211456"_s), std::nullopt);
    EXPECT_EQ(awb::parseBaseUnits(u""_s), std::nullopt);
    EXPECT_EQ(awb::parseBaseUnits(u"-1"_s), std::nullopt);
    EXPECT_EQ(awb::parseBaseUnits(u"1e3"_s), std::nullopt);
    EXPECT_EQ(awb::formatBaseUnits(0), u"0"_s);
}

TEST(Amount, DecimalUnitsAreExact)
{
    EXPECT_EQ(awb::parseDecimalUnits(u"1.5"_s, 18), Amount(1500000000000000000ULL));
    EXPECT_EQ(awb::parseDecimalUnits(u"0.00000001"_s, 8), Amount(1));
    EXPECT_EQ(awb::parseDecimalUnits(u"21000000"_s, 8), Amount(2100000000000000ULL));
    EXPECT_EQ(awb::parseDecimalUnits(u"1.500"_s, 2), Amount(150));
    EXPECT_EQ(awb::parseDecimalUnits(u".5"_s, 1), Amount(5));
    EXPECT_EQ(awb::parseDecimalUnits(u"0.123"_s, 2), std::nullopt); // would lose a digit
    EXPECT_EQ(awb::parseDecimalUnits(u"1,5"_s, 2), std::nullopt);
    EXPECT_EQ(awb::parseDecimalUnits(u"1.2.3"_s, 2), std::nullopt);
    EXPECT_EQ(awb::parseDecimalUnits(u"."_s, 2), std::nullopt);
    EXPECT_EQ(awb::parseDecimalUnits(u"-1"_s, 2), std::nullopt);
}

TEST(Amount, FormatsWholeUnits)
{
    EXPECT_EQ(awb::formatUnits(1500000000000000000ULL, 18), u"1.5"_s);
    EXPECT_EQ(awb::formatUnits(1, 8), u"0.00000001"_s);
    EXPECT_EQ(awb::formatUnits(0, 8), u"0"_s);
    EXPECT_EQ(awb::formatUnits(2100000000000000ULL, 8), u"21000000"_s);
    EXPECT_EQ(awb::formatUnits(42, 0), u"42"_s);
}
