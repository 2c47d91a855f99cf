// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstring>

namespace awb::bench {

/** Writes a large file through a 1 MiB buffer; finish() reports the first error, naming the file. */
class BufferedWriter
{
public:
    explicit BufferedWriter(const QString &path)
        : m_file(path)
    {
        m_ok = m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        m_buffer.reserve(kFlushAt + 4096);
    }

    void write(const QByteArray &bytes)
    {
        m_buffer += bytes;
        if (m_buffer.size() >= kFlushAt) {
            flush();
        }
    }

    void write(const char *text) { write(QByteArray::fromRawData(text, qsizetype(std::strlen(text)))); }

    Result<void> finish()
    {
        flush();
        if (m_ok) {
            m_file.close();
            m_ok = m_file.error() == QFileDevice::NoError;
        }
        if (!m_ok) {
            return fail(Error::Code::Io,
                        QStringLiteral("Could not write %1: %2").arg(m_file.fileName(), m_file.errorString()));
        }
        return {};
    }

private:
    static constexpr qsizetype kFlushAt = 1 << 20;

    void flush()
    {
        if (m_ok && !m_buffer.isEmpty()) {
            m_ok = m_file.write(m_buffer) == m_buffer.size();
        }
        m_buffer.clear();
    }

    QFile m_file;
    QByteArray m_buffer;
    bool m_ok = false;
};

} // namespace awb::bench
