// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/search/ftsquery.h"

#include <QStringList>

namespace awb::search {

using namespace Qt::Literals::StringLiterals;

QString literalFtsQuery(const QString &text)
{
    const QString input = text.left(kMaxSearchLength).simplified();
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
