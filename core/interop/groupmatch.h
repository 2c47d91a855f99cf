// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interop/interopdata.h"

#include <QString>

#include <vector>

namespace awb::interop {

/**
 * The groups a record or an actor reference may denote, found at the first of several tiers that finds any:
 * one candidate is a match, several are ambiguous (the import never picks one, and never merges them).
 */
struct GroupCandidates
{
    std::vector<std::size_t> indices; // into the group list searched
    QString via;                      // external id, name, related, alias, actor key

    bool unique() const { return indices.size() == 1; }

    bool ambiguous() const { return indices.size() > 1; }
};

/**
 * The group a cluster or an ActorPack actor stands for. Tiers: its own external id (the cluster's uuid, the
 * actor's id), the group's name, an external id among the record's related uuids (MITRE intrusion sets), an
 * alias claimed for a group, and for an actor its id as a key ("lazarusgroup" for "Lazarus Group"). The
 * record's synonyms are never used: galaxies list other tracked groups' names among them.
 */
GroupCandidates matchRecord(const std::vector<ActorGroup> &groups, const ActorRecord &record);

/**
 * The group a tag's actor names. Tiers: a GraphSense actor external id, the group's name, the name as a key,
 * an alias, an alias as a key.
 */
GroupCandidates matchActorReference(const std::vector<ActorGroup> &groups, const QString &reference);

/** Every group that bears @p name as its own name or as a claimed alias (names compared as GroupDirectory does). */
std::vector<std::size_t> groupsBearing(const std::vector<ActorGroup> &groups, const QString &name);

/** Names compared as GroupDirectory compares them: spaces simplified, case folded. */
QString nameKey(const QString &name);

/** Letters and digits only, case folded: "Lazarus Group", "lazarus_group" and "lazarusgroup" are one key. */
QString slugKey(const QString &name);

} // namespace awb::interop
