// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/summary/casesummary.h"

#include "core/report/summary/fundflow.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace awb::report::summary {

using namespace Qt::Literals::StringLiterals;

namespace {

/** Numbers sources in order of first citation. */
class Citations
{
public:
    explicit Citations(const std::vector<Source> &sources)
    {
        for (const Source &s : sources) {
            m_sources.emplace(s.id.value, s);
        }
    }

    std::vector<int> cite(const std::vector<SourceId> &ids)
    {
        std::vector<int> out;
        for (SourceId id : ids) {
            const auto source = m_sources.find(id.value);
            if (!id.isValid() || source == m_sources.end()) {
                continue;
            }
            auto [it, added] = m_numbers.emplace(id.value, int(m_numbers.size()) + 1);
            if (added) {
                m_list.push_back({it->second, source->second});
            }
            if (std::find(out.begin(), out.end(), it->second) == out.end()) {
                out.push_back(it->second);
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    bool synthetic(const std::vector<int> &numbers) const
    {
        return std::any_of(numbers.begin(), numbers.end(),
                           [this](int n) { return m_list[std::size_t(n - 1)].source.synthetic; });
    }

    std::vector<CitedSource> list() const { return m_list; }

private:
    std::map<qint64, Source> m_sources;
    std::map<qint64, int> m_numbers;
    std::vector<CitedSource> m_list;
};

/** The sources of the incident's claims on @p field, else the incident's own sources. */
std::vector<SourceId> claimSources(const Incident &incident, const QStringList &fields, std::optional<SourceId> first)
{
    std::vector<SourceId> ids;
    if (first) {
        ids.push_back(*first);
    }
    for (const Claim &c : incident.claims) {
        if (fields.contains(c.field)) {
            ids.push_back(c.source);
        }
    }
    return ids.empty() ? incident.sources : ids;
}

QString lossText(const std::optional<qint64> &loss, const std::optional<qint64> &low, const std::optional<qint64> &high)
{
    QString text = loss ? usdText(*loss) : u"not known"_s;
    if (low && high && *low != *high) {
        text += u" (sources disagree: %1–%2)"_s.arg(usdText(*low), usdText(*high));
    }
    return text;
}

QString datesText(const QString &start, const std::optional<QString> &end)
{
    return end && !end->isEmpty() && *end != start ? u"%1 to %2"_s.arg(start, *end) : start;
}

struct Builder
{
    CaseStore &store;
    const SummaryOptions &options;
    Citations citations;
    IncidentRecord record;
    CaseSummary summary;

    void addFact(const QString &label, const QString &value, const std::vector<SourceId> &ids, bool synthetic = false)
    {
        Fact f{label, value, citations.cite(ids), synthetic};
        f.synthetic = f.synthetic || citations.synthetic(f.citations);
        summary.keyFacts.push_back(std::move(f));
    }

    const IncidentSummary *summaryOf(IncidentId id) const
    {
        for (const IncidentSummary &s : record.incidents) {
            if (s.id == id) {
                return &s;
            }
        }
        return nullptr;
    }

    QString groupsText(const IncidentSummary &s) const
    {
        QStringList names;
        for (const AttributionSummary &a : s.attributions) {
            if (const QString name = record.directory.name(a.group); !names.contains(name)) {
                names << name;
            }
        }
        return names.join(u", "_s);
    }

    Result<void> addClaims(const std::vector<IncidentId> &incidents)
    {
        // One incident: its own claims; a list: every claim in one query, grouped by incident (same order).
        auto claims = store.attributions(incidents.size() == 1 ? std::optional(incidents.front()) : std::nullopt);
        if (!claims) {
            return std::unexpected(claims.error());
        }
        std::unordered_map<qint64, std::vector<const Attribution *>> byIncident;
        for (const Attribution &a : *claims) {
            byIncident[a.incident.value].push_back(&a);
        }
        for (IncidentId id : incidents) {
            const IncidentSummary *s = summaryOf(id);
            for (const Attribution *claim : byIncident[id.value]) {
                const Attribution &a = *claim;
                ClaimRow row{id,
                             s ? s->title : QString(),
                             record.directory.name(a.group),
                             a.confidence,
                             a.party,
                             a.date.value_or(QString()),
                             a.evidence,
                             citations.cite({a.source}),
                             a.synthetic};
                row.synthetic = row.synthetic || citations.synthetic(row.citations) || (s && s->synthetic);
                summary.claims.push_back(std::move(row));
            }
        }
        return {};
    }

    Result<void> incidentScope(IncidentId id)
    {
        const IncidentSummary *s = summaryOf(id);
        auto incident = store.incident(id);
        if (!s || !incident) {
            return std::unexpected(Error{Error::Code::NotFound, u"There is no incident %1 in the case."_s.arg(id.value),
                                         incident ? QString() : incident.error().detail});
        }
        summary.title = incident->title;
        summary.scopeText = u"Incident %1"_s.arg(id.value);
        const bool synthetic = incident->synthetic;
        const std::vector<SourceId> own = incident->sources;
        addFact(u"Dates"_s, datesText(incident->startDate, incident->endDate),
                claimSources(*incident, {u"start_date"_s, u"end_date"_s}, std::nullopt), synthetic);
        addFact(u"Victim"_s, incident->victim, own, synthetic);
        addFact(u"Country"_s, incident->victimCountry.value_or(u"not known"_s),
                claimSources(*incident, {u"victim_country"_s}, std::nullopt), synthetic);
        addFact(u"Sector"_s, incident->sector, own, synthetic);
        addFact(u"Chains"_s, incident->chains.join(u", "_s), own, synthetic);
        addFact(u"Loss (USD)"_s, lossText(incident->lossUsd, s->lossUsdLow, s->lossUsdHigh),
                claimSources(*incident, {u"loss_usd"_s}, incident->lossUsdSource), synthetic);
        addFact(u"Status"_s, incident->status, own, synthetic);
        if (auto r = addClaims({id}); !r) {
            return r;
        }
        TimelineFigure timeline;
        timeline.points.push_back({incident->startDate, incident->title, incident->lossUsd, synthetic});
        timeline.citations = summary.keyFacts.front().citations;
        timeline.synthetic = synthetic;
        timeline.caption = u"The incident on the timeline"_s;
        summary.timeline = std::move(timeline);
        if (!carryOn(options.progress, QCoreApplication::translate("awb::report", "Tracing the funds"))) {
            return std::unexpected(reportCancelledError());
        }
        auto flow = fundFlow(store, id, options.maxFlowNodes);
        if (!flow) {
            return std::unexpected(flow.error());
        }
        if (flow->figure) {
            summary.flow = std::move(flow->figure);
            summary.flow->citations = citations.cite(flow->figureSources);
            summary.flow->synthetic = summary.flow->synthetic || citations.synthetic(summary.flow->citations);
            summary.cashOutBasis = flow->basis;
            for (std::size_t i = 0; i < flow->cashOut.size(); ++i) {
                CashOutRow row = std::move(flow->cashOut[i]);
                row.citations = citations.cite(flow->cashOutSources[i]);
                row.synthetic = row.synthetic || citations.synthetic(row.citations);
                summary.cashOut.push_back(std::move(row));
            }
        }
        return {};
    }

    Result<void> groupFacts(const GroupResolution &resolution)
    {
        QStringList names;
        for (const GroupMatch &m : resolution.matches) {
            names << record.directory.name(m.group);
        }
        summary.title = names.join(u", "_s);
        summary.scopeText = u"Group %1, with its sub-units"_s.arg(resolution.query);
        for (const GroupMatch &m : resolution.matches) {
            const ActorGroup *g = record.directory.group(m.group);
            if (!g) {
                continue;
            }
            std::vector<SourceId> ids = g->sources;
            ids.insert(ids.end(), m.sources.begin(), m.sources.end());
            QString value = u"%1 (%2)"_s.arg(g->name, g->kind);
            if (m.via == GroupMatch::Via::Alias) {
                value += u", claimed to be known as %1"_s.arg(resolution.query);
            }
            addFact(u"Group"_s, value, ids, g->synthetic);
            if (!g->sponsor.isEmpty()) {
                addFact(u"Sponsor"_s, g->sponsor, g->sponsorSource ? std::vector{*g->sponsorSource} : g->sources,
                        g->synthetic);
            }
        }
        return {};
    }

    Result<void> listScope(const IncidentFilter &filter, const std::optional<GroupResolution> &group)
    {
        auto result = applyFilter(store, record.incidents, record.directory, filter);
        if (!result) {
            return std::unexpected(result.error());
        }
        TimelineFigure timeline;
        std::vector<SourceId> all;
        std::vector<IncidentId> ids;
        const qint64 total = qint64(result->incidents.size());
        const QString stage = QCoreApplication::translate("awb::report", "Gathering the incidents");
        for (const IncidentSummary *s : result->incidents) {
            if (!carryOn(options.progress, stage, qint64(ids.size()), total)) {
                return std::unexpected(reportCancelledError());
            }
            auto incident = store.incident(s->id);
            if (!incident) {
                return std::unexpected(incident.error());
            }
            all.insert(all.end(), incident->sources.begin(), incident->sources.end());
            IncidentRow row{s->id,
                            datesText(s->startDate, s->endDate),
                            s->title,
                            s->victim,
                            s->victimCountry.value_or(QString()),
                            lossText(s->lossUsd, s->lossUsdLow, s->lossUsdHigh),
                            groupsText(*s),
                            citations.cite(incident->sources),
                            s->synthetic};
            row.synthetic = row.synthetic || citations.synthetic(row.citations);
            summary.incidents.push_back(std::move(row));
            timeline.points.push_back({s->startDate, s->title, s->lossUsd, s->synthetic});
            timeline.synthetic = timeline.synthetic || s->synthetic;
            ids.push_back(s->id);
        }
        const Rollup &r = result->rollup;
        QString incidents = QString::number(r.incidents);
        if (r.synthetic > 0) {
            incidents += u" (%1 synthetic, left out of the loss totals)"_s.arg(r.synthetic);
        }
        addFact(u"Incidents"_s, incidents, all, r.synthetic > 0);
        addFact(u"Victim countries"_s, QString::number(r.countries), all);
        QString loss = usdText(r.lossUsd);
        if (r.lossUsdMin != r.lossUsdMax) {
            loss += u" (sources give %1–%2; they disagree on %3 figure(s))"_s
                        .arg(usdText(r.lossUsdMin), usdText(r.lossUsdMax))
                        .arg(r.disputedLoss);
        }
        if (r.withoutLoss > 0) {
            loss += u"; %1 incident(s) without a figure"_s.arg(r.withoutLoss);
        }
        addFact(u"Total loss (USD)"_s, loss, all);
        timeline.citations = citations.cite(all);
        timeline.byYear = timeline.points.size() > kTimelineRows;
        timeline.caption = timeline.byYear ? u"Incidents and known losses per year"_s : u"Incidents over time"_s;
        summary.timeline = std::move(timeline);
        if (!group) {
            summary.title = u"Incidents of the filter"_s;
        }
        return addClaims(ids);
    }
};

QString filterText(const IncidentFilter &f)
{
    QStringList parts;
    auto list = [&](const QString &name, const QStringList &values) {
        if (!values.isEmpty()) {
            parts << u"%1 %2"_s.arg(name, values.join(u" or "_s));
        }
    };
    list(u"group"_s, f.groups);
    list(u"country"_s, f.countries);
    list(u"sector"_s, f.sectors);
    list(u"chain"_s, f.chains);
    if (f.from) {
        parts << u"from %1"_s.arg(*f.from);
    }
    if (f.to) {
        parts << u"to %1"_s.arg(*f.to);
    }
    if (f.minLossUsd) {
        parts << u"loss at least %1"_s.arg(usdText(*f.minLossUsd));
    }
    if (f.maxLossUsd) {
        parts << u"loss at most %1"_s.arg(usdText(*f.maxLossUsd));
    }
    if (f.minConfidence) {
        parts << u"confidence at least %1"_s.arg(confidenceName(*f.minConfidence));
    }
    if (!f.text.isEmpty()) {
        parts << u"text \"%1\""_s.arg(f.text);
    }
    return parts.isEmpty() ? u"Filter: every incident of the case"_s : u"Filter: "_s + parts.join(u"; "_s);
}

} // namespace

Error reportCancelledError()
{
    return cancelledError(QCoreApplication::translate("awb::report", "The report"));
}

QString usdText(qint64 usd)
{
    return u"$"_s + QLocale(QLocale::English).toString(usd);
}

Result<CaseSummary> buildCaseSummary(CaseStore &store, const SummaryScope &scope, const SummaryOptions &options)
{
    if (options.progress) {
        options.progress->step(QCoreApplication::translate("awb::report", "Reading the case"));
    }
    auto sources = store.sources();
    if (!sources) {
        return std::unexpected(sources.error());
    }
    auto record = loadIncidentRecord(store);
    if (!record) {
        return std::unexpected(record.error());
    }
    Builder b{store, options, Citations(*sources), std::move(*record), {}};
    b.summary.kind = scope.kind;
    b.summary.caseName = options.caseName;
    b.summary.reportDate = options.reportDate;
    Result<void> built;
    switch (scope.kind) {
    case SummaryScope::Kind::Incident:
        built = b.incidentScope(scope.incident);
        break;
    case SummaryScope::Kind::Group: {
        const GroupResolution resolution = b.record.directory.resolve(scope.group);
        if (!resolution.found()) {
            return std::unexpected(
                Error{Error::Code::NotFound, u"No group is named \"%1\" in the case."_s.arg(scope.group), {}});
        }
        IncidentFilter filter;
        filter.groups = {scope.group};
        built = b.groupFacts(resolution).and_then([&] { return b.listScope(filter, resolution); });
        break;
    }
    case SummaryScope::Kind::Filter:
        b.summary.scopeText = filterText(scope.filter);
        built = b.listScope(scope.filter, std::nullopt);
        break;
    }
    if (!built) {
        return std::unexpected(built.error());
    }
    if (cancelled(options.progress)) {
        return std::unexpected(reportCancelledError());
    }
    CaseSummary &s = b.summary;
    s.sources = b.citations.list();
    auto any = [](const auto &rows) {
        return std::any_of(rows.begin(), rows.end(), [](const auto &r) { return r.synthetic; });
    };
    s.anySynthetic =
        any(s.keyFacts) || any(s.incidents) || any(s.claims) || any(s.cashOut) ||
        (s.timeline && s.timeline->synthetic) || (s.flow && s.flow->synthetic) ||
        std::any_of(s.sources.begin(), s.sources.end(), [](const CitedSource &c) { return c.source.synthetic; });
    return std::move(b.summary);
}

} // namespace awb::report::summary
