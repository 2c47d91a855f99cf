// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli incidents`: the same filter, group resolution and rollup as the GUI's incident browser.
#include "app/cli/cliargs.h"
#include "core/db/sqlitecasestore.h"
#include "core/query/incidentfilter.h"
#include "core/report/incidentsreport.h"

#include <QJsonDocument>

namespace awb::cli {

using namespace Qt::Literals::StringLiterals;

int cmdIncidents(const Parsed &p, Streams io)
{
    if (p.flags.contains(u"--json"_s) && p.flags.contains(u"--csv"_s)) {
        return usage(io, u"choose one of --json and --csv"_s);
    }
    IncidentFilter filter;
    filter.groups = p.values(u"--group"_s);
    filter.countries = p.values(u"--country"_s);
    filter.sectors = p.values(u"--sector"_s);
    filter.chains = p.values(u"--chain"_s);
    filter.from = p.value(u"--from"_s);
    filter.to = p.value(u"--to"_s);
    filter.text = p.value(u"--search"_s).value_or(QString());
    for (auto [option, bound] :
         {std::pair{u"--min-loss"_s, &filter.minLossUsd}, {u"--max-loss"_s, &filter.maxLossUsd}}) {
        if (const auto text = p.value(option)) {
            *bound = parseUsdAmount(*text);
            if (!*bound) {
                return usage(io, u"%1 \"%2\" is not an amount in whole US dollars (such as 250000000 or 250M)"_s.arg(
                                     option, *text));
            }
        }
    }
    if (const auto level = p.value(u"--min-confidence"_s)) {
        filter.minConfidence = confidenceRank(*level);
        if (!filter.minConfidence) {
            return usage(io, u"--min-confidence must be low, moderate or high, not \"%1\""_s.arg(*level));
        }
    }
    auto normalized = normalizedFilter(filter);
    if (!normalized) {
        return usage(io, normalized.error().message);
    }

    auto store = db::SqliteCaseStore::open(p.positional.at(0), true);
    if (!store) {
        return failure(io, store.error());
    }
    auto record = loadIncidentRecord(**store);
    if (!record) {
        return failure(io, record.error());
    }
    const GroupDirectory &directory = record->directory;
    auto result = applyFilter(**store, record->incidents, directory, *normalized);
    if (!result) {
        if (result.error().code == Error::Code::NotFound) {
            return usage(io, result.error().message);
        }
        return failure(io, result.error());
    }
    if (p.flags.contains(u"--json"_s)) {
        io.out << QJsonDocument(report::incidentsToJson(*result, directory)).toJson(QJsonDocument::Indented);
    } else if (p.flags.contains(u"--csv"_s)) {
        io.out << report::incidentsToCsv(*result, directory);
    } else {
        io.out << report::incidentsToText(*result, directory);
    }
    // An ambiguous name is said on stderr too, so a script reading JSON or CSV still shows it to its user.
    if (p.flags.contains(u"--json"_s) || p.flags.contains(u"--csv"_s)) {
        for (const GroupResolution &g : result->groups) {
            if (const QString note = report::resolutionText(g, directory); !note.isEmpty()) {
                io.err << "awb-cli: note: " << note << '\n';
            }
        }
    }
    return 0;
}

} // namespace awb::cli
