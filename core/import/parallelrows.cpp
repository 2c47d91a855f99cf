// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/parallelrows.h"

#include "core/import/interner.h"

#include <algorithm>
#include <thread>

namespace awb::import {

namespace {

// Below this a chunk's thread costs more than it saves; above it, parsing scales with the cores.
constexpr qsizetype kMinChunkBytes = qsizetype(8) << 20;
constexpr int kMaxThreads = 8;

int chunkCount(qsizetype bytes, int threads)
{
    if (threads > 0) {
        return threads;
    }
    const int cores = std::clamp(int(std::thread::hardware_concurrency()), 1, kMaxThreads);
    return int(std::clamp<qsizetype>(bytes / kMinChunkBytes, 1, cores));
}

} // namespace

Result<void>
readInParallel(ImportData &data, const CsvChunk &rows, size_t rowBytes, int threads, const ReadRows &readRows)
{
    const auto reserveFor = [rowBytes](Interner &interner, const CsvChunk &chunk) {
        interner.reserve(size_t(chunk.bytes.size()) / std::max<size_t>(rowBytes, 1));
    };
    const int parts = chunkCount(rows.bytes.size(), threads);
    const std::vector<CsvChunk> chunks = parts > 1 ? splitCsv(rows.bytes, rows.firstLine, parts) : std::vector{rows};
    if (chunks.size() < 2) {
        Interner interner(data);
        reserveFor(interner, rows);
        return readRows(rows, data, interner);
    }

    const ImportData before = data; // what the header gave (format, warnings), for a second reading

    struct Part
    {
        ImportData data;
        Result<void> result;
    };

    std::vector<Part> later(chunks.size() - 1);
    Interner interner(data);
    Result<void> first;
    {
        std::vector<std::jthread> workers;
        workers.reserve(later.size());
        for (size_t i = 1; i < chunks.size(); ++i) {
            workers.emplace_back([&, i] {
                Part &part = later[i - 1];
                Interner own(part.data);
                reserveFor(own, chunks[i]);
                part.result = readRows(chunks[i], part.data, own);
            });
        }
        reserveFor(interner, rows); // the other chunks' rows join these
        first = readRows(chunks[0], data, interner);
    } // the workers join here
    const bool clean =
        first && std::all_of(later.begin(), later.end(), [](const Part &p) { return p.result.has_value(); });
    if (!clean) {
        // A chunk's error may come from a cut inside a quoted field of a malformed file; one reader over the
        // whole text finds the error it would have found alone.
        data = before;
        Interner again(data);
        reserveFor(again, rows);
        return readRows(rows, data, again);
    }
    for (Part &part : later) {
        interner.absorb(std::move(part.data));
    }
    return {};
}

} // namespace awb::import
