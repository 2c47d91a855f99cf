// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/parallelfor.h"

#include <algorithm>

namespace awb::layout {

ParallelFor::ParallelFor(int threads)
    : m_threads(std::max(threads, 1))
    , m_start(m_threads)
    , m_done(m_threads)
{
    for (int part = 1; part < m_threads; ++part) {
        m_workers.emplace_back([this, part] {
            for (;;) {
                m_start.arrive_and_wait();
                if (m_stop) {
                    return;
                }
                slice(part);
                m_done.arrive_and_wait();
            }
        });
    }
}

ParallelFor::~ParallelFor()
{
    if (!m_workers.empty()) {
        m_stop = true;
        m_start.arrive_and_wait(); // the workers see m_stop and return; jthread joins them
    }
}

void ParallelFor::slice(int part)
{
    const quint64 n = m_n;
    (*m_body)(quint32(n * quint64(part) / quint64(m_threads)), quint32(n * quint64(part + 1) / quint64(m_threads)));
}

void ParallelFor::run(quint32 n, const std::function<void(quint32, quint32)> &body)
{
    if (m_workers.empty() || n < 256) { // a small level is quicker on one thread than handing it out
        body(0, n);
        return;
    }
    m_n = n;
    m_body = &body;
    m_start.arrive_and_wait(); // the barrier orders these writes before the workers read them
    slice(0);
    m_done.arrive_and_wait();
}

} // namespace awb::layout
