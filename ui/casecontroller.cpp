// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casecontroller.h"

#include "ui/casedocument.h"
#include "ui/democasebuilder.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/dialogs/workprogress.h"
#include "ui/recentfiles.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QWidget>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcCase, "awb.ui.case")

CaseController::CaseController(CaseDocument *document, RecentFiles *recentFiles, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_recentFiles(recentFiles)
    , m_window(window)
    , m_demoBuilder(new DemoCaseBuilder(this))
{
    connect(m_demoBuilder, &DemoCaseBuilder::finished, this, &CaseController::onDemoBuilt);
    connect(m_demoBuilder, &DemoCaseBuilder::failed, this, &CaseController::onDemoFailed);
    connect(m_recentFiles, &RecentFiles::openRequested, this, [this](const QString &path) { openCaseFile(path); });
}

CaseController::~CaseController() = default;

void CaseController::openStartupCase(const QString &requested)
{
    if (!requested.isEmpty() && openCaseFile(requested)) {
        return;
    }
    const QString last = m_recentFiles->files().value(0);
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        auto opened = openWithProgress(last, false);
        if (!opened && opened.error().code == Error::Code::Cancelled) {
            return; // the user chose not to wait: no case, and no demo either
        }
        if (opened) {
            return;
        }
        // Not worth a dialog at start-up: say so in the banner over the demo case.
        qCWarning(lcCase) << "could not reopen the last case:" << opened.error().detail;
        m_startupProblem = tr("The last case could not be reopened: %1").arg(opened.error().message);
    }
    openDemoCase();
}

Result<void> CaseController::openWithProgress(const QString &path, bool readOnly)
{
    // Checking a large case reads all of it (seconds for a million transfers): a progress dialog with Cancel.
    const WorkProgress progress(m_window, tr("Open Case"));
    auto opened = m_document->open(path, readOnly, &progress.progress());
    if (!opened && opened.error().code == Error::Code::Cancelled) {
        emit statusMessage(opened.error().message); // the case that was open stays open
    }
    return opened;
}

bool CaseController::openCaseFile(const QString &path, bool readOnly)
{
    auto opened = openWithProgress(path, readOnly);
    if (!opened && opened.error().code == Error::Code::Cancelled) {
        return false;
    }
    if (!opened) {
        if (opened.error().code == Error::Code::NotFound) {
            m_recentFiles->remove(path); // a case that was moved or deleted leaves the recent list
        }
        reportError(tr("Open Case"), opened.error());
        return false;
    }
    m_openDemoWhenBuilt = false; // the user chose a case while the demo was being built
    m_recentFiles->add(m_document->path());
    emit statusMessage(m_document->isReadOnly() ? tr("Opened %1 read-only.").arg(displayName(m_document->path()))
                                                : tr("Opened %1.").arg(displayName(m_document->path())));
    return true;
}

bool CaseController::isBuildingDemo() const
{
    return m_demoBuilder->isRunning();
}

void CaseController::newCase()
{
    const QString fileName = FileDialog::getSaveFileName(m_window, tr("New Case"), tr("Untitled.awbcase"),
                                                         FileDialog::caseFilter(), QFileDialog::DontConfirmOverwrite);
    if (fileName.isEmpty()) {
        return;
    }
    auto created = m_document->create(withCaseSuffix(fileName));
    if (!created) {
        reportError(tr("New Case"), created.error());
        return;
    }
    m_openDemoWhenBuilt = false;
    m_recentFiles->add(m_document->path());
    emit statusMessage(tr("Created the empty case %1.").arg(displayName(m_document->path())));
}

void CaseController::openCase()
{
    const QString fileName = FileDialog::getOpenFileName(m_window, tr("Open Case"), FileDialog::caseFilter());
    if (!fileName.isEmpty()) {
        openCaseFile(fileName);
    }
}

void CaseController::saveCaseAs()
{
    if (!m_document->isOpen()) {
        return;
    }
    const QString suggested = tr("%1 (copy).awbcase").arg(QFileInfo(m_document->path()).completeBaseName());
    const QString fileName =
        FileDialog::getSaveFileName(m_window, tr("Save Case As"), suggested, FileDialog::caseFilter());
    if (fileName.isEmpty()) {
        return;
    }
    const QString target = withCaseSuffix(fileName);
    if (auto saved = m_document->saveCopyAs(target); !saved) {
        reportError(tr("Save Case As"), saved.error());
        return;
    }
    // Like any Save As, continue working in the new file.
    if (openCaseFile(target)) {
        emit statusMessage(tr("Saved a copy as %1; you are now working in the copy.").arg(displayName(target)));
    }
}

void CaseController::closeCase()
{
    if (!m_document->isOpen()) {
        return;
    }
    const QString closed = displayName(m_document->path());
    m_document->close();
    emit statusMessage(tr("Closed %1.").arg(closed));
}

void CaseController::openDemoCase()
{
    const QString path = DemoCaseBuilder::defaultPath();
    if (QFileInfo::exists(path)) {
        auto opened = m_document->open(path);
        if (!opened) {
            reportError(tr("Open Demo Case"), opened.error());
            m_startupProblem.clear();
            return;
        }
        m_recentFiles->add(m_document->path());
        emit statusMessage(tr("Opened the demo case."));
        if (!m_startupProblem.isEmpty()) {
            emit notify(std::exchange(m_startupProblem, QString()));
        }
        return;
    }
    m_openDemoWhenBuilt = true;
    if (!m_demoBuilder->isRunning()) {
        emit busyChanged(true, tr("Building the demo case…"));
        m_demoBuilder->build(path);
    }
}

void CaseController::reportError(const QString &title, const Error &error)
{
    qCWarning(lcCase) << title << error.message << error.detail;
    MessageBox::critical(m_window, title, error.message, error.detail);
}

void CaseController::onDemoBuilt(const QString &path)
{
    emit busyChanged(false, {});
    if (!std::exchange(m_openDemoWhenBuilt, false)) {
        return;
    }
    if (QFileInfo::exists(path)) {
        openDemoCase();
    }
}

void CaseController::onDemoFailed(const QString &message, const QString &detail)
{
    emit busyChanged(false, {});
    m_openDemoWhenBuilt = false;
    m_startupProblem.clear();
    reportError(tr("Demo Case"),
                Error{Error::Code::Io, tr("The demo case could not be built: %1").arg(message), detail});
}

QString CaseController::displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

QString CaseController::withCaseSuffix(const QString &fileName)
{
    return QFileInfo(fileName).suffix().isEmpty() ? fileName + u'.' + FileDialog::caseSuffix() : fileName;
}

} // namespace awb::ui
