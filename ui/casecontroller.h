// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace awb::ui {

class CaseDocument;
class DemoCaseBuilder;
class RecentFiles;

/**
 * The File menu's work: new, open, save a copy, close, the demo case and the case opened at start-up.
 * Failures the user asked for are reported in a message box; the open case stays open.
 */
class CaseController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseController)

public:
    CaseController(CaseDocument *document, RecentFiles *recentFiles, QWidget *window);
    ~CaseController() override;

    /** Opens @p requested if given, else the last case opened, else the demo case (building it first). */
    void openStartupCase(const QString &requested);
    /** Opens @p path, reporting failure in a message box; returns whether it opened. */
    bool openCaseFile(const QString &path, bool readOnly = false);
    bool isBuildingDemo() const;

    DemoCaseBuilder *demoBuilder() const { return m_demoBuilder; }

public slots:
    void newCase();
    void openCase();
    void saveCaseAs();
    void closeCase();
    /** Opens the demo case, building it first when it does not exist yet. */
    void openDemoCase();

signals:
    /** A long job started (@p busy) or ended; @p message says what runs. */
    void busyChanged(bool busy, const QString &message);
    /** Something the user should know that is not worth a dialog (shown in the banner). */
    void notify(const QString &message);
    /** What a File menu operation did ("Opened small.awbcase"), for the status bar. */
    void statusMessage(const QString &message);

private:
    /** Opens @p path with a progress dialog and Cancel; a cancel is said in the status bar. */
    Result<void> openWithProgress(const QString &path, bool readOnly);
    void reportError(const QString &title, const Error &error);
    void onDemoBuilt(const QString &path);
    void onDemoFailed(const QString &message, const QString &detail);
    /** Appends the .awbcase suffix when the user typed a name without one. */
    static QString withCaseSuffix(const QString &fileName);
    /** The file name of @p path, as messages name a case. */
    static QString displayName(const QString &path);

    CaseDocument *m_document = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    QPointer<QWidget> m_window;
    DemoCaseBuilder *m_demoBuilder = nullptr;
    bool m_openDemoWhenBuilt = false;
    QString m_startupProblem; // shown once the demo case opened in place of the last case
};

} // namespace awb::ui
