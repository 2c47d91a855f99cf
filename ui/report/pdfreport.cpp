// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/pdfreport.h"

#include "ui/report/reportdocument.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace awb::pdf {

using namespace Qt::Literals::StringLiterals;

Result<int> writePdfReport(const awb::report::summary::CaseSummary &summary, QIODevice &out, const Progress *progress)
{
    const ReportDocument document(summary, progress);
    if (cancelled(progress)) {
        return std::unexpected(awb::report::summary::reportCancelledError());
    }
    return writePdfPages(document, out, progress);
}

Result<int> writePdfPages(const ReportDocument &document, QIODevice &out, const Progress *progress)
{
    QPdfWriter writer(&out);
    writer.setResolution(ReportDocument::kDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(u"Case summary: "_s + document.title());
    writer.setCreator(u"Attribution Workbench "_s + QStringLiteral(AWB_VERSION));
    QPainter painter;
    if (!painter.begin(&writer)) {
        return std::unexpected(Error{Error::Code::Io, u"Could not start the PDF: %1."_s.arg(out.errorString()), {}});
    }
    const int pages = document.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (!carryOn(progress,
                     QCoreApplication::translate("awb::report", "Writing page %1 of %2").arg(page + 1).arg(pages), page,
                     pages)) {
            painter.end();
            return std::unexpected(awb::report::summary::reportCancelledError());
        }
        if (page > 0 && !writer.newPage()) {
            return std::unexpected(Error{Error::Code::Io, u"Could not add a page to the PDF."_s, {}});
        }
        document.drawPage(painter, page);
    }
    if (!painter.end()) {
        return std::unexpected(Error{Error::Code::Io, u"Could not finish the PDF: %1."_s.arg(out.errorString()), {}});
    }
    return pages;
}

} // namespace awb::pdf
