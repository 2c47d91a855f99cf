// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/summary/summaryfigures.h"

#include "core/report/summary/summarytext.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace awb::report::summary {

using namespace Qt::Literals::StringLiterals;

namespace {

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

/** A date as a fractional year: "2022" is mid-2022, "2022-06" mid-June. */
double yearOf(const QString &date)
{
    const double year = date.left(4).toInt();
    const int month = date.size() >= 7 ? date.mid(5, 2).toInt() : 0;
    const int day = date.size() >= 10 ? date.mid(8, 2).toInt() : 0;
    if (month == 0) {
        return year + 0.5;
    }
    return year + (month - 1) / 12.0 + (day == 0 ? 15 : day - 1) / 365.0;
}

QString header(double width, double height, const QString &title)
{
    return u"<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" height=\"%2\" "
           u"viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\" role=\"img\">\n<title>%3</title>\n"
           u"<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n"_s.arg(num(width), num(height),
                                                                              xmlEscape(title));
}

QString syntheticBanner(bool synthetic)
{
    return synthetic ? u"<text x=\"8\" y=\"16\" font-size=\"12\" font-weight=\"bold\" fill=\"#b00020\">"
                       u"SYNTHETIC data in this figure</text>\n"_s
                     : QString();
}

QString elide(const QString &text, int max)
{
    return text.size() <= max ? text : text.left(max - 1) + u"…"_s;
}

/** A link from (x1, y1) to the rim of the node at (x2, y2), with its arrowhead as a filled triangle. */
QString arrow(double x1, double y1, double x2, double y2, double targetRadius)
{
    const double dx = x2 - x1, dy = y2 - y1, length = std::hypot(dx, dy);
    if (length <= targetRadius + 1) {
        return {};
    }
    const double ux = dx / length, uy = dy / length;
    const double tipX = x2 - ux * targetRadius, tipY = y2 - uy * targetRadius;
    const double baseX = tipX - ux * 7, baseY = tipY - uy * 7;
    return u"<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"#999999\"/>"
           u"<path d=\"M%5,%6 L%7,%8 L%9,%10 z\" fill=\"#666666\"/>\n"_s
               .arg(num(x1), num(y1), num(baseX), num(baseY), num(tipX), num(tipY), num(baseX - uy * 3.5),
                    num(baseY + ux * 3.5))
               .arg(num(baseX + uy * 3.5), num(baseY - ux * 3.5));
}

/** What the node colours mean, along the bottom edge. */
QString legend(double height)
{
    const double y = height - 10;
    QString svg;
    double x = 10;
    for (const auto &[fill, text] : {std::pair{u"#c1121f"_s, u"exploiter address (trace seed)"_s},
                                     std::pair{u"#2a6f97"_s, u"service (exchange, mixer, bridge)"_s},
                                     std::pair{u"#adb5bd"_s, u"other address"_s}}) {
        svg += u"<circle cx=\"%1\" cy=\"%2\" r=\"5\" fill=\"%3\" stroke=\"#222222\"/>"
               u"<text x=\"%4\" y=\"%5\" font-size=\"10\">%6</text>\n"_s.arg(num(x + 5), num(y - 4), fill, num(x + 14),
                                                                             num(y), text);
        x += 28 + 5.6 * double(text.size());
    }
    return svg;
}

/** The timeline of many incidents: one row per year from the first to the last, its bar the number of incidents
 *  (synthetic ones dashed, at the end), its label the count and the sum of the known, non-synthetic losses. */
QString timelineByYearSvg(const TimelineFigure &figure)
{
    struct Year
    {
        int incidents = 0;
        int synthetic = 0;
        int withLoss = 0;
        qint64 lossUsd = 0;
    };

    std::map<int, Year> years;
    for (const TimelinePoint &p : figure.points) {
        Year &year = years[p.date.left(4).toInt()];
        ++year.incidents;
        if (p.synthetic) {
            ++year.synthetic; // left out of the loss, as the rollup's totals leave it out
        } else if (p.lossUsd) {
            ++year.withLoss;
            year.lossUsd += *p.lossUsd;
        }
    }
    if (!years.empty()) {
        for (int y = years.begin()->first; y < years.rbegin()->first; ++y) {
            years.try_emplace(y); // a year without incidents is a row too
        }
    }
    int most = 1;
    for (const auto &[y, year] : years) {
        most = std::max(most, year.incidents);
    }
    const double width = 860, left = 70, barWidth = 400, rowHeight = 22;
    const double height = 50 + rowHeight * double(years.size());
    QString svg = header(width, height, figure.caption) + syntheticBanner(figure.synthetic);
    double y = 30;
    for (const auto &[number, year] : years) {
        const double real = barWidth * (year.incidents - year.synthetic) / most;
        const double synthetic = barWidth * year.synthetic / most;
        svg += u"<text x=\"%1\" y=\"%2\" font-size=\"11\" text-anchor=\"end\">%3</text>\n"_s.arg(
            num(left - 8), num(y + 14), QString::number(number));
        if (real > 0) {
            svg += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"14\" fill=\"#2a6f97\"/>\n"_s.arg(
                num(left), num(y + 3), num(real));
        }
        if (synthetic > 0) {
            svg += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"14\" fill=\"#f4a261\" stroke=\"#222222\" "
                   u"stroke-dasharray=\"3 2\"/>\n"_s.arg(num(left + real), num(y + 3), num(synthetic));
        }
        QString label = year.incidents == 1 ? u"1 incident"_s : u"%1 incidents"_s.arg(year.incidents);
        if (year.synthetic > 0) {
            label += u" (%1 SYNTHETIC)"_s.arg(year.synthetic);
        }
        if (year.incidents > 0) {
            label += year.withLoss > 0 ? u" · %1 known loss"_s.arg(usdText(year.lossUsd)) : u" · no loss figure"_s;
        }
        svg += u"<text x=\"%1\" y=\"%2\" font-size=\"11\">%3</text>\n"_s.arg(num(left + real + synthetic + 6),
                                                                             num(y + 14), xmlEscape(label));
        y += rowHeight;
    }
    return svg + u"</svg>\n"_s;
}

} // namespace

QString timelineSvg(const TimelineFigure &figure)
{
    if (figure.byYear) {
        return timelineByYearSvg(figure);
    }
    const double width = 860, left = 40, right = 600, rowHeight = 22;
    double first = 1e9, last = -1e9;
    for (const TimelinePoint &p : figure.points) {
        first = std::min(first, std::floor(yearOf(p.date)));
        last = std::max(last, std::floor(yearOf(p.date)) + 1);
    }
    if (figure.points.empty()) {
        first = 2000;
        last = 2001;
    }
    const double height = 70 + rowHeight * double(figure.points.size());
    const double axisY = height - 30;
    auto xOf = [&](double year) {
        return left + (year - first) / (last - first) * (right - left);
    };
    QString svg = header(width, height, figure.caption) + syntheticBanner(figure.synthetic);
    svg += u"<line x1=\"%1\" y1=\"%3\" x2=\"%2\" y2=\"%3\" stroke=\"#444444\"/>\n"_s.arg(num(left), num(right),
                                                                                         num(axisY));
    const int step = std::max(1, int(std::ceil((last - first) / 10)));
    for (int year = int(first); year <= int(last); year += step) {
        svg += u"<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#444444\"/>"
               u"<text x=\"%1\" y=\"%4\" font-size=\"11\" text-anchor=\"middle\">%5</text>\n"_s.arg(
                   num(xOf(year)), num(axisY), num(axisY + 5), num(axisY + 18), QString::number(year));
    }
    for (std::size_t i = 0; i < figure.points.size(); ++i) {
        const TimelinePoint &p = figure.points[i];
        const double x = xOf(yearOf(p.date)), y = 34 + rowHeight * double(i);
        const double r = p.lossUsd && *p.lossUsd > 0 ? std::clamp(std::log10(double(*p.lossUsd)) - 3, 3.0, 8.0) : 3;
        const QString dash = p.synthetic ? u" stroke-dasharray=\"3 2\""_s : QString();
        const QString label = (p.synthetic ? u"SYNTHETIC: "_s : QString()) + p.date + u"  "_s + elide(p.title, 60);
        svg +=
            u"<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#cccccc\"/>\n"_s.arg(num(x), num(y), num(axisY));
        svg +=
            u"<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\" stroke=\"#222222\"%5><title>%6</title></circle>\n"_s.arg(
                num(x), num(y), num(r), p.synthetic ? u"#f4a261"_s : u"#2a6f97"_s, dash, xmlEscape(p.title));
        // A label that would run off the right edge goes to the left of its point (11 px text, ~6.2 px a character).
        const bool leftOfPoint = x + r + 4 + 6.2 * double(label.size()) > width - 4;
        svg += u"<text x=\"%1\" y=\"%2\" font-size=\"11\"%3>%4</text>\n"_s.arg(
            num(leftOfPoint ? x - r - 4 : x + r + 4), num(y + 4), leftOfPoint ? u" text-anchor=\"end\""_s : QString(),
            xmlEscape(label));
    }
    return svg + u"</svg>\n"_s;
}

QString flowSvg(const FlowFigure &figure)
{
    double minX = 0, maxX = 0, minY = 0, maxY = 0;
    for (std::size_t i = 0; i < figure.nodes.size(); ++i) {
        const FlowNode &n = figure.nodes[i];
        minX = i == 0 ? n.x : std::min(minX, n.x);
        maxX = i == 0 ? n.x : std::max(maxX, n.x);
        minY = i == 0 ? n.y : std::min(minY, n.y);
        maxY = i == 0 ? n.y : std::max(maxY, n.y);
    }
    const double margin = 70, top = 40;
    const double width = std::max(maxX - minX + 2 * margin, 560.0), height = maxY - minY + top + margin + 24;
    auto px = [&](double x) {
        return x - minX + margin;
    };
    auto py = [&](double y) {
        return y - minY + top;
    };
    QString svg = header(width, height, figure.caption) + syntheticBanner(figure.synthetic);
    // Arrowheads are drawn as paths, not SVG markers: Qt's SVG renderer (the PDF report) does not draw markers.
    for (const FlowLink &l : figure.links) {
        const FlowNode &a = figure.nodes[std::size_t(l.from)], &b = figure.nodes[std::size_t(l.to)];
        svg += arrow(px(a.x), py(a.y), px(b.x), py(b.y), b.kind == u"transaction"_s ? 4 : 7);
    }
    for (const FlowNode &n : figure.nodes) {
        const QString fill = n.kind == u"seed"_s ? u"#c1121f"_s : n.kind == u"service"_s ? u"#2a6f97"_s : u"#adb5bd"_s;
        const QString dash = n.synthetic ? u" stroke-dasharray=\"3 2\""_s : QString();
        const double r = n.kind == u"transaction"_s ? 4 : 7;
        svg +=
            u"<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\" stroke=\"#222222\"%5><title>%6</title></circle>\n"_s.arg(
                num(px(n.x)), num(py(n.y)), num(r), fill, dash, xmlEscape(n.label));
        if (n.kind != u"transaction"_s) {
            svg += u"<text x=\"%1\" y=\"%2\" font-size=\"9\" text-anchor=\"middle\">%3</text>\n"_s.arg(
                num(px(n.x)), num(py(n.y) + 18), xmlEscape(elide(n.label, 28)));
        }
    }
    svg += legend(height);
    if (figure.omittedNodes > 0) {
        svg += u"<text x=\"8\" y=\"%1\" font-size=\"11\">%2 more nodes of the trace are not drawn</text>\n"_s.arg(
            num(height - 30), QString::number(figure.omittedNodes));
    }
    return svg + u"</svg>\n"_s;
}

std::vector<NumberedFigure> numberedFigures(const CaseSummary &summary)
{
    std::vector<NumberedFigure> figures;
    if (summary.timeline) {
        figures.push_back({&*summary.timeline, u"timeline.svg"_s, timelineSvg(*summary.timeline)});
    }
    if (summary.flow) {
        figures.push_back({&*summary.flow, u"fund-flow.svg"_s, flowSvg(*summary.flow)});
    }
    return figures;
}

} // namespace awb::report::summary
