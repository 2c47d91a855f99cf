// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/summary/html.h"

#include "core/report/summary/summaryfigures.h"
#include "core/report/summary/summarytables.h"
#include "core/report/summary/summarytext.h"

namespace awb::report::summary {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kStyle = uR"(body { font-family: sans-serif; max-width: 60em; margin: 2em auto; color: #111; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #eee; }
.synthetic { color: #b00020; font-weight: bold; }
.note { border: 2px solid #b00020; padding: 0.5em 1em; }
figure svg { max-width: 100%; height: auto; border: 1px solid #ddd; }
a.cite { text-decoration: none; }
)"_s;

QString esc(const QString &text)
{
    return xmlEscape(text);
}

QString mark(bool synthetic)
{
    return synthetic ? u" <span class=\"synthetic\">SYNTHETIC</span>"_s : QString();
}

QString cites(const std::vector<int> &citations)
{
    QString out;
    for (int n : citations) {
        out += u"<a class=\"cite\" href=\"#src-%1\">[%1]</a>"_s.arg(n);
    }
    return out;
}

void table(QString &html, const SummaryTable &t)
{
    html += u"<h2>"_s + esc(t.heading) + u"</h2>\n"_s;
    if (!t.intro.isEmpty()) {
        html += u"<p>"_s + esc(t.intro) + u"</p>\n"_s;
    }
    if (t.rows.empty()) {
        html += u"<p>None recorded.</p>\n"_s;
        return;
    }
    html += u"<table>\n<tr>"_s;
    for (const QString &c : t.columns) {
        html += u"<th>"_s + esc(c) + u"</th>"_s;
    }
    html += u"<th>Sources</th></tr>\n"_s;
    for (const SummaryTable::Row &row : t.rows) {
        html += u"<tr>"_s;
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            html += u"<td>"_s + esc(row.cells[i]) + (i == 0 ? mark(row.synthetic) : QString()) + u"</td>"_s;
        }
        html += u"<td>"_s + cites(row.citations) + u"</td></tr>\n"_s;
    }
    html += u"</table>\n"_s;
}

void figure(QString &html, const Figure &f, const QString &svg, int number)
{
    html += u"<figure>\n"_s + svg + u"<figcaption>Figure %1: "_s.arg(number) + esc(f.caption) + u" "_s +
            cites(f.citations) + mark(f.synthetic) + u"</figcaption>\n</figure>\n"_s;
}

} // namespace

QString renderHtml(const CaseSummary &s)
{
    QString html = u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                   u"style-src 'unsafe-inline'\">\n<title>Case summary: "_s +
                   esc(s.title) + u"</title>\n<style>\n"_s + kStyle + u"</style>\n</head>\n<body>\n"_s;
    html += u"<h1>Case summary: "_s + esc(s.title) + u"</h1>\n<ul>\n"_s;
    for (const QString &line : headerLines(s)) {
        html += u"<li>"_s + esc(line) + u"</li>\n"_s;
    }
    html += u"</ul>\n"_s;
    if (s.anySynthetic) {
        html +=
            u"<p class=\"note\"><span class=\"synthetic\">SYNTHETIC:</span> "_s + esc(syntheticNote()) + u"</p>\n"_s;
    }
    const SummaryTables tables = summaryTables(s);
    table(html, tables.keyFacts);
    if (tables.incidents) {
        table(html, *tables.incidents);
    }
    table(html, tables.claims);
    html += u"<h2>Figures</h2>\n"_s;
    int number = 0;
    if (s.timeline) {
        figure(html, *s.timeline, timelineSvg(*s.timeline), ++number);
    }
    if (s.flow) {
        figure(html, *s.flow, flowSvg(*s.flow), ++number);
    } else if (s.kind == SummaryScope::Kind::Incident) {
        html += u"<p>The case has no wallet data to trace for this incident, so there is no fund-flow figure.</p>\n"_s;
    }
    if (tables.cashOut) {
        table(html, *tables.cashOut);
    }
    html += u"<h2>Sources</h2>\n<ol>\n"_s;
    for (const CitedSource &c : s.sources) {
        html += u"<li id=\"src-%1\" value=\"%1\">"_s.arg(c.number) + esc(sourceText(c.source));
        if (const auto url = webUrl(c.source.url)) {
            html += u" <a href=\""_s + esc(*url) + u"\" rel=\"noopener noreferrer\">"_s + esc(*url) + u"</a>"_s;
        } else if (c.source.url && !c.source.url->isEmpty()) {
            html += u" (address, not a web link: <code>"_s + esc(*c.source.url) + u"</code>)"_s;
        }
        html += mark(c.source.synthetic) + u"</li>\n"_s;
    }
    return html + u"</ol>\n</body>\n</html>\n"_s;
}

} // namespace awb::report::summary
