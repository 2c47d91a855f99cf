// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/db/database.h"
#include "core/store/casestore.h"

#include <QCoreApplication>

#include <memory>

namespace awb::db {

/** The CaseStore of one `.awbcase` SQLite file (or an in-memory case for tests). */
class SqliteCaseStore final : public CaseStore
{
public:
    /** Opens an existing case with every check of openCaseFile(). */
    /** @p progress (may be null) hears the open's checks, which take seconds on a large case, and may cancel. */
    static Result<std::unique_ptr<SqliteCaseStore>>
    open(const QString &path, bool readOnly = false, const Progress *progress = nullptr);
    /** Creates a new empty case; refuses to overwrite a file. */
    static Result<std::unique_ptr<SqliteCaseStore>> create(const QString &path);
    static Result<std::unique_ptr<SqliteCaseStore>> createInMemory();

    Database &database() { return *m_db; }

    QString location() const override;
    bool isReadOnly() const override;

    QString notice() const override { return m_notice; }

    /** Uses the SQLite backup API, so the copy is consistent even while this connection writes in WAL mode. */
    Result<void> saveCopyAs(const QString &path) override;
    Result<void> inTransaction(const std::function<Result<void>()> &work) override;
    Result<std::optional<QString>> meta(const QString &key) override;
    Result<void> setMeta(const QString &key, const QString &value) override;

    Result<SourceId> addSource(const Source &source) override;
    Result<void> updateSource(const Source &source) override;
    Result<void> removeSource(SourceId id) override;
    Result<Source> source(SourceId id) override;
    Result<std::vector<Source>> sources() override;

    Result<GroupId> addGroup(const ActorGroup &group) override;
    Result<void> updateGroup(const ActorGroup &group) override;
    Result<void> removeGroup(GroupId id) override;
    Result<ActorGroup> group(GroupId id) override;
    Result<std::vector<ActorGroup>> groups() override;
    Result<qint64> addRelation(const GroupRelation &relation) override;
    Result<void> removeRelation(qint64 id) override;
    Result<std::vector<GroupRelation>> relations() override;

    Result<IncidentId> addIncident(const Incident &incident) override;
    Result<void> updateIncident(const Incident &incident) override;
    Result<void> removeIncident(IncidentId id) override;
    Result<Incident> incident(IncidentId id) override;
    Result<std::vector<Incident>> incidents() override;
    Result<std::vector<IncidentSummary>> incidentSummaries() override;
    Result<std::vector<IncidentId>> searchIncidents(const QString &text) override;

    Result<AttributionId> addAttribution(const Attribution &attribution) override;
    Result<void> updateAttribution(const Attribution &attribution) override;
    Result<void> removeAttribution(AttributionId id) override;
    Result<std::vector<Attribution>> attributions(std::optional<IncidentId> incident) override;

    Result<AddressId> addAddress(const Address &address) override;
    Result<Address> address(AddressId id) override;
    Result<std::optional<Address>> findAddress(const QString &chain, const QString &canonical) override;
    Result<std::vector<Address>> addresses() override;
    Result<TransferId> addTransfer(const Transfer &transfer) override;
    Result<std::vector<Transfer>> transfers() override;
    Result<qint64> addUtxoTransaction(const UtxoTransaction &tx) override;
    Result<std::vector<UtxoTransaction>> utxoTransactions() override;
    Result<std::vector<QString>> transferHashes(const std::vector<qint64> &transferIds) override;
    Result<std::vector<QString>> utxoTransactionHashes(const std::vector<qint64> &txIds) override;
    Result<import::ImportReport> importRecords(const import::ImportData &data, const ImportBatch &batch) override;
    Result<std::optional<ImportBatch>> batchWithSha256(const QString &sha256) override;
    Result<std::optional<QString>> importMapping(const QString &name) override;
    Result<void> saveImportMapping(const QString &name, const QString &format, const QString &mappingJson) override;
    Result<QStringList> importMappingNames() override;
    Result<graph::GraphData> graphData() override;
    Result<QStringList> graphViewNames() override;
    Result<std::optional<QString>> graphView(const QString &name) override;
    Result<void> saveGraphView(const QString &name, const QString &stateJson) override;
    Result<void> renameGraphView(const QString &from, const QString &to) override;
    Result<void> deleteGraphView(const QString &name) override;
    Result<qint64> addIncidentAddress(const IncidentAddress &role) override;
    Result<std::vector<IncidentAddress>> incidentAddresses(std::optional<IncidentId> incident) override;
    Result<std::vector<IncidentWallet>> incidentWallets(IncidentId incident) override;
    Result<TagId> addTag(const Tag &tag) override;
    Result<std::vector<Tag>> tags(std::optional<AddressId> address) override;
    Result<BatchId> addBatch(const ImportBatch &batch) override;
    Result<std::vector<ImportBatch>> batches() override;

    Result<NoteId> addNote(const Note &note) override;
    Result<std::vector<Note>> notes() override;

    Result<RecordUsage> sourceUsage(SourceId id) override;
    Result<RecordUsage> groupUsage(GroupId id) override;
    Result<void> removeUnusedSource(SourceId id) override;
    Result<void> removeUnusedGroup(GroupId id) override;

    Result<CaseStats> stats() override;
    Result<std::vector<SearchHit>> search(const QString &text, int limit) override;

private:
    SqliteCaseStore(std::unique_ptr<Database> db, bool readOnly, QString notice);

    /** Runs @p work in one transaction, after refusing writes to a read-only case. */
    Result<void> write(const std::function<Result<void>()> &work);
    /** Runs an INSERT with @p args bound to ?1… and returns the new rowid. */
    template <typename... Args>
    Result<qint64> insert(std::string_view sql, const Args &...args);
    /** Runs an UPDATE or DELETE; NotFound when it touched no row. */
    template <typename... Args>
    Result<void> change(std::string_view sql, const Args &...args);
    /** Runs a query and maps each row with @p read. */
    template <typename T, typename Read, typename... Args>
    Result<std::vector<T>> list(std::string_view sql, Read read, const Args &...args);
    /** Runs a query for one record; NotFound with @p missing when there is none. */
    template <typename T, typename Read, typename... Args>
    Result<T> one(std::string_view sql, const char *missing, Read read, const Args &...args);

    Result<void> writeIncidentChildren(const Incident &incident);
    Result<void> readIncidentChildren(Incident &incident);
    Result<void> writeGroupChildren(const ActorGroup &group);
    Result<void> readGroupChildren(ActorGroup &group);

    std::unique_ptr<Database> m_db;
    bool m_readOnly = false;
    QString m_notice;
};

template <typename... Args>
Result<qint64> SqliteCaseStore::insert(std::string_view sql, const Args &...args)
{
    auto stmt = m_db->prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(args...);
    return stmt->run().transform([this] { return m_db->lastInsertId(); });
}

template <typename... Args>
Result<void> SqliteCaseStore::change(std::string_view sql, const Args &...args)
{
    auto stmt = m_db->prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(args...);
    return stmt->run().and_then([this]() -> Result<void> {
        if (m_db->changes() == 0) {
            return fail(Error::Code::NotFound, QStringLiteral("The record no longer exists."));
        }
        return {};
    });
}

template <typename T, typename Read, typename... Args>
Result<std::vector<T>> SqliteCaseStore::list(std::string_view sql, Read read, const Args &...args)
{
    auto stmt = m_db->prepare(sql);
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bindAll(args...);
    std::vector<T> rows;
    return stmt->forEach([&](const Statement &row) { rows.push_back(read(row)); }).transform([&] {
        return std::move(rows);
    });
}

template <typename T, typename Read, typename... Args>
Result<T> SqliteCaseStore::one(std::string_view sql, const char *missing, Read read, const Args &...args)
{
    auto rows = list<T>(sql, read, args...);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    if (rows->empty()) {
        return fail(Error::Code::NotFound, QCoreApplication::translate("awb::db", missing));
    }
    return std::move(rows->front());
}

} // namespace awb::db
