// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/import/importfile.h"
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
#include "ui/taskstatus.h"
#include "ui/timeline/timelineview.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kStatusMs = 6000; // long enough to read a sentence, short enough not to go stale

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
    setAcceptDrops(true);
    createActions();
    createMenus();
    createToolBar();
    createCentralArea();
    createStatusBar();
    connectViews();

    connect(m_document, &CaseDocument::caseChanged, this, &MainWindow::onCaseChanged);
    connect(m_document, &CaseDocument::changedExternally, this, &MainWindow::onChangedExternally);
    connect(m_controller, &CaseController::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_controller, &CaseController::notify, this,
            [this](const QString &message) { m_banner->showMessage(message, MessageWidget::Type::Warning); });
    connect(m_controller, &CaseController::statusMessage, this, &MainWindow::showStatus);
    connect(m_editActions, &EditActions::statusMessage, this, &MainWindow::showStatus);
    connect(m_overview, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
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

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, kStatusMs);
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
            showStatus(tr("Incidents without a victim country cannot be filtered by country."));
            return;
        }
        filterBy([&](IncidentFilter &f) { f.countries = {code}; });
    });
    connect(m_graph, &GraphPanel::incidentSelected, this, &MainWindow::onTimelineSelected);
    connect(m_detail, &IncidentDetailWidget::entitySelected, m_graph, &GraphPanel::showEntity);
    connect(m_graph, &GraphPanel::statusMessage, this, [this](const QString &message) {
        // The graph rereads itself after every edit and import: on another tab its news would only hide what
        // the user just did ("Saved in the case: …").
        if (m_graph->isVisible()) {
            showStatus(message);
        }
    });
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
        return;
    }
    announceFilter(); // set from the timeline or a chart, away from the filter bar
}

void MainWindow::createStatusBar()
{
    m_caseLabel = new QLabel(this);
    m_caseLabel->setObjectName(u"caseStatusLabel"_s);
    m_caseLabel->setTextFormat(Qt::PlainText);
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(u"caseCountsLabel"_s);
    m_countsLabel->setTextFormat(Qt::PlainText);
    m_task = new TaskStatus(this);
    connect(m_importRunner, &ImportRunner::stageChanged, m_task, &TaskStatus::setStage);
    m_externalLabel = new QLabel(this);
    m_externalLabel->setObjectName(u"externalChangeLabel"_s);
    m_externalLabel->hide();
    m_externalTimer = new QTimer(this);
    m_externalTimer->setSingleShot(true);
    m_externalTimer->setInterval(10000);
    connect(m_externalTimer, &QTimer::timeout, m_externalLabel, &QWidget::hide);
    statusBar()->addWidget(m_caseLabel, 1);
    statusBar()->addPermanentWidget(m_externalLabel);
    statusBar()->addPermanentWidget(m_task);
    statusBar()->addPermanentWidget(m_countsLabel);
}

void MainWindow::importFile(const QString &preselected)
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
    if (!preselected.isEmpty()) {
        dialog->setFilePath(preselected); // guesses the format from the file, as Browse… does
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ImportRequest request = dialog->request();
        m_document->holdChangeWatch(); // the import commits through a connection of its own
        m_importRunner->start(m_document->path(), request);
        m_task->start(tr("Importing %1").arg(QFileInfo(request.path).fileName()), [this] { m_importRunner->cancel(); });
        updateActions();
    });
    dialog->open();
}

void MainWindow::endImport()
{
    m_task->finish();
    updateActions();
    // Released before any reread: the reread (onRecordEdited) marks what this window has seen as its own.
    m_document->releaseChangeWatch();
}

void MainWindow::onImportFinished(const ImportResult &result)
{
    endImport();
    onRecordEdited(); // the views reread the case this window's connection now sees
    showStatus(result.summary);
    MessageBox::information(this, tr("Import"), result.report);
}

void MainWindow::onImportCancelled(const QString &message)
{
    endImport();
    showStatus(message); // "The import of a.csv was cancelled; nothing was written."
}

void MainWindow::onImportFailed(const QString &message, const QString &detail)
{
    endImport(); // nothing was committed: what the watch finds now is somebody else's
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
    if (busy) {
        m_task->start(message); // building the demo case: quick, and nothing to keep of half of it
    } else {
        m_task->finish();
    }
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
