// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteCaseStore: actor groups, their alias claims, external ids, sources and relations.
#include "core/db/sqlitecasestore.h"

#include <QCoreApplication>

namespace awb::db {

namespace {

ActorGroup readGroup(const Statement &row)
{
    ActorGroup g;
    g.id = GroupId{row.int64(0)};
    g.name = row.text(1);
    g.kind = row.text(2);
    g.country = row.optText(3);
    g.sponsor = row.text(4);
    if (auto source = row.optInt64(5)) {
        g.sponsorSource = SourceId{*source};
    }
    g.description = row.text(6);
    g.synthetic = row.int64(7) != 0;
    return g;
}

constexpr std::string_view kGroupColumns =
    "SELECT id, name, kind, country, sponsor, sponsor_source_id, description, synthetic FROM actor_groups ";

} // namespace

Result<void> SqliteCaseStore::writeGroupChildren(const ActorGroup &group)
{
    for (const AliasClaim &alias : group.aliases) {
        if (auto r = insert("INSERT INTO group_aliases(group_id, alias, source_id, note) VALUES (?1, ?2, ?3, ?4)",
                            group.id, alias.alias, alias.source, alias.note);
            !r) {
            return std::unexpected(r.error());
        }
    }
    for (const ExternalId &ext : group.externalIds) {
        if (auto r = insert("INSERT INTO group_external_ids(group_id, system, external_id, url, source_id) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)",
                            group.id, ext.system, ext.externalId, ext.url, ext.source);
            !r) {
            return std::unexpected(r.error());
        }
    }
    for (SourceId source : group.sources) {
        if (auto r = insert("INSERT INTO group_sources(group_id, source_id) VALUES (?1, ?2)", group.id, source); !r) {
            return std::unexpected(r.error());
        }
    }
    return {};
}

Result<void> SqliteCaseStore::readGroupChildren(ActorGroup &group)
{
    auto aliases = list<AliasClaim>(
        "SELECT alias, source_id, note FROM group_aliases WHERE group_id = ?1 ORDER BY id",
        [](const Statement &row) {
            return AliasClaim{row.text(0), SourceId{row.int64(1)}, row.text(2)};
        },
        group.id);
    auto externalIds = list<ExternalId>(
        "SELECT system, external_id, url, source_id FROM group_external_ids WHERE group_id = ?1 ORDER BY id",
        [](const Statement &row) {
            return ExternalId{row.text(0), row.text(1), row.optText(2), SourceId{row.int64(3)}};
        },
        group.id);
    auto sources = list<SourceId>(
        "SELECT source_id FROM group_sources WHERE group_id = ?1 ORDER BY source_id",
        [](const Statement &row) { return SourceId{row.int64(0)}; }, group.id);
    if (!aliases || !externalIds || !sources) {
        return std::unexpected(!aliases ? aliases.error() : !externalIds ? externalIds.error() : sources.error());
    }
    group.aliases = std::move(*aliases);
    group.externalIds = std::move(*externalIds);
    group.sources = std::move(*sources);
    return {};
}

Result<GroupId> SqliteCaseStore::addGroup(const ActorGroup &group)
{
    ActorGroup stored = group;
    auto r = write([&]() -> Result<void> {
        // An unset id binds NULL, which lets SQLite assign one.
        auto id = insert("INSERT INTO actor_groups(id, name, kind, country, sponsor, sponsor_source_id, description, "
                         "synthetic) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                         group.id, group.name, group.kind, group.country, group.sponsor, group.sponsorSource,
                         group.description, group.synthetic);
        if (!id) {
            return std::unexpected(id.error());
        }
        stored.id = GroupId{*id};
        return writeGroupChildren(stored);
    });
    return r.transform([&] { return stored.id; });
}

Result<void> SqliteCaseStore::updateGroup(const ActorGroup &group)
{
    return write([&]() -> Result<void> {
        auto r = change("UPDATE actor_groups SET name = ?2, kind = ?3, country = ?4, sponsor = ?5, "
                        "sponsor_source_id = ?6, description = ?7, synthetic = ?8 WHERE id = ?1",
                        group.id, group.name, group.kind, group.country, group.sponsor, group.sponsorSource,
                        group.description, group.synthetic);
        for (std::string_view table : {"group_aliases", "group_external_ids", "group_sources"}) {
            if (!r) {
                return r;
            }
            r = m_db->prepare("DELETE FROM " + std::string(table) + " WHERE group_id = ?1").and_then([&](Statement s) {
                return s.bindAll(group.id).run();
            });
        }
        return r.and_then([&] { return writeGroupChildren(group); });
    });
}

Result<void> SqliteCaseStore::removeGroup(GroupId id)
{
    return write([&] { return change("DELETE FROM actor_groups WHERE id = ?1", id); });
}

Result<ActorGroup> SqliteCaseStore::group(GroupId id)
{
    auto g = one<ActorGroup>(std::string(kGroupColumns) + "WHERE id = ?1",
                             QT_TRANSLATE_NOOP("awb::db", "The group no longer exists."), readGroup, id);
    return g.and_then([&](ActorGroup group) { return readGroupChildren(group).transform([&] { return group; }); });
}

Result<std::vector<ActorGroup>> SqliteCaseStore::groups()
{
    auto rows = list<ActorGroup>(std::string(kGroupColumns) + "ORDER BY name COLLATE NOCASE", readGroup);
    if (!rows) {
        return rows;
    }
    for (ActorGroup &g : *rows) {
        if (auto r = readGroupChildren(g); !r) {
            return std::unexpected(r.error());
        }
    }
    return rows;
}

Result<qint64> SqliteCaseStore::addRelation(const GroupRelation &relation)
{
    qint64 id = 0;
    // An unset id (0) binds NULL, which lets SQLite assign one.
    const auto explicitId = relation.id > 0 ? std::optional<qint64>(relation.id) : std::nullopt;
    auto r = write([&]() -> Result<void> {
        return insert("INSERT INTO group_relations(id, parent_id, child_id, kind, source_id, note) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                      explicitId, relation.parent, relation.child, relation.kind, relation.source, relation.note)
            .transform([&](qint64 rowid) { id = rowid; });
    });
    return r.transform([&] { return id; });
}

Result<void> SqliteCaseStore::removeRelation(qint64 id)
{
    return write([&] { return change("DELETE FROM group_relations WHERE id = ?1", id); });
}

Result<std::vector<GroupRelation>> SqliteCaseStore::relations()
{
    return list<GroupRelation>("SELECT id, parent_id, child_id, kind, source_id, note FROM group_relations ORDER BY id",
                               [](const Statement &row) {
                                   return GroupRelation{row.int64(0), GroupId{row.int64(1)},  GroupId{row.int64(2)},
                                                        row.text(3),  SourceId{row.int64(4)}, row.text(5)};
                               });
}

} // namespace awb::db
