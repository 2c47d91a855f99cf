// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/records.h"
#include "core/model/wallet.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace awb::interop {

/** A group as a file describes it: a MISP galaxy cluster or a GraphSense ActorPack actor. */
struct ActorRecord
{
    QString name;        // the cluster's value, the actor's label
    QStringList aliases; // synonyms or aliases, as written (each becomes an alias claim of the file's source)
    std::optional<QString> country;
    QString description; // used only for a group the import creates
    QString ownSystem;   // "misp-galaxy" or "graphsense-actor": the external id the record carries
    QString ownId;       // the cluster's uuid, the actor's id
    std::optional<QString> ownUrl;
    QStringList relatedIds; // uuids the record points at (a galaxy cluster's related MITRE intrusion sets …)
    QString aliasNote;      // the note on each alias claim ("MISP galaxy synonym of …")
    QString location;       // "file:line" or "file: values[3]", for the report
    std::size_t source = 0; // index into InteropData::sources
};

/** A claim about an address as a file makes it, before the address is checked or looked up. */
struct TagRecord
{
    QString chain;   // the case's chain name ("bitcoin", "ethereum" …)
    QString address; // as written
    QString label;
    QString category;
    QString abuse;
    QString confidence; // a GraphSense confidence id
    QString tagType;    // actor, event or mention
    QString context;
    QString actor; // the actor the tag names (a GraphSense actor id or a group name); empty for none
    QString location;
    std::size_t source = 0; // index into InteropData::sources
};

/** A record the import read and leaves out, with the reason. */
struct Skipped
{
    QString location;
    QString what; // the address, alias or cluster, as written
    QString reason;
};

/** Something the user must look at: an alias several groups share, a tag's actor that matches no group … */
struct Flag
{
    QString kind; // shared-alias, unmatched-actor, ambiguous-actor, country-differs
    QString subject;
    QString detail;
    QStringList groups;
};

/** What a parser read from one file; nothing has touched the case yet. */
struct InteropData
{
    QString format;              // misp-galaxy, tagpack, actorpack, ofac
    std::vector<Source> sources; // ids unset; records refer to them by index
    std::vector<ActorRecord> actors;
    std::vector<TagRecord> tags;
    std::vector<Skipped> skipped;
    QStringList warnings;
    qint64 recordsRead = 0; // clusters, actors, tags or listed addresses
};

/** What one group-defining record did to the case. */
struct GroupOutcome
{
    QString name;
    bool created = false;
    QString matchedBy; // external id, name, related, alias or actor key; empty when created
    qint64 aliasesAdded = 0;
};

/** What an interop import read and wrote, for the user and for the import batch. */
struct InteropReport
{
    QString fileName;
    QString format;
    QString sha256;
    qint64 sizeBytes = 0;
    std::optional<ImportBatch> earlier; // the same bytes were imported before: nothing was parsed or written
    qint64 batchId = 0;
    qint64 recordsRead = 0;
    qint64 sourcesAdded = 0;
    qint64 groupsAdded = 0;
    qint64 groupsMatched = 0;
    qint64 aliasesAdded = 0;
    qint64 externalIdsAdded = 0;
    qint64 addressesAdded = 0;
    qint64 addressesMatched = 0; // tagged addresses the case already held
    qint64 tagsAdded = 0;
    std::vector<GroupOutcome> groups;
    std::vector<Skipped> skipped;
    std::vector<Flag> flagged;
    QStringList warnings;

    bool alreadyImported() const { return earlier.has_value(); }
};

} // namespace awb::interop
