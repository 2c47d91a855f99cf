// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/incidentdetails.h"

#include "core/query/groupdirectory.h"
#include "core/store/casestore.h"
#include "ui/displaytext.h"

#include <QCoreApplication>

#include <algorithm>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

/** The context of this file's strings. A free tr() would not do: lupdate would file its strings under the
 * enclosing namespace or class, and the translation would never be found. */
struct IncidentDetailsTr
{
    Q_DECLARE_TR_FUNCTIONS(awb::ui::IncidentDetails)
};

int roleRank(const QString &role)
{
    static const QStringList order{u"victim"_s, u"exploiter"_s, u"laundering"_s, u"cash-out"_s, u"holding"_s};
    const auto index = order.indexOf(role);
    return index < 0 ? static_cast<int>(order.size()) : static_cast<int>(index);
}

/** Collects the sources an incident cites and what each one supports, in first-cited order. */
class Citations
{
public:
    void cite(SourceId id, const QString &what)
    {
        if (!id.isValid()) {
            return;
        }
        auto it = std::find(m_order.begin(), m_order.end(), id.value);
        if (it == m_order.end()) {
            m_order.push_back(id.value);
        }
        QStringList &uses = m_uses[id.value];
        if (!uses.contains(what)) {
            uses << what;
        }
    }

    Result<void> resolve(CaseStore &store, IncidentDetails &details) const
    {
        for (qint64 id : m_order) {
            auto source = store.source(SourceId{id});
            if (!source) {
                return std::unexpected(source.error());
            }
            details.sources[id] = *source;
            details.citations.push_back(CitedSource{*source, m_uses.at(id)});
        }
        return {};
    }

private:
    std::vector<qint64> m_order;
    std::map<qint64, QStringList> m_uses;
};

Result<void> loadWallets(CaseStore &store, IncidentDetails &details, Citations &citations)
{
    auto wallets = store.incidentWallets(details.incident.id);
    if (!wallets) {
        return std::unexpected(wallets.error());
    }
    std::stable_sort(wallets->begin(), wallets->end(), [](const IncidentWallet &a, const IncidentWallet &b) {
        return roleRank(a.role.role) < roleRank(b.role.role);
    });
    for (const IncidentWallet &wallet : *wallets) {
        citations.cite(wallet.role.source, IncidentDetailsTr::tr("wallet role"));
        for (const Tag &tag : wallet.tags) {
            citations.cite(tag.source, IncidentDetailsTr::tr("wallet tag"));
        }
    }
    details.wallets = std::move(*wallets);
    return {};
}

Result<void> loadAttributions(CaseStore &store, IncidentDetails &details, Citations &citations)
{
    auto attributions = store.attributions(details.incident.id);
    if (!attributions) {
        return std::unexpected(attributions.error());
    }
    if (attributions->empty()) {
        return {};
    }
    auto groups = store.groups();
    if (!groups) {
        return std::unexpected(groups.error());
    }
    const GroupDirectory directory(std::move(*groups), {});
    for (const Attribution &attribution : *attributions) {
        citations.cite(attribution.source, IncidentDetailsTr::tr("attribution"));
        if (details.groupNames.contains(attribution.group.value)) {
            continue;
        }
        details.groupNames[attribution.group.value] = directory.name(attribution.group);
        // Aliases are claims, not merges: say where this group's names also denote another group.
        QStringList &shared = details.sharedAliases[attribution.group.value];
        const ActorGroup *group = directory.group(attribution.group);
        for (const AliasClaim &alias : group ? group->aliases : std::vector<AliasClaim>{}) {
            const GroupResolution r = directory.resolve(alias.alias);
            QStringList others;
            for (const auto *list : {&r.matches, &r.alsoClaimed}) {
                for (const GroupMatch &m : *list) {
                    if (m.group != attribution.group && !others.contains(directory.name(m.group))) {
                        others << directory.name(m.group);
                    }
                }
            }
            const QString entry =
                IncidentDetailsTr::tr("%1 (also %2)").arg(alias.alias.simplified(), others.join(u", "_s));
            if (!others.isEmpty() && !shared.contains(entry, Qt::CaseInsensitive)) {
                shared << entry;
            }
        }
    }
    details.attributions = std::move(*attributions);
    return {};
}

void findDisputes(IncidentDetails &details)
{
    std::map<QString, std::set<QString>> values;
    for (const Claim &claim : details.incident.claims) {
        std::set<QString> &set = values[claim.field];
        set.insert(claim.value.trimmed());
        if (const auto recorded = recordedValue(details.incident, claim.field)) {
            set.insert(recorded->trimmed());
        }
    }
    for (const auto &[field, set] : values) {
        if (set.size() > 1) {
            details.disputedFields.insert(field);
        }
    }
}

} // namespace

QString IncidentDetails::groupName(GroupId id) const
{
    const auto it = groupNames.find(id.value);
    return it != groupNames.end() ? it->second : IncidentDetailsTr::tr("group #%1").arg(id.value);
}

QString IncidentDetails::sourceLabel(SourceId id) const
{
    if (!id.isValid()) {
        return {};
    }
    const auto it = sources.find(id.value);
    return it != sources.end() ? text::sourceLabel(it->second) : IncidentDetailsTr::tr("source #%1").arg(id.value);
}

std::optional<std::pair<qint64, qint64>> IncidentDetails::lossRange() const
{
    std::vector<qint64> figures;
    if (incident.lossUsd) {
        figures.push_back(*incident.lossUsd);
    }
    for (const Claim &claim : incident.claims) {
        bool ok = false;
        const qint64 value = claim.value.trimmed().toLongLong(&ok);
        if (claim.field == u"loss_usd"_s && ok) {
            figures.push_back(value);
        }
    }
    if (figures.empty()) {
        return std::nullopt;
    }
    const auto [min, max] = std::minmax_element(figures.begin(), figures.end());
    return std::pair{*min, *max};
}

std::optional<QString> recordedValue(const Incident &incident, const QString &field)
{
    if (field == u"loss_usd"_s && incident.lossUsd) {
        return QString::number(*incident.lossUsd);
    }
    if (field == u"start_date"_s && !incident.startDate.isEmpty()) {
        return incident.startDate;
    }
    if (field == u"end_date"_s) {
        return incident.endDate;
    }
    if (field == u"victim_country"_s) {
        return incident.victimCountry;
    }
    return std::nullopt;
}

Result<IncidentDetails> loadIncidentDetails(CaseStore &store, IncidentId id)
{
    auto incident = store.incident(id);
    if (!incident) {
        return std::unexpected(incident.error());
    }
    IncidentDetails details;
    details.incident = std::move(*incident);
    const Incident &i = details.incident;

    Citations citations;
    for (SourceId source : i.sources) {
        citations.cite(source, IncidentDetailsTr::tr("incident"));
    }
    if (i.lossUsdSource) {
        citations.cite(*i.lossUsdSource, IncidentDetailsTr::tr("recorded loss"));
    }
    if (i.usdRateSource) {
        citations.cite(*i.usdRateSource, IncidentDetailsTr::tr("USD rate"));
    }
    for (const NativeLoss &loss : i.losses) {
        citations.cite(loss.source, IncidentDetailsTr::tr("native loss"));
    }
    for (const Claim &claim : i.claims) {
        citations.cite(claim.source, IncidentDetailsTr::tr("claim"));
    }
    auto loaded = loadAttributions(store, details, citations)
                      .and_then([&] { return loadWallets(store, details, citations); })
                      .and_then([&] { return citations.resolve(store, details); });
    if (!loaded) {
        return std::unexpected(loaded.error());
    }
    findDisputes(details);
    return details;
}

} // namespace awb::ui
