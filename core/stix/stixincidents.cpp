// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Victims, incidents and attribution claims as STIX objects (docs/stix.md, "Incidents" and "Attribution claims").
#include "core/stix/bundlebuilder.h"
#include "core/stix/stixexport.h"

#include <set>

namespace awb::stix::detail {

using namespace Qt::Literals::StringLiterals;

namespace {

/** Our sector (free text) as a term of STIX's industry-sector-ov, when the vocabulary has one. */
std::optional<QString> industrySector(const QString &sector)
{
    static const QStringList financial{
        u"bank"_s, u"exchange"_s, u"defi"_s, u"bridge"_s, u"payment-processor"_s, u"wallet"_s, u"mining-marketplace"_s};
    if (financial.contains(sector)) {
        return u"financial-services"_s;
    }
    if (sector == u"gambling"_s) {
        return u"hospitality-leisure"_s;
    }
    return std::nullopt;
}

/** What the case knows of one victim organisation across its incidents. */
struct Victim
{
    std::set<QString> sectors;
    std::set<QString> countries;
    bool synthetic = true; // only when every incident naming it is
};

/** The recorded loss and every source's figure: low and high only when they differ. */
struct LossRange
{
    qint64 low = 0;
    qint64 high = 0;
    bool disagree = false;
};

std::optional<LossRange> lossRange(const Incident &incident)
{
    std::set<qint64> figures;
    if (incident.lossUsd) {
        figures.insert(*incident.lossUsd);
    }
    for (const Claim &c : incident.claims) {
        bool ok = false;
        const qint64 value = c.value.toLongLong(&ok);
        if (c.field == u"loss_usd"_s && ok) {
            figures.insert(value);
        }
    }
    if (figures.empty()) {
        return std::nullopt;
    }
    return LossRange{*figures.begin(), *figures.rbegin(), figures.size() > 1};
}

/** The facts of the extension as sentences, so a consumer that shows only descriptions still sees them. */
QString factsText(const Incident &i, const std::optional<LossRange> &range)
{
    QStringList facts{u"Start: %1."_s.arg(i.startDate)};
    if (i.endDate) {
        facts << u"End: %1."_s.arg(*i.endDate);
    }
    if (!i.victim.isEmpty()) {
        facts << u"Victim: %1%2."_s.arg(i.victim, i.victimCountry ? u" (%1)"_s.arg(*i.victimCountry) : QString());
    } else if (i.victimCountry) {
        facts << u"Victim country: %1."_s.arg(*i.victimCountry);
    }
    facts << u"Sector: %1."_s.arg(i.sector) << u"Status: %1."_s.arg(i.status);
    if (i.lossUsd) {
        facts << u"Loss: USD %1."_s.arg(*i.lossUsd);
    }
    if (range && range->disagree) {
        facts << u"Sources give USD %1 to %2."_s.arg(range->low).arg(range->high);
    }
    if (!i.chains.isEmpty()) {
        facts << u"Chains: %1."_s.arg(i.chains.join(u", "_s));
    }
    if (!i.assets.isEmpty()) {
        facts << u"Assets: %1."_s.arg(i.assets.join(u", "_s));
    }
    if (i.synthetic) {
        facts << u"SYNTHETIC: generated data, not a real event."_s;
    }
    const QString text = facts.join(u' ');
    return i.description.isEmpty() ? text : i.description + u"\n\n"_s + text;
}

} // namespace

void BundleBuilder::addVictims(const std::vector<Incident> &incidents)
{
    std::map<QString, Victim> victims;
    for (const Incident &i : incidents) {
        if (i.victim.isEmpty()) {
            continue;
        }
        Victim &v = victims[i.victim];
        if (auto sector = industrySector(i.sector)) {
            v.sectors.insert(*sector);
        }
        if (i.victimCountry) {
            v.countries.insert(*i.victimCountry);
        }
        v.synthetic = v.synthetic && i.synthetic;
    }
    for (const auto &[name, v] : victims) {
        QJsonObject o = baseObject(u"identity"_s, victimId(name), m_time, v.synthetic);
        o.insert(u"name"_s, shownName(name, v.synthetic));
        o.insert(u"identity_class"_s, u"organization"_s);
        putList(o, u"sectors"_s, QStringList(v.sectors.begin(), v.sectors.end()));
        m_objects.append(o);
        for (const QString &country : v.countries) {
            relate(u"victim/%1/%2"_s.arg(name, country), u"located-at"_s, victimId(name), locationId(country),
                   QString(), v.synthetic);
        }
    }
}

void BundleBuilder::addIncident(const Incident &i, const std::vector<Attribution> &attributions)
{
    const QString incidentId = id(u"incident"_s, u"incident/%1"_s.arg(i.id.value));
    const std::optional<LossRange> range = lossRange(i);
    QJsonObject o = baseObject(u"incident"_s, incidentId, m_time, i.synthetic);
    o.insert(u"name"_s, shownName(i.title, i.synthetic));
    o.insert(u"description"_s, factsText(i, range));

    QJsonObject extension{{u"start_date"_s, i.startDate},
                          {u"status"_s, i.status},
                          {u"sector"_s, i.sector},
                          {u"synthetic"_s, i.synthetic}};
    Citations citations;
    for (const SourceId s : i.sources) {
        citations.cite(s);
    }
    if (i.endDate) {
        extension.insert(u"end_date"_s, *i.endDate);
    }
    putText(extension, u"victim"_s, i.victim);
    if (i.victimCountry) {
        extension.insert(u"victim_country"_s, *i.victimCountry);
    }
    putList(extension, u"chains"_s, i.chains);
    putList(extension, u"assets"_s, i.assets);
    auto sourceTitle = [&](SourceId s) {
        const auto it = m_sources.find(s.value);
        return it == m_sources.end() ? QString() : it->second.title;
    };
    if (i.lossUsd) {
        extension.insert(u"loss_usd"_s, *i.lossUsd);
        if (i.lossUsdSource) {
            extension.insert(u"loss_usd_source"_s, sourceTitle(*i.lossUsdSource));
        }
        citations.cite(i.lossUsdSource, u"loss_usd %1"_s.arg(*i.lossUsd));
    }
    citations.cite(i.usdRateSource, u"USD rate"_s);
    if (range && range->disagree) {
        extension.insert(u"loss_usd_low"_s, range->low);
        extension.insert(u"loss_usd_high"_s, range->high);
    }
    QJsonArray losses;
    for (const NativeLoss &l : i.losses) {
        losses.append(QJsonObject{{u"chain"_s, l.chain},
                                  {u"asset"_s, l.asset},
                                  {u"amount"_s, l.amount},
                                  {u"source"_s, sourceTitle(l.source)}});
        citations.cite(l.source, u"loss_native %1 %2 on %3"_s.arg(l.amount, l.asset, l.chain));
    }
    if (!losses.isEmpty()) {
        extension.insert(u"native_losses"_s, losses);
    }
    QJsonArray claims;
    for (const Claim &c : i.claims) {
        QJsonObject claim{{u"field"_s, c.field}, {u"value"_s, c.value}, {u"source"_s, sourceTitle(c.source)}};
        putText(claim, u"note"_s, c.note);
        claims.append(claim);
        citations.cite(c.source, u"%1 %2"_s.arg(c.field, c.value));
    }
    if (!claims.isEmpty()) {
        extension.insert(u"claims"_s, claims);
    }
    citations.addTo(o, m_sources);
    addExtension(o, extension);
    m_objects.append(o);

    // The adversary activity behind the theft: what attribution claims attach to (docs/stix.md says why).
    const QString campaignId = id(u"campaign"_s, u"incident/%1"_s.arg(i.id.value));
    QJsonObject campaign = baseObject(u"campaign"_s, campaignId, m_time, i.synthetic);
    campaign.insert(u"name"_s, shownName(i.title, i.synthetic));
    campaign.insert(u"description"_s, u"The adversary activity behind the incident of the same name. Each of its "
                                      "attributed-to relationships is one attribution claim of the case."_s);
    if (auto first = periodStart(i.startDate)) {
        campaign.insert(u"first_seen"_s, *first);
    }
    if (auto last = periodEnd(i.endDate.value_or(i.startDate))) {
        campaign.insert(u"last_seen"_s, *last);
    }
    m_objects.append(campaign);

    const QString key = QString::number(i.id.value);
    relate(u"campaign/"_s + key, u"related-to"_s, campaignId, incidentId, u"The theft this campaign carried out."_s,
           i.synthetic);
    if (!i.victim.isEmpty()) {
        relate(u"target/"_s + key, u"targets"_s, campaignId, victimId(i.victim), u"The victim of the theft."_s,
               i.synthetic);
    }
    if (i.victimCountry) {
        relate(u"target-country/"_s + key, u"targets"_s, campaignId, locationId(*i.victimCountry),
               u"The victim's country."_s, i.synthetic);
    }
    for (const Attribution &a : attributions) {
        addClaim(a, i, campaignId);
    }
}

void BundleBuilder::addClaim(const Attribution &a, const Incident &i, const QString &campaign)
{
    const auto group = m_groups.find(a.group.value);
    if (group == m_groups.end()) {
        return;
    }
    const bool synthetic = a.synthetic || i.synthetic || group->second.synthetic;
    QString description = u"%1 attributes \"%2\" to %3 (%4 confidence%5)."_s.arg(
        a.party, i.title, group->second.name, a.confidence, a.date ? u", "_s + *a.date : QString());
    if (!a.evidence.isEmpty()) {
        description += u" Evidence: "_s + a.evidence;
    }
    Citations source;
    source.cite(a.source);
    QJsonObject extra;
    if (auto confidence = confidenceValue(a.confidence)) {
        extra.insert(u"confidence"_s, *confidence);
    }
    QJsonObject extension{{u"party"_s, a.party}, {u"confidence_level"_s, a.confidence}, {u"synthetic"_s, synthetic}};
    if (a.date) {
        extension.insert(u"attributed_on"_s, *a.date);
    }
    putText(extension, u"evidence"_s, a.evidence);
    addExtension(extra, extension);
    relate(u"attribution/%1"_s.arg(a.id.value), u"attributed-to"_s, campaign, groupId(a.group), description, synthetic,
           source, extra);
}

} // namespace awb::stix::detail
