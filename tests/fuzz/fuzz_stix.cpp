// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// STIX bundles, read as a stream from a device.
#include "core/stix/stiximport.h"
#include "tests/fuzz/fuzzinput.h"

#include <QBuffer>

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray bytes = awb::fuzz::bytesOf(data, size);
    QBuffer device(&bytes);
    device.open(QIODevice::ReadOnly);
    awb::stix::StixReadOptions options;
    options.fileName = u"fuzz.json"_s;
    (void)awb::stix::readStixBundle(device, options);
    return 0;
}
