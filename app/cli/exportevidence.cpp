// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli export --format evidence-pack`: one folder with the scope's report, tables and graph, the case's STIX
// bundle and TagPack, a manifest and SHA256SUMS (core/report/evidencepack.h, docs/export.md).
#include "app/cli/cliargs.h"
#include "core/db/sqlitecasestore.h"
#include "core/report/evidencepack.h"
#include "ui/report/pdfreport.h"

namespace awb::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kCommand = u"export --format evidence-pack"_s;

/** The usage problem with the command line that needs neither the case nor the scope, empty when there is none. */
QString commandLineProblem(const Parsed &p)
{
    if (p.value(u"--table"_s)) {
        return u"%1 writes every table; --table does not apply"_s.arg(kCommand);
    }
    const QStringList outs = p.values(u"-o"_s) + p.values(u"--out"_s);
    if (outs.size() != 1 || outs.front().isEmpty() || outs.front() == u"-"_s) {
        return u"%1 needs one -o DIR, a new or an empty directory"_s.arg(kCommand);
    }
    return {};
}

} // namespace

int exportEvidencePack(const Parsed &p, Streams io)
{
    if (const QString problem = commandLineProblem(p); !problem.isEmpty()) {
        return usage(io, problem);
    }
    const auto scope = summaryScopeOf(p, kCommand);
    if (!scope) {
        return usage(io, scope.error());
    }
    const auto summaryOptions = summaryOptionsOf(p);
    if (!summaryOptions) {
        return usage(io, summaryOptions.error());
    }
    const auto timestamp = stixTimestampOf(p);
    if (!timestamp) {
        return usage(io, timestamp.error());
    }
    const auto out = outputPathOf(p);
    if (!out) {
        return usage(io, out.error());
    }
    // Said before the case is opened; writeEvidencePack checks again before it renames.
    if (const QString problem = report::evidencePackTargetProblem(*out); !problem.isEmpty()) {
        return usage(io, u"-o %1"_s.arg(problem));
    }
    auto store = db::SqliteCaseStore::open(p.positional.at(0), true);
    if (!store) {
        return failure(io, store.error());
    }
    report::EvidencePackOptions options;
    options.scope = *scope;
    options.summary = *summaryOptions;
    options.stixTimestamp = *timestamp;
    auto pack = report::writeEvidencePack(**store, *out, options, pdf::writePdfReport);
    if (!pack) {
        return summaryFailure(io, pack.error());
    }
    io.out << "Wrote evidence pack " << *out << ": " << pack->files.size() << " files\n";
    for (const report::EvidenceFile &file : pack->files) {
        io.out << "  " << file.name << " (" << file.bytes << " bytes): " << file.description << '\n';
    }
    for (const QString &note : pack->notes) {
        io.err << "awb-cli: note: " << note << '\n';
    }
    return 0;
}

} // namespace awb::cli
