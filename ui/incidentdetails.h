// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/incident.h"
#include "core/model/records.h"
#include "core/model/wallet.h"
#include "core/result.h"

#include <QStringList>

#include <map>
#include <set>
#include <vector>

namespace awb {
class CaseStore;
}

namespace awb::ui {

/** One source cited by an incident, with what it is cited for ("incident", "recorded loss", "claim", …). */
struct CitedSource
{
    Source source;
    QStringList citedFor;
};

/** Everything the detail pane shows about one incident, read through the CaseStore interface. */
struct IncidentDetails
{
    Incident incident;
    std::vector<Attribution> attributions; // strongest confidence first
    std::vector<IncidentWallet> wallets;   // in role order: victim, exploiter, laundering, cash-out, holding
    std::map<qint64, QString> groupNames;
    /** Per attributed group: its aliases that sources also claim for, or that name, another group. */
    std::map<qint64, QStringList> sharedAliases;
    std::map<qint64, Source> sources;   // every source referenced by the incident, by id
    std::vector<CitedSource> citations; // the same sources, incident sources first
    /** Claim fields on which the sources (or the recorded value and a source) give different values. */
    std::set<QString> disputedFields;

    QString groupName(GroupId id) const;
    /** "Title — Publisher, date", or "source #12" when the source could not be read. */
    QString sourceLabel(SourceId id) const;
    /** The lowest and highest USD figure of the recorded loss and every loss_usd claim. */
    std::optional<std::pair<qint64, qint64>> lossRange() const;
};

/** Reads @p id and the records around it from @p store. */
Result<IncidentDetails> loadIncidentDetails(CaseStore &store, IncidentId id);

/** The incident's recorded value for a claim field ("loss_usd" → "1500000000"), if it has one. */
std::optional<QString> recordedValue(const Incident &incident, const QString &field);

} // namespace awb::ui
