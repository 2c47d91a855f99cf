// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/parsehelpers.h"

#include "core/import/inputlimits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <charconv>

namespace awb::import {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::import", text);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

bool fixedDigits(std::string_view text, size_t pos, size_t count, int &out)
{
    if (pos + count > text.size()) {
        return false;
    }
    out = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (!isDigit(text[i])) {
            return false;
        }
        out = out * 10 + (text[i] - '0');
    }
    return true;
}

} // namespace

std::unexpected<Error> inputError(const QString &fileName, qint64 line, const QString &what)
{
    return inputError(fileName, QString::number(line), what);
}

std::unexpected<Error> inputError(const QString &fileName, const QString &where, const QString &what)
{
    return fail(Error::Code::InvalidInput, fileName + u':' + where + u": "_s + what);
}

QString toQString(std::string_view bytes)
{
    return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return text;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return (x >= 'A' && x <= 'Z' ? x + 32 : x) == (y >= 'A' && y <= 'Z' ? y + 32 : y);
           });
}

std::optional<qint64> parseInteger(std::string_view text)
{
    text = trimmed(text);
    qint64 value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty()) {
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> parseTimestamp(std::string_view text, bool naiveIsUtc)
{
    text = trimmed(text);
    if (!text.empty() && std::all_of(text.begin(), text.end(), isDigit)) {
        return parseInteger(text);
    }
    // YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z|±HH[:]MM]
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!fixedDigits(text, 0, 4, year) || text.size() < 16 || text[4] != '-' || !fixedDigits(text, 5, 2, month) ||
        text[7] != '-' || !fixedDigits(text, 8, 2, day) || (text[10] != 'T' && text[10] != ' ') ||
        !fixedDigits(text, 11, 2, hour) || text[13] != ':' || !fixedDigits(text, 14, 2, minute)) {
        return std::nullopt;
    }
    size_t pos = 16;
    if (pos < text.size() && text[pos] == ':') {
        if (!fixedDigits(text, pos + 1, 2, second)) {
            return std::nullopt;
        }
        pos += 3;
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;
            while (pos < text.size() && isDigit(text[pos])) {
                ++pos;
            }
        }
    }
    static constexpr int kMonthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > kMonthDays[month - 1] || hour > 23 || minute > 59 || second > 60) {
        return std::nullopt;
    }
    qint64 offset = 0;
    const std::string_view zone = text.substr(pos);
    if (zone == "Z" || zone == "z" || zone == " UTC" || zone == "UTC") {
        offset = 0;
    } else if (zone.empty()) {
        if (!naiveIsUtc) {
            return std::nullopt;
        }
    } else if (zone[0] == '+' || zone[0] == '-') {
        int oh = 0, om = 0;
        const bool colon = zone.size() == 6 && zone[3] == ':';
        if (!fixedDigits(zone, 1, 2, oh) || (zone.size() != 3 && !fixedDigits(zone, colon ? 4 : 3, 2, om)) ||
            (zone.size() != 3 && zone.size() != 5 && !colon) || oh > 23 || om > 59) {
            return std::nullopt;
        }
        offset = (zone[0] == '+' ? 1 : -1) * (oh * 3600 + om * 60);
    } else {
        return std::nullopt;
    }
    return daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60 + second - offset;
}

std::optional<std::string> withoutGrouping(std::string_view text)
{
    const size_t point = std::min(text.find('.'), text.size());
    const std::string_view whole = text.substr(0, point);
    if (whole.find(',') == std::string_view::npos) {
        return std::string(text);
    }
    std::string out;
    out.reserve(text.size());
    size_t groupStart = 0;
    bool first = true;
    for (size_t i = 0; i <= whole.size(); ++i) {
        if (i == whole.size() || whole[i] == ',') {
            const size_t length = i - groupStart;
            if ((first && (length < 1 || length > 3)) || (!first && length != 3)) {
                return std::nullopt;
            }
            out.append(whole.substr(groupStart, length));
            groupStart = i + 1;
            first = false;
        }
    }
    out.append(text.substr(point));
    return out;
}

int fractionDigits(std::string_view text)
{
    const size_t point = text.find('.');
    return point == std::string_view::npos ? 0 : int(text.size() - point - 1);
}

std::optional<Amount> parseDecimal(std::string_view text, int decimals)
{
    text = trimmed(text);
    if (text.size() > 100) {
        return std::nullopt;
    }
    char16_t buffer[100];
    for (size_t i = 0; i < text.size(); ++i) {
        buffer[i] = char16_t(static_cast<unsigned char>(text[i]));
    }
    return parseDecimalUnits(QStringView(buffer, qsizetype(text.size())), decimals);
}

Result<std::vector<JsonRecord>> readJsonRecords(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.trimmed().isEmpty()) {
        return inputError(fileName, 1, tr("the file is empty"));
    }
    if (auto r = limits::checkJsonLimits(bytes, fileName); !r) {
        return std::unexpected(r.error());
    }
    const auto offsetError = [&](qint64 offset, const QString &what) {
        return inputError(fileName, tr("byte offset %1").arg(offset), what);
    };
    std::vector<JsonRecord> records;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError) {
        if (document.isObject()) {
            records.push_back({document.object(), 1, tr("record 1")});
        } else {
            const QJsonArray array = document.array();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!array.at(i).isObject()) {
                    return inputError(fileName, tr("record %1").arg(i + 1), tr("not a JSON object"));
                }
                records.push_back({array.at(i).toObject(), i + 1, tr("record %1").arg(i + 1)});
            }
        }
        return records;
    }
    if (error.error != QJsonParseError::GarbageAtEnd) {
        return offsetError(error.offset, tr("the JSON is malformed (%1)").arg(error.errorString()));
    }
    // JSON lines: one object per line.
    qint64 lineNumber = 0;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            end = bytes.size();
        }
        ++lineNumber;
        const QByteArray line = bytes.sliced(start, end - start).trimmed();
        if (!line.isEmpty()) {
            const QJsonDocument lineDocument = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError) {
                return inputError(fileName, QString::number(lineNumber),
                                  tr("the JSON is malformed at byte offset %1 (%2)")
                                      .arg(start + error.offset)
                                      .arg(error.errorString()));
            }
            if (!lineDocument.isObject()) {
                return inputError(fileName, lineNumber, tr("not a JSON object"));
            }
            records.push_back({lineDocument.object(), lineNumber, tr("line %1").arg(lineNumber)});
        }
        start = end + 1;
    }
    return records;
}

} // namespace awb::import
