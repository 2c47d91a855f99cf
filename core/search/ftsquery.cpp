// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/ftsquery.h"

#include <QStringList>

namespace awb::search {

using namespace Qt::Literals::StringLiterals;

QString literalFtsQuery(const QString &text)
{
    QString input = text.left(kMaxSearchLength);
    // FTS5 reads the query as a C string: a NUL ended it inside a quoted word ("unterminated string", found by
    // fuzz_search). No control character belongs to a word, so each separates words like a space.
    for (QChar &c : input) {
        if (c.category() == QChar::Other_Control) {
            c = u' ';
        }
    }
    input = input.simplified();
    QStringList phrases;
    for (QStringView word : QStringView(input).split(u' ', Qt::SkipEmptyParts)) {
        // A word without a letter or digit has no token for FTS5 to match; quoting it would only match nothing.
        if (std::none_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); })) {
            continue;
        }
        QString quoted = word.toString();
        quoted.replace(u'"', u"\"\""_s);
        phrases << u'"' + quoted + u'"';
    }
    return phrases.join(u' ');
}

} // namespace awb::search
