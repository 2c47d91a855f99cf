// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile case text (issue #6 §9) and a case summary full of it, for every report renderer's tests.
#pragma once

#include "core/report/summary/casesummary.h"

#include <QStringList>

namespace awb::test {

using namespace Qt::Literals::StringLiterals;

inline const QStringList kHostile{u"<script>alert(1)</script>"_s,  u"\"><svg onload=alert(1)>"_s,
                                  u"=cmd|' /C calc'!A0"_s,         u"ends with a backslash \\"_s,
                                  u"bidi \u202Eevil\u202C text"_s, u"<img src=\"file:///etc/passwd\">"_s,
                                  u"[x](javascript:alert(1))"_s,   u"**bold** _it_ `code` # h &amp; | cell"_s};

/** A summary with hostile text in every field, the given URL on the source. */
inline report::summary::CaseSummary hostileSummary(const QString &text, const QString &url)
{
    using namespace report::summary;
    CaseSummary s;
    s.kind = SummaryScope::Kind::Group;
    s.title = s.scopeText = s.caseName = s.reportDate = text;
    s.anySynthetic = true;
    s.keyFacts.push_back({text, text, {1}, true});
    s.incidents.push_back({IncidentId{1}, text, text, text, text, text, text, {1}, true});
    s.claims.push_back({IncidentId{1}, text, text, text, text, text, text, {1}, true});
    TimelineFigure timeline;
    timeline.caption = text;
    timeline.citations = {1};
    timeline.points = {{u"2022-06-24"_s, text, 5, true}, {u"2023"_s, text, std::nullopt, false}};
    s.timeline = timeline;
    FlowFigure flow;
    flow.caption = text;
    flow.citations = {1};
    flow.nodes = {{0, 0, text, u"seed"_s, true}, {160, 0, text, u"service"_s, false}};
    flow.links = {{0, 1}};
    s.flow = flow;
    s.cashOutBasis = text;
    s.cashOut.push_back({text, text, text, text, text, text, text, {1}, true});
    Source source;
    source.id = SourceId{1};
    source.title = source.publisher = source.kind = source.excerpt = text;
    source.published = text;
    source.url = url;
    s.sources.push_back({1, source});
    return s;
}

} // namespace awb::test
