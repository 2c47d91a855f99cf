// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/summary/html.h"

#include "core/report/summary/summaryfigures.h"
#include "core/report/summary/summarytables.h"
#include "core/report/summary/summarytext.h"

#include <QRegularExpression>

#include <algorithm>

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

// The same for QTextDocument (the PDF report), which knows less CSS and would read body's margins as an indent.
const QString kPrintStyle = uR"(body { font-family: sans-serif; color: #111111; }
h1 { font-size: 16pt; margin-bottom: 8px; } h2 { font-size: 12pt; margin-top: 14px; margin-bottom: 6px; }
table { border-collapse: collapse; margin-top: 3px; }
th, td { border: 1px solid #bbbbbb; text-align: left; vertical-align: top; font-size: 8pt; }
th { background-color: #eeeeee; }
.synthetic { color: #b00020; font-weight: bold; }
.note { color: #b00020; }
.caption { font-size: 8pt; margin-bottom: 12px; }
p.figure { margin-top: 6px; }
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
        // A zero-width space between citations lets a long run of them wrap.
        out += (out.isEmpty() ? QString() : u"&#8203;"_s) + u"<a class=\"cite\" href=\"#src-%1\">[%1]</a>"_s.arg(n);
    }
    return out;
}

/**
 * Column widths in percent for a table that spans the page, from what each column holds: QTextDocument would
 * otherwise wrap "Confidence" letter by letter while a long evidence text takes a dozen lines. Every column gets
 * its longest word (in characters, at most 24) first; the rest of a page's ~95 characters goes to the columns
 * whose text is longer on average.
 */
std::vector<int> columnPercents(const SummaryTable &t)
{
    constexpr double kPageChars = 124; // average characters of the tables' 8 pt across the page
    std::vector<double> least, wish;
    for (qsizetype c = 0; c <= t.columns.size(); ++c) {
        const bool sources = c == t.columns.size();
        // Digits and bold headers are wider than the average character.
        double longestWord = (sources ? u"Sources"_s : t.columns[c]).size() * 1.45, total = 0;
        for (const SummaryTable::Row &row : t.rows) {
            const QString cell = sources ? QString() : row.cells.value(c);
            if (c == 0 && row.synthetic) {
                longestWord = std::max(longestWord, 1.45 * 9); // the bold SYNTHETIC mark after the first cell
            }
            total += sources ? 4.0 * double(row.citations.size()) : double(cell.size());
            for (const QString &word : cell.split(u' ', Qt::SkipEmptyParts)) {
                if (word.front().isDigit()) { // dates, amounts, ids: a break inside would misread them
                    longestWord = std::max(longestWord, 1.45 * double(std::min(word.size(), qsizetype(24))));
                    continue;
                }
                // The layout may break a word after a hyphen or slash, so only the pieces between must fit.
                static const QRegularExpression kBreaks(u"(?<=[-/])"_s);
                for (const QString &piece : word.split(kBreaks, Qt::SkipEmptyParts)) {
                    longestWord = std::max(longestWord, 1.1 * double(std::min(piece.size(), qsizetype(24))));
                }
            }
        }
        least.push_back(std::max(longestWord + 2, 6.0)); // and the cell's padding
        wish.push_back(std::max(least.back(), std::min(t.rows.empty() ? 0 : total / double(t.rows.size()), 60.0)));
    }
    double sumLeast = 0, sumWish = 0;
    for (std::size_t c = 0; c < least.size(); ++c) {
        sumLeast += least[c];
        sumWish += wish[c];
    }
    std::vector<int> percents;
    for (std::size_t c = 0; c < least.size(); ++c) {
        double width = wish[c] / sumWish; // everything fits as wished
        if (sumWish > kPageChars) {
            width =
                sumLeast >= kPageChars || sumWish == sumLeast
                    ? least[c] / sumLeast
                    : (least[c] + (kPageChars - sumLeast) * (wish[c] - least[c]) / (sumWish - sumLeast)) / kPageChars;
        }
        percents.push_back(std::max(1, int(std::lround(100 * width))));
    }
    return percents;
}

void table(QString &html, const SummaryTable &t, bool fullWidth)
{
    html += u"<h2>"_s + esc(t.heading) + u"</h2>\n"_s;
    if (!t.intro.isEmpty()) {
        html += u"<p>"_s + esc(t.intro) + u"</p>\n"_s;
    }
    if (t.rows.empty()) {
        html += u"<p>None recorded.</p>\n"_s;
        return;
    }
    html += (fullWidth ? u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n<tr>"_s : u"<table>\n<tr>"_s);
    const std::vector<int> percents = fullWidth ? columnPercents(t) : std::vector<int>{};
    auto th = [&](qsizetype c, const QString &text) -> QString {
        return (fullWidth ? u"<th width=\"%1%\">"_s.arg(percents[std::size_t(c)]) : u"<th>"_s) + esc(text) + u"</th>"_s;
    };
    for (qsizetype c = 0; c < t.columns.size(); ++c) {
        html += th(c, t.columns[c]);
    }
    html += th(t.columns.size(), u"Sources"_s) + u"</tr>\n"_s;
    for (const SummaryTable::Row &row : t.rows) {
        html += u"<tr>"_s;
        for (qsizetype i = 0; i < row.cells.size(); ++i) {
            html += u"<td>"_s + esc(row.cells[i]) + (i == 0 ? mark(row.synthetic) : QString()) + u"</td>"_s;
        }
        html += u"<td>"_s + cites(row.citations) + u"</td></tr>\n"_s;
    }
    html += u"</table>\n"_s;
}

void figure(QString &html, const NumberedFigure &f, int number, HtmlFigures mode)
{
    const QString caption = u"Figure %1: "_s.arg(number) + esc(f.figure->caption) + u" "_s +
                            cites(f.figure->citations) + mark(f.figure->synthetic);
    if (mode == HtmlFigures::Placeholders) { // QTextDocument knows no <figure>: a paragraph each
        html += u"<p class=\"figure\"><img src=\"awb-figure:%1\"></p>\n<p class=\"caption\">"_s.arg(number) + caption +
                u"</p>\n"_s;
        return;
    }
    html += u"<figure>\n"_s + f.svg + u"<figcaption>"_s + caption + u"</figcaption>\n</figure>\n"_s;
}

} // namespace

QString renderHtml(const CaseSummary &s, HtmlFigures figures)
{
    const bool fullWidth = figures == HtmlFigures::Placeholders;
    QString html = u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                   u"style-src 'unsafe-inline'\">\n<title>Case summary: "_s +
                   esc(s.title) + u"</title>\n<style>\n"_s + (fullWidth ? kPrintStyle : kStyle) +
                   u"</style>\n</head>\n<body>\n"_s;
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
    table(html, tables.keyFacts, fullWidth);
    if (tables.incidents) {
        table(html, *tables.incidents, fullWidth);
    }
    table(html, tables.claims, fullWidth);
    html += u"<h2>Figures</h2>\n"_s;
    int number = 0;
    for (const NumberedFigure &f : numberedFigures(s)) {
        figure(html, f, ++number, figures);
    }
    if (!s.flow && s.kind == SummaryScope::Kind::Incident) {
        html += u"<p>The case has no wallet data to trace for this incident, so there is no fund-flow figure.</p>\n"_s;
    }
    if (tables.cashOut) {
        table(html, *tables.cashOut, fullWidth);
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
