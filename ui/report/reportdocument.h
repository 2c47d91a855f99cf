// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress.h"
#include "core/report/summary/casesummary.h"

#include <QImage>
#include <QSizeF>

#include <memory>

class QPainter;
class QThread;

namespace awb::pdf {

/**
 * A case summary laid out as A4 pages, for the PDF report and its preview alike, so the preview shows the pages the
 * PDF will have. The body is the HTML report's text (figures as placeholders) in a QTextDocument whose resource
 * loading is closed; the figures are drawn from their SVG by an object handler, as vectors. Pages are in device
 * pixels at kDpi; a page carries a header (case name, title) and a footer (report date, synthetic mark, page N of M).
 */
class ReportDocument final
{
public:
    static constexpr int kDpi = 300;

    /** Lays the pages out, telling @p progress (may be null); after a cancel the layout is unfinished and the
     *  caller drops the document. */
    explicit ReportDocument(const awb::report::summary::CaseSummary &summary, const Progress *progress = nullptr);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    /** Hands the document to @p thread: one laid out on a worker thread is then drawn by the GUI thread. Called
     *  from the thread the document lives in. */
    void moveToThread(QThread *thread);

    int pageCount() const;
    /** The report's title, as the page headers show it. */
    QString title() const;
    /** The A4 page at kDpi. */
    QSizeF pageSize() const;
    /** Draws page @p index (0-based) with the painter's origin at the page's top left, in pixels at kDpi. */
    void drawPage(QPainter &painter, int index) const;
    /** Page @p index as an image @p width pixels wide, for the preview. */
    QImage pageImage(int index, int width) const;
    /** The body's plain text, for tests and search. */
    QString plainText() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace awb::pdf
