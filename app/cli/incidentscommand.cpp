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
    auto normalized = incidentFilterOf(p);
    if (!normalized) {
        return usage(io, normalized.error());
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
