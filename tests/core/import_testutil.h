// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chain/address.h"
#include "core/import/parser.h"

#include <QFile>

#include <gtest/gtest.h>

namespace awb::import::test {

inline QString fixture(const QString &name)
{
    return QStringLiteral(AWB_SOURCE_DIR "/tests/data/import/") + name;
}

/** Parses a fixture, failing the test with the parser's message on an error. */
inline ImportData parsed(const QString &name, const QString &format, const ParseOptions &options = {})
{
    auto result = parseFile(fixture(name), format, options);
    if (!result) {
        ADD_FAILURE() << result.error().message.toStdString();
        return {};
    }
    return std::move(*result);
}

/** The error message of parsing @p bytes; empty (and a test failure) when it parses. */
inline QString parseError(const QByteArray &bytes, const QString &format, const ParseOptions &options = {})
{
    auto result = parseBytes(bytes, QStringLiteral("in.txt"), format, options);
    if (result) {
        ADD_FAILURE() << "the input was accepted";
        return {};
    }
    EXPECT_EQ(result.error().code, Error::Code::InvalidInput);
    return result.error().message;
}

inline QString addressAt(const ImportData &data, quint32 index)
{
    return index < data.addresses.size() ? data.addresses[index].address : QString();
}

inline QString canonical(const char *lowerHex)
{
    return chain::eip55(QString::fromLatin1(lowerHex));
}

inline std::string units(Amount amount)
{
    return formatBaseUnits(amount).toStdString();
}

inline bool anyWarningContains(const ImportData &data, const QString &fragment)
{
    return std::any_of(data.warnings.begin(), data.warnings.end(),
                       [&](const QString &w) { return w.contains(fragment); });
}

} // namespace awb::import::test
