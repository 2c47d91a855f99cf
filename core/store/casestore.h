// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/graphdata.h"
#include "core/import/importdata.h"
#include "core/model/incident.h"
#include "core/model/records.h"
#include "core/model/wallet.h"
#include "core/query/incidentsummary.h"
#include "core/result.h"
#include "core/store/casestats.h"

#include <functional>
#include <vector>

namespace awb {

/** A full-text search hit: which entity matched and a plain-text snippet. */
struct SearchHit
{
    enum class Kind { Incident = 1, Group = 2, Alias = 3, Source = 4, Note = 5 };
    Kind kind = Kind::Incident;
    qint64 id = 0;
    QString title;
    QString snippet;
};

/**
 * How many records still refer to a source or a group, by kind of referrer. sourceUsage() fills every count;
 * groupUsage() fills attributions and tags (which forbid deleting the group) and relations (which go with it).
 */
struct RecordUsage
{
    qint64 incidents = 0;    // incidents citing the source, for the incident, its loss figure or its USD rate
    qint64 claims = 0;       // incident claims (competing figures and dates)
    qint64 nativeLosses = 0; // incident losses in native units
    qint64 attributions = 0; // attributions citing the source or naming the group
    qint64 groups = 0;       // groups citing the source, for the group or its sponsor
    qint64 aliases = 0;      // alias claims
    qint64 externalIds = 0;
    qint64 relations = 0;   // group relations citing the source, or with the group on either side
    qint64 walletRoles = 0; // addresses' roles in incidents
    qint64 tags = 0;        // tags citing the source or naming the group
    qint64 notes = 0;

    qint64 total() const
    {
        return incidents + claims + nativeLosses + attributions + groups + aliases + externalIds + relations +
               walletRoles + tags + notes;
    }

    bool operator==(const RecordUsage &) const = default;
};

/** A saved graph view's name: at most this many characters (code points), as the schema's CHECK counts them. */
inline constexpr int kMaxGraphViewNameLength = 200;
/** A saved graph view's state: at most this many bytes of UTF-8, so one view cannot bloat the case file. */
inline constexpr qsizetype kMaxGraphViewStateBytes = 16 * 1024 * 1024;

/**
 * The storage seam: everything the UI and the CLI know about a case goes through this interface, so a
 * server-backed store can replace the SQLite file without touching them. Every mutating call is one
 * transaction; inTransaction() groups several into one (imports, the demo build).
 */
class CaseStore
{
public:
    virtual ~CaseStore() = default;

    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;
    /** What the user must be told about the open case (why it is read-only, where an upgrade's backup is). */
    virtual QString notice() const = 0;
    /** Writes a complete, consistent copy of the case to the file @p path ("Save As"). */
    virtual Result<void> saveCopyAs(const QString &path) = 0;
    /** Runs @p work atomically: all of its changes are kept, or none. */
    virtual Result<void> inTransaction(const std::function<Result<void>()> &work) = 0;
    virtual Result<std::optional<QString>> meta(const QString &key) = 0;
    virtual Result<void> setMeta(const QString &key, const QString &value) = 0;

    /** Adds the source; uses its id when set (undo restores deleted records under their old ids). */
    virtual Result<SourceId> addSource(const Source &source) = 0;
    virtual Result<void> updateSource(const Source &source) = 0;
    virtual Result<void> removeSource(SourceId id) = 0;
    virtual Result<Source> source(SourceId id) = 0;
    virtual Result<std::vector<Source>> sources() = 0;

    /**
     * Adds the group with its aliases, external ids and sources. Uses the record's id when set: undo restores
     * deleted records under their old ids.
     */
    virtual Result<GroupId> addGroup(const ActorGroup &group) = 0;
    /** Replaces the group's fields, aliases, external ids and sources. */
    virtual Result<void> updateGroup(const ActorGroup &group) = 0;
    virtual Result<void> removeGroup(GroupId id) = 0;
    virtual Result<ActorGroup> group(GroupId id) = 0;
    virtual Result<std::vector<ActorGroup>> groups() = 0;
    /** Adds the relation; uses its id when set (undo restores deleted records under their old ids). */
    virtual Result<qint64> addRelation(const GroupRelation &relation) = 0;
    virtual Result<void> removeRelation(qint64 id) = 0;
    virtual Result<std::vector<GroupRelation>> relations() = 0;

    /**
     * Adds the incident with its chains, assets, native losses, sources and claims. Uses the record's id when
     * set: undo restores deleted records under their old ids.
     */
    virtual Result<IncidentId> addIncident(const Incident &incident) = 0;
    virtual Result<void> updateIncident(const Incident &incident) = 0;
    virtual Result<void> removeIncident(IncidentId id) = 0;
    virtual Result<Incident> incident(IncidentId id) = 0;
    /** Every incident, ordered by start date, with its lists filled in. */
    virtual Result<std::vector<Incident>> incidents() = 0;
    /** Every incident as the browser lists it, ordered by start date, read in a fixed number of queries. */
    virtual Result<std::vector<IncidentSummary>> incidentSummaries() = 0;
    /** The incidents whose text matches @p text as literal words (title, victim, description); no limit. */
    virtual Result<std::vector<IncidentId>> searchIncidents(const QString &text) = 0;

    /** Adds the attribution; uses its id when set (undo restores deleted records under their old ids). */
    virtual Result<AttributionId> addAttribution(const Attribution &attribution) = 0;
    virtual Result<void> updateAttribution(const Attribution &attribution) = 0;
    virtual Result<void> removeAttribution(AttributionId id) = 0;
    /** Attributions by incident, the strongest confidence first within each incident. */
    virtual Result<std::vector<Attribution>> attributions(std::optional<IncidentId> incident) = 0;

    virtual Result<AddressId> addAddress(const Address &address) = 0;
    virtual Result<Address> address(AddressId id) = 0;
    virtual Result<std::optional<Address>> findAddress(const QString &chain, const QString &canonical) = 0;
    virtual Result<std::vector<Address>> addresses() = 0;
    virtual Result<TransferId> addTransfer(const Transfer &transfer) = 0;
    virtual Result<std::vector<Transfer>> transfers() = 0;
    /** Adds a UTXO transaction with its inputs and outputs; returns its row id. */
    virtual Result<qint64> addUtxoTransaction(const UtxoTransaction &tx) = 0;
    virtual Result<std::vector<UtxoTransaction>> utxoTransactions() = 0;
    /** The hashes of transfers and UTXO transactions by row id, for output (the graph keeps row ids only). */
    virtual Result<std::vector<QString>> transferHashes(const std::vector<qint64> &transferIds) = 0;
    virtual Result<std::vector<QString>> utxoTransactionHashes(const std::vector<qint64> &txIds) = 0;

    /**
     * Writes a parsed file into the case in one transaction, with an import batch recording @p batch's file name,
     * SHA-256, size and importer: all of it, or nothing. Rows already in the case are skipped and counted.
     */
    virtual Result<import::ImportReport> importRecords(const import::ImportData &data, const ImportBatch &batch) = 0;
    /** The earlier import of a file with this SHA-256, if any (re-import detection). */
    virtual Result<std::optional<ImportBatch>> batchWithSha256(const QString &sha256) = 0;
    /** A saved transfers-csv column mapping (JSON object text) by name. */
    virtual Result<std::optional<QString>> importMapping(const QString &name) = 0;
    virtual Result<void> saveImportMapping(const QString &name, const QString &format, const QString &mappingJson) = 0;
    /** The names of the saved mappings, in alphabetical order. */
    virtual Result<QStringList> importMappingNames() = 0;

    /** Everything the graph engine needs, read in a fixed number of queries. */
    virtual Result<graph::GraphData> graphData() = 0;

    /** Names of the saved graph views, sorted case-insensitively. */
    virtual Result<QStringList> graphViewNames() = 0;
    /** The saved state (a JSON object text) of a view, or nullopt. Names are looked up trimmed, as they are saved. */
    virtual Result<std::optional<QString>> graphView(const QString &name) = 0;
    /**
     * Saves @p stateJson under @p name, replacing a view of that name; one transaction. The canvas owns the state's
     * layout, so the store keeps the text as given and only refuses (InvalidInput, nothing written) what would break
     * every reader: a name that is empty once trimmed, longer than kMaxGraphViewNameLength or holds control
     * characters, and a state that is not a JSON object or is larger than kMaxGraphViewStateBytes.
     */
    virtual Result<void> saveGraphView(const QString &name, const QString &stateJson) = 0;
    /** Renames a view: NotFound when there is no view @p from, Constraint when a view is already named @p to. */
    virtual Result<void> renameGraphView(const QString &from, const QString &to) = 0;
    /** Deletes a view: NotFound when there is none of that name. */
    virtual Result<void> deleteGraphView(const QString &name) = 0;

    /** Adds the address's role; uses its id when set (undo restores deleted records under their old ids). */
    virtual Result<qint64> addIncidentAddress(const IncidentAddress &role) = 0;
    virtual Result<std::vector<IncidentAddress>> incidentAddresses(std::optional<IncidentId> incident) = 0;
    /** The incident's addresses with their roles and tags, read in a fixed number of queries. */
    virtual Result<std::vector<IncidentWallet>> incidentWallets(IncidentId incident) = 0;
    virtual Result<TagId> addTag(const Tag &tag) = 0;
    virtual Result<std::vector<Tag>> tags(std::optional<AddressId> address) = 0;
    virtual Result<BatchId> addBatch(const ImportBatch &batch) = 0;
    virtual Result<std::vector<ImportBatch>> batches() = 0;

    virtual Result<NoteId> addNote(const Note &note) = 0;
    virtual Result<std::vector<Note>> notes() = 0;

    /** Everything that cites source @p id; NotFound when there is no such source. */
    virtual Result<RecordUsage> sourceUsage(SourceId id) = 0;
    /** The attributions and tags that name group @p id and the relations it is part of. */
    virtual Result<RecordUsage> groupUsage(GroupId id) = 0;
    /**
     * Deletes source @p id unless anything cites it. A cited source is refused up front (Constraint) with a
     * message that counts what cites it, rather than with the database's foreign-key error.
     */
    virtual Result<void> removeUnusedSource(SourceId id) = 0;
    /**
     * Deletes group @p id with its relations unless attributions or tags name it (tags would silently lose the
     * group); a named group is refused (Constraint) with a message that counts them.
     */
    virtual Result<void> removeUnusedGroup(GroupId id) = 0;

    virtual Result<CaseStats> stats() = 0;
    /** Literal full-text search: the text is matched as words, never as query syntax. */
    virtual Result<std::vector<SearchHit>> search(const QString &text, int limit) = 0;
};

} // namespace awb
