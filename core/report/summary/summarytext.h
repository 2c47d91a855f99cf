// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace awb::report::summary {

/**
 * Case text made safe to show: control characters (but line breaks and tabs), bidirectional overrides and
 * isolates, unpaired surrogates and non-characters become U+FFFD, so nothing can reorder or hide what follows.
 */
QString cleanText(const QString &text);
/** cleanText, then &, <, >, " and ' as entities: for XML and HTML text and attribute values alike. */
QString xmlEscape(const QString &text);
/** cleanText on one line, then every ASCII punctuation character backslash-escaped (CommonMark), so case text can
 *  create no emphasis, link, raw HTML, entity, table cell or heading. */
QString markdownEscape(const QString &text);
/** The URL, percent-encoded, when it is an absolute http or https URL with a host; nullopt for anything else. */
std::optional<QString> webUrl(const std::optional<QString> &url);
/** "[1][4]" for citations {1, 4}: the text renderers mark each fact with. */
QString citationText(const std::vector<int> &citations);

} // namespace awb::report::summary
