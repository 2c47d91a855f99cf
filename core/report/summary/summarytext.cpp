// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/summary/summarytext.h"

#include <QUrl>

namespace awb::report::summary {

using namespace Qt::Literals::StringLiterals;

namespace {

bool unsafe(char32_t c)
{
    if (c == u'\n' || c == u'\t') {
        return false;
    }
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x061c || c == 0x200e || c == 0x200f ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || (c >= 0xd800 && c <= 0xdfff) ||
           (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
}

} // namespace

QString cleanText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (char32_t c : text.toUcs4()) {
        if (unsafe(c)) {
            out += QChar(0xfffd);
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    return out;
}

QString xmlEscape(const QString &text)
{
    QString out = cleanText(text).toHtmlEscaped(); // & < > "
    return out.replace(u'\'', u"&#39;"_s);
}

QString markdownEscape(const QString &text)
{
    QString out;
    for (QChar c : cleanText(text).simplified()) {
        const char16_t u = c.unicode();
        if (u > 0x20 && u < 0x7f && !c.isLetterOrNumber()) {
            out += u'\\';
        }
        out += c;
    }
    return out;
}

std::optional<QString> webUrl(const std::optional<QString> &url)
{
    if (!url) {
        return std::nullopt;
    }
    const QUrl parsed(url->trimmed(), QUrl::TolerantMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || parsed.host().isEmpty()) {
        return std::nullopt;
    }
    return QString::fromLatin1(parsed.toEncoded(QUrl::FullyEncoded));
}

QString citationText(const std::vector<int> &citations)
{
    QString out;
    for (int n : citations) {
        out += u"[%1]"_s.arg(n);
    }
    return out;
}

} // namespace awb::report::summary
