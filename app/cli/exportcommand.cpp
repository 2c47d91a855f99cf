// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli export`: the incidents a filter keeps, in a format for other tools, written atomically or to stdout.
#include "app/cli/cliargs.h"
#include "core/db/sqlitecasestore.h"
#include "core/report/incidentsreport.h"
#include "core/report/summary/reportfile.h"
#include "core/report/tableexport.h"

#include <QBuffer>
#include <QFileInfo>

namespace awb::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

/** The formats `export --format` knows; each is a check and a write function, which may live in a file of its own. */
const std::map<QString, ExportFormat> &exportFormats()
{
    static const std::map<QString, ExportFormat> formats{
        {u"csv"_s, csvExportFormat()},
        {u"stix"_s, stixExportFormat()},
        {u"tagpack"_s, tagpackExportFormat()},
    };
    return formats;
}

// The evidence pack writes a folder, not one file or stdout, so it is no ExportFormat (exportevidence.cpp).
const QString kEvidencePack = u"evidence-pack"_s;

QString formatNames()
{
    QStringList names{kEvidencePack};
    for (const auto &entry : exportFormats()) {
        names << entry.first;
    }
    names.sort();
    return names.join(u", "_s);
}

/** Writes through @p write to stdout: straight to its device, or through a buffer when the stream has none. */
Result<QString> writeToStdout(const std::function<Result<QString>(QIODevice &)> &write, Streams io)
{
    io.out.flush();
    if (QIODevice *device = io.out.device()) {
        return write(*device);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = write(buffer);
    if (written) {
        io.out << QString::fromUtf8(buffer.data());
    }
    return written;
}

/** The usage problem with the command line before the case is opened, empty when there is none. */
QString commandLineProblem(const Parsed &p, const std::optional<QString> &format)
{
    if (!format) {
        return u"export needs --format (%1)"_s.arg(formatNames());
    }
    if (!exportFormats().contains(*format)) {
        return u"unknown format \"%1\" (export writes %2)"_s.arg(*format, formatNames());
    }
    if (p.values(u"-o"_s).size() + p.values(u"--out"_s).size() != 1) {
        return u"export needs one -o FILE (or -o - for standard output)"_s;
    }
    for (const QString &option : {u"--incident"_s, u"--date"_s}) {
        if (p.value(option)) {
            return u"%1 is for --format %2"_s.arg(option, kEvidencePack);
        }
    }
    return exportFormats().at(*format).check(p);
}

} // namespace

ExportFormat csvExportFormat()
{
    auto check = [](const Parsed &p) -> QString {
        const auto table = p.value(u"--table"_s);
        if (!table) {
            return u"export --format csv needs --table (%1)"_s.arg(report::exportTableNames().join(u", "_s));
        }
        if (p.value(u"--timestamp"_s)) {
            return u"--timestamp is for --format stix"_s;
        }
        if (!report::exportTable(*table)) {
            return u"unknown table \"%1\" (one of %2)"_s.arg(*table, report::exportTableNames().join(u", "_s));
        }
        return {};
    };
    auto write = [](const Parsed &p, const ExportInput &in, QIODevice &out) -> Result<QString> {
        const QString table = *p.value(u"--table"_s);
        return report::writeCsvTable(in.store, *report::exportTable(table), {in.filtered, in.directory, in.wholeCase},
                                     out)
            .transform([&](qint64 rows) { return u"%1 rows of %2"_s.arg(rows).arg(table); });
    };
    return {check, write};
}

std::expected<QString, QString> outputPathOf(const Parsed &p)
{
    const QString outPath = p.value(u"-o"_s).value_or(p.value(u"--out"_s).value_or(QString()));
    const QString caseFile = QFileInfo(p.positional.at(0)).canonicalFilePath();
    if (!caseFile.isEmpty() && QFileInfo(outPath).canonicalFilePath() == caseFile) {
        return std::unexpected(u"-o %1 would overwrite the case itself"_s.arg(outPath));
    }
    return outPath;
}

int cmdExport(const Parsed &p, Streams io)
{
    const std::optional<QString> format = p.value(u"--format"_s);
    if (format == kEvidencePack) {
        return exportEvidencePack(p, io);
    }
    if (const QString problem = commandLineProblem(p, format); !problem.isEmpty()) {
        return usage(io, problem);
    }
    auto filter = incidentFilterOf(p);
    if (!filter) {
        return usage(io, filter.error());
    }
    const QString casePath = p.positional.at(0);
    const auto out = outputPathOf(p);
    if (!out) {
        return usage(io, out.error());
    }
    const QString outPath = *out;

    auto store = db::SqliteCaseStore::open(casePath, true);
    if (!store) {
        return failure(io, store.error());
    }
    auto record = loadIncidentRecord(**store);
    if (!record) {
        return failure(io, record.error());
    }
    auto result = applyFilter(**store, record->incidents, record->directory, *filter);
    if (!result) {
        return result.error().code == Error::Code::NotFound ? usage(io, result.error().message)
                                                            : failure(io, result.error());
    }
    const ExportInput input{**store, *result, record->directory, filter->isEmpty()};
    auto write = [&](QIODevice &out) {
        return exportFormats().at(*format).write(p, input, out);
    };
    auto written = outPath == u"-"_s ? writeToStdout(write, io) : report::summary::writeFileAtomically(outPath, write);
    if (!written) {
        return failure(io, written.error());
    }
    // An ambiguous group name is said on stderr, so the user of a script sees it too.
    for (const GroupResolution &g : result->groups) {
        if (const QString note = report::resolutionText(g, record->directory); !note.isEmpty()) {
            io.err << "awb-cli: note: " << note << '\n';
        }
    }
    if (outPath != u"-"_s) {
        io.out << "Wrote " << *written << " to " << outPath << '\n';
    }
    return 0;
}

} // namespace awb::cli
