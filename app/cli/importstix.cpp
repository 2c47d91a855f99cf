// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `awb-cli import CASE FILE --format stix`: the intrusion-sets of a STIX 2.0 or 2.1 bundle, read as a stream
// (core/stix/stiximport.h, docs/stix.md "Import").
#include "app/cli/cliargs.h"
#include "core/db/sqlitecasestore.h"
#include "core/stix/stiximport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace awb::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject reportJson(const stix::StixImportReport &r)
{
    QJsonObject json = importHeaderJson(r.fileName, u"stix"_s, r.sha256, r.sizeBytes, r.earlier);
    if (r.earlier) {
        return json;
    }
    QJsonObject skipped;
    for (const auto &[type, count] : r.skippedByType) {
        skipped[type] = count;
    }
    QJsonArray withdrawn;
    for (const stix::StixWithdrawn &w : r.withdrawn) {
        withdrawn.append(QJsonObject{{u"type"_s, w.type},
                                     {u"id"_s, w.stixId},
                                     {u"name"_s, w.name},
                                     {u"why"_s, w.revoked ? u"revoked"_s : u"deprecated"_s}});
    }
    QJsonArray shared;
    for (const stix::StixSharedName &s : r.sharedNames) {
        shared.append(QJsonObject{{u"name"_s, s.name},
                                  {u"group"_s, s.group},
                                  {u"other_groups"_s, QJsonArray::fromStringList(s.otherGroups)}});
    }
    json[u"batch_id"_s] = r.batchId;
    json[u"objects_read"_s] = r.objectsRead;
    json[u"groups_added"_s] = r.groupsAdded;
    json[u"groups_matched"_s] = r.groupsMatched;
    json[u"aliases_added"_s] = r.aliasesAdded;
    json[u"external_ids_added"_s] = r.externalIdsAdded;
    json[u"groups_not_imported"_s] = r.groupsNotImported;
    json[u"skipped_by_type"_s] = skipped;
    json[u"withdrawn"_s] = withdrawn;
    json[u"shared_names"_s] = shared;
    json[u"notices"_s] = QJsonArray::fromStringList(r.notices);
    return json;
}

} // namespace

int importStixFile(const Parsed &p, Streams io)
{
    for (const QString &option : {u"--map"_s, u"--mapping"_s, u"--save-mapping"_s, u"--chain"_s, u"--list-date"_s}) {
        if (p.value(option)) {
            return usage(io, u"%1 does not apply to --format stix"_s.arg(option));
        }
    }
    auto store = db::SqliteCaseStore::open(p.positional.at(0));
    if (!store) {
        return failure(io, store.error());
    }
    auto report = stix::importStix(**store, p.positional.at(1));
    if (!report) {
        return failure(io, report.error());
    }
    if (p.flags.contains(u"--json"_s)) {
        io.out << QJsonDocument(reportJson(*report)).toJson(QJsonDocument::Indented);
    } else {
        io.out << stix::stixImportText(*report);
    }
    return 0;
}

} // namespace awb::cli
