// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Esplora JSON transactions (an object, an array or JSON lines).
#include "core/import/esplorajson.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    awb::import::ParseOptions options;
    options.threads = 1;
    (void)awb::import::parseEsploraJson(awb::fuzz::bytesOf(data, size), u"fuzz.json"_s, options);
    return 0;
}
