// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/query/incidentfilter.h"

#include "core/model/validation.h"
#include "core/store/casestore.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace awb {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::IncidentFilter", text);
}

/** "2019" → "2019-01-01" (or "2019-12-31" for an upper bound); full dates are checked, not changed. */
std::optional<QString> completeDate(const QString &text, bool upper)
{
    const auto period = isoPeriod(text.trimmed());
    if (!period) {
        return std::nullopt;
    }
    return (upper ? period->second : period->first).toString(Qt::ISODate);
}

struct Compiled
{
    const IncidentFilter &filter;
    std::set<GroupId> groups; // empty when the filter names no group
    const std::set<IncidentId> *text = nullptr;

    bool matches(const IncidentSummary &s) const
    {
        const IncidentFilter &f = filter;
        if (f.from || f.to) {
            // A date known only to the year or month ("2015", "2015-01") counts from its first day.
            const QString start = s.startDate.size() == 4   ? s.startDate + u"-01-01"_s
                                  : s.startDate.size() == 7 ? s.startDate + u"-01"_s
                                                            : s.startDate;
            if ((f.from && start < *f.from) || (f.to && start > *f.to)) {
                return false;
            }
        }
        auto listed = [](const QStringList &wanted, const QString &value) {
            return wanted.isEmpty() || wanted.contains(value, Qt::CaseInsensitive);
        };
        if (!listed(f.countries, s.victimCountry.value_or(QString())) || !listed(f.sectors, s.sector)) {
            return false;
        }
        if (!f.chains.isEmpty() && std::ranges::none_of(s.chains, [&](const QString &c) {
                return f.chains.contains(c, Qt::CaseInsensitive);
            })) {
            return false;
        }
        if (f.minLossUsd || f.maxLossUsd) {
            if (!s.lossUsdLow || (f.minLossUsd && *s.lossUsdHigh < *f.minLossUsd) ||
                (f.maxLossUsd && *s.lossUsdLow > *f.maxLossUsd)) {
                return false;
            }
        }
        if (!f.groups.isEmpty() || f.minConfidence) {
            // Group and confidence hold for the same attribution: "TraderTraitor, high confidence".
            const bool attributed = std::ranges::any_of(s.attributions, [&](const AttributionSummary &a) {
                return (f.groups.isEmpty() || groups.contains(a.group)) && a.confidence >= f.minConfidence.value_or(0);
            });
            if (!attributed) {
                return false;
            }
        }
        return !text || text->contains(s.id);
    }
};

} // namespace

bool IncidentFilter::isEmpty() const
{
    return *this == IncidentFilter{};
}

std::optional<qint64> parseUsdAmount(const QString &text)
{
    static const QRegularExpression shape(u"^\\$?(\\d{1,18})(?:\\.(\\d{1,9}))?([kKmMbB]?)$"_s);
    const auto m = shape.match(text.trimmed().remove(u',').remove(u'_'));
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const QString unit = m.captured(3).toLower();
    const qsizetype zeros = unit == u"b"_s ? 9 : unit == u"m"_s ? 6 : unit == u"k"_s ? 3 : 0;
    const QString fraction = m.captured(2);
    if (fraction.size() > zeros && fraction.mid(zeros).contains(QRegularExpression(u"[1-9]"_s))) {
        return std::nullopt; // "1.5" dollars: a loss figure has no cents
    }
    const QString digits = m.captured(1) + fraction.left(zeros).leftJustified(zeros, u'0');
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}

std::optional<int> confidenceRank(const QString &level)
{
    static const QStringList levels{u"low"_s, u"moderate"_s, u"high"_s};
    const auto i = levels.indexOf(level.trimmed().toLower());
    return i < 0 ? std::nullopt : std::optional(static_cast<int>(i) + 1);
}

QString confidenceName(int rank)
{
    static const QStringList levels{u"low"_s, u"moderate"_s, u"high"_s};
    return rank >= 1 && rank <= 3 ? levels.at(rank - 1) : QString();
}

Result<IncidentFilter> normalizedFilter(IncidentFilter f)
{
    for (auto [bound, upper, field] : {std::tuple{&f.from, false, "from"}, std::tuple{&f.to, true, "to"}}) {
        if (!*bound) {
            continue;
        }
        const auto date = completeDate(**bound, upper);
        if (!date) {
            return fail(Error::Code::InvalidInput,
                        tr("The %1 date \"%2\" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD.")
                            .arg(QString::fromLatin1(field), **bound));
        }
        *bound = date;
    }
    if (f.from && f.to && *f.from > *f.to) {
        return fail(Error::Code::InvalidInput, tr("The from date %1 is after the to date %2.").arg(*f.from, *f.to));
    }
    for (QString &code : f.countries) {
        code = code.trimmed().toUpper();
        if (!isCountryCode(code)) {
            return fail(Error::Code::InvalidInput,
                        tr("\"%1\" is not an ISO 3166-1 alpha-2 country code (such as KR or US).").arg(code));
        }
    }
    if ((f.minLossUsd && *f.minLossUsd < 0) || (f.maxLossUsd && *f.maxLossUsd < 0)) {
        return fail(Error::Code::InvalidInput, tr("Loss bounds cannot be negative."));
    }
    if (f.minLossUsd && f.maxLossUsd && *f.minLossUsd > *f.maxLossUsd) {
        return fail(Error::Code::InvalidInput, tr("The minimum loss is above the maximum loss."));
    }
    if (f.minConfidence && (*f.minConfidence < 1 || *f.minConfidence > 3)) {
        return fail(Error::Code::InvalidInput, tr("The confidence level must be low, moderate or high."));
    }
    f.text = f.text.trimmed();
    return f;
}

Rollup rollup(const std::vector<const IncidentSummary *> &incidents)
{
    Rollup r;
    std::set<QString> countries;
    for (const IncidentSummary *s : incidents) {
        ++r.incidents;
        if (s->victimCountry) {
            countries.insert(*s->victimCountry);
        }
        if (s->synthetic) {
            ++r.synthetic; // counted and shown, but a generated figure never enters a total
            continue;
        }
        r.lossUsd += s->lossUsd.value_or(0);
        if (s->lossUsdLow) {
            r.lossUsdMin += *s->lossUsdLow;
            r.lossUsdMax += *s->lossUsdHigh;
            r.disputedLoss += *s->lossUsdLow != *s->lossUsdHigh ? 1 : 0;
        } else {
            ++r.withoutLoss;
        }
    }
    r.countries = static_cast<int>(countries.size());
    return r;
}

FilterResult applyFilter(const std::vector<IncidentSummary> &incidents,
                         const IncidentFilter &filter,
                         const std::vector<GroupResolution> &groups,
                         const std::set<IncidentId> *textMatches)
{
    Compiled compiled{filter, {}, textMatches};
    for (const GroupResolution &g : groups) {
        compiled.groups.insert(g.included.begin(), g.included.end());
    }
    FilterResult result;
    result.groups = groups;
    for (const IncidentSummary &s : incidents) {
        if (compiled.matches(s)) {
            result.incidents.push_back(&s);
        }
    }
    result.rollup = rollup(result.incidents);
    return result;
}

Result<IncidentRecord> loadIncidentRecord(CaseStore &store)
{
    auto incidents = store.incidentSummaries();
    auto groups = incidents ? store.groups() : Result<std::vector<ActorGroup>>();
    auto relations = groups ? store.relations() : Result<std::vector<GroupRelation>>();
    if (!incidents || !groups || !relations) {
        return std::unexpected(!incidents ? incidents.error() : !groups ? groups.error() : relations.error());
    }
    return IncidentRecord{std::move(*incidents), GroupDirectory(std::move(*groups), *relations)};
}

Result<FilterInputs> prepareFilter(CaseStore &store, const GroupDirectory &directory, const IncidentFilter &filter)
{
    FilterInputs inputs;
    for (const QString &name : filter.groups) {
        GroupResolution g = directory.resolve(name);
        if (!g.found()) {
            return fail(Error::Code::NotFound, tr("No group has the name or alias \"%1\".").arg(name.simplified()));
        }
        inputs.groups.push_back(std::move(g));
    }
    if (!filter.text.trimmed().isEmpty()) {
        auto ids = store.searchIncidents(filter.text);
        if (!ids) {
            return std::unexpected(ids.error());
        }
        inputs.textMatches.emplace(ids->begin(), ids->end());
    }
    return inputs;
}

Result<FilterResult> applyFilter(CaseStore &store,
                                 const std::vector<IncidentSummary> &incidents,
                                 const GroupDirectory &directory,
                                 const IncidentFilter &filter)
{
    return prepareFilter(store, directory, filter).transform([&](const FilterInputs &inputs) {
        return applyFilter(incidents, filter, inputs.groups, inputs.textMatches ? &*inputs.textMatches : nullptr);
    });
}

} // namespace awb
