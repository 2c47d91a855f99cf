// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/amount.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace awb::report {

/** True when a spreadsheet would evaluate a cell starting like @p value: a leading = + - @ tab or CR. */
bool startsFormula(QStringView value);

/**
 * One CSV cell of text (RFC 4180): prefixed with ' when startsFormula() (OWASP's CSV-injection rule), then quoted
 * when it holds a quote, a comma, CR or LF, with its quotes doubled. Everything else, bidi controls included, is
 * kept as it is: an export is evidence and must say what the case says.
 */
QString csvCell(const QString &value);

/**
 * Writes RFC 4180 CSV row by row to a device: UTF-8 without a BOM, CRLF line ends, the header row first.
 *
 * Text cells go through csvCell(). Numbers have a path of their own and are written as they are, never prefixed:
 * an integer's leading minus sign is a sign and cannot carry a formula, and a loss of -5 must stay a number. So a
 * column is either text (always neutralised, "-5" as text becomes '-5) or a number (only ever digits with a sign).
 *
 * Rows are gathered in a buffer of about 64 KiB that is written out when full, so a million rows cost no more
 * memory than one.
 */
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice &out);
    Q_DISABLE_COPY_MOVE(CsvWriter)
    ~CsvWriter() = default;

    /** The header row: one text cell per column name. */
    void header(const QStringList &columns);

    CsvWriter &text(const QString &value);
    /** Empty when there is no value. */
    CsvWriter &text(const std::optional<QString> &value);
    CsvWriter &number(qint64 value);
    /** Empty when there is no value. */
    CsvWriter &number(const std::optional<qint64> &value);
    /** An exact amount in base units, as its decimal digits (never through a double). */
    CsvWriter &baseUnits(Amount value);
    /** "true" or "false". */
    CsvWriter &flag(bool value);
    /** Ends the current row with CRLF. */
    void endRow();

    /** The data rows ended so far (the header is not counted). */
    qint64 rows() const { return m_rows; }

    /** Writes out what is buffered; an Io error when the device refused any write. */
    Result<void> finish();

private:
    void separate();
    void endLine();
    void writeOut();

    QIODevice &m_out;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_failed = false;
    qint64 m_rows = 0;
};

} // namespace awb::report
