// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GraphSense ActorPacks (YAML).
#include "core/interop/tagpack.h"
#include "tests/fuzz/fuzzinput.h"

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    (void)awb::interop::parseActorPack(awb::fuzz::bytesOf(data, size), u"fuzz.yaml"_s);
    return 0;
}
