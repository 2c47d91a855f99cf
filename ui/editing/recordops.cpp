// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/recordops.h"

#include "core/store/casestore.h"
#include "ui/editing/editcommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace awb::ui {

namespace {

/** The context of this file's strings. A free tr() would not do: lupdate would file its strings under the
 * enclosing namespace or class, and the translation would never be found. */
struct RecordOpsTr
{
    Q_DECLARE_TR_FUNCTIONS(awb::ui::RecordOps)
};

} // namespace

Result<Incident> IncidentOps::read(CaseStore &store, const Incident &incident)
{
    return store.incident(incident.id);
}

Result<IncidentId> IncidentOps::add(CaseStore &store, const Incident &incident)
{
    return store.addIncident(incident);
}

Result<void> IncidentOps::update(CaseStore &store, const Incident &incident)
{
    return store.updateIncident(incident);
}

Result<void> IncidentOps::remove(CaseStore &store, const Incident &incident)
{
    // Undoing an add: anything attached to the incident since was attached outside the history (the commands
    // that attach through it are undone first), and the cascade would delete it silently.
    auto attributions = store.attributions(incident.id);
    auto roles = store.incidentAddresses(incident.id);
    if (!attributions || !roles) {
        return std::unexpected(!attributions ? attributions.error() : roles.error());
    }
    if (!attributions->empty() || !roles->empty()) {
        return std::unexpected(EditCommand::changedElsewhere(describe(incident)));
    }
    return store.removeIncident(incident.id);
}

QString IncidentOps::describe(const Incident &incident)
{
    return RecordOpsTr::tr("The incident %1").arg(EditCommand::quoted(incident.title));
}

Result<IncidentWithLinks> IncidentWithLinksOps::read(CaseStore &store, const IncidentWithLinks &record)
{
    const IncidentId id = record.incident.id;
    auto incident = store.incident(id);
    auto attributions = store.attributions(id);
    auto roles = store.incidentAddresses(id);
    if (!incident || !attributions || !roles) {
        return std::unexpected(!incident ? incident.error() : !attributions ? attributions.error() : roles.error());
    }
    return IncidentWithLinks{std::move(*incident), std::move(*attributions), std::move(*roles)};
}

Result<IncidentId> IncidentWithLinksOps::add(CaseStore &store, const IncidentWithLinks &record)
{
    auto id = store.addIncident(record.incident);
    for (const Attribution &attribution : record.attributions) {
        id = id.and_then([&](IncidentId added) {
            return store.addAttribution(attribution).transform([added](AttributionId) { return added; });
        });
    }
    for (const IncidentAddress &role : record.walletRoles) {
        id = id.and_then([&](IncidentId added) {
            return store.addIncidentAddress(role).transform([added](qint64) { return added; });
        });
    }
    return id;
}

Result<void> IncidentWithLinksOps::update(CaseStore &store, const IncidentWithLinks &record)
{
    return store.updateIncident(record.incident);
}

Result<void> IncidentWithLinksOps::remove(CaseStore &store, const IncidentWithLinks &record)
{
    return store.removeIncident(record.incident.id); // its attributions and wallet roles go with it
}

QString IncidentWithLinksOps::describe(const IncidentWithLinks &record)
{
    return IncidentOps::describe(record.incident);
}

Result<Attribution> AttributionOps::read(CaseStore &store, const Attribution &attribution)
{
    return store.attributions(attribution.incident)
        .and_then([&](const std::vector<Attribution> &all) -> Result<Attribution> {
            const auto it =
                std::find_if(all.begin(), all.end(), [&](const Attribution &a) { return a.id == attribution.id; });
            if (it == all.end()) {
                return fail(Error::Code::NotFound, RecordOpsTr::tr("The attribution no longer exists."));
            }
            return *it;
        });
}

Result<AttributionId> AttributionOps::add(CaseStore &store, const Attribution &attribution)
{
    return store.addAttribution(attribution);
}

Result<void> AttributionOps::update(CaseStore &store, const Attribution &attribution)
{
    return store.updateAttribution(attribution);
}

Result<void> AttributionOps::remove(CaseStore &store, const Attribution &attribution)
{
    return store.removeAttribution(attribution.id);
}

QString AttributionOps::describe(const Attribution &attribution)
{
    return RecordOpsTr::tr("The attribution by %1").arg(EditCommand::quoted(attribution.party));
}

Result<Source> SourceOps::read(CaseStore &store, const Source &source)
{
    return store.source(source.id);
}

Result<SourceId> SourceOps::add(CaseStore &store, const Source &source)
{
    return store.addSource(source);
}

Result<void> SourceOps::update(CaseStore &store, const Source &source)
{
    return store.updateSource(source);
}

Result<void> SourceOps::remove(CaseStore &store, const Source &source)
{
    return store.removeUnusedSource(source.id); // refused, with what cites it, while anything does
}

QString SourceOps::describe(const Source &source)
{
    return RecordOpsTr::tr("The source %1").arg(EditCommand::quoted(source.title));
}

} // namespace awb::ui
