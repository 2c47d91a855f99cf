// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace awb::import {

/**
 * An RFC 4180 reader over bytes: quoted fields, doubled quotes, embedded newlines, CRLF or LF, a leading UTF-8
 * BOM. Cells are views into the input (or into a per-record buffer for cells with doubled quotes), so reading a
 * record allocates nothing once the buffers have grown. Lines that are entirely empty are skipped.
 */
class CsvReader
{
public:
    /** Reads @p data, whose first byte is on line @p firstLine; a UTF-8 BOM is skipped only on line 1. */
    explicit CsvReader(QByteArrayView data, qint64 firstLine = 1);

    /** Reads the next record; false at the end of the input or on an error (then error() is not empty). */
    bool next();

    /** The current record's cells; valid until the next call to next(). */
    const std::vector<std::string_view> &cells() const { return m_cells; }

    /** The 1-based line where the current record (or the error) starts. */
    qint64 line() const { return m_recordLine; }

    /** What is malformed, empty while all is well. */
    const QString &error() const { return m_error; }

    /** Where the next record starts, and its line. */
    const char *position() const { return m_pos; }

    qint64 nextLine() const { return m_line; }

private:
    struct Span
    {
        const char *begin; // null: the cell lives in m_scratch at [offset, offset + size)
        qsizetype offset;
        qsizetype size;
    };

    bool readQuoted(Span &span);

    const char *m_pos;
    const char *m_end;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    std::vector<Span> m_spans;
    std::vector<std::string_view> m_cells;
    std::string m_scratch;
    QString m_error;
};

/** A run of whole records, and the line its first byte is on. */
struct CsvChunk
{
    QByteArrayView bytes;
    qint64 firstLine = 1;
};

/**
 * Cuts @p data (starting on line @p firstLine) into at most @p parts chunks of about equal size, each cut just after
 * a newline outside quotes as far as quote parity tells. Parity is a guess on a malformed file: a chunk that does
 * not end on a record boundary makes its reader fail with an unclosed quote, so a caller that sees every chunk
 * parse cleanly knows the cuts were record boundaries.
 */
std::vector<CsvChunk> splitCsv(QByteArrayView data, qint64 firstLine, int parts);

} // namespace awb::import
