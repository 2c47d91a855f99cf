// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/reliability/crashmodel.h"

#include "core/import/importfile.h"
#include "core/store/casestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace awb::reliability {

using namespace Qt::Literals::StringLiterals;

namespace {

Error problem(const QString &message)
{
    return Error{Error::Code::Corrupt, message, {}};
}

QString hex(quint64 value, int digits)
{
    return u"%1"_s.arg(value, digits, 16, QLatin1Char('0'));
}

} // namespace

int importRows(int batch)
{
    return batch % 4 == 3 ? 10000 : 200;
}

QString importFileName(int batch)
{
    return u"crash-batch-%1.csv"_s.arg(batch);
}

QByteArray importCsv(int batch)
{
    QByteArray csv = "tx_hash,from,to,amount,asset,decimals,timestamp,chain,memo\n";
    const int rows = importRows(batch);
    for (int row = 0; row < rows; ++row) {
        // Unique hashes per batch and row; addresses drawn from pools that batches share, so later imports meet
        // addresses that are already in the case.
        const QString line = u"0x%1%2,0x%3,0x%4,%5,ETH,18,%6,ethereum,b%7r%8\n"_s.arg(hex(quint64(batch), 16))
                                 .arg(hex(quint64(row), 48))
                                 .arg(hex(quint64(row % 61 + 1), 40))
                                 .arg(hex(quint64(row % 89 + 0x1000), 40))
                                 .arg(1000 + row)
                                 .arg(1700000000 + batch * 100000 + row)
                                 .arg(batch)
                                 .arg(row);
        csv += line.toLatin1();
    }
    return csv;
}

Result<void> runImport(CaseStore &store, int batch)
{
    auto outcome = import::importBytes(store, importCsv(batch), importFileName(batch), u"transfers-csv"_s, {},
                                       &import::parseBytes);
    if (!outcome) {
        return std::unexpected(outcome.error());
    }
    if (outcome->alreadyImported()) {
        return std::unexpected(problem(u"batch %1 was imported before"_s.arg(batch)));
    }
    return {};
}

Result<int> importState(db::Database &db)
{
    auto stmt = db.prepare("SELECT b.file_name, b.rows_imported, (SELECT count(*) FROM transfers t "
                           "WHERE t.batch_id = b.id) FROM import_batches b ORDER BY b.id");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    int batches = 0;
    QStringList problems;
    auto r = stmt->forEach([&](const db::Statement &row) {
        const QString name = row.text(0);
        if (name != importFileName(batches)) {
            problems << u"batch %1 is %2"_s.arg(batches).arg(name);
        } else if (row.int64(1) != importRows(batches) || row.int64(2) != importRows(batches)) {
            problems << u"%1 has %2 of its %3 transfers (rows_imported %4)"_s.arg(name)
                            .arg(row.int64(2))
                            .arg(importRows(batches))
                            .arg(row.int64(1));
        }
        ++batches;
    });
    if (!r) {
        return std::unexpected(r.error());
    }
    auto orphans = db.queryInt("SELECT count(*) FROM transfers WHERE batch_id IS NULL");
    auto unused = db.queryInt("SELECT count(*) FROM addresses a WHERE NOT EXISTS (SELECT 1 FROM transfers t "
                              "WHERE t.from_id = a.id OR t.to_id = a.id)");
    if (!orphans || !unused) {
        return std::unexpected(!orphans ? orphans.error() : unused.error());
    }
    if (*orphans != 0 || *unused != 0) {
        problems << u"%1 transfers without a batch, %2 addresses no transfer uses"_s.arg(*orphans).arg(*unused);
    }
    if (!problems.isEmpty()) {
        return std::unexpected(problem(problems.join(u"; "_s)));
    }
    return batches;
}

EditStep editStep(int step)
{
    using Kind = EditStep::Kind;
    if (step < 2) {
        return {step == 0 ? Kind::Add : Kind::Update, 0};
    }
    const int key = (step - 2) / 3 + 1;
    switch ((step - 2) % 3) {
    case 0:
        return {Kind::Add, key};
    case 1:
        return {Kind::Update, key};
    default:
        return {Kind::Remove, key - 1};
    }
}

Incident incidentVersion(int key, int version, SourceId source)
{
    Incident i;
    i.title = u"Crash incident %1"_s.arg(key) + (version == 0 ? QString() : u" (revised)"_s);
    i.startDate = u"2023-0%1-1%2"_s.arg(key % 9 + 1).arg(key % 10);
    i.victim = u"Victim %1"_s.arg(key);
    i.description = u"Version %1 of incident %2."_s.arg(version).arg(key);
    i.lossUsd = 1000 * (key + 1) + version;
    i.lossUsdSource = source;
    i.sources = {source};
    i.chains = version == 0 ? QStringList{u"ethereum"_s} : QStringList{u"bitcoin"_s, u"ethereum"_s};
    i.losses = {NativeLoss{u"ethereum"_s, u"ETH"_s, u"%1"_s.arg(key + 10), source}};
    if (version == 1) {
        i.losses.push_back(NativeLoss{u"bitcoin"_s, u"BTC"_s, u"%1"_s.arg(key + 1), source});
    }
    for (int c = 0; c < 2 + version; ++c) {
        i.claims.push_back(Claim{u"loss_usd"_s, u"%1"_s.arg(1000 * (key + 1) + c * 7 + version), source, {}});
    }
    return i;
}

Result<void> runEditStep(CaseStore &store, int step, SourceId source, std::map<int, IncidentId> &ids)
{
    const EditStep s = editStep(step);
    switch (s.kind) {
    case EditStep::Kind::Add: {
        auto id = store.addIncident(incidentVersion(s.key, 0, source));
        if (!id) {
            return std::unexpected(id.error());
        }
        ids[s.key] = *id;
        return {};
    }
    case EditStep::Kind::Update: {
        Incident updated = incidentVersion(s.key, 1, source);
        updated.id = ids.at(s.key);
        return store.updateIncident(updated);
    }
    case EditStep::Kind::Remove:
        return store.removeIncident(ids.at(s.key));
    }
    return {};
}

std::map<int, int> editModel(int steps)
{
    std::map<int, int> model;
    for (int step = 0; step < steps; ++step) {
        const EditStep s = editStep(step);
        if (s.kind == EditStep::Kind::Remove) {
            model.erase(s.key);
        } else {
            model[s.key] = s.kind == EditStep::Kind::Add ? 0 : 1;
        }
    }
    return model;
}

Result<std::map<int, int>> editState(CaseStore &store, SourceId source)
{
    auto incidents = store.incidents();
    if (!incidents) {
        return std::unexpected(incidents.error());
    }
    static const QRegularExpression keyPattern(u"^Crash incident (\\d+)"_s);
    std::map<int, int> state;
    for (Incident &found : *incidents) {
        const auto match = keyPattern.match(found.title);
        if (!match.hasMatch()) {
            return std::unexpected(problem(u"unexpected incident %1"_s.arg(found.title)));
        }
        const int key = match.captured(1).toInt();
        const IncidentId id = found.id;
        found.id = {};
        int version = -1;
        for (int v : {0, 1}) {
            if (found == incidentVersion(key, v, source)) {
                version = v;
            }
        }
        if (version < 0) {
            return std::unexpected(problem(u"incident %1 (id %2) matches neither its old nor its new state: %3, "
                                           "%4 claims, %5 losses, chains %6"_s.arg(key)
                                               .arg(id.value)
                                               .arg(found.description)
                                               .arg(found.claims.size())
                                               .arg(found.losses.size())
                                               .arg(found.chains.join(u' '))));
        }
        state[key] = version;
    }
    return state;
}

QString scratchTemplate()
{
    const QFileInfo shm(u"/dev/shm"_s);
    return shm.isDir() && shm.isWritable() ? u"/dev/shm/awb-reliability-XXXXXX"_s
                                           : QDir::tempPath() + u"/awb-reliability-XXXXXX"_s;
}

Result<void> writeVersion1Case(const QString &sourceDir, const QString &path, int extraNotes)
{
    QFile fixture(sourceDir + u"/tests/data/case_v1.sql"_s);
    if (!fixture.open(QIODevice::ReadOnly)) {
        return std::unexpected(Error{Error::Code::Io, u"cannot read %1"_s.arg(fixture.fileName()), {}});
    }
    auto db = db::Database::open(path, db::Database::Access::Create);
    if (!db) {
        return std::unexpected(db.error());
    }
    if (auto r = (*db)->exec(fixture.readAll().toStdString()); !r) {
        return r;
    }
    // Notes are what version 2 indexes for full-text search: enough of them make the upgrade last long enough
    // for kills to land inside it.
    const std::string fill = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " +
                             std::to_string(extraNotes) +
                             ") INSERT INTO notes(title, body, source_id) SELECT 'Crash note ' || i, "
                             "'Funds moved through mixer ' || i || ' then bridge ' || (i % 97) || ' and exchange ' "
                             "|| (i % 31) || ' before the cash-out of wallet ' || hex(randomblob(8)), 1 FROM n";
    return (*db)->exec(fill);
}

} // namespace awb::reliability
