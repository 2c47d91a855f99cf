// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the layout sources.
#pragma once

#include <QtGlobal>

#include <barrier>
#include <functional>
#include <thread>
#include <vector>

namespace awb::layout {

/**
 * Splits index ranges over a few threads that live as long as it does: a layout runs hundreds of short rounds,
 * and starting threads for each would cost more than the rounds. The calling thread takes the first slice.
 */
class ParallelFor
{
public:
    explicit ParallelFor(int threads);
    ~ParallelFor();
    ParallelFor(const ParallelFor &) = delete;
    ParallelFor &operator=(const ParallelFor &) = delete;

    /** Calls @p body(begin, end) on disjoint slices covering [0, @p n), and returns when all are done. */
    void run(quint32 n, const std::function<void(quint32, quint32)> &body);

private:
    void slice(int part);

    int m_threads = 1;
    quint32 m_n = 0;
    const std::function<void(quint32, quint32)> *m_body = nullptr;
    bool m_stop = false;
    std::barrier<> m_start;
    std::barrier<> m_done;
    std::vector<std::jthread> m_workers;
};

} // namespace awb::layout
