// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/reportlayout.h"

#include "ui/dialogs/workprogress.h"
#include "ui/report/pdfreport.h"
#include "ui/report/reportdocument.h"

#include <QThread>

namespace awb::ui {

std::shared_ptr<const pdf::ReportDocument> layOutReport(WorkProgress &work,
                                                        const awb::report::summary::CaseSummary &summary)
{
    std::shared_ptr<pdf::ReportDocument> document;
    QThread *gui = QThread::currentThread();
    work.runInThread([&summary, &document, gui](const Progress &progress) {
        auto laid = std::make_shared<pdf::ReportDocument>(summary, &progress);
        laid->pageCount(); // finishes the layout here, not on the first paint
        // A cancelled layout dies here, in the thread its objects live in.
        if (!progress.cancelled()) {
            laid->moveToThread(gui);
            document = std::move(laid);
        }
    });
    return work.wasCancelled() ? nullptr : document;
}

Result<int> writeReportPdf(WorkProgress &work,
                           const awb::report::summary::CaseSummary &summary,
                           QIODevice &out,
                           const Progress *progress)
{
    const auto document = layOutReport(work, summary);
    if (!document) {
        return std::unexpected(awb::report::summary::reportCancelledError());
    }
    return pdf::writePdfPages(*document, out, progress);
}

} // namespace awb::ui
