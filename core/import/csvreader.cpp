// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/csvreader.h"

#include "core/import/inputlimits.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace awb::import {

CsvReader::CsvReader(QByteArrayView data, qint64 firstLine)
    : m_pos(data.data())
    , m_end(data.data() + data.size())
    , m_line(firstLine)
{
    if (firstLine == 1 && data.size() >= 3 && std::memcmp(m_pos, "\xEF\xBB\xBF", 3) == 0) {
        m_pos += 3;
    }
}

bool CsvReader::readQuoted(Span &span)
{
    ++m_pos; // the opening quote
    const char *segment = m_pos;
    bool copied = false;
    for (;;) {
        const auto *quote = static_cast<const char *>(std::memchr(m_pos, '"', size_t(m_end - m_pos)));
        if (quote == nullptr) {
            m_error = QCoreApplication::translate("awb::import", "a quoted field is not closed before the end of the "
                                                                 "file");
            return false;
        }
        m_line += std::count(m_pos, quote, '\n');
        if (quote + 1 < m_end && quote[1] == '"') {
            // A doubled quote: the cell can no longer be a plain view of the input.
            if (!copied) {
                span = Span{nullptr, qsizetype(m_scratch.size()), 0};
                copied = true;
            }
            m_scratch.append(segment, size_t(quote + 1 - segment));
            m_pos = quote + 2;
            segment = m_pos;
            continue;
        }
        if (copied) {
            m_scratch.append(segment, size_t(quote - segment));
            span.size = qsizetype(m_scratch.size()) - span.offset;
        } else {
            span = Span{segment, 0, quote - segment};
        }
        m_pos = quote + 1;
        return true;
    }
}

bool CsvReader::next()
{
    m_spans.clear();
    m_cells.clear();
    m_scratch.clear();
    // Skip empty lines (LF or CRLF).
    while (m_pos < m_end && (*m_pos == '\n' || (*m_pos == '\r' && m_pos + 1 < m_end && m_pos[1] == '\n'))) {
        m_pos += *m_pos == '\r' ? 2 : 1;
        ++m_line;
    }
    if (m_pos >= m_end || !m_error.isEmpty()) {
        return false;
    }
    m_recordLine = m_line;
    for (;;) {
        Span span{m_pos, 0, 0};
        if (m_pos < m_end && *m_pos == '"') {
            if (!readQuoted(span)) {
                return false;
            }
            if (m_pos < m_end && *m_pos != ',' && *m_pos != '\n' && !(*m_pos == '\r' && m_pos + 1 == m_end) &&
                !(*m_pos == '\r' && m_pos[1] == '\n')) {
                m_error = QCoreApplication::translate("awb::import", "unexpected text after a closing quote");
                return false;
            }
            if (m_pos < m_end && *m_pos == '\r') {
                ++m_pos;
            }
        } else {
            const char *p = m_pos;
            while (p < m_end && *p != ',' && *p != '\n') {
                ++p;
            }
            span.size = p - m_pos;
            if ((p == m_end || *p == '\n') && span.size > 0 && p[-1] == '\r') {
                --span.size;
            }
            m_pos = p;
        }
        m_spans.push_back(span);
        if (m_pos < m_end && *m_pos == ',') {
            ++m_pos;
            continue;
        }
        if (m_pos < m_end) { // '\n'
            ++m_pos;
            ++m_line;
        }
        break;
    }
    for (const Span &s : m_spans) {
        if (s.size > limits::kMaxFieldBytes) {
            // A cell this long is no transfer field; refusing it keeps a garbage file from becoming huge strings.
            m_error = QCoreApplication::translate("awb::import", "a field is %1 bytes long (the limit is %2)")
                          .arg(s.size)
                          .arg(limits::fieldLimitText());
            return false;
        }
    }
    m_cells.reserve(m_spans.size());
    for (const Span &s : m_spans) {
        m_cells.emplace_back(s.begin ? s.begin : m_scratch.data() + s.offset, size_t(s.size));
    }
    return true;
}

namespace {

/** Whether [@p from, @p to) holds an odd number of quotes; memchr skips quote-free stretches at memory speed. */
bool oddQuotes(const char *from, const char *to)
{
    bool odd = false;
    while (const auto *quote = static_cast<const char *>(std::memchr(from, '"', size_t(to - from)))) {
        odd = !odd;
        from = quote + 1;
    }
    return odd;
}

} // namespace

std::vector<CsvChunk> splitCsv(QByteArrayView data, qint64 firstLine, int parts)
{
    std::vector<CsvChunk> chunks;
    const char *begin = data.data();
    const char *const end = begin + data.size();
    qint64 line = firstLine;
    bool quoted = false; // the parity of the quotes between the data's start and scan
    const char *scan = begin;
    for (int k = 1; k < parts; ++k) {
        const char *const target = data.data() + data.size() * k / parts;
        if (target <= scan) {
            continue;
        }
        quoted ^= oddQuotes(scan, target);
        scan = target;
        // The first newline after the target with an even number of quotes before it.
        const char *newline = nullptr;
        while (scan < end) {
            newline = static_cast<const char *>(std::memchr(scan, '\n', size_t(end - scan)));
            if (newline == nullptr) {
                break;
            }
            quoted ^= oddQuotes(scan, newline);
            scan = newline + 1;
            if (!quoted) {
                break;
            }
            newline = nullptr;
        }
        if (newline == nullptr || scan == end) {
            break;
        }
        chunks.push_back(CsvChunk{QByteArrayView(begin, scan - begin), line});
        line += std::count(begin, scan, '\n');
        begin = scan;
    }
    chunks.push_back(CsvChunk{QByteArrayView(begin, end - begin), line});
    return chunks;
}

} // namespace awb::import
