// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/neighbourhood.h"
#include "core/progress.h"
#include "core/report/summary/casesummary.h"
#include "core/report/summary/reportfile.h"
#include "core/result.h"

#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

class QIODevice;

namespace awb {
class CaseStore;
} // namespace awb

namespace awb::report {

using summary::PdfWriter; // awb-cli and the GUI pass pdf::writePdfReport

struct EvidencePackOptions
{
    /** What the pack is about: one incident, a group's incidents or a filter's (as `awb-cli report` takes it). */
    summary::SummaryScope scope;
    summary::SummaryOptions summary; // caseName (empty: the store's file name) and reportDate
    /** The STIX objects' created/modified; none: the time of the export. */
    std::optional<QDateTime> stixTimestamp;
    /** The graph around the scope's incidents; two hops reach their addresses and the addresses those paid. */
    graph::NeighbourhoodOptions graph{2, {}, 500};
    quint64 layoutSeed = 20261121; // the same as `awb-cli graph`'s default, so the two agree
    /** Hears each file and the transfers written (may be null); a cancel removes the staging directory. */
    const Progress *progress = nullptr;

    /** An empty filter is the whole case: the tables hold every address and transfer, those no incident names too. */
    bool wholeCase() const { return scope.kind == summary::SummaryScope::Kind::Filter && scope.filter.isEmpty(); }
};

/** One file of a pack. */
struct EvidenceFile
{
    QString name;
    qint64 bytes = 0;
    QString sha256; // lowercase hex
    QString description;
};

struct EvidencePack
{
    QString directory;               // the pack's absolute path
    std::vector<EvidenceFile> files; // in the order written: the content, manifest.json, SHA256SUMS
    QStringList notes;               // a truncated graph, synthetic records, tags left out
};

/** The names of a pack's files, in the order they are written. */
QStringList evidencePackFileNames();

/**
 * Why @p directory cannot take a pack, empty when it can: it must not exist, or be an empty directory (which the
 * pack replaces). A file, a link or a directory with anything in it is refused and never touched.
 */
QString evidencePackTargetProblem(const QString &directory);

/**
 * Writes the evidence pack of issue #6 (docs/export.md) to @p directory: the summary report as PDF (through
 * @p writePdf), the four export tables of the scope's incidents as CSV, the graph around them as GraphML, the
 * case as a STIX 2.1 bundle and its tags as a GraphSense TagPack, then manifest.json (what each file is, its size
 * and SHA-256) and SHA256SUMS (`sha256sum -c` format, covering every other file).
 *
 * All or nothing: the files are written to a staging directory beside @p directory and renamed to it at the end;
 * on any failure the staging directory is removed and @p directory is as it was. Errors: InvalidInput for a target
 * evidencePackTargetProblem() refuses or a bad filter, NotFound for an unknown incident or group, Io for a failed
 * write, and whatever @p writePdf or the store returns.
 */
Result<EvidencePack> writeEvidencePack(CaseStore &store,
                                       const QString &directory,
                                       const EvidencePackOptions &options,
                                       const PdfWriter &writePdf);

} // namespace awb::report
