// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Explorer CSV exports (Etherscan and clones): every byte string is either read or refused with an error.
#include "core/import/etherscancsv.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    awb::import::ParseOptions options;
    options.threads = 1;
    (void)awb::import::parseEtherscanCsv(awb::fuzz::bytesOf(data, size), u"fuzz.csv"_s, options);
    return 0;
}
