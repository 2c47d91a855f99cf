// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace awb::search {

/** Longest search text accepted; longer input is cut before it reaches FTS5. */
inline constexpr qsizetype kMaxSearchLength = 4096;

/**
 * Turns what a user typed into an FTS5 query that matches the words literally: every word becomes a quoted
 * string (quotes doubled), so `' OR 1=1 --`, `NEAR(`, `*` or `"` are searched for, never interpreted.
 * Words are ANDed. Returns an empty string when there is nothing to search for.
 */
QString literalFtsQuery(const QString &text);

} // namespace awb::search
