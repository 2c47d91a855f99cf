// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/amount.h"

#include <limits>

namespace awb {

namespace {

constexpr Amount kMax = std::numeric_limits<Amount>::max();

bool appendDigit(Amount &value, int digit)
{
    if (value > (kMax - Amount(digit)) / 10) {
        return false;
    }
    value = value * 10 + Amount(digit);
    return true;
}

} // namespace

std::optional<Amount> parseBaseUnits(const char *begin, const char *end)
{
    if (begin == end) {
        return std::nullopt;
    }
    Amount value = 0;
    for (const char *p = begin; p != end; ++p) {
        if (*p < '0' || *p > '9' || !appendDigit(value, *p - '0')) {
            return std::nullopt;
        }
    }
    return value;
}

std::optional<Amount> parseBaseUnits(QStringView text)
{
    const QByteArray latin = text.toLatin1();
    return parseBaseUnits(latin.constData(), latin.constData() + latin.size());
}

std::optional<Amount> parseDecimalUnits(QStringView text, int decimals)
{
    if (text.isEmpty() || decimals < 0 || decimals > 36) {
        return std::nullopt;
    }
    Amount value = 0;
    int fraction = -1; // digits seen after the point; -1 before it
    bool anyDigit = false;
    for (const QChar c : text) {
        if (c == u'.') {
            if (fraction >= 0) {
                return std::nullopt;
            }
            fraction = 0;
            continue;
        }
        if (c < u'0' || c > u'9') {
            return std::nullopt;
        }
        if (fraction >= 0 && ++fraction > decimals) {
            // Extra fractional zeros are harmless ("1.500" with 2 decimals); anything else would lose precision.
            if (c != u'0') {
                return std::nullopt;
            }
            --fraction;
            continue;
        }
        anyDigit = true;
        if (!appendDigit(value, c.unicode() - u'0')) {
            return std::nullopt;
        }
    }
    if (!anyDigit) {
        return std::nullopt;
    }
    for (int i = std::max(fraction, 0); i < decimals; ++i) {
        if (!appendDigit(value, 0)) {
            return std::nullopt;
        }
    }
    return value;
}

QString formatBaseUnits(Amount amount)
{
    char buffer[48];
    char *p = buffer + sizeof buffer;
    do {
        *--p = char('0' + int(amount % 10));
        amount /= 10;
    } while (amount != 0);
    return QString::fromLatin1(p, buffer + sizeof buffer - p);
}

QString formatUnits(Amount amount, int decimals)
{
    QString digits = formatBaseUnits(amount);
    if (decimals <= 0) {
        return digits;
    }
    if (digits.size() <= decimals) {
        digits = QString(decimals - digits.size() + 1, u'0') + digits;
    }
    QString whole = digits.left(digits.size() - decimals);
    QString fraction = digits.right(decimals);
    while (fraction.endsWith(u'0')) {
        fraction.chop(1);
    }
    return fraction.isEmpty() ? whole : whole + u'.' + fraction;
}

} // namespace awb
