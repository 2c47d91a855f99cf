// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus and their actions, shortcuts and status tips (split from mainwindow.cpp).
#include "core/db/schema.h"
#include "ui/browser/browserpane.h"
#include "ui/browser/filterbar.h"
#include "ui/browser/incidentbrowser.h"
#include "ui/browser/incidenttableview.h"
#include "ui/browser/overviewtabs.h"
#include "ui/casecontroller.h"
#include "ui/casedocument.h"
#include "ui/charts/chartspanel.h"
#include "ui/dialogs/messagebox.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/editing/editactions.h"
#include "ui/exportactions.h"
#include "ui/graph/graphcanvas.h"
#include "ui/graph/graphpanel.h"
#include "ui/import/importrunner.h"
#include "ui/mainwindow.h"
#include "ui/models/incidenttablemodel.h"
#include "ui/recentfiles.h"
#include "ui/style/icons.h"
#include "ui/style/theme.h"
#include "ui/taskstatus.h"
#include "ui/timeline/timelineview.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

/** The platform's key for @p standard, else @p fallback: some platforms have none for Quit or Save As. */
QKeySequence standardOr(QKeySequence::StandardKey standard, const QString &fallback)
{
    const QKeySequence key(standard);
    return key.isEmpty() ? QKeySequence(fallback) : key;
}

QAction *
makeAction(QObject *parent, const QString &text, const QString &name, const QKeySequence &key, const QString &statusTip)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    action->setShortcut(key);
    action->setStatusTip(statusTip);
    return action;
}

/** Every action of @p menu and its submenus, so the window can own their shortcuts. */
void addMenuActions(QWidget *window, const QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (const QMenu *sub = action->menu()) {
            addMenuActions(window, sub);
        } else if (!action->shortcuts().isEmpty()) {
            window->addAction(action); // only these: the menu owns (and deletes) the dynamic recent-case entries
        }
    }
}

} // namespace

void MainWindow::createActions()
{
    // Standard keys where the platform has one; otherwise Ctrl (+Shift) with the letter of the word, never a
    // plain key: the table, the timeline and the graph canvas take plain keys (arrows, +, −, Delete, Space).
    m_newAction =
        makeAction(this, tr("&New Case…"), u"newCaseAction"_s, QKeySequence::New, tr("Create a new, empty case file"));
    m_openAction = makeAction(this, tr("&Open Case…"), u"openCaseAction"_s, QKeySequence::Open,
                              tr("Open an Attribution Workbench case file"));
    m_openDemoAction = makeAction(this, tr("Open &Demo Case"), u"openDemoCaseAction"_s, QKeySequence(u"Ctrl+Shift+D"_s),
                                  tr("Open the bundled demo case: the public record of DPRK-attributed thefts"));
    m_saveAsAction = makeAction(this, tr("Save Case &As…"), u"saveCaseAsAction"_s,
                                standardOr(QKeySequence::SaveAs, u"Ctrl+Shift+S"_s),
                                tr("Save a copy of the case under a new name and continue in the copy"));
    m_importAction =
        makeAction(this, tr("&Import…"), u"importAction"_s, QKeySequence(u"Ctrl+I"_s),
                   tr("Import transactions (an explorer export, a CSV, a JSON) or attribution data (STIX, MISP, "
                      "TagPack, ActorPack, OFAC); or drop the file on the window"));
    m_closeAction =
        makeAction(this, tr("&Close Case"), u"closeCaseAction"_s, standardOr(QKeySequence::Close, u"Ctrl+W"_s),
                   tr("Close the case; every edit is already saved in it"));
    m_quitAction = makeAction(this, tr("&Quit"), u"quitAction"_s, standardOr(QKeySequence::Quit, u"Ctrl+Q"_s),
                              tr("Quit Attribution Workbench"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_shortcutsAction = makeAction(this, tr("&Keyboard Shortcuts…"), u"shortcutsAction"_s, QKeySequence(u"Ctrl+/"_s),
                                   tr("List every keyboard shortcut of the window"));
    m_aboutAction = makeAction(this, tr("&About Attribution Workbench"), u"aboutAction"_s, {},
                               tr("Show the version, the case format and what the workbench is for"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = makeAction(this, tr("About &Qt"), u"aboutQtAction"_s, {}, tr("Show the Qt version and licence"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);

    connect(m_newAction, &QAction::triggered, m_controller, &CaseController::newCase);
    connect(m_openAction, &QAction::triggered, m_controller, &CaseController::openCase);
    connect(m_openDemoAction, &QAction::triggered, m_controller, &CaseController::openDemoCase);
    connect(m_saveAsAction, &QAction::triggered, m_controller, &CaseController::saveCaseAs);
    connect(m_closeAction, &QAction::triggered, m_controller, &CaseController::closeCase);
    connect(m_importAction, &QAction::triggered, this, [this] { importFile(); });
    connect(m_importRunner, &ImportRunner::finished, this, &MainWindow::onImportFinished);
    connect(m_importRunner, &ImportRunner::failed, this, &MainWindow::onImportFailed);
    connect(m_importRunner, &ImportRunner::cancelled, this, &MainWindow::onImportCancelled);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_aboutQtAction, &QAction::triggered, this, [this] { MessageBox::aboutQt(this); });
    createViewActions();
}

void MainWindow::createViewActions()
{
    const QString tabTips[] = {tr("Show the timeline of the filtered incidents"),
                               tr("Show the charts of the filtered incidents"),
                               tr("Show the graph of addresses, transactions, clusters and groups")};
    const QString tabTexts[] = {tr("&Timeline"), tr("&Charts"), tr("&Graph")};
    for (int tab = 0; tab < 3; ++tab) {
        QAction *action = makeAction(this, tabTexts[tab], u"showTab%1Action"_s.arg(tab + 1),
                                     QKeySequence(u"Ctrl+%1"_s.arg(tab + 1)), tabTips[tab]);
        connect(action, &QAction::triggered, this, [this, tab] { showOverviewTab(tab); });
        m_tabActions << action;
    }
    m_focusTableAction = makeAction(this, tr("Incident &List"), u"focusTableAction"_s, QKeySequence(u"Ctrl+L"_s),
                                    tr("Move the keyboard focus to the incident table"));
    connect(m_focusTableAction, &QAction::triggered, this,
            [this] { m_browserPane->table()->setFocus(Qt::ShortcutFocusReason); });
    m_findAction = makeAction(this, tr("&Find Incidents…"), u"findAction"_s, QKeySequence::Find,
                              tr("Search the titles, victims and descriptions of the incidents"));
    connect(m_findAction, &QAction::triggered, this, [this] { m_browserPane->filterBar()->focusSearch(); });
    m_clearFilterAction = makeAction(this, tr("Cl&ear Filters"), u"clearFilterAction"_s,
                                     QKeySequence(u"Ctrl+Shift+X"_s), tr("Show every incident of the case"));
    connect(m_clearFilterAction, &QAction::triggered, this, &MainWindow::clearFilter);
    m_findInGraphAction =
        makeAction(this, tr("Find in Grap&h…"), u"findInGraphAction"_s, QKeySequence(u"Ctrl+Shift+F"_s),
                   tr("Find an address, incident or group in the graph"));
    connect(m_findInGraphAction, &QAction::triggered, this, [this] {
        showOverviewTab(m_overview->indexOf(m_graph));
        if (auto *search = m_graph->findChild<QLineEdit *>(u"graphSearch"_s)) {
            search->setFocus(Qt::ShortcutFocusReason);
            search->selectAll();
        }
    });
    m_zoomInAction = makeAction(this, tr("Zoom &In"), u"zoomInAction"_s, QKeySequence::ZoomIn,
                                tr("Zoom into the timeline or the graph, whichever is shown"));
    connect(m_zoomInAction, &QAction::triggered, this, [this] { zoomOverview(1.25); });
    m_zoomOutAction = makeAction(this, tr("Zoom &Out"), u"zoomOutAction"_s, QKeySequence::ZoomOut,
                                 tr("Zoom out of the timeline or the graph, whichever is shown"));
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { zoomOverview(0.8); });
    m_zoomFitAction = makeAction(this, tr("Fit to &View"), u"zoomFitAction"_s, QKeySequence(u"Ctrl+0"_s),
                                 tr("Show the whole timeline or graph, whichever is shown"));
    connect(m_zoomFitAction, &QAction::triggered, this, [this] { zoomOverview(0); });
    m_reloadAction = makeAction(this, tr("&Reload Case"), u"reloadAction"_s, standardOr(QKeySequence::Refresh, u"F5"_s),
                                tr("Read the case again into every view"));
    connect(m_reloadAction, &QAction::triggered, this, [this] {
        onRecordEdited();
        showStatus(tr("Reread the case."));
    });
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(u"fileMenu"_s);
    fileMenu->addAction(m_newAction);
    fileMenu->addAction(m_openAction);
    QMenu *recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    recentMenu->setObjectName(u"recentCasesMenu"_s);
    recentMenu->menuAction()->setStatusTip(tr("Open one of the cases opened last"));
    m_recentFiles->attachMenu(recentMenu);
    fileMenu->addAction(m_openDemoAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_saveAsAction);
    fileMenu->addAction(m_importAction);
    fileMenu->addMenu(m_exportActions->menu());
    m_exportActions->menu()->menuAction()->setStatusTip(
        tr("Write reports, an evidence pack, CSV tables, STIX or a TagPack"));
    fileMenu->addSeparator();
    fileMenu->addAction(m_closeAction);
    fileMenu->addAction(m_quitAction);

    menuBar()->addMenu(m_editActions->menu());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_viewMenu->addActions(m_tabActions);
    m_viewMenu->addAction(m_focusTableAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_clearFilterAction);
    m_viewMenu->addAction(m_findInGraphAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomFitAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_reloadAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(ThemeController::instance()->createMenu(m_viewMenu));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(u"helpMenu"_s);
    helpMenu->addAction(m_shortcutsAction);
    helpMenu->addSeparator();
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(m_aboutQtAction);

    // The window owns every menu shortcut, so they work wherever the focus is, also with a global menu bar.
    for (QAction *top : menuBar()->actions()) {
        if (top->menu()) {
            addMenuActions(this, top->menu());
        }
    }
}

void MainWindow::updateActions()
{
    const bool open = m_document->isOpen();
    m_saveAsAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_importAction->setEnabled(open && !m_document->isReadOnly() && !m_importRunner->isRunning());
    m_openDemoAction->setEnabled(!m_controller->isBuildingDemo());
    for (QAction *action :
         {m_focusTableAction, m_findAction, m_clearFilterAction, m_findInGraphAction, m_reloadAction}) {
        action->setEnabled(open);
    }
    // The charts have nothing to zoom.
    const bool zoomable = open && m_overview->currentWidget() != m_overview->charts();
    for (QAction *action : {m_zoomInAction, m_zoomOutAction, m_zoomFitAction}) {
        action->setEnabled(zoomable);
    }
}

void MainWindow::showOverviewTab(int index)
{
    m_overview->setCurrentIndex(index);
    QWidget *target = m_overview->currentWidget();
    if (target == m_graph) {
        target = m_graph->canvas();
    } else if (target != m_overview->charts()) {
        target = m_overview->timeline();
    }
    target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::zoomOverview(double factor)
{
    if (m_overview->currentWidget() == m_graph) {
        GraphCanvas *canvas = m_graph->canvas();
        factor == 0 ? canvas->fitAll() : canvas->zoomBy(factor, QPointF(canvas->width() / 2.0, canvas->height() / 2.0));
    } else if (m_overview->currentWidget() != m_overview->charts()) {
        TimelineView *timeline = m_overview->timeline();
        factor == 0 ? timeline->zoomToFit() : timeline->zoomBy(factor, timeline->width() / 2);
    }
}

void MainWindow::clearFilter()
{
    m_browserPane->filterBar()->clearAll();
    announceFilter();
}

void MainWindow::announceFilter()
{
    const int total = m_browser->model()->rowCount();
    const int shown = int(m_browser->result().incidents.size());
    showStatus(tr("Filter: %1 of %n incident(s) shown", nullptr, total).arg(shown));
}

void MainWindow::showShortcuts()
{
    // Built anew each time from the live actions; window-modal without a nested loop, like the import dialog.
    auto *dialog = new ShortcutsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    // Our own static markup: no case data reaches this text.
    const QString text =
        tr("<h3>Attribution Workbench %1</h3>"
           "<p>Case format %2</p>"
           "<p>A workbench for attributing cryptocurrency thefts to state-sponsored hacking groups.</p>"
           "<p>Every fact in a case cites its source. Where sources disagree, each claim is kept "
           "beside the others with its own source. Synthetic records, generated to illustrate "
           "laundering patterns, are marked as synthetic wherever they are shown.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped())
            .arg(db::latestSchemaVersion());
    MessageBox::about(this, tr("About Attribution Workbench"), text);
}

void MainWindow::createToolBar()
{
    // Icons by action name (ui/style/icons.h): the desktop's icon theme where it has the name, ours otherwise.
    const std::pair<const char16_t *, const char16_t *> icons[] = {
        {u"newCaseAction", u"document-new"},
        {u"openCaseAction", u"document-open"},
        {u"saveCaseAsAction", u"document-save-as"},
        {u"importAction", u"document-import"},
        {u"closeCaseAction", u"window-close"},
        {u"export-report", u"document-export"},
        {u"export-evidence-pack", u"awb-evidence-pack"},
        {u"undoAction", u"edit-undo"},
        {u"redoAction", u"edit-redo"},
        {u"newIncidentAction", u"list-add"},
        {u"editIncidentAction", u"document-edit"},
        {u"deleteIncidentAction", u"edit-delete"},
        {u"addAttributionAction", u"awb-add-attribution"},
        {u"groupsAction", u"awb-groups"},
        {u"sourcesAction", u"awb-sources"},
        {u"findAction", u"edit-find"},
        {u"clearFilterAction", u"edit-clear"},
        {u"showTab1Action", u"awb-timeline"},
        {u"showTab2Action", u"awb-charts"},
        {u"showTab3Action", u"awb-graph"},
        {u"zoomInAction", u"zoom-in"},
        {u"zoomOutAction", u"zoom-out"},
        {u"zoomFitAction", u"zoom-fit-best"},
        {u"shortcutsAction", u"preferences-desktop-keyboard-shortcuts"},
        {u"aboutAction", u"help-about"},
    };
    const auto action = [this](QStringView name) {
        return findChild<QAction *>(name.toString());
    };
    for (const auto &[name, icon] : icons) {
        if (QAction *a = action(name)) {
            a->setIcon(icons::get(icon));
        }
    }
    // The actions an analyst reaches for most; everything else is in the menus (and Help ▸ Keyboard Shortcuts).
    QToolBar *bar = addToolBar(tr("Main Tool Bar"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->setMovable(false);
    for (const char16_t *name : {u"openCaseAction", u"importAction", u"", u"undoAction", u"redoAction", u"",
                                 u"findAction", u"clearFilterAction", u"", u"export-report", u"export-evidence-pack"}) {
        if (QStringView(name).isEmpty()) {
            bar->addSeparator();
        } else if (QAction *a = action(name)) {
            bar->addAction(a);
        }
    }
}

} // namespace awb::ui
