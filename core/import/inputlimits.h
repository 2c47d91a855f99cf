// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The limits every file reader (import/, interop/, stix/) applies to what a file may hold, so that a hostile or
// broken file is refused with a clear error instead of exhausting memory or the stack.
#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QString>

namespace awb::limits {

/** Largest file a reader takes; real explorer exports and ATT&CK bundles are tens of MB. */
inline constexpr qint64 kMaxFileBytes = qint64(1) << 30; // 1 GiB
/** Deepest nesting of JSON arrays/objects or YAML collections; real files nest fewer than 10 levels. */
inline constexpr int kMaxNestingDepth = 64;
/** Longest single field: a CSV cell, a JSON string or key, a YAML scalar, a line of a text list. */
inline constexpr qint64 kMaxFieldBytes = qint64(1) << 20; // 1 MiB
/** Most nodes YAML aliases may add when expanded ("billion laughs"); real packs use a handful of aliases. */
inline constexpr qint64 kMaxYamlAliasNodes = 100'000;

inline QString limitTr(const char *text)
{
    return QCoreApplication::translate("awb::limits", text);
}

/** The InvalidInput error "FILE: WHAT (the limit is LIMIT)." */
inline std::unexpected<Error> limitError(const QString &fileName, const QString &what, const QString &limit)
{
    return fail(Error::Code::InvalidInput, limitTr("%1: %2 (the limit is %3).").arg(fileName, what, limit));
}

inline QString fileLimitText()
{
    return limitTr("%1 bytes (1 GiB)").arg(kMaxFileBytes);
}

inline QString fieldLimitText()
{
    return limitTr("%1 bytes (1 MiB) per field").arg(kMaxFieldBytes);
}

inline QString depthLimitText()
{
    return limitTr("%1 levels of nesting").arg(kMaxNestingDepth);
}

/** Refuses a file of @p size bytes over kMaxFileBytes. */
inline Result<void> checkFileSize(qint64 size, const QString &fileName)
{
    if (size > kMaxFileBytes) {
        return limitError(fileName, limitTr("the file is %1 bytes, too large to read").arg(size), fileLimitText());
    }
    return {};
}

/** The bytes of the file at @p path, refused before reading when it is over kMaxFileBytes. */
inline Result<QByteArray> readInputFile(const QString &path)
{
    QFile file(path);
    auto ioError = [&] {
        return fail(Error::Code::Io, limitTr("Could not read %1: %2.").arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::ReadOnly)) {
        return ioError();
    }
    if (auto r = checkFileSize(file.size(), path); !r) {
        return std::unexpected(r.error());
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return ioError();
    }
    return bytes;
}

/**
 * Refuses JSON text that nests deeper than kMaxNestingDepth or holds a string (or key) longer than kMaxFieldBytes,
 * naming the byte offset. Only brackets outside strings count; the parser that runs after this validates the rest.
 */
inline Result<void> checkJsonLimits(QByteArrayView bytes, const QString &fileName)
{
    int depth = 0;
    qsizetype stringStart = -1; // offset of the opening quote while inside a string
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (stringStart >= 0) {
            if (c == '\\') {
                ++i; // the escaped character cannot close the string
            } else if (c == '"') {
                stringStart = -1;
                continue;
            }
            if (i - stringStart > kMaxFieldBytes) {
                return limitError(fileName, limitTr("the string at byte offset %1 is too long").arg(stringStart),
                                  fieldLimitText());
            }
        } else if (c == '"') {
            stringStart = i;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxNestingDepth) {
                return limitError(fileName, limitTr("the JSON nests too deeply at byte offset %1").arg(i),
                                  depthLimitText());
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return {};
}

} // namespace awb::limits
