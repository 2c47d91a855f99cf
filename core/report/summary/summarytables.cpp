// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/summary/summarytables.h"

namespace awb::report::summary {

using namespace Qt::Literals::StringLiterals;

SummaryTables summaryTables(const CaseSummary &s)
{
    SummaryTables t;
    t.keyFacts.heading = u"Key facts"_s;
    t.keyFacts.columns = {u"Fact"_s, u"Value"_s};
    for (const Fact &f : s.keyFacts) {
        t.keyFacts.rows.push_back({{f.label, f.value}, f.citations, f.synthetic});
    }
    if (s.kind != SummaryScope::Kind::Incident) {
        SummaryTable incidents;
        incidents.heading = u"Incidents"_s;
        incidents.columns = {u"Id"_s,      u"Date"_s,       u"Incident"_s,     u"Victim"_s,
                             u"Country"_s, u"Loss (USD)"_s, u"Attributed to"_s};
        for (const IncidentRow &r : s.incidents) {
            incidents.rows.push_back(
                {{QString::number(r.id.value), r.date, r.title, r.victim, r.country, r.loss, r.attributedTo},
                 r.citations,
                 r.synthetic});
        }
        t.incidents = std::move(incidents);
    }
    t.claims.heading = u"Attribution: competing hypotheses"_s;
    t.claims.intro = u"Every attribution claim as its source records it, strongest confidence first within each "
                     u"incident. Claims are never merged: a claim that disagrees with another is listed too."_s;
    t.claims.columns = {u"Incident"_s, u"Group"_s, u"Confidence"_s, u"Party"_s, u"Date"_s, u"Evidence"_s};
    for (const ClaimRow &c : s.claims) {
        t.claims.rows.push_back(
            {{c.incidentTitle, c.group, c.confidence, c.party, c.date, c.evidence}, c.citations, c.synthetic});
    }
    if (s.flow) {
        SummaryTable cash;
        cash.heading = u"Cash-out"_s;
        cash.intro = s.cashOutBasis +
                     u". Each row is the traced value that reached a service under the haircut, FIFO and poison "
                     u"taint models (poison is an upper bound)."_s;
        cash.columns = {u"Service"_s, u"Category"_s, u"Chain"_s, u"Asset"_s, u"Haircut"_s, u"FIFO"_s, u"Poison"_s};
        for (const CashOutRow &r : s.cashOut) {
            cash.rows.push_back(
                {{r.service, r.category, r.chain, r.asset, r.haircut, r.fifo, r.poison}, r.citations, r.synthetic});
        }
        t.cashOut = std::move(cash);
    }
    return t;
}

QStringList headerLines(const CaseSummary &s)
{
    return {u"Scope: "_s + s.scopeText, u"Case: "_s + s.caseName, u"Report date: "_s + s.reportDate};
}

QString syntheticNote()
{
    return u"This report contains SYNTHETIC data (generated for demonstration, not real-world facts). Every "
           u"row, fact, figure and source drawing on it is marked SYNTHETIC; do not cite it."_s;
}

QString sourceText(const Source &source)
{
    QString text = source.title;
    if (!source.publisher.isEmpty()) {
        text += u". "_s + source.publisher;
    }
    if (source.published) {
        text += u", "_s + *source.published;
    }
    return text + u" ("_s + source.kind + u")"_s;
}

} // namespace awb::report::summary
