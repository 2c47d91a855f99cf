// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drag and drop of files onto the main window: which drops it takes, and what it does with them.
#include "ui/dropsupport.h"

#include "ui/casecontroller.h"
#include "ui/casedocument.h"
#include "ui/dialogs/filedialog.h"
#include "ui/import/importrunner.h"
#include "ui/mainwindow.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QTimer>

namespace awb::ui {

bool acceptsDrop(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().isEmpty()) {
        return false;
    }
    const QList<QUrl> urls = mime->urls();
    return std::ranges::all_of(
        urls, [](const QUrl &url) { return url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile(); });
}

DropPlan planDrop(const QList<QUrl> &urls)
{
    QStringList files;
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            files << url.toLocalFile();
        }
    }
    DropPlan plan;
    const auto isCase = [](const QString &path) {
        return QFileInfo(path).suffix().compare(FileDialog::caseSuffix(), Qt::CaseInsensitive) == 0;
    };
    const auto firstCase = std::ranges::find_if(files, isCase);
    if (firstCase != files.end()) {
        plan.caseFile = *firstCase;
        files.erase(firstCase);
    } else if (!files.isEmpty()) {
        plan.importFile = files.takeFirst();
    }
    plan.leftOut = files;
    return plan;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptsDrop(event->mimeData())) {
        event->acceptProposedAction();
    } else {
        event->ignore(); // links, folders, text: the cursor says "no drop"
    }
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (acceptsDrop(event->mimeData())) {
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (!acceptsDrop(event->mimeData())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    const QList<QUrl> urls = event->mimeData()->urls();
    // After the drop has returned: opening a case may show a message box, which must not run inside the
    // drag and drop machinery of the source application.
    QTimer::singleShot(0, this, [this, urls] { openDroppedFiles(urls); });
}

void MainWindow::openDroppedFiles(const QList<QUrl> &urls)
{
    const DropPlan plan = planDrop(urls);
    const int others = int(plan.leftOut.size());
    if (!plan.caseFile.isEmpty()) {
        // The same path as File ▸ Open Case…, with its error message; a failed open keeps the current case.
        if (m_controller->openCaseFile(plan.caseFile) && others > 0) {
            showStatus(tr("Opened %1; the other %n dropped file(s) were left out: drop them again to import them.",
                          nullptr, others)
                           .arg(QFileInfo(plan.caseFile).fileName()));
        }
        return;
    }
    const QString name = QFileInfo(plan.importFile).fileName();
    if (!m_document->isOpen()) {
        showStatus(tr("No case is open: open or create a case first, then drop %1 on it to import it.").arg(name));
    } else if (m_document->isReadOnly()) {
        showStatus(tr("This case is read-only: %1 cannot be imported into it.").arg(name));
    } else if (m_importRunner->isRunning()) {
        showStatus(tr("An import is running: drop %1 again when it has finished.").arg(name));
    } else {
        importFile(plan.importFile);
        if (others > 0) {
            showStatus(tr("One file is imported at a time: %1 is in the import dialog; drop the other %n file(s) "
                          "after it.",
                          nullptr, others)
                           .arg(name));
        }
    }
}

} // namespace awb::ui
