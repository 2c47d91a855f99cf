// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// OFAC SDN address lists (text or JSON). With a list date given the parser reads on to the addresses.
#include "core/interop/ofaclist.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const awb::interop::OfacOptions options{{}, u"2024-01-02"_s};
    (void)awb::interop::parseOfacList(awb::fuzz::bytesOf(data, size), u"sanctioned_addresses_ETH.txt"_s, options);
    return 0;
}
