// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/db/schema.h"
#include "core/import/importmapping.h"
#include "core/store/casestore.h"
#include "ui/browser/browserpane.h"
#include "ui/browser/filterbar.h"
#include "ui/browser/incidentbrowser.h"
#include "ui/browser/incidenttableview.h"
#include "ui/browser/overviewtabs.h"
#include "ui/casecontroller.h"
#include "ui/casedocument.h"
#include "ui/charts/chartspanel.h"
#include "ui/dialogs/messagebox.h"
#include "ui/editing/caseeditor.h"
#include "ui/editing/editactions.h"
#include "ui/exportactions.h"
#include "ui/graph/graphpanel.h"
#include "ui/import/importdialog.h"
#include "ui/import/importrunner.h"
#include "ui/incidentdetailwidget.h"
#include "ui/messagewidget.h"
#include "ui/models/incidenttablemodel.h"
#include "ui/recentfiles.h"
#include "ui/timeline/timelineview.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kGeometryKey = u"mainWindow/geometry"_s;
const QString kStateKey = u"mainWindow/state"_s;
const QString kSplitterKey = u"mainWindow/browserSplitter"_s;
const QString kHeaderKey = u"mainWindow/incidentHeader"_s;
const QString kDetailKey = u"mainWindow/detailSplitter"_s;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new CaseDocument(this))
    , m_recentFiles(new RecentFiles(this))
    , m_controller(new CaseController(m_document, m_recentFiles, this))
    , m_browser(new IncidentBrowser(this))
    , m_editActions(new EditActions(m_document, this))
    , m_exportActions(new ExportActions(this, m_document, m_browser))
    , m_importRunner(new ImportRunner(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Attribution Workbench"));
    createActions();
    createMenus();
    createCentralArea();
    createStatusBar();
    connectViews();

    connect(m_document, &CaseDocument::caseChanged, this, &MainWindow::onCaseChanged);
    connect(m_document, &CaseDocument::changedExternally, this, &MainWindow::onChangedExternally);
    connect(m_controller, &CaseController::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_controller, &CaseController::notify, this,
            [this](const QString &message) { m_banner->showMessage(message, MessageWidget::Type::Warning); });
    readSettings();
    onCaseChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::openStartupCase(const QString &requested)
{
    m_controller->openStartupCase(requested);
}

void MainWindow::openDemoCase()
{
    m_controller->openDemoCase();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

void MainWindow::createActions()
{
    const auto make = [this](const QString &text, const QString &name, QKeySequence::StandardKey key) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (key != QKeySequence::UnknownKey) {
            action->setShortcut(key);
        }
        return action;
    };
    m_newAction = make(tr("&New Case…"), u"newCaseAction"_s, QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a new, empty case file"));
    m_openAction = make(tr("&Open Case…"), u"openCaseAction"_s, QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open an Attribution Workbench case file"));
    m_openDemoAction = make(tr("Open &Demo Case"), u"openDemoCaseAction"_s, QKeySequence::UnknownKey);
    m_openDemoAction->setStatusTip(tr("Open the bundled demo case: the public record of DPRK-attributed thefts"));
    m_saveAsAction = make(tr("Save Case &As…"), u"saveCaseAsAction"_s, QKeySequence::SaveAs);
    m_saveAsAction->setStatusTip(tr("Save a copy of the case under a new name and continue in the copy"));
    m_importAction = make(tr("&Import…"), u"importAction"_s, QKeySequence::UnknownKey);
    m_importAction->setStatusTip(tr("Import transfers or transactions from an explorer export or a CSV file"));
    m_closeAction = make(tr("&Close Case"), u"closeCaseAction"_s, QKeySequence::Close);
    m_quitAction = make(tr("&Quit"), u"quitAction"_s, QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_aboutAction = make(tr("&About Attribution Workbench"), u"aboutAction"_s, QKeySequence::UnknownKey);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = make(tr("About &Qt"), u"aboutQtAction"_s, QKeySequence::UnknownKey);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);

    connect(m_newAction, &QAction::triggered, m_controller, &CaseController::newCase);
    connect(m_openAction, &QAction::triggered, m_controller, &CaseController::openCase);
    connect(m_openDemoAction, &QAction::triggered, m_controller, &CaseController::openDemoCase);
    connect(m_saveAsAction, &QAction::triggered, m_controller, &CaseController::saveCaseAs);
    connect(m_closeAction, &QAction::triggered, m_controller, &CaseController::closeCase);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFile);
    connect(m_importRunner, &ImportRunner::finished, this,
            [this](const import::ImportOutcome &outcome) { onImportFinished(import::outcomeText(outcome)); });
    connect(m_importRunner, &ImportRunner::failed, this, &MainWindow::onImportFailed);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_aboutQtAction, &QAction::triggered, this, [this] { MessageBox::aboutQt(this); });
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(u"fileMenu"_s);
    fileMenu->addAction(m_newAction);
    fileMenu->addAction(m_openAction);
    QMenu *recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    recentMenu->setObjectName(u"recentCasesMenu"_s);
    m_recentFiles->attachMenu(recentMenu);
    fileMenu->addAction(m_openDemoAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_saveAsAction);
    fileMenu->addAction(m_importAction);
    fileMenu->addMenu(m_exportActions->menu());
    fileMenu->addSeparator();
    fileMenu->addAction(m_closeAction);
    fileMenu->addAction(m_quitAction);

    menuBar()->addMenu(m_editActions->menu());
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(u"helpMenu"_s);
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createCentralArea()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    m_banner = new MessageWidget(central);
    m_banner->setObjectName(u"caseNoticeMessageWidget"_s);
    layout->addWidget(m_banner);

    // Top to bottom: the filtered table, the timeline and charts of the same filter, the current incident.
    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_browserPane = new BrowserPane(m_browser, m_splitter);
    m_overview = new OverviewTabs(m_browser, m_splitter);
    m_graph = new GraphPanel(m_document, m_overview);
    m_overview->addTab(m_graph, tr("&Graph"));
    m_detail = new IncidentDetailWidget(m_splitter);
    m_detail->setObjectName(u"incidentDetailWidget"_s);
    m_splitter->addWidget(m_browserPane);
    m_splitter->addWidget(m_overview);
    m_splitter->addWidget(m_detail);
    for (int pane : {0, 1, 2}) {
        m_splitter->setStretchFactor(pane, 1);
    }
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
}

void MainWindow::connectViews()
{
    connect(m_browserPane, &BrowserPane::currentIncidentChanged, this, &MainWindow::showIncident);
    TimelineView *timeline = m_overview->timeline();
    connect(timeline, &TimelineView::incidentSelected, this, &MainWindow::onTimelineSelected);
    connect(timeline, &TimelineView::rangeSelected, this,
            [this](QDate from, QDate to) { setDateRange(from.toString(Qt::ISODate), to.toString(Qt::ISODate)); });
    connect(timeline, &TimelineView::rangeCleared, this, [this] { setDateRange(std::nullopt, std::nullopt); });
    connect(m_overview->charts(), &ChartsPanel::yearClicked, this, [this](int year, std::optional<GroupId> group) {
        filterBy([&](IncidentFilter &f) {
            f.from = f.to = QString::number(year);
            if (group) {
                f.groups = {m_browser->directory().name(*group)};
            }
        });
    });
    connect(m_overview->charts(), &ChartsPanel::countryClicked, this, [this](const QString &code) {
        if (code.isEmpty()) {
            statusBar()->showMessage(tr("Incidents without a victim country cannot be filtered by country."), 5000);
            return;
        }
        filterBy([&](IncidentFilter &f) { f.countries = {code}; });
    });
    connect(m_graph, &GraphPanel::incidentSelected, this, &MainWindow::onTimelineSelected);
    connect(m_detail, &IncidentDetailWidget::entitySelected, m_graph, &GraphPanel::showEntity);
    connect(m_graph, &GraphPanel::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 5000); });
    connect(m_exportActions, &ExportActions::exported, this,
            [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_editActions->editor(), &CaseEditor::recordChanged, this, &MainWindow::onRecordEdited);
    connect(m_editActions, &EditActions::incidentCreated, this, [this](IncidentId id) {
        if (!m_browserPane->selectIncident(id)) {
            showIncident(id); // the filter hides it: show it anyway, so the user sees what was made
        }
    });
    // After a new filter the current incident stays current where the table still lists it.
    connect(m_browser, &IncidentBrowser::resultChanged, this, [this] {
        if (m_current.isValid()) {
            m_browserPane->selectIncident(m_current);
        }
    });
}

void MainWindow::showIncident(IncidentId id)
{
    if (!id.isValid() && m_current.isValid() && m_browser->model()->rowOf(m_current) >= 0) {
        return; // the filter hid the current row: keep showing the incident
    }
    m_current = id;
    m_overview->timeline()->setSelectedIncident(id);
    if (id.isValid()) {
        m_graph->showIncident(id);
    }
    m_editActions->setCurrentIncident(id);
    m_exportActions->setCurrentIncident(id);
    if (!m_document->store() || !id.isValid()) {
        m_detail->showPlaceholder(tr("Select an incident to see its sources, claims and attributions."));
        return;
    }
    m_detail->showIncident(*m_document->store(), id);
}

void MainWindow::onTimelineSelected(IncidentId id)
{
    // The timeline shows incidents outside the date filter too; those are shown without a table row.
    if (!m_browserPane->selectIncident(id)) {
        showIncident(id);
    }
}

void MainWindow::setDateRange(std::optional<QString> from, std::optional<QString> to)
{
    filterBy([&](IncidentFilter &f) {
        f.from = std::move(from);
        f.to = std::move(to);
    });
}

void MainWindow::filterBy(const std::function<void(IncidentFilter &)> &change)
{
    IncidentFilter filter = m_browser->filter();
    change(filter);
    if (auto applied = m_browser->setFilter(filter); !applied) {
        m_browserPane->filterBar()->setProblem(applied.error().message);
    }
}

void MainWindow::createStatusBar()
{
    m_caseLabel = new QLabel(this);
    m_caseLabel->setObjectName(u"caseStatusLabel"_s);
    m_caseLabel->setTextFormat(Qt::PlainText);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"caseCountsLabel"_s);
    m_countsLabel->setTextFormat(Qt::PlainText);
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(u"busyLabel"_s);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(u"busyProgressBar"_s);
    m_busyBar->setRange(0, 0); // indeterminate
    m_busyBar->setMaximumWidth(160);
    m_busyLabel->hide();
    m_busyBar->hide();
    m_externalLabel = new QLabel(this);
    m_externalLabel->setObjectName(u"externalChangeLabel"_s);
    m_externalLabel->hide();
    m_externalTimer = new QTimer(this);
    m_externalTimer->setSingleShot(true);
    m_externalTimer->setInterval(10000);
    connect(m_externalTimer, &QTimer::timeout, m_externalLabel, &QWidget::hide);
    statusBar()->addWidget(m_caseLabel, 1);
    statusBar()->addPermanentWidget(m_externalLabel);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_countsLabel);
}

void MainWindow::importFile()
{
    if (!m_document->isOpen() || m_document->isReadOnly() || m_importRunner->isRunning()) {
        return;
    }
    // Window-modal and not exec(): the window keeps painting, and tests fill the dialog without a nested loop.
    auto *dialog = new ImportDialog(this);
    dialog->setObjectName(u"importDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (auto saved = import::loadMappings(*m_document->store()); saved) {
        dialog->setSavedMappings(std::move(*saved));
    } else {
        m_banner->showMessage(saved.error().message, MessageWidget::Type::Warning);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ImportRequest request = dialog->request();
        m_document->holdChangeWatch(); // the import commits through a connection of its own
        m_importRunner->start(m_document->path(), request);
        onBusyChanged(true, tr("Importing %1…").arg(QFileInfo(request.path).fileName()));
    });
    dialog->open();
}

void MainWindow::onImportFinished(const QString &report)
{
    onBusyChanged(false, {});
    onRecordEdited(); // the views reread the case this window's connection now sees
    m_document->releaseChangeWatch();
    MessageBox::information(this, tr("Import"), report);
}

void MainWindow::onImportFailed(const QString &message, const QString &detail)
{
    onBusyChanged(false, {});
    m_document->releaseChangeWatch(); // nothing was committed: what the watch finds now is somebody else's
    MessageBox::critical(this, tr("Import Failed"), tr("%1\nNothing was imported; the case is unchanged.").arg(message),
                         detail);
}

void MainWindow::onRecordEdited()
{
    // Every view rereads the record; the filter and the current incident stay as they were, where they exist.
    m_document->markRefreshed(); // before reading, so that a commit during the reread is still reported
    const IncidentId current = m_current;
    m_graph->reload();
    if (auto loaded = m_browser->reload(m_document->store()); !loaded) {
        m_banner->showMessage(loaded.error().message, MessageWidget::Type::Error);
    }
    updateStatusBar();
    if (current.isValid() && m_browser->model()->rowOf(current) >= 0) {
        m_current = current;
        if (!m_browserPane->selectIncident(current)) {
            showIncident(current);
        } else if (m_document->store()) {
            m_detail->showIncident(*m_document->store(), current); // same row, new content
        }
    } else {
        m_current = {};
        showIncident(m_browserPane->currentIncident());
    }
}

void MainWindow::onChangedExternally()
{
    onRecordEdited();
    // A permanent label, not showMessage(): the graph's own messages follow at once and would replace it.
    m_externalLabel->setText(tr("The case was changed by another program; views refreshed."));
    m_externalLabel->show();
    m_externalTimer->start();
}

void MainWindow::onCaseChanged()
{
    CaseStore *store = m_document->store();
    m_current = {};
    auto loaded = m_browser->reload(store);
    if (!m_document->notice().isEmpty()) {
        m_banner->showMessage(m_document->notice(), MessageWidget::Type::Warning);
    } else if (!loaded) {
        m_banner->showMessage(loaded.error().message, MessageWidget::Type::Error);
    } else {
        m_banner->hideMessage();
    }
    setWindowFilePath(m_document->path());
    setWindowTitle(m_document->isOpen() ? tr("%1 — Attribution Workbench").arg(QFileInfo(m_document->path()).fileName())
                                        : tr("Attribution Workbench"));
    updateStatusBar();
    updateActions();

    IncidentTableView *table = m_browserPane->table();
    if (!store) {
        m_detail->showPlaceholder(m_controller->isBuildingDemo()
                                      ? tr("Building the demo case…")
                                      : tr("No case is open. Choose File ▸ Open Case… or File ▸ New Case…"));
    } else if (table->model()->rowCount() == 0) {
        m_detail->showPlaceholder(tr("This case has no incidents yet."));
    } else {
        table->setCurrentIndex(table->model()->index(0, IncidentTableModel::Title));
        table->setFocus();
    }
}

void MainWindow::onBusyChanged(bool busy, const QString &message)
{
    m_busyLabel->setText(message);
    m_busyLabel->setVisible(busy);
    m_busyBar->setVisible(busy);
    updateActions();
    if (busy && !m_document->isOpen()) {
        m_detail->showPlaceholder(message);
    }
}

void MainWindow::updateStatusBar()
{
    CaseStore *store = m_document->store();
    if (!store) {
        m_caseLabel->setText(tr("No case open"));
        m_countsLabel->clear();
        return;
    }
    const QString path = QDir::toNativeSeparators(m_document->path());
    m_caseLabel->setText(m_document->isReadOnly() ? tr("%1 (read-only)").arg(path) : path);
    auto stats = store->stats();
    if (!stats) {
        m_countsLabel->setText(tr("Counts unavailable: %1").arg(stats.error().message));
        return;
    }
    m_countsLabel->setText(
        tr("%1 incidents · %2 groups · %3 sources · %4 wallets · synthetic: %5 incidents, %6 wallets")
            .arg(stats->incidents)
            .arg(stats->groups)
            .arg(stats->sources)
            .arg(stats->wallets)
            .arg(stats->syntheticIncidents)
            .arg(stats->syntheticWallets));
}

void MainWindow::updateActions()
{
    const bool open = m_document->isOpen();
    m_saveAsAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_importAction->setEnabled(open && !m_document->isReadOnly() && !m_importRunner->isRunning());
    m_openDemoAction->setEnabled(!m_controller->isBuildingDemo());
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

void MainWindow::readSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(available.size() * 0.85);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray())) {
        m_splitter->setSizes({height() * 35 / 100, height() * 40 / 100, height() * 25 / 100});
    }
    m_browserPane->table()->restoreHeader(settings.value(kHeaderKey).toByteArray());
    m_detail->restoreState(settings.value(kDetailKey).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kHeaderKey, m_browserPane->table()->horizontalHeader()->saveState());
    settings.setValue(kDetailKey, m_detail->saveState());
}

} // namespace awb::ui
