// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/csv.h"

#include <QCoreApplication>
#include <QIODevice>

namespace awb::report {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype kBufferBytes = 64 * 1024;

} // namespace

bool startsFormula(QStringView value)
{
    // OWASP's CSV-injection rule: a leading = + - @ tab or CR makes a spreadsheet evaluate the cell.
    return !value.isEmpty() && QStringView(u"=+-@\t\r").contains(value.front());
}

QString csvCell(const QString &value)
{
    QString v = value;
    if (startsFormula(v)) {
        v.prepend(u'\'');
    }
    if (v.contains(u'"') || v.contains(u',') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u"\""_s, u"\"\""_s);
        v = u'"' + v + u'"';
    }
    return v;
}

CsvWriter::CsvWriter(QIODevice &out)
    : m_out(out)
{
    m_buffer.reserve(kBufferBytes + 4096);
}

void CsvWriter::header(const QStringList &columns)
{
    for (const QString &column : columns) {
        text(column);
    }
    endLine();
}

CsvWriter &CsvWriter::text(const QString &value)
{
    separate();
    m_buffer += csvCell(value).toUtf8();
    return *this;
}

CsvWriter &CsvWriter::text(const std::optional<QString> &value)
{
    return text(value.value_or(QString()));
}

CsvWriter &CsvWriter::number(qint64 value)
{
    separate();
    m_buffer += QByteArray::number(value);
    return *this;
}

CsvWriter &CsvWriter::number(const std::optional<qint64> &value)
{
    if (value) {
        return number(*value);
    }
    separate();
    return *this;
}

CsvWriter &CsvWriter::baseUnits(Amount value)
{
    separate();
    m_buffer += formatBaseUnits(value).toLatin1();
    return *this;
}

CsvWriter &CsvWriter::flag(bool value)
{
    separate();
    m_buffer += value ? "true" : "false";
    return *this;
}

void CsvWriter::endRow()
{
    endLine();
    ++m_rows;
}

Result<void> CsvWriter::finish()
{
    writeOut();
    if (m_failed) {
        return std::unexpected(Error{Error::Code::Io,
                                     QCoreApplication::translate("awb::report", "Could not write the CSV output."),
                                     m_out.errorString()});
    }
    return {};
}

void CsvWriter::separate()
{
    if (m_rowStarted) {
        m_buffer += ',';
    }
    m_rowStarted = true;
}

void CsvWriter::endLine()
{
    m_buffer += "\r\n";
    m_rowStarted = false;
    if (m_buffer.size() >= kBufferBytes) {
        writeOut();
    }
}

void CsvWriter::writeOut()
{
    // After a failed write the rest is dropped; finish() reports the failure.
    if (!m_failed && !m_buffer.isEmpty()) {
        m_failed = m_out.write(m_buffer) != m_buffer.size();
    }
    m_buffer.clear();
}

} // namespace awb::report
