// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli import`: one file into a case, in one transaction, with an import batch recording where it came from.
#include "app/cli/cliargs.h"
#include "core/db/sqlitecasestore.h"
#include "core/import/importfile.h"
#include "core/import/importmapping.h"
#include "core/interop/interopimport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace awb::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject outcomeJson(const import::ImportOutcome &outcome, const QString &format)
{
    QJsonObject json = importHeaderJson(outcome.fileName, format, outcome.sha256, outcome.sizeBytes, outcome.earlier);
    if (outcome.earlier) {
        return json;
    }
    const import::ImportReport &r = outcome.report;
    json[u"batch_id"_s] = r.batchId;
    json[u"rows_read"_s] = r.rowsRead;
    json[u"transfers_imported"_s] = r.transfersImported;
    json[u"utxo_transactions_imported"_s] = r.utxoTransactionsImported;
    json[u"addresses_added"_s] = r.addressesAdded;
    json[u"duplicates_skipped"_s] = r.duplicatesSkipped;
    json[u"rows_skipped"_s] = r.rowsSkipped;
    json[u"inputs_resolved"_s] = r.inputsResolved;
    json[u"inputs_unresolved"_s] = r.inputsUnresolved;
    json[u"warnings"_s] = QJsonArray::fromStringList(r.warnings);
    return json;
}

/** The attribution formats (docs/interop.md): groups, alias claims and tags, with the same batch and all-or-nothing. */
int importInterop(const Parsed &p, const QString &format, Streams io)
{
    if (p.value(u"--map"_s) || p.value(u"--mapping"_s) || p.value(u"--save-mapping"_s)) {
        return usage(io, u"--map, --mapping and --save-mapping apply to --format transfers-csv only"_s);
    }
    if (format != u"ofac"_s && (p.value(u"--chain"_s) || p.value(u"--list-date"_s))) {
        return usage(io,
                     u"--format %1 names its own chains; --chain and --list-date apply to --format ofac"_s.arg(format));
    }
    auto store = db::SqliteCaseStore::open(p.positional.at(0));
    if (!store) {
        return failure(io, store.error());
    }
    const interop::InteropOptions options{p.value(u"--chain"_s).value_or(QString()),
                                          p.value(u"--list-date"_s).value_or(QString())};
    auto report = interop::importInteropFile(**store, p.positional.at(1), format, options);
    if (!report) {
        return failure(io, report.error());
    }
    if (p.flags.contains(u"--json"_s)) {
        io.out << QJsonDocument(interop::reportJson(*report)).toJson(QJsonDocument::Indented);
    } else {
        io.out << interop::reportText(*report);
    }
    return 0;
}

} // namespace

QJsonObject importHeaderJson(const QString &file,
                             const QString &format,
                             const QString &sha256,
                             qint64 sizeBytes,
                             const std::optional<ImportBatch> &earlier)
{
    QJsonObject json{{u"file"_s, file},
                     {u"format"_s, format},
                     {u"sha256"_s, sha256},
                     {u"size_bytes"_s, sizeBytes},
                     {u"already_imported"_s, earlier.has_value()}};
    if (earlier) {
        json[u"batch_id"_s] = earlier->id.value;
        json[u"earlier_batch"_s] = interop::batchJson(*earlier);
    }
    return json;
}

int cmdImport(const Parsed &p, Streams io)
{
    const auto format = p.value(u"--format"_s);
    const QStringList formats = import::formatNames() + interop::interopFormatNames() + QStringList{u"stix"_s};
    if (!format || !formats.contains(*format)) {
        return usage(io, u"import needs --format, one of %1"_s.arg(formats.join(u", "_s)));
    }
    if (*format == u"stix"_s) {
        return importStixFile(p, io);
    }
    if (interop::interopFormatNames().contains(*format)) {
        return importInterop(p, *format, io);
    }
    if (p.value(u"--list-date"_s)) {
        return usage(io, u"--list-date applies to --format ofac only"_s);
    }
    auto extra = import::parseMapArguments(p.values(u"--map"_s));
    if (!extra) {
        return usage(io, u"--map: %1"_s.arg(extra.error().message));
    }
    const bool wantsMapping = !extra->empty() || p.value(u"--mapping"_s) || p.value(u"--save-mapping"_s);
    if (wantsMapping && *format != u"transfers-csv"_s) {
        return usage(io, u"--map, --mapping and --save-mapping apply to --format transfers-csv only"_s);
    }

    auto store = db::SqliteCaseStore::open(p.positional.at(0));
    if (!store) {
        return failure(io, store.error());
    }
    import::ParseOptions options;
    options.chain = p.value(u"--chain"_s).value_or(QString());
    if (const auto name = p.value(u"--mapping"_s)) {
        auto saved = import::loadMapping(**store, *name);
        if (!saved) {
            return failure(io, saved.error());
        }
        options.mapping = std::move(*saved);
    }
    for (const auto &[field, column] : *extra) {
        options.mapping[field] = column; // --map overrides the saved mapping field by field
    }
    if (*format == u"transfers-csv"_s && !options.chain.isEmpty() && !options.mapping.contains(u"chain"_s)) {
        options.mapping[u"fixed_chain"_s] = options.chain; // a CSV without a chain column is all on --chain
    }

    auto outcome = import::importFile(**store, p.positional.at(1), *format, options);
    if (!outcome) {
        return failure(io, outcome.error());
    }
    if (const auto name = p.value(u"--save-mapping"_s)) {
        if (auto r = import::saveMapping(**store, *name, options.mapping); !r) {
            return failure(io, r.error());
        }
    }
    if (p.flags.contains(u"--json"_s)) {
        io.out << QJsonDocument(outcomeJson(*outcome, *format)).toJson(QJsonDocument::Indented);
    } else {
        io.out << import::outcomeText(*outcome);
    }
    return 0;
}

} // namespace awb::cli
