// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/query/incidentfilter.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QUrl;
class QSplitter;
class QTimer;

namespace awb::ui {

class BrowserPane;
class CaseController;
class CaseDocument;
class EditActions;
class ExportActions;
class GraphPanel;
class IncidentBrowser;
class ImportRunner;
class IncidentDetailWidget;
class MessageWidget;
class OverviewTabs;
class RecentFiles;
class TaskStatus;
struct ImportResult;

/**
 * The main window: menus, the filtered incident table above the timeline and charts and the detail pane, the
 * notice banner and the status bar. One incident is current everywhere: selecting it in the table or on the
 * timeline selects it in the other and shows it in the detail pane.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseDocument *document() const { return m_document; }

    CaseController *controller() const { return m_controller; }

    IncidentBrowser *browser() const { return m_browser; }

    BrowserPane *browserPane() const { return m_browserPane; }

    OverviewTabs *overview() const { return m_overview; }

    IncidentDetailWidget *detail() const { return m_detail; }

    GraphPanel *graphPanel() const { return m_graph; }

    EditActions *editActions() const { return m_editActions; }

    ImportRunner *importRunner() const { return m_importRunner; }

    /** View ▸ (objectName "viewMenu"): tab switching, focus, zoom; other parts may add submenus to it. */
    QMenu *viewMenu() const { return m_viewMenu; }

    /** See CaseController::openStartupCase(). */
    void openStartupCase(const QString &requested);
    /** See CaseController::openDemoCase(). */
    void openDemoCase();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // mainwindowactions.cpp: the menus, their actions and shortcuts
    void createActions();
    void createViewActions();
    void createMenus();
    void updateActions();
    void showAbout();
    void showShortcuts();
    /** Shows the overview tab @p index (Timeline, Charts, Graph) and gives it the keyboard focus. */
    void showOverviewTab(int index);
    /** Zooms the timeline or the graph, whichever tab is shown; @p factor 0 fits the whole drawing. */
    void zoomOverview(double factor);
    void clearFilter();

    /** Files dropped on the window: a case opens, another file goes to File ▸ Import (see dropsupport.h). */
    void openDroppedFiles(const QList<QUrl> &urls);
    /** A transient status-bar message saying what an operation did. */
    void showStatus(const QString &message);
    /** "Filter: 3 of 12 incidents shown", after a filter set from outside the filter bar. */
    void announceFilter();
    void createCentralArea();
    void createStatusBar();
    void connectViews();
    void onCaseChanged();
    void showIncident(IncidentId id);
    void onTimelineSelected(IncidentId id);
    void setDateRange(std::optional<QString> from, std::optional<QString> to);
    void filterBy(const std::function<void(IncidentFilter &)> &change);
    void onRecordEdited();
    /** Another program (or window) committed to the case: the same reread as after an edit. */
    void onChangedExternally();
    /** File ▸ Import…; @p preselected is a dropped file to show in the dialog. */
    void importFile(const QString &preselected = {});
    void onImportFinished(const ImportResult &result);
    void onImportFailed(const QString &message, const QString &detail);
    void onImportCancelled(const QString &message);
    /** What every end of an import does: the status bar's task goes, the actions and the change watch come back. */
    void endImport();
    /** Icons on the main actions and the main tool bar (mainwindowactions.cpp). */
    void createToolBar();
    void onBusyChanged(bool busy, const QString &message);
    void updateStatusBar();
    void readSettings();
    void writeSettings() const;

    CaseDocument *m_document = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    CaseController *m_controller = nullptr;
    IncidentBrowser *m_browser = nullptr;
    EditActions *m_editActions = nullptr;
    ExportActions *m_exportActions = nullptr;
    ImportRunner *m_importRunner = nullptr;

    MessageWidget *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    BrowserPane *m_browserPane = nullptr;
    OverviewTabs *m_overview = nullptr;
    IncidentDetailWidget *m_detail = nullptr;
    GraphPanel *m_graph = nullptr;
    IncidentId m_current;
    QLabel *m_caseLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_externalLabel = nullptr; // "changed by another program", for a few seconds
    QTimer *m_externalTimer = nullptr;
    TaskStatus *m_task = nullptr; // the running import or demo build, with Cancel where it can stop

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_shortcutsAction = nullptr;

    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_tabActions; // Timeline, Charts, Graph
    QAction *m_findAction = nullptr;
    QAction *m_findInGraphAction = nullptr;
    QAction *m_focusTableAction = nullptr;
    QAction *m_clearFilterAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomFitAction = nullptr;
};

} // namespace awb::ui
