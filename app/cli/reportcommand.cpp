// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli report`: a case summary report of one incident, one group or a filter as Markdown or HTML (docs/reports.md).
#include "app/cli/cliargs.h"
#include "core/db/sqlitecasestore.h"
#include "core/report/summary/html.h"
#include "core/report/summary/markdown.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

namespace awb::cli {

using namespace Qt::Literals::StringLiterals;
using report::summary::SummaryScope;

namespace {

/** The scope the options select, or the usage problem with them. */
std::expected<SummaryScope, QString> scopeOf(const Parsed &p)
{
    const QStringList incidents = p.values(u"--incident"_s);
    QStringList filterOptions;
    for (const QString &option : incidentFilterOptions()) {
        if (!p.values(option).isEmpty()) {
            filterOptions << option;
        }
    }
    SummaryScope scope;
    if (!incidents.isEmpty()) {
        bool ok = false;
        scope.kind = SummaryScope::Kind::Incident;
        scope.incident = IncidentId{incidents.back().toLongLong(&ok)};
        if (incidents.size() > 1 || !filterOptions.isEmpty()) {
            return std::unexpected(u"report takes one --incident ID, without filter options"_s);
        }
        if (!ok || !scope.incident.isValid()) {
            return std::unexpected(u"--incident needs an incident id (a number, as `awb-cli incidents` lists), not "
                                   u"\"%1\""_s.arg(incidents.back()));
        }
        return scope;
    }
    if (filterOptions == QStringList{u"--group"_s} && p.values(u"--group"_s).size() == 1) {
        scope.kind = SummaryScope::Kind::Group;
        scope.group = *p.value(u"--group"_s);
        return scope;
    }
    auto filter = incidentFilterOf(p);
    if (!filter) {
        return std::unexpected(filter.error());
    }
    scope.kind = SummaryScope::Kind::Filter;
    scope.filter = *filter;
    return scope;
}

QString commandLineProblem(const Parsed &p, const std::optional<QString> &format)
{
    if (!format) {
        return u"report needs --format md or html"_s;
    }
    if (*format == u"pdf"_s) {
        return u"PDF is not available yet; use --format md or html"_s;
    }
    if (*format != u"md"_s && *format != u"html"_s) {
        return u"unknown format \"%1\" (report writes md or html)"_s.arg(*format);
    }
    const QStringList outs = p.values(u"-o"_s) + p.values(u"--out"_s);
    if (outs.size() != 1 || outs.front().isEmpty() || outs.front() == u"-"_s) {
        return u"report needs one -o FILE"_s;
    }
    if (const auto date = p.value(u"--date"_s); date && !QDate::fromString(*date, Qt::ISODate).isValid()) {
        return u"--date \"%1\" is not a date (2026-11-21)"_s.arg(*date);
    }
    return {};
}

/** The Markdown's figure directory beside it: OUT.md → OUT-figures. */
QString figureDirOf(const QString &outPath)
{
    const QFileInfo out(outPath);
    const QString base =
        out.suffix().compare(u"md"_s, Qt::CaseInsensitive) == 0 ? out.completeBaseName() : out.fileName();
    return base + u"-figures"_s;
}

Result<QString> writeText(const QString &path, const QString &text)
{
    return writeToFile(path, [&](QIODevice &out) -> Result<QString> {
        if (out.write(text.toUtf8()) < 0) {
            return std::unexpected(Error{Error::Code::Io, u"Could not write %1."_s.arg(path), out.errorString()});
        }
        return path;
    });
}

/** The figures first, each atomically, then the Markdown, which is the last to appear. */
Result<QString> writeMarkdown(const QString &outPath, const report::summary::CaseSummary &summary)
{
    const QString dirName = figureDirOf(outPath);
    const auto md = report::summary::renderMarkdown(summary, dirName);
    const QDir dir = QFileInfo(outPath).dir();
    if (!md.figures.empty() && !dir.mkpath(dirName)) {
        return std::unexpected(Error{Error::Code::Io, u"Could not create %1."_s.arg(dir.filePath(dirName)), {}});
    }
    for (const auto &figure : md.figures) {
        if (auto r = writeText(dir.filePath(dirName + u"/"_s + figure.name), figure.svg); !r) {
            return r;
        }
    }
    return writeText(outPath, md.text).transform([&](const QString &) {
        return u"%1 with %2 figure(s) in %3"_s.arg(outPath).arg(md.figures.size()).arg(dir.filePath(dirName));
    });
}

} // namespace

int cmdReport(const Parsed &p, Streams io)
{
    const std::optional<QString> format = p.value(u"--format"_s);
    if (const QString problem = commandLineProblem(p, format); !problem.isEmpty()) {
        return usage(io, problem);
    }
    auto scope = scopeOf(p);
    if (!scope) {
        return usage(io, scope.error());
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
    report::summary::SummaryOptions options;
    options.caseName = QFileInfo(casePath).fileName();
    options.reportDate = p.value(u"--date"_s).value_or(QDate::currentDate().toString(Qt::ISODate));
    auto summary = report::summary::buildCaseSummary(**store, *scope, options);
    if (!summary) {
        return summary.error().code == Error::Code::NotFound || summary.error().code == Error::Code::InvalidInput
                   ? usage(io, summary.error().message)
                   : failure(io, summary.error());
    }
    auto written = *format == u"md"_s ? writeMarkdown(outPath, *summary)
                                      : writeText(outPath, report::summary::renderHtml(*summary));
    if (!written) {
        return failure(io, written.error());
    }
    io.out << "Wrote " << *written << '\n';
    return 0;
}

} // namespace awb::cli
