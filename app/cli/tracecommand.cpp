// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli trace`: follows value from an incident or an address through the money-flow graph (docs/tracing.md).
#include "app/cli/cliargs.h"
#include "core/db/sqlitecasestore.h"
#include "core/graph/trace.h"
#include "core/report/tracereport.h"

#include <QDateTime>
#include <QJsonDocument>

namespace awb::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

/** "2022-06-24" (the whole day, UTC) or an ISO 8601 date-time; nullopt when neither. */
std::optional<qint64> parseBound(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        const QDateTime start(date, QTime(0, 0), Qt::UTC);
        return start.toSecsSinceEpoch() + (endOfDay ? 86399 : 0);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid()) {
        return std::nullopt;
    }
    if (time.timeSpec() == Qt::LocalTime) {
        time.setTimeSpec(Qt::UTC); // a time without a zone is read as UTC, as the case stores it
    }
    return time.toSecsSinceEpoch();
}

} // namespace

int cmdTrace(const Parsed &p, Streams io)
{
    using namespace graph;
    const auto incident = p.value(u"--incident"_s);
    const auto address = p.value(u"--address"_s);
    if (incident.has_value() == address.has_value()) {
        return usage(io, u"trace needs exactly one of --incident ID and --address A"_s);
    }
    TraceOptions options;
    if (const auto direction = p.value(u"--direction"_s)) {
        if (*direction != u"forward"_s && *direction != u"backward"_s) {
            return usage(io, u"--direction must be forward or backward, not \"%1\""_s.arg(*direction));
        }
        options.direction = *direction == u"forward"_s ? TraceDirection::Forward : TraceDirection::Backward;
    }
    if (const auto hops = p.value(u"--hops"_s)) {
        bool ok = false;
        options.maxHops = hops->toInt(&ok);
        if (!ok || options.maxHops < 0 || options.maxHops > 1000000) {
            return usage(io, u"--hops must be a whole number from 0 upwards, not \"%1\""_s.arg(*hops));
        }
    }
    for (auto [option, endOfDay] : {std::pair{u"--from"_s, false}, {u"--to"_s, true}}) {
        if (const auto text = p.value(option)) {
            const auto bound = parseBound(*text, endOfDay);
            if (!bound) {
                return usage(io, u"%1 \"%2\" is not a date (2022-06-24) or an ISO 8601 date-time"_s.arg(option, *text));
            }
            (endOfDay ? options.window.to : options.window.from) = *bound;
        }
    }
    if (options.window.from > options.window.to) {
        return usage(io, u"--from is after --to"_s);
    }
    if (const auto min = p.value(u"--min-amount"_s)) {
        if (!minAmountUnits(*min, 18)) {
            return usage(io, u"--min-amount \"%1\" is not a decimal number of whole units (such as 0.5)"_s.arg(*min));
        }
        options.minAmount = *min;
    }
    for (const QString &list : p.values(u"--through"_s)) {
        for (const QString &category : list.split(u',', Qt::SkipEmptyParts)) {
            if (!isServiceCategory(category.trimmed())) {
                return usage(io, u"--through: \"%1\" is not a service category (such as mixer or bridge)"_s.arg(
                                     category.trimmed()));
            }
            options.through << category.trimmed().toLower();
        }
    }
    if (const auto hours = p.value(u"--bridge-window"_s)) {
        bool ok = false;
        const double h = hours->toDouble(&ok);
        if (!ok || h < 0 || h > 24 * 366) {
            return usage(io, u"--bridge-window must be a number of hours from 0 to a year, not \"%1\""_s.arg(*hours));
        }
        options.bridgeWindowSeconds = qint64(h * 3600);
    }
    qint64 incidentId = 0;
    if (incident) {
        bool ok = false;
        incidentId = incident->toLongLong(&ok);
        if (!ok) {
            return usage(io,
                         u"--incident needs an incident id (a number, as `awb-cli incidents` lists), not \"%1\""_s.arg(
                             *incident));
        }
    }

    auto store = db::SqliteCaseStore::open(p.positional.at(0), true);
    if (!store) {
        return failure(io, store.error());
    }
    auto snapshot = Snapshot::load(**store);
    if (!snapshot) {
        return failure(io, snapshot.error());
    }
    auto seeds =
        incident ? incidentSeeds(**snapshot, incidentId, options) : addressSeeds(**snapshot, *address, options);
    if (!seeds) {
        return failure(io, seeds.error());
    }
    auto result = trace(*snapshot, *seeds, options);
    if (!result) {
        return failure(io, result.error());
    }
    if (p.flags.contains(u"--json"_s)) {
        io.out << QJsonDocument(report::traceToJson(**snapshot, *result, options)).toJson(QJsonDocument::Indented);
    } else {
        io.out << report::traceToText(**snapshot, *result);
    }
    return 0;
}

} // namespace awb::cli
