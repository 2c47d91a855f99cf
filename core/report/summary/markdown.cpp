// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/summary/markdown.h"

#include "core/report/summary/summaryfigures.h"
#include "core/report/summary/summarytables.h"
#include "core/report/summary/summarytext.h"

#include <QUrl>

namespace awb::report::summary {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSyntheticMark = u" **SYNTHETIC**"_s;

void table(QString &md, const SummaryTable &t)
{
    md += u"## "_s + markdownEscape(t.heading) + u"\n\n"_s;
    if (!t.intro.isEmpty()) {
        md += markdownEscape(t.intro) + u"\n\n"_s;
    }
    if (t.rows.empty()) {
        md += u"None recorded.\n\n"_s;
        return;
    }
    QStringList header;
    for (const QString &c : t.columns) {
        header << markdownEscape(c);
    }
    header << u"Sources"_s;
    md += u"| "_s + header.join(u" | "_s) + u" |\n|"_s + u"---|"_s.repeated(header.size()) + u"\n"_s;
    for (const SummaryTable::Row &row : t.rows) {
        QStringList cells;
        for (const QString &c : row.cells) {
            cells << markdownEscape(c);
        }
        if (row.synthetic) {
            cells.front() += kSyntheticMark;
        }
        cells << citationText(row.citations);
        md += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
    }
    md += u"\n"_s;
}

void figure(QString &md,
            MarkdownReport &out,
            const QString &dir,
            const QString &name,
            const Figure &f,
            const QString &svg,
            int number)
{
    const QString path = QString::fromLatin1(QUrl::toPercentEncoding(dir + u"/"_s + name, "/"));
    md += u"![Figure %1](<%2>)\n\n"_s.arg(number).arg(path);
    md += u"*Figure %1: %2* %3%4\n\n"_s.arg(number).arg(markdownEscape(f.caption), citationText(f.citations),
                                                        f.synthetic ? kSyntheticMark : QString());
    out.figures.push_back({name, u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"_s + svg});
}

} // namespace

MarkdownReport renderMarkdown(const CaseSummary &s, const QString &figureDir)
{
    MarkdownReport out;
    QString md = u"# Case summary: "_s + markdownEscape(s.title) + u"\n\n"_s;
    for (const QString &line : headerLines(s)) {
        md += u"- "_s + markdownEscape(line) + u"\n"_s;
    }
    md += u"\n"_s;
    if (s.anySynthetic) {
        md += u"> **SYNTHETIC:** "_s + markdownEscape(syntheticNote()) + u"\n\n"_s;
    }
    const SummaryTables tables = summaryTables(s);
    table(md, tables.keyFacts);
    if (tables.incidents) {
        table(md, *tables.incidents);
    }
    table(md, tables.claims);
    md += u"## Figures\n\n"_s;
    int number = 0;
    for (const NumberedFigure &f : numberedFigures(s)) {
        figure(md, out, figureDir, f.fileName, *f.figure, f.svg, ++number);
    }
    if (!s.flow && s.kind == SummaryScope::Kind::Incident) {
        md += u"The case has no wallet data to trace for this incident, so there is no fund-flow figure.\n\n"_s;
    }
    if (tables.cashOut) {
        table(md, *tables.cashOut);
    }
    md += u"## Sources\n\n"_s;
    for (const CitedSource &c : s.sources) {
        md += u"%1\\. "_s.arg(c.number) + markdownEscape(sourceText(c.source));
        if (const auto url = webUrl(c.source.url)) {
            md += u" <"_s + *url + u">"_s;
        } else if (c.source.url && !c.source.url->isEmpty()) {
            md += u" (address, not a web link: "_s + markdownEscape(*c.source.url) + u")"_s;
        }
        md += (c.source.synthetic ? kSyntheticMark : QString()) + u"\n\n"_s;
    }
    out.text = md;
    return out;
}

} // namespace awb::report::summary
