// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The STIX import's matching of a bundle's intrusion-sets to the case's groups (stiximportplan.cpp).
#pragma once

#include "core/model/records.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace awb::stix {

struct StixBundle;

/** A name the bundle gives a group that other groups of the case also bear or claim: reported, never merged. */
struct StixSharedName
{
    QString name;
    QString group;           // the group the bundle's claim is written to
    QStringList otherGroups; // the groups whose name or alias it also is
};

/** One group the import writes: a new one, or an existing one with the bundle's claims added. */
struct StixGroupChange
{
    enum class Match { New, ExternalId, Name, Alias };
    Match match = Match::New;
    QStringList stixIds; // the intrusion-sets written to it (two of one bundle can name the same group)
    /** The record to write. Claims the bundle brings cite SourceId{} (unset): the bundle's source, once added. */
    ActorGroup group;
    qint64 aliasesAdded = 0;
    qint64 externalIdsAdded = 0;
};

/** How a bundle's intrusion-sets meet a case's groups: nothing written yet. */
struct StixImportPlan
{
    Source source;
    std::vector<StixGroupChange> changes; // in the bundle's order
    std::vector<StixSharedName> sharedNames;
    QStringList notices; // intrusion-sets not imported (ambiguous or conflicting matches) and alias matches
    qint64 notImported = 0;
};

/**
 * Matches the bundle's intrusion-sets to @p existing groups: by external id first (mitre-attack G0032), then by
 * name, then by an alias exactly one group claims; a group with another id of the same system is never a match.
 * Names compare as GroupDirectory compares them (case and repeated spaces ignored). Two existing groups are never
 * merged: a name or alias the bundle gives one group that another group bears is reported in sharedNames.
 */
StixImportPlan planStixImport(const StixBundle &bundle, const std::vector<ActorGroup> &existing);

} // namespace awb::stix
