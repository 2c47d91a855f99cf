// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphpanel.h"

#include "core/db/sqlitecasestore.h"
#include "core/explore/viewjson.h"
#include "core/graph/viewmetrics.h"
#include "core/store/casestore.h"
#include "ui/casedocument.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/inputdialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/displaytext.h"
#include "ui/graph/graphcanvas.h"
#include "ui/graph/graphexplorer.h"
#include "ui/graph/graphtimebar.h"
#include "ui/graph/viewexport.h"
#include "ui/style/icons.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStringListModel>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;
using graph::NodeIndex;
using graph::NodeKind;

namespace {

/** Reads the case at @p path through a connection of its own, so the GUI thread never waits for it. */
std::shared_ptr<const graph::Snapshot> loadSnapshot(const QString &path)
{
    auto store = db::SqliteCaseStore::open(path, true);
    if (!store) {
        return nullptr;
    }
    auto snapshot = graph::Snapshot::load(**store);
    return snapshot ? *snapshot : nullptr;
}

} // namespace

GraphPanel::GraphPanel(CaseDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_explorer(new GraphExplorer(this))
    , m_canvas(new GraphCanvas(this))
    , m_timeBar(new GraphTimeBar(this))
    , m_resultTitle(new QLabel(this))
    , m_result(new QPlainTextEdit(this))
    , m_resultPane(new QWidget(this))
{
    setObjectName(u"graphPanel"_s);
    createToolBar();
    m_canvas->setScene(m_explorer->scene());
    m_canvas->setToolTipProvider([this](quint32 node) { return m_explorer->describe(node); });
    m_result->setReadOnly(true);
    m_result->setObjectName(u"graphResult"_s);
    m_result->setAccessibleName(tr("Evidence"));
    m_result->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_resultTitle->setTextFormat(Qt::PlainText);
    auto *paneLayout = new QVBoxLayout(m_resultPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(m_resultTitle);
    paneLayout->addWidget(m_result);
    m_resultPane->hide();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_canvas);
    split->addWidget(m_resultPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_timeBar);
    layout->addWidget(split, 1);

    connect(m_document, &CaseDocument::caseChanged, this, &GraphPanel::onCaseChanged);
    connect(&m_loader, &QFutureWatcher<std::shared_ptr<const graph::Snapshot>>::finished, this,
            &GraphPanel::onSnapshotLoaded);
    connect(m_explorer, &GraphExplorer::sceneRebuilt, this, &GraphPanel::onSceneRebuilt);
    connect(m_explorer, &GraphExplorer::positionsChanged, m_canvas, qOverload<>(&QWidget::update));
    connect(m_explorer, &GraphExplorer::layoutRunning, this, [this](bool running) {
        emit statusMessage(running ? tr("Laying out the graph…") : tr("Layout done"));
        if (!running) {
            m_canvas->fitAll();
            syncLayoutBox();
        }
    });
    connect(m_timeBar, &GraphTimeBar::filterChanged, m_explorer, &GraphExplorer::setTimeFilter);
    connect(m_canvas, &GraphCanvas::selectionChanged, this, &GraphPanel::onSelectionChanged);
    connect(m_canvas, &GraphCanvas::contextMenuRequested, this, &GraphPanel::showContextMenu);
    connect(m_canvas, &GraphCanvas::nodeActivated, this, [this](quint32) { expandSelection(false); });
    connect(m_canvas, &GraphCanvas::pinToggled, this, [this](const std::vector<quint32> &) { togglePinSelection(); });
    connect(m_canvas, &GraphCanvas::hideRequested, this, [this](const std::vector<quint32> &) { hideSelection(); });
    connect(m_canvas, &GraphCanvas::nodesMoved, this,
            [this](const std::vector<quint32> &nodes, const std::vector<QPointF> &positions) {
                m_explorer->move(m_explorer->snapshotNodes(nodes), positions);
            });
    onCaseChanged();
}

GraphPanel::~GraphPanel()
{
    m_loader.waitForFinished();
}

void GraphPanel::createToolBar()
{
    m_toolBar = new QToolBar(tr("Graph"), this);
    m_toolBar->setObjectName(u"graphToolBar"_s);
    // Undo, redo and fit as icons (their names are in the tooltips), so the tool bar fits a narrow window.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    // Fixed texts keep the tool bar still; the step's name is in the tooltip.
    QUndoStack *stack = m_explorer->undoStack();
    auto *undo = new QAction(tr("Undo"), this);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo,
            [undo](const QString &t) { undo->setToolTip(text::toolTip(tr("Undo: %1").arg(t))); });
    undo->setObjectName(u"graphUndo"_s);
    // Not Ctrl+Z: Edit ▸ Undo owns it window-wide, and Qt drops a key two enabled actions share. Stepping
    // back and forth through views is navigation, so the graph takes Back and Forward (Alt+Left, Alt+Right).
    undo->setShortcut(QKeySequence::Back);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *redo = new QAction(tr("Redo"), this);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, redo,
            [redo](const QString &t) { redo->setToolTip(text::toolTip(tr("Redo: %1").arg(t))); });
    redo->setObjectName(u"graphRedo"_s);
    redo->setShortcut(QKeySequence::Forward);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    undo->setIcon(icons::get(u"edit-undo"));
    redo->setIcon(icons::get(u"edit-redo"));
    m_toolBar->addAction(undo);
    m_toolBar->addAction(redo);
    QAction *fit = m_toolBar->addAction(tr("Fit"), this, [this] { m_canvas->fitAll(); });
    fit->setToolTip(tr("Show the whole graph (Home)"));
    fit->setIcon(icons::get(u"zoom-fit-best"));
    m_toolBar->addSeparator();

    m_layoutBox = new QComboBox(this);
    m_layoutBox->setObjectName(u"layoutBox"_s);
    m_layoutBox->setAccessibleName(tr("Layout"));
    m_layoutBox->setToolTip(tr("How the graph places its nodes"));
    m_layoutBox->addItem(tr("Force-directed"), u"force"_s);
    m_layoutBox->addItem(tr("Flow (by time)"), u"flow"_s);
    m_layoutBox->addItem(tr("Radial (around the focus)"), u"radial"_s);
    m_toolBar->addWidget(m_layoutBox);
    QAction *lay = m_toolBar->addAction(tr("Lay Out"), this, [this] {
        m_explorer->layout(layoutKindFromName(m_layoutBox->currentData().toString()).value_or(LayoutKind::Force));
    });
    lay->setObjectName(u"layOut"_s);
    lay->setIcon(icons::get(u"awb-layout"));
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(lay))) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    lay->setToolTip(tr("Lay the graph out again; pinned nodes stay where they are"));

    m_metricBox = new QComboBox(this);
    m_metricBox->setObjectName(u"metricBox"_s);
    m_metricBox->setAccessibleName(tr("Size nodes by"));
    m_metricBox->setToolTip(tr("Size nodes by a metric of the drawn graph"));
    m_metricBox->addItem(tr("Size: kind only"), u"none"_s);
    m_metricBox->addItem(tr("Size: degree"), u"degree"_s);
    m_metricBox->addItem(tr("Size: betweenness"), u"betweenness"_s);
    m_metricBox->addItem(tr("Size: amount in"), u"amount-in"_s);
    m_metricBox->addItem(tr("Size: amount out"), u"amount-out"_s);
    m_toolBar->addWidget(m_metricBox);
    connect(m_metricBox, &QComboBox::activated, this,
            [this] { m_explorer->setMetric(m_metricBox->currentData().toString()); });
    m_toolBar->addSeparator();

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"graphSearch"_s);
    m_search->setPlaceholderText(tr("Find address, incident, group…"));
    m_search->setAccessibleName(tr("Find in graph"));
    m_search->setToolTip(tr("Finds an address, incident or group in the graph and selects it (Enter)"));
    m_search->setClearButtonEnabled(true);
    m_search->setCompleter(new QCompleter(new QStringListModel(this), this));
    m_search->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_search->completer()->setFilterMode(Qt::MatchContains);
    m_toolBar->addWidget(m_search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!searchFor(m_search->text())) {
            emit statusMessage(tr("Nothing in the case matches \"%1\".").arg(m_search->text()));
        }
    });
    m_toolBar->addSeparator();

    m_views = new QComboBox(this);
    m_views->setObjectName(u"savedViews"_s);
    m_views->setAccessibleName(tr("Saved views"));
    m_views->setToolTip(tr("Open a view saved in this case"));
    m_views->setMinimumContentsLength(12);
    m_toolBar->addWidget(m_views);
    connect(m_views, &QComboBox::activated, this, [this](int index) {
        if (index > 0) {
            openView(m_views->itemText(index));
        }
    });
    m_toolBar->addAction(tr("Save View…"), this, [this] {
        const auto name = InputDialog::getText(this, tr("Save View"), tr("Name of the view:"));
        if (name) {
            saveView(*name);
        }
    });
    m_toolBar->addAction(tr("Delete View"), this, [this] {
        if (m_views->currentIndex() > 0) {
            deleteView(m_views->currentText());
        }
    });
    auto *exportButton = new QToolButton(this);
    exportButton->setText(tr("Export"));
    exportButton->setIcon(icons::get(u"document-export"));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    for (const QString &format : viewPictureFormats() + viewGraphFormats()) {
        menu->addAction(tr("As %1…").arg(format.toUpper()), this, [this, format] { exportAs(format); });
    }
    exportButton->setMenu(menu);
    m_toolBar->addWidget(exportButton);
}

void GraphPanel::onCaseChanged()
{
    m_explorer->setSnapshot(nullptr);
    m_keptView.reset();
    reload();
    refreshViewList();
}

void GraphPanel::reload()
{
    if (!m_document->isOpen()) {
        return;
    }
    if (m_explorer->snapshot()) {
        m_keptView = explore::viewToJson(*m_explorer->snapshot(), m_explorer->view());
    }
    m_loader.waitForFinished();
    emit statusMessage(tr("Reading the case graph…"));
    if (m_document->path().isEmpty()) {
        // An in-memory case has no file another connection could read.
        auto snapshot = graph::Snapshot::load(*m_document->store());
        m_loader.setFuture(QtConcurrent::run([s = snapshot ? *snapshot : nullptr] { return s; }));
    } else {
        m_loader.setFuture(QtConcurrent::run(loadSnapshot, m_document->path()));
    }
}

void GraphPanel::waitForSnapshot()
{
    m_loader.waitForFinished();
    QCoreApplication::processEvents();
}

void GraphPanel::onSnapshotLoaded()
{
    auto snapshot = m_loader.result();
    if (!snapshot) {
        emit statusMessage(tr("The case graph could not be read."));
        return;
    }
    m_explorer->setSnapshot(snapshot);
    if (m_keptView) {
        if (auto loaded = explore::viewFromJson(*snapshot, *m_keptView)) {
            m_explorer->replaceView(loaded->view, tr("Reload the case"));
            m_explorer->undoStack()->clear(); // the old steps refer to the old graph
        }
        m_keptView.reset();
    }
    QStringList names;
    for (const auto &n : snapshot->data().incidents) {
        names << n.title;
    }
    for (const auto &g : snapshot->data().groups) {
        names << g.name;
    }
    for (const auto &s : snapshot->data().services) {
        names << s.name;
    }
    static_cast<QStringListModel *>(m_search->completer()->model())->setStringList(names);
    emit statusMessage(tr("Case graph: %1 nodes, %2 links").arg(snapshot->nodeCount()).arg(snapshot->linkCount()));
    applyPendingEntity();
}

void GraphPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    applyPendingEntity();
}

void GraphPanel::showIncident(IncidentId id)
{
    showEntity(u"incident:%1"_s.arg(id.value));
}

void GraphPanel::showEntity(const QString &name)
{
    m_pendingEntity = name;
    applyPendingEntity();
}

void GraphPanel::applyPendingEntity()
{
    const graph::Snapshot *s = m_explorer->snapshot();
    // Hidden, the tab only remembers the entity: drawing it is a step the user has not seen yet.
    if (!m_pendingEntity || !s || !isVisible()) {
        return;
    }
    const auto node = s->resolve(*std::exchange(m_pendingEntity, std::nullopt));
    if (!node) {
        return;
    }
    m_selected = {*node};
    if (const auto drawn = m_explorer->drawnIndex(*node)) {
        m_canvas->setSelection({*drawn}, false);
        m_canvas->centreOn(*drawn);
        return;
    }
    // An incident's story is two hops out (its wallets and where they paid); a group's or an address's is one.
    m_explorer->showAround({*node}, s->kind(*node) == NodeKind::Incident ? 2 : 1);
}

void GraphPanel::onSceneRebuilt()
{
    m_canvas->sceneChanged();
    std::vector<quint32> keep;
    for (NodeIndex n : m_selected) {
        if (const auto d = m_explorer->drawnIndex(n)) {
            keep.push_back(*d);
        }
    }
    m_canvas->setSelection(keep, false);
    m_timeBar->setRange(m_explorer->flowTimeRange());
    m_timeBar->setFilter(m_explorer->view().time);
    const int metric = m_metricBox->findData(m_explorer->view().metric);
    m_metricBox->setCurrentIndex(std::max(0, metric));
    syncLayoutBox();
    updateRenderOptions();
    if (m_explorer->drawn().graph.nodes.size() > 0 && !m_explorer->isLayingOut()) {
        m_canvas->update();
    }
}

void GraphPanel::syncLayoutBox()
{
    // The box names the layout the view has now, also after undo or reopening a saved view.
    if (const int at = m_layoutBox->findData(m_explorer->view().layout); at >= 0) {
        m_layoutBox->setCurrentIndex(at);
    }
}

void GraphPanel::updateRenderOptions()
{
    RenderOptions options = m_canvas->renderOptions();
    const QString metric = m_explorer->view().metric;
    options.metricLine = metric == u"none"_s ? QString() : tr("Size: %1 (in the drawn graph)").arg(metric);
    const graph::TimeFilter &time = m_explorer->view().time;
    options.notice =
        time.all() ? QString()
        : time.from == graph::TimeFilter{}.from
            ? tr("Flows up to %1 UTC").arg(GraphTimeBar::formatTime(time.to))
            : tr("Flows %1 – %2 UTC").arg(GraphTimeBar::formatTime(time.from), GraphTimeBar::formatTime(time.to));
    m_canvas->setRenderOptions(options);
}

void GraphPanel::onSelectionChanged(const std::vector<quint32> &nodes)
{
    m_selected = m_explorer->snapshotNodes(nodes);
    const graph::Snapshot *s = m_explorer->snapshot();
    if (s && m_selected.size() == 1 && s->kind(m_selected.front()) == NodeKind::Incident) {
        emit incidentSelected(IncidentId{s->data().incidents[s->local(m_selected.front())].rowId});
    }
}

std::vector<NodeIndex> GraphPanel::selectedNodes() const
{
    return m_explorer->snapshotNodes(m_canvas->selection());
}

bool GraphPanel::searchFor(const QString &input)
{
    const QString text = input.trimmed();
    const graph::Snapshot *s = m_explorer->snapshot();
    if (!s || text.isEmpty()) {
        return false;
    }
    const auto &nodes = m_explorer->drawn().graph.nodes;
    for (quint32 i = 0; i < nodes.size(); ++i) {
        if (nodes[i].label.compare(text, Qt::CaseInsensitive) == 0 || s->nodeName(nodes[i].node) == text) {
            m_canvas->setSelection({i});
            m_canvas->centreOn(i);
            return true;
        }
    }
    std::optional<NodeIndex> found = s->resolve(text);
    for (std::size_t i = 0; !found && i < s->data().incidents.size(); ++i) {
        if (s->data().incidents[i].title.compare(text, Qt::CaseInsensitive) == 0) {
            found = s->node(NodeKind::Incident, quint32(i));
        }
    }
    if (!found) {
        return false;
    }
    m_selected = {*found};
    if (m_explorer->drawn().graph.nodes.empty()) {
        m_explorer->showAround({*found}, 1);
    } else {
        m_explorer->addNodes({*found}, tr("Find %1").arg(text));
    }
    return true;
}

QStringList GraphPanel::savedViews() const
{
    if (!m_document->isOpen()) {
        return {};
    }
    return m_document->store()->graphViewNames().value_or(QStringList());
}

void GraphPanel::refreshViewList()
{
    m_views->clear();
    m_views->addItem(tr("Saved views"));
    m_views->addItems(savedViews());
}

bool GraphPanel::saveView(const QString &name)
{
    if (!m_document->isOpen() || !m_explorer->snapshot()) {
        return false;
    }
    const QJsonObject json = explore::viewToJson(*m_explorer->snapshot(), m_explorer->view());
    const auto saved =
        m_document->store()->saveGraphView(name, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    if (!saved) {
        MessageBox::warning(this, tr("Save View"), saved.error().message, saved.error().detail);
        return false;
    }
    refreshViewList();
    m_views->setCurrentText(name.trimmed());
    emit statusMessage(tr("View \"%1\" saved in the case").arg(name.trimmed()));
    return true;
}

bool GraphPanel::openView(const QString &name)
{
    if (!m_document->isOpen() || !m_explorer->snapshot()) {
        return false;
    }
    const auto stored = m_document->store()->graphView(name);
    if (!stored) {
        MessageBox::warning(this, tr("Open View"), stored.error().message, stored.error().detail);
        return false;
    }
    if (!*stored) {
        MessageBox::warning(this, tr("Open View"), tr("The case has no view named \"%1\".").arg(name));
        return false;
    }
    const auto loaded =
        explore::viewFromJson(*m_explorer->snapshot(), QJsonDocument::fromJson(stored->value().toUtf8()).object());
    if (!loaded) {
        MessageBox::warning(this, tr("Open View"), loaded.error().message);
        return false;
    }
    m_explorer->replaceView(loaded->view, tr("Open view %1").arg(name));
    m_canvas->fitAll();
    if (!loaded->missing.isEmpty()) {
        MessageBox::information(
            this, tr("Open View"),
            tr("%n node(s) of this view are no longer in the case.", nullptr, int(loaded->missing.size())),
            loaded->missing.join(u'\n'));
    }
    return true;
}

bool GraphPanel::deleteView(const QString &name)
{
    if (!m_document->isOpen()) {
        return false;
    }
    const auto deleted = m_document->store()->deleteGraphView(name);
    if (!deleted) {
        MessageBox::warning(this, tr("Delete View"), deleted.error().message, deleted.error().detail);
        return false;
    }
    refreshViewList();
    return true;
}

bool GraphPanel::exportAs(const QString &format)
{
    const graph::Snapshot *s = m_explorer->snapshot();
    if (!s || m_explorer->scene()->empty()) {
        MessageBox::information(this, tr("Export"), tr("The graph view is empty: there is nothing to export."));
        return false;
    }
    const QString base = m_document->path().isEmpty() ? u"graph"_s : QFileInfo(m_document->path()).completeBaseName();
    const QString path = FileDialog::getSaveFileName(this, tr("Export Graph View"), u"%1-graph.%2"_s.arg(base, format),
                                                     tr("%1 files (*.%2)").arg(format.toUpper(), format));
    if (path.isEmpty()) {
        return false;
    }
    m_explorer->waitForLayout();
    const auto written =
        exportView(path, format, *s, m_explorer->drawn(), *m_explorer->scene(), m_canvas->renderOptions());
    if (!written) {
        MessageBox::critical(this, tr("Export"), written.error().message, written.error().detail);
        return false;
    }
    emit statusMessage(tr("Exported to %1").arg(path));
    return true;
}

QString GraphPanel::resultText() const
{
    return m_resultPane->isHidden() ? QString() : m_result->toPlainText();
}

void GraphPanel::showResult(const QString &title, const QString &text)
{
    m_resultTitle->setText(title);
    m_result->setPlainText(text);
    m_resultPane->show();
}

} // namespace awb::ui
