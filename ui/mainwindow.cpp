// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/db/schema.h"
#include "core/store/casestore.h"
#include "ui/casecontroller.h"
#include "ui/casedocument.h"
#include "ui/dialogs/messagebox.h"
#include "ui/incidentdetailwidget.h"
#include "ui/messagewidget.h"
#include "ui/models/incidentsortproxymodel.h"
#include "ui/models/incidenttablemodel.h"
#include "ui/recentfiles.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressBar>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kGeometryKey = u"mainWindow/geometry"_s;
const QString kStateKey = u"mainWindow/state"_s;
const QString kSplitterKey = u"mainWindow/splitter"_s;
const QString kHeaderKey = u"mainWindow/incidentHeader"_s;
const QString kDetailKey = u"mainWindow/detailSplitter"_s;

/** Column widths, in widths of 'x': the defaults, the most that fitting a case's contents may take, and the least. */
constexpr int kColumnChars[IncidentTableModel::ColumnCount] = {11, 36, 16, 20, 10, 14, 15, 24, 8};
constexpr int kMaxColumnChars[IncidentTableModel::ColumnCount] = {12, 40, 18, 22, 14, 20, 15, 30, 8};
constexpr int kMinColumnChars[IncidentTableModel::ColumnCount] = {12, 22, 10, 9, 8, 9, 15, 14, 8};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new CaseDocument(this))
    , m_recentFiles(new RecentFiles(this))
    , m_controller(new CaseController(m_document, m_recentFiles, this))
    , m_incidentModel(new IncidentTableModel(this))
    , m_incidentProxy(new IncidentSortProxyModel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Attribution Workbench"));
    m_incidentProxy->setSourceModel(m_incidentModel);
    createActions();
    createMenus();
    createCentralArea();
    createStatusBar();

    connect(m_document, &CaseDocument::caseChanged, this, &MainWindow::onCaseChanged);
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
    fileMenu->addSeparator();
    fileMenu->addAction(m_closeAction);
    fileMenu->addAction(m_quitAction);

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

    // The table spans the window's width; the detail pane below lays out its overview beside its lists.
    m_splitter = new QSplitter(Qt::Vertical, central);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    auto *tablePane = new QWidget(m_splitter);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    m_filterEdit = new QLineEdit(tablePane);
    m_filterEdit->setObjectName(u"incidentFilterLineEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Filter incidents by title, victim, country, group…"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_incidentProxy, &QSortFilterProxyModel::setFilterFixedString);

    m_incidentView = new QTableView(tablePane);
    m_incidentView->setObjectName(u"incidentTableView"_s);
    m_incidentView->setModel(m_incidentProxy);
    m_incidentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_incidentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_incidentView->setAlternatingRowColors(true);
    m_incidentView->setWordWrap(false);
    m_incidentView->setTextElideMode(Qt::ElideRight);
    m_incidentView->verticalHeader()->hide();
    m_incidentView->verticalHeader()->setDefaultSectionSize(m_incidentView->fontMetrics().height() + 8);
    QHeaderView *header = m_incidentView->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    const int charWidth = m_incidentView->fontMetrics().horizontalAdvance(u'x');
    for (int column = 0; column < IncidentTableModel::ColumnCount; ++column) {
        header->resizeSection(column, kColumnChars[column] * charWidth);
    }
    m_incidentView->setSortingEnabled(true);
    m_incidentView->sortByColumn(IncidentTableModel::Date, Qt::DescendingOrder);
    connect(m_incidentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    tableLayout->addWidget(m_filterEdit);
    tableLayout->addWidget(m_incidentView);

    m_detail = new IncidentDetailWidget(m_splitter);
    m_detail->setObjectName(u"incidentDetailWidget"_s);
    m_splitter->addWidget(tablePane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
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
    statusBar()->addWidget(m_caseLabel, 1);
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_countsLabel);
}

void MainWindow::onCaseChanged()
{
    CaseStore *store = m_document->store();
    auto loaded = m_incidentModel->reload(store);
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
    if (!m_columnsFitted && m_incidentModel->rowCount() > 0) {
        fitColumns();
    }

    if (!store) {
        m_detail->showPlaceholder(m_controller->isBuildingDemo()
                                      ? tr("Building the demo case…")
                                      : tr("No case is open. Choose File ▸ Open Case… or File ▸ New Case…"));
    } else if (m_incidentProxy->rowCount() == 0) {
        m_detail->showPlaceholder(tr("This case has no incidents yet."));
    } else {
        m_incidentView->setCurrentIndex(m_incidentProxy->index(0, IncidentTableModel::Title));
        m_incidentView->setFocus();
    }
}

void MainWindow::fitColumns()
{
    // Once, for a user without saved column widths: fit the contents, but keep long titles from taking over.
    m_columnsFitted = true;
    m_incidentView->resizeColumnsToContents();
    QHeaderView *header = m_incidentView->horizontalHeader();
    const int charWidth = m_incidentView->fontMetrics().horizontalAdvance(u'x');
    for (int column = 0; column < IncidentTableModel::ColumnCount; ++column) {
        header->resizeSection(column, std::min(header->sectionSize(column), kMaxColumnChars[column] * charWidth));
    }
    QTimer::singleShot(0, this, &MainWindow::fitColumnsToWidth); // once the layout has settled
}

void MainWindow::fitColumnsToWidth()
{
    QHeaderView *header = m_incidentView->horizontalHeader();
    const int scrollBar = m_incidentView->verticalScrollBar()->isVisible()
                              ? 0
                              : style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_incidentView);
    const int spare = m_incidentView->viewport()->width() - scrollBar - header->length();
    if (spare >= 0) {
        // Width left over goes to the titles, the column most often cut short.
        header->resizeSection(IncidentTableModel::Title, header->sectionSize(IncidentTableModel::Title) + spare);
        return;
    }
    // Too wide for the window: narrow the text columns toward a readable minimum, each by its share.
    const int charWidth = m_incidentView->fontMetrics().horizontalAdvance(u'x');
    int slack = 0;
    for (int column = 0; column < IncidentTableModel::ColumnCount; ++column) {
        slack += std::max(0, header->sectionSize(column) - kMinColumnChars[column] * charWidth);
    }
    if (slack == 0) {
        return;
    }
    const double share = std::min(1.0, static_cast<double>(-spare) / slack);
    for (int column = 0; column < IncidentTableModel::ColumnCount; ++column) {
        const int size = header->sectionSize(column);
        const int excess = std::max(0, size - kMinColumnChars[column] * charWidth);
        header->resizeSection(column, size - static_cast<int>(std::ceil(excess * share)));
    }
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_incidentProxy->mapToSource(m_incidentView->currentIndex());
    const IncidentId id = m_incidentModel->incidentId(current.row());
    if (!m_document->store() || !id.isValid()) {
        m_detail->showPlaceholder(tr("Select an incident to see its sources, claims and attributions."));
        return;
    }
    m_detail->showIncident(*m_document->store(), id);
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
        m_splitter->setSizes({height() / 2, height() / 2});
    }
    m_columnsFitted = m_incidentView->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
    m_detail->restoreState(settings.value(kDetailKey).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kHeaderKey, m_incidentView->horizontalHeader()->saveState());
    settings.setValue(kDetailKey, m_detail->saveState());
}

} // namespace awb::ui
