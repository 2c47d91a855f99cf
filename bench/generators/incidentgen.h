// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <cstdint>

namespace awb {
class CaseStore;
}

namespace awb::bench {

/**
 * Writes @p count synthetic incidents into @p store in one transaction, all citing one synthetic source. Titles
 * and descriptions draw words from a vocabulary with Zipf frequencies, so search terms range from rare to very
 * common. Every record is marked synthetic.
 */
Result<void> generateIncidents(CaseStore &store, std::int64_t count, std::uint64_t seed);

/** The search terms for the FTS benchmark: words of every frequency band of the vocabulary, in a fixed order. */
QStringList searchTerms(std::uint64_t seed, int count);

} // namespace awb::bench
