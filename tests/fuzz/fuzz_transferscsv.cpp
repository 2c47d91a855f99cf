// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Generic transfers CSV. The first byte picks one or two readers, so splitCsv() cuts fuzzed files too.
#include "core/import/transferscsv.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    awb::import::ParseOptions options;
    options.threads = size > 0 && (data[0] & 1) != 0 ? 2 : 1;
    (void)awb::import::parseTransfersCsv(awb::fuzz::bytesOf(data, size), u"fuzz.csv"_s, options);
    return 0;
}
