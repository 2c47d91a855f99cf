// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace awb::fuzz {

/**
 * The fuzzer's bytes without a copy: no terminating NUL follows them, so a parser that reads past the end of its
 * input is caught by AddressSanitizer instead of stopping on a copy's terminator.
 */
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace awb::fuzz
