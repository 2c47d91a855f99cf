// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Median, fastest and slowest of a list of times: the one summary every benchmark reports.
#pragma once

#include <algorithm>
#include <vector>

namespace awb::bench {

struct Timing
{
    double median = 0;
    double min = 0;
    double max = 0;
};

/** The summary of @p ms (any order); zeros for an empty list. */
inline Timing timingOf(std::vector<double> ms)
{
    if (ms.empty()) {
        return {};
    }
    std::ranges::sort(ms);
    const std::size_t n = ms.size();
    return {n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2, ms.front(), ms.back()};
}

} // namespace awb::bench
