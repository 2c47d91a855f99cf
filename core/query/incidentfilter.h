// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/query/groupdirectory.h"
#include "core/query/incidentsummary.h"
#include "core/result.h"

#include <QStringList>

#include <optional>
#include <set>
#include <vector>

namespace awb {

class CaseStore;

/**
 * The incident browser's filter; the GUI's filter bar and `awb-cli incidents` fill the same struct. Values
 * within one list are alternatives (any group, any country); the criteria must all hold.
 */
struct IncidentFilter
{
    std::optional<QString> from; // "2017", "2017-06" or "2017-06-01", inclusive, on the start date (whose
                                 // own "2015" or "2015-01" counts from the period's first day)
    std::optional<QString> to;   // the same; "2019" means up to 2019-12-31
    QStringList groups;          // names or aliases; each includes its sub-units
    QStringList countries;       // ISO 3166-1 alpha-2 victim countries
    QStringList sectors;
    QStringList chains;
    std::optional<qint64> minLossUsd; // an incident is kept when any sourced USD figure lies in the range
    std::optional<qint64> maxLossUsd;
    /** Kept when an attribution (to one of the groups, if any are given) is at least this confident: 1–3. */
    std::optional<int> minConfidence;
    QString text; // literal words, matched with full-text search

    bool isEmpty() const;
    bool operator==(const IncidentFilter &) const = default;
};

/**
 * The figures a panel report gives for a set of incidents. Synthetic incidents are counted in incidents,
 * countries and synthetic, but their losses are left out of every total (as in CaseStats).
 */
struct Rollup
{
    int incidents = 0;
    int countries = 0;
    qint64 lossUsd = 0;    // the sum of the recorded figures
    qint64 lossUsdMin = 0; // the sum of each incident's lowest sourced figure
    qint64 lossUsdMax = 0; // … and of its highest
    int withoutLoss = 0;   // real incidents with no USD figure at all
    int disputedLoss = 0;  // incidents whose sources give different USD figures
    int synthetic = 0;
    bool operator==(const Rollup &) const = default;
};

Rollup rollup(const std::vector<const IncidentSummary *> &incidents);

/** The filter's value checks, with messages that name the field. Dates are completed to whole days. */
Result<IncidentFilter> normalizedFilter(IncidentFilter filter);
/** "250000000", "250M", "1.5B", "950k", "$1,000" → whole US dollars; nullopt for anything else. */
std::optional<qint64> parseUsdAmount(const QString &text);
/** "low" → 1, "moderate" → 2, "high" → 3. */
std::optional<int> confidenceRank(const QString &level);
QString confidenceName(int rank);

/** The outcome of a filter: the incidents kept, in the input order, how the group names resolved, the rollup. */
struct FilterResult
{
    std::vector<const IncidentSummary *> incidents;
    std::vector<GroupResolution> groups;
    Rollup rollup;
};

/** A case's incidents and groups, read as the browser and `awb-cli incidents` need them. */
struct IncidentRecord
{
    std::vector<IncidentSummary> incidents;
    GroupDirectory directory;
};

Result<IncidentRecord> loadIncidentRecord(CaseStore &store);

/** What a filter needs from the store: its group names resolved, and the incidents its text matched. */
struct FilterInputs
{
    std::vector<GroupResolution> groups;
    std::optional<std::set<IncidentId>> textMatches; // none when the filter has no text
};

/** Resolves the filter's group names (NotFound for a name no group bears) and runs its full-text search. */
Result<FilterInputs> prepareFilter(CaseStore &store, const GroupDirectory &directory, const IncidentFilter &filter);

/**
 * Applies @p filter to @p incidents. Full-text matching runs in @p store; everything else in memory, so a
 * filter change over 100,000 incidents costs milliseconds. A group name that matches nothing is an error
 * (NotFound), never a silently empty result. The pointers in the result point into @p incidents.
 */
Result<FilterResult> applyFilter(CaseStore &store,
                                 const std::vector<IncidentSummary> &incidents,
                                 const GroupDirectory &directory,
                                 const IncidentFilter &filter);

/** The same without full-text search: @p textMatches holds the incidents the text matched, if there is text. */
FilterResult applyFilter(const std::vector<IncidentSummary> &incidents,
                         const IncidentFilter &filter,
                         const std::vector<GroupResolution> &groups,
                         const std::set<IncidentId> *textMatches);

} // namespace awb
