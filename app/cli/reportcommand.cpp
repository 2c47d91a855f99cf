// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli report`: a case summary report of one incident, one group or a filter as Markdown or HTML (docs/reports.md).
#include "app/cli/cliargs.h"
#include "core/db/sqlitecasestore.h"
#include "core/report/summary/reportfile.h"
#include "ui/report/pdfreport.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>

namespace awb::cli {

using namespace Qt::Literals::StringLiterals;
using report::summary::SummaryScope;

std::expected<SummaryScope, QString> summaryScopeOf(const Parsed &p, const QString &command)
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
            return std::unexpected(u"%1 takes one --incident ID, without filter options"_s.arg(command));
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

std::expected<report::summary::SummaryOptions, QString> summaryOptionsOf(const Parsed &p)
{
    const auto date = p.value(u"--date"_s);
    if (date && !QDate::fromString(*date, Qt::ISODate).isValid()) {
        return std::unexpected(u"--date \"%1\" is not a date (2026-11-21)"_s.arg(*date));
    }
    report::summary::SummaryOptions options;
    options.caseName = QFileInfo(p.positional.at(0)).fileName();
    options.reportDate = date.value_or(QDate::currentDate().toString(Qt::ISODate));
    return options;
}

int summaryFailure(Streams io, const Error &error)
{
    return error.code == Error::Code::NotFound || error.code == Error::Code::InvalidInput ? usage(io, error.message)
                                                                                          : failure(io, error);
}

namespace {

QString commandLineProblem(const Parsed &p, const std::optional<QString> &format)
{
    if (!format) {
        return u"report needs --format pdf, html or md"_s;
    }
    if (!report::summary::reportFormat(*format)) {
        return u"unknown format \"%1\" (report writes pdf, html or md)"_s.arg(*format);
    }
    const QStringList outs = p.values(u"-o"_s) + p.values(u"--out"_s);
    if (outs.size() != 1 || outs.front().isEmpty() || outs.front() == u"-"_s) {
        return u"report needs one -o FILE"_s;
    }
    return {};
}

} // namespace

int cmdReport(const Parsed &p, Streams io)
{
    const std::optional<QString> format = p.value(u"--format"_s);
    if (const QString problem = commandLineProblem(p, format); !problem.isEmpty()) {
        return usage(io, problem);
    }
    auto scope = summaryScopeOf(p, u"report"_s);
    if (!scope) {
        return usage(io, scope.error());
    }
    const auto options = summaryOptionsOf(p);
    if (!options) {
        return usage(io, options.error());
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
    auto summary = report::summary::buildCaseSummary(**store, *scope, *options);
    if (!summary) {
        return summaryFailure(io, summary.error());
    }
    auto written = report::summary::writeReportFile(*summary, *report::summary::reportFormat(*format), outPath,
                                                    pdf::writePdfReport);
    if (!written) {
        return failure(io, written.error());
    }
    io.out << "Wrote " << *written << '\n';
    return 0;
}

} // namespace awb::cli
