// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace awb {
class CaseStore;
}

namespace awb::stix {

struct ExportOptions
{
    /**
     * The `created` and `modified` of every object made from the case's records (the records carry no time of
     * their own). Invalid: the time of the export. Tests pin it, so the output is byte for byte the same.
     */
    QDateTime timestamp;
    /**
     * Part of every record's id key, so records of two cases that share row ids get different STIX ids. Empty: the
     * case's `created_at` meta value, or nothing when the case has none.
     */
    QString idScope;
};

/**
 * The whole case as a STIX 2.1 bundle (UTF-8 JSON): an intrusion-set per group, a threat-actor per sponsor, an
 * incident and a campaign per incident, victims as identity and location objects, one `attributed-to` relationship
 * per attribution claim (from the incident's campaign to the group's intrusion-set, with its confidence and
 * source), and our property extension (extensionDefinitionId()) on incidents, intrusion-sets and claims. Ids are
 * UUIDv5 of a fixed namespace and a key per record, so the same case gives the same ids. Synthetic records keep a
 * "synthetic" label, the flag in the extension and a "SYNTHETIC: " name. docs/stix.md describes the mapping.
 */
Result<QByteArray> exportBundle(CaseStore &store, const ExportOptions &options = {});

/**
 * Our confidence level as a STIX confidence: the "None / Low / Med / High" scale of the STIX 2.1 confidence
 * appendix, low 15, moderate 50, high 85. nullopt for a level the case does not define.
 */
std::optional<int> confidenceValue(const QString &level);

/** The id of our extension-definition: the same in every bundle, so consumers can key on it. */
QString extensionDefinitionId();

} // namespace awb::stix
