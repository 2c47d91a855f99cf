// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/incidentsreport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QStringList>

#include <array>

namespace awb::report {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::report", text);
}

/** "1 incident", "3 incidents": English plurals until the numerus translations of issue #9 exist. */
QString count(qint64 n, const char *one, const char *many)
{
    return (n == 1 ? tr(one) : tr(many)).arg(n);
}

QStringList groupNames(const IncidentSummary &s, const GroupDirectory &directory)
{
    QStringList names;
    for (const AttributionSummary &a : s.attributions) {
        const QString name = directory.name(a.group);
        if (!names.contains(name)) {
            names << name;
        }
    }
    return names;
}

QJsonValue optional(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue optional(const std::optional<QString> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString sourcesText(const std::vector<SourceId> &sources)
{
    return count(static_cast<qint64>(sources.size()), "%1 source", "%1 sources");
}

} // namespace

QString compactUsd(qint64 dollars)
{
    static constexpr std::array<std::pair<double, char>, 3> units{{{1e9, 'B'}, {1e6, 'M'}, {1e3, 'K'}}};
    const QLocale c(QLocale::English);
    for (const auto &[scale, unit] : units) {
        const double v = static_cast<double>(dollars) / scale;
        if (v >= 1) {
            const int decimals = v >= 100 ? 0 : (v >= 10 ? 1 : 2);
            return u"$"_s + c.toString(v, 'f', decimals) + QChar::fromLatin1(unit);
        }
    }
    return u"$"_s + c.toString(dollars);
}

QString rollupText(const Rollup &r)
{
    QStringList parts{count(r.incidents, "%1 incident", "%1 incidents"),
                      count(r.countries, "%1 country", "%1 countries")};
    if (r.incidents > r.withoutLoss + r.synthetic) {
        parts << (r.lossUsdMin == r.lossUsdMax ? tr("%1 total").arg(compactUsd(r.lossUsdMax))
                                               : tr("%1–%2 total (%3)")
                                                     .arg(compactUsd(r.lossUsdMin), compactUsd(r.lossUsdMax),
                                                          count(r.disputedLoss, "sources disagree on %1 figure",
                                                                "sources disagree on %1 figures")));
    }
    if (r.withoutLoss > 0) {
        parts << count(r.withoutLoss, "%1 without a loss figure", "%1 without a loss figure");
    }
    if (r.synthetic > 0) {
        parts << count(r.synthetic, "%1 SYNTHETIC, not in the total", "%1 SYNTHETIC, not in the total");
    }
    return parts.join(u" · "_s);
}

QString resolutionText(const GroupResolution &g, const GroupDirectory &directory)
{
    auto claims = [&](const std::vector<GroupMatch> &matches) {
        QStringList out;
        for (const GroupMatch &m : matches) {
            out << (m.via == GroupMatch::Via::Name ? directory.name(m.group)
                                                   : u"%1 (%2)"_s.arg(directory.name(m.group), sourcesText(m.sources)));
        }
        return out.join(u", "_s);
    };
    if (g.matches.size() > 1) {
        return tr("\"%1\" is an alias claimed for %2: all are included; pick a group by its own name to narrow.")
            .arg(g.query, claims(g.matches));
    }
    if (!g.alsoClaimed.empty()) {
        return tr("\"%1\" is the group %2; sources also claim it as an alias of %3, which are not included.")
            .arg(g.query, directory.name(g.matches.front().group), claims(g.alsoClaimed));
    }
    return {};
}

QJsonObject incidentsToJson(const FilterResult &result, const GroupDirectory &directory)
{
    QJsonArray incidents;
    for (const IncidentSummary *s : result.incidents) {
        QJsonArray attributions;
        for (const AttributionSummary &a : s->attributions) {
            attributions.append(QJsonObject{{u"group_id"_s, a.group.value},
                                            {u"group"_s, directory.name(a.group)},
                                            {u"confidence"_s, confidenceName(a.confidence)}});
        }
        incidents.append(QJsonObject{
            {u"id"_s, s->id.value},
            {u"title"_s, s->title},
            {u"start_date"_s, s->startDate},
            {u"end_date"_s, optional(s->endDate)},
            {u"victim"_s, s->victim},
            {u"victim_country"_s, optional(s->victimCountry)},
            {u"sector"_s, s->sector},
            {u"status"_s, s->status},
            {u"chains"_s, QJsonArray::fromStringList(s->chains)},
            {u"loss_usd"_s, optional(s->lossUsd)},
            {u"loss_usd_min"_s, optional(s->lossUsdLow)},
            {u"loss_usd_max"_s, optional(s->lossUsdHigh)},
            {u"attributions"_s, attributions},
            {u"sources"_s, s->sourceCount},
            {u"synthetic"_s, s->synthetic},
        });
    }
    QJsonArray groups;
    for (const GroupResolution &g : result.groups) {
        auto matches = [&](const std::vector<GroupMatch> &list) {
            QJsonArray out;
            for (const GroupMatch &m : list) {
                QJsonArray sources;
                for (SourceId id : m.sources) {
                    sources.append(id.value);
                }
                out.append(QJsonObject{{u"group_id"_s, m.group.value},
                                       {u"group"_s, directory.name(m.group)},
                                       {u"via"_s, m.via == GroupMatch::Via::Name ? u"name"_s : u"alias"_s},
                                       {u"source_ids"_s, sources}});
            }
            return out;
        };
        QJsonArray included;
        for (GroupId id : g.included) {
            included.append(directory.name(id));
        }
        groups.append(QJsonObject{{u"query"_s, g.query},
                                  {u"matches"_s, matches(g.matches)},
                                  {u"also_claimed_by"_s, matches(g.alsoClaimed)},
                                  {u"included"_s, included},
                                  {u"ambiguous"_s, g.ambiguous()}});
    }
    const Rollup &r = result.rollup;
    return QJsonObject{
        {u"incidents"_s, incidents},
        {u"rollup"_s, QJsonObject{{u"incidents"_s, r.incidents},
                                  {u"countries"_s, r.countries},
                                  {u"loss_usd"_s, r.lossUsd},
                                  {u"loss_usd_min"_s, r.lossUsdMin},
                                  {u"loss_usd_max"_s, r.lossUsdMax},
                                  {u"incidents_without_loss"_s, r.withoutLoss},
                                  {u"incidents_with_disputed_loss"_s, r.disputedLoss},
                                  {u"synthetic_incidents"_s, r.synthetic}}},
        {u"groups"_s, groups},
    };
}

QString incidentsToCsv(const FilterResult &result, const GroupDirectory &directory)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    writeIncidentsCsv(csv, result, directory);
    // A QBuffer takes every write, so finish() cannot fail here.
    static_cast<void>(csv.finish());
    return QString::fromUtf8(buffer.data());
}

void writeIncidentsCsv(CsvWriter &csv, const FilterResult &result, const GroupDirectory &directory)
{
    csv.header({u"id"_s, u"start_date"_s, u"end_date"_s, u"title"_s, u"victim"_s, u"victim_country"_s, u"sector"_s,
                u"status"_s, u"chains"_s, u"loss_usd"_s, u"loss_usd_min"_s, u"loss_usd_max"_s, u"attributed_to"_s,
                u"sources"_s, u"synthetic"_s});
    for (const IncidentSummary *s : result.incidents) {
        csv.number(s->id.value)
            .text(s->startDate)
            .text(s->endDate)
            .text(s->title)
            .text(s->victim)
            .text(s->victimCountry)
            .text(s->sector)
            .text(s->status)
            .text(s->chains.join(u';'))
            .number(s->lossUsd)
            .number(s->lossUsdLow)
            .number(s->lossUsdHigh)
            .text(groupNames(*s, directory).join(u';'))
            .number(s->sourceCount)
            .flag(s->synthetic)
            .endRow();
    }
}

QString incidentsToText(const FilterResult &result, const GroupDirectory &directory)
{
    const QLocale c(QLocale::English);
    QStringList lines;
    for (const IncidentSummary *s : result.incidents) {
        QString loss = s->lossUsd ? u"$"_s + c.toString(*s->lossUsd) : u"—"_s;
        if (s->lossUsdLow && s->lossUsdLow != s->lossUsdHigh) {
            loss += u" (%1–%2)"_s.arg(compactUsd(*s->lossUsdLow), compactUsd(*s->lossUsdHigh));
        }
        lines << u"%1  %2  %3  %4  %5%6"_s.arg(s->startDate, s->victimCountry.value_or(u"--"_s), loss.leftJustified(30),
                                               groupNames(*s, directory).join(u", "_s).leftJustified(24), s->title,
                                               s->synthetic ? u"  [SYNTHETIC]"_s : QString());
    }
    for (const GroupResolution &g : result.groups) {
        if (const QString note = resolutionText(g, directory); !note.isEmpty()) {
            lines << u"Note: "_s + note;
        }
    }
    lines << rollupText(result.rollup);
    return lines.join(u'\n') + u'\n';
}

} // namespace awb::report
