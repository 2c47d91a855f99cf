// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteCaseStore: what refers to a source or a group, and deletes that are refused while anything does.
#include "core/db/sqlitecasestore.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace awb::db {

namespace {

QString tr(const char *text, qint64 n = -1)
{
    return QCoreApplication::translate("awb::db", text, nullptr, int(n));
}

/** "1 attribution" or "7 attributions"; empty for zero, so the caller can skip it. */
QString counted(qint64 n, const char *one, const char *many)
{
    if (n == 0) {
        return {};
    }
    return n == 1 ? tr(one, n) : tr(many, n);
}

/** "7 attributions and 2 tags": the non-zero counts of @p usage, in the user's language. */
QString usageList(const RecordUsage &usage)
{
    const QStringList parts{
        counted(usage.incidents, QT_TRANSLATE_NOOP("awb::db", "%n incident"),
                QT_TRANSLATE_NOOP("awb::db", "%n incidents")),
        counted(usage.claims, QT_TRANSLATE_NOOP("awb::db", "%n claim"), QT_TRANSLATE_NOOP("awb::db", "%n claims")),
        counted(usage.nativeLosses, QT_TRANSLATE_NOOP("awb::db", "%n native-unit loss"),
                QT_TRANSLATE_NOOP("awb::db", "%n native-unit losses")),
        counted(usage.attributions, QT_TRANSLATE_NOOP("awb::db", "%n attribution"),
                QT_TRANSLATE_NOOP("awb::db", "%n attributions")),
        counted(usage.groups, QT_TRANSLATE_NOOP("awb::db", "%n group"), QT_TRANSLATE_NOOP("awb::db", "%n groups")),
        counted(usage.aliases, QT_TRANSLATE_NOOP("awb::db", "%n alias claim"),
                QT_TRANSLATE_NOOP("awb::db", "%n alias claims")),
        counted(usage.externalIds, QT_TRANSLATE_NOOP("awb::db", "%n external id"),
                QT_TRANSLATE_NOOP("awb::db", "%n external ids")),
        counted(usage.relations, QT_TRANSLATE_NOOP("awb::db", "%n group relation"),
                QT_TRANSLATE_NOOP("awb::db", "%n group relations")),
        counted(usage.walletRoles, QT_TRANSLATE_NOOP("awb::db", "%n wallet role"),
                QT_TRANSLATE_NOOP("awb::db", "%n wallet roles")),
        counted(usage.tags, QT_TRANSLATE_NOOP("awb::db", "%n tag"), QT_TRANSLATE_NOOP("awb::db", "%n tags")),
        counted(usage.notes, QT_TRANSLATE_NOOP("awb::db", "%n note"), QT_TRANSLATE_NOOP("awb::db", "%n notes")),
    };
    QStringList present;
    std::copy_if(parts.begin(), parts.end(), std::back_inserter(present),
                 [](const QString &part) { return !part.isEmpty(); });
    // Joined with translatable patterns rather than QLocale::createSeparatedList(), which gives "a, b" in the C locale.
    QString list = present.value(0);
    for (qsizetype i = 1; i < present.size(); ++i) {
        list = (i + 1 == present.size() ? tr("%1 and %2") : tr("%1, %2")).arg(list, present[i]);
    }
    return list;
}

} // namespace

Result<RecordUsage> SqliteCaseStore::sourceUsage(SourceId id)
{
    // Every foreign key to sources(id) in the schema; all of them are ON DELETE RESTRICT.
    return one<RecordUsage>(
        "SELECT (SELECT count(*) FROM incidents i WHERE i.loss_usd_source_id = s.id OR i.usd_rate_source_id = s.id "
        "          OR EXISTS (SELECT 1 FROM incident_sources x WHERE x.incident_id = i.id AND x.source_id = s.id)), "
        "  (SELECT count(*) FROM incident_claims WHERE source_id = s.id), "
        "  (SELECT count(*) FROM incident_losses WHERE source_id = s.id), "
        "  (SELECT count(*) FROM attributions WHERE source_id = s.id), "
        "  (SELECT count(*) FROM actor_groups g WHERE g.sponsor_source_id = s.id "
        "          OR EXISTS (SELECT 1 FROM group_sources x WHERE x.group_id = g.id AND x.source_id = s.id)), "
        "  (SELECT count(*) FROM group_aliases WHERE source_id = s.id), "
        "  (SELECT count(*) FROM group_external_ids WHERE source_id = s.id), "
        "  (SELECT count(*) FROM group_relations WHERE source_id = s.id), "
        "  (SELECT count(*) FROM incident_addresses WHERE source_id = s.id), "
        "  (SELECT count(*) FROM tags WHERE source_id = s.id), "
        "  (SELECT count(*) FROM notes WHERE source_id = s.id) "
        "FROM sources s WHERE s.id = ?1",
        QT_TRANSLATE_NOOP("awb::db", "The source no longer exists."),
        [](const Statement &row) {
            RecordUsage u;
            u.incidents = row.int64(0);
            u.claims = row.int64(1);
            u.nativeLosses = row.int64(2);
            u.attributions = row.int64(3);
            u.groups = row.int64(4);
            u.aliases = row.int64(5);
            u.externalIds = row.int64(6);
            u.relations = row.int64(7);
            u.walletRoles = row.int64(8);
            u.tags = row.int64(9);
            u.notes = row.int64(10);
            return u;
        },
        id);
}

Result<RecordUsage> SqliteCaseStore::groupUsage(GroupId id)
{
    return one<RecordUsage>(
        "SELECT (SELECT count(*) FROM attributions WHERE group_id = g.id), "
        "  (SELECT count(*) FROM tags WHERE group_id = g.id), "
        "  (SELECT count(*) FROM group_relations WHERE parent_id = g.id OR child_id = g.id) "
        "FROM actor_groups g WHERE g.id = ?1",
        QT_TRANSLATE_NOOP("awb::db", "The group no longer exists."),
        [](const Statement &row) {
            RecordUsage u;
            u.attributions = row.int64(0);
            u.tags = row.int64(1);
            u.relations = row.int64(2);
            return u;
        },
        id);
}

Result<void> SqliteCaseStore::removeUnusedSource(SourceId id)
{
    return write([&]() -> Result<void> {
        auto source = this->source(id);
        auto usage = sourceUsage(id);
        if (!source || !usage) {
            return std::unexpected(!source ? source.error() : usage.error());
        }
        if (usage->total() > 0) {
            return fail(Error::Code::Constraint, tr("“%1” is cited by %2; remove or replace those citations first.")
                                                     .arg(source->title, usageList(*usage)));
        }
        return change("DELETE FROM sources WHERE id = ?1", id);
    });
}

Result<void> SqliteCaseStore::removeUnusedGroup(GroupId id)
{
    return write([&]() -> Result<void> {
        auto group = this->group(id);
        auto usage = groupUsage(id);
        if (!group || !usage) {
            return std::unexpected(!group ? group.error() : usage.error());
        }
        // Relations go with the group (ON DELETE CASCADE); attributions would block it and tags lose their group.
        RecordUsage naming;
        naming.attributions = usage->attributions;
        naming.tags = usage->tags;
        if (naming.total() > 0) {
            return fail(Error::Code::Constraint,
                        tr("%1 is named by %2; remove or reassign them first.").arg(group->name, usageList(naming)));
        }
        return change("DELETE FROM actor_groups WHERE id = ?1", id);
    });
}

} // namespace awb::db
