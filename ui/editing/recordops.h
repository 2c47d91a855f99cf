// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/incident.h"
#include "core/model/records.h"
#include "core/model/wallet.h"
#include "core/result.h"

#include <vector>

namespace awb {
class CaseStore;
}

// How RecordCommand reads, adds, updates, removes and names each kind of record. Every add uses the record's
// id when it is set, so undo restores a deleted record under its old id.
namespace awb::ui {

/** An incident alone; removing it is refused while attributions or wallet roles would go with it. */
struct IncidentOps
{
    using Record = Incident;
    static Result<Incident> read(CaseStore &store, const Incident &incident);
    static Result<IncidentId> add(CaseStore &store, const Incident &incident);
    static Result<void> update(CaseStore &store, const Incident &incident);
    static Result<void> remove(CaseStore &store, const Incident &incident);
    static QString describe(const Incident &incident);

    static void setId(Incident &incident, IncidentId id) { incident.id = id; }
};

/** An incident with what the database deletes with it (ON DELETE CASCADE). */
struct IncidentWithLinks
{
    Incident incident;
    std::vector<Attribution> attributions;
    std::vector<IncidentAddress> walletRoles;
    bool operator==(const IncidentWithLinks &) const = default;
};

/** Deleting an incident and restoring it with every attribution and wallet role under their old ids. */
struct IncidentWithLinksOps
{
    using Record = IncidentWithLinks;
    static Result<IncidentWithLinks> read(CaseStore &store, const IncidentWithLinks &record);
    static Result<IncidentId> add(CaseStore &store, const IncidentWithLinks &record);
    static Result<void> update(CaseStore &store, const IncidentWithLinks &record);
    static Result<void> remove(CaseStore &store, const IncidentWithLinks &record);
    static QString describe(const IncidentWithLinks &record);

    static void setId(IncidentWithLinks &record, IncidentId id) { record.incident.id = id; }
};

struct AttributionOps
{
    using Record = Attribution;
    static Result<Attribution> read(CaseStore &store, const Attribution &attribution);
    static Result<AttributionId> add(CaseStore &store, const Attribution &attribution);
    static Result<void> update(CaseStore &store, const Attribution &attribution);
    static Result<void> remove(CaseStore &store, const Attribution &attribution);
    static QString describe(const Attribution &attribution);

    static void setId(Attribution &attribution, AttributionId id) { attribution.id = id; }
};

/** Sources: removing one that anything cites is refused with what cites it. */
struct SourceOps
{
    using Record = Source;
    static Result<Source> read(CaseStore &store, const Source &source);
    static Result<SourceId> add(CaseStore &store, const Source &source);
    static Result<void> update(CaseStore &store, const Source &source);
    static Result<void> remove(CaseStore &store, const Source &source);
    static QString describe(const Source &source);

    static void setId(Source &source, SourceId id) { source.id = id; }
};

} // namespace awb::ui
