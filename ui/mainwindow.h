// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class QTableView;

namespace awb::ui {

class CaseController;
class CaseDocument;
class IncidentDetailWidget;
class IncidentSortProxyModel;
class IncidentTableModel;
class MessageWidget;
class RecentFiles;

/** The main window: menus, the incident table beside the detail pane, the notice banner and the status bar. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseDocument *document() const { return m_document; }

    CaseController *controller() const { return m_controller; }

    /** See CaseController::openStartupCase(). */
    void openStartupCase(const QString &requested);
    /** See CaseController::openDemoCase(). */
    void openDemoCase();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void createStatusBar();
    void onCaseChanged();
    void fitColumns();
    void fitColumnsToWidth();
    void onCurrentRowChanged();
    void onBusyChanged(bool busy, const QString &message);
    void updateStatusBar();
    void updateActions();
    void showAbout();
    void readSettings();
    void writeSettings() const;

    CaseDocument *m_document = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    CaseController *m_controller = nullptr;
    IncidentTableModel *m_incidentModel = nullptr;
    IncidentSortProxyModel *m_incidentProxy = nullptr;

    MessageWidget *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTableView *m_incidentView = nullptr;
    IncidentDetailWidget *m_detail = nullptr;
    QLabel *m_caseLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    bool m_columnsFitted = false; // the user's widths were restored, or the contents were fitted once
};

} // namespace awb::ui
