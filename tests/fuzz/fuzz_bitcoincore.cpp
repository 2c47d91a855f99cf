// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bitcoin Core getrawtransaction JSON (bare or in its JSON-RPC envelope).
#include "core/import/bitcoincorejson.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    awb::import::ParseOptions options;
    options.threads = 1;
    (void)awb::import::parseBitcoinCoreJson(awb::fuzz::bytesOf(data, size), u"fuzz.json"_s, options);
    return 0;
}
