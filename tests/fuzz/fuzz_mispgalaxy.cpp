// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MISP galaxy cluster files.
#include "core/interop/mispgalaxy.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)awb::interop::parseMispGalaxy(awb::fuzz::bytesOf(data, size), u"fuzz.json"_s);
    return 0;
}
