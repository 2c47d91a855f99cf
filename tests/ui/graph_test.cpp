// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The graph canvas as a user drives it, on the demo case: expand, collapse and undo, paths, pins, time filter,
// named views, exports read back, keyboard, and selection shared with the incident table.
#include "core/demo/demorecord.h"
#include "core/store/casestore.h"
#include "ui/browser/browserpane.h"
#include "ui/browser/overviewtabs.h"
#include "ui/casedocument.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/graph/expanddialog.h"
#include "ui/graph/graphcanvas.h"
#include "ui/graph/graphexplorer.h"
#include "ui/graph/graphpanel.h"
#include "ui/incidentdetailwidget.h"
#include "ui/mainwindow.h"
#include "ui/models/itemdatarole.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

using graph::NodeIndex;
using graph::NodeKind;

const QString kExchangeC = u"0x0e2ED05e1ac9Fad3A9bEEfeea330Fc19A7Db8aD9"_s; // where the Harmony trace ends

class GraphPanelTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_dir = new QTemporaryDir;
        s_demo = s_dir->filePath(u"demo.awbcase"_s);
        ASSERT_TRUE(demo::writeDemoCase(s_demo));
    }

    static void TearDownTestSuite()
    {
        delete s_dir;
        s_dir = nullptr;
    }

    void SetUp() override
    {
        // Each test gets its own copy: named views are written into the case.
        m_path = m_dir.filePath(u"case.awbcase"_s);
        ASSERT_TRUE(QFile::copy(s_demo, m_path));
        ASSERT_TRUE(m_document.open(m_path));
        m_panel = std::make_unique<GraphPanel>(&m_document);
        m_panel->resize(1200, 800);
        m_panel->show();
        m_panel->waitForSnapshot();
        ASSERT_NE(explorer()->snapshot(), nullptr);
    }

    GraphExplorer *explorer() const { return m_panel->explorer(); }

    const graph::Snapshot &snapshot() const { return *explorer()->snapshot(); }

    NodeIndex node(const QString &name) const
    {
        const auto n = snapshot().resolve(name);
        EXPECT_TRUE(n.has_value()) << name.toStdString();
        return n.value_or(0);
    }

    NodeIndex harmony() const
    {
        const auto &incidents = snapshot().data().incidents;
        for (quint32 i = 0; i < incidents.size(); ++i) {
            if (incidents[i].title.startsWith(u"Harmony"_s)) {
                return snapshot().node(NodeKind::Incident, i);
            }
        }
        ADD_FAILURE() << "no Harmony incident in the demo";
        return 0;
    }

    void showHarmony()
    {
        explorer()->showAround({harmony()}, 1);
        explorer()->waitForLayout();
    }

    void select(NodeIndex n) const
    {
        const auto d = explorer()->drawnIndex(n);
        ASSERT_TRUE(d.has_value());
        m_panel->canvas()->setSelection({*d});
    }

    std::size_t drawnCount() const { return explorer()->drawn().graph.nodes.size(); }

    static QTemporaryDir *s_dir;
    static QString s_demo;
    QTemporaryDir m_dir;
    QString m_path;
    CaseDocument m_document;
    std::unique_ptr<GraphPanel> m_panel;
};

QTemporaryDir *GraphPanelTest::s_dir = nullptr;
QString GraphPanelTest::s_demo;

TEST_F(GraphPanelTest, ShowExpandAndUndoStepByStep)
{
    showHarmony();
    const std::size_t first = drawnCount();
    ASSERT_GT(first, 2u);
    // Laid out: every node has a position, and the step and its layout are one undo step.
    for (const auto &p : explorer()->drawn().positions) {
        EXPECT_TRUE(explore::isPlaced(p));
    }
    EXPECT_EQ(explorer()->undoStack()->count(), 1);

    const NodeIndex cashOut = node(u"0x0dc36e236c69d1a0Ead9E47110a66E5BE3BEfDAE"_s);
    select(cashOut);
    m_panel->expandSelection(false);
    explorer()->waitForLayout();
    EXPECT_GT(drawnCount(), first);
    EXPECT_TRUE(explorer()->drawnIndex(node(kExchangeC)).has_value());
    EXPECT_EQ(explorer()->undoStack()->count(), 2);

    explorer()->undoStack()->undo();
    EXPECT_EQ(drawnCount(), first);
    EXPECT_FALSE(explorer()->drawnIndex(node(kExchangeC)).has_value());
    explorer()->undoStack()->redo();
    EXPECT_TRUE(explorer()->drawnIndex(node(kExchangeC)).has_value());
    // The expanded node keeps its place through undo and redo.
    const auto d = explorer()->drawnIndex(cashOut);
    ASSERT_TRUE(d);
    EXPECT_TRUE(explore::isPlaced(explorer()->drawn().positions[*d]));
}

TEST_F(GraphPanelTest, ExpandDialogOptionsLimitWhatComesIn)
{
    showHarmony();
    const std::size_t before = drawnCount();
    select(node(u"0x0dc36e236c69d1a0Ead9E47110a66E5BE3BEfDAE"_s));
    explore::ExpandOptions options;
    options.kinds = {NodeKind::Group}; // a cash-out address has no group link: nothing comes in
    ExpandDialog::setNextAnswer(options);
    m_panel->expandSelection(true);
    EXPECT_EQ(drawnCount(), before);
    options.kinds.clear();
    options.minAmount = u"not a number"_s;
    ExpandDialog::setNextAnswer(options);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_panel->expandSelection(true);
    ASSERT_TRUE(MessageBox::lastShown());
    EXPECT_TRUE(MessageBox::lastShown()->text.contains(u"not a decimal number"_s));
    EXPECT_EQ(drawnCount(), before);
}

TEST_F(GraphPanelTest, CollapseAClusterAndExpandItAgain)
{
    // The three Bitcoin payouts of Bridge X are spent together: one cluster.
    const QStringList members{u"bc1q4j6ngjv4qfkdx0n9vzvk5ph9uwu0lxdeyxp0e5"_s,
                              u"bc1qlyvj8mzuwnpqgyzug6tcz6zwrz3ayqpzufydev"_s,
                              u"bc1qa06skcrq4hlkwlxnhqw3ufgdaj0v8vrvh8l2p3"_s};
    std::vector<NodeIndex> nodes;
    for (const QString &m : members) {
        nodes.push_back(node(m));
    }
    const NodeIndex cluster = snapshot().clusterNode(nodes[0]);
    ASSERT_EQ(cluster, snapshot().clusterNode(nodes[2]));
    explorer()->showAround({nodes[0]}, 1);
    explorer()->addNodes(nodes, u"add"_s);
    explorer()->waitForLayout();
    const std::size_t before = drawnCount();
    // Three members become one node: the cluster node, drawn already (an address's neighbourhood holds its cluster).
    ASSERT_TRUE(explorer()->drawnIndex(cluster));
    const std::size_t collapsed = before - 3;
    select(nodes[1]);
    m_panel->collapseSelection();
    explorer()->waitForLayout();
    const auto drawn = explorer()->drawnIndex(cluster);
    ASSERT_TRUE(drawn);
    EXPECT_EQ(explorer()->drawn().members[*drawn], 3u);
    EXPECT_EQ(*explorer()->drawnIndex(nodes[0]), *drawn); // the members are drawn as the cluster
    EXPECT_EQ(drawnCount(), collapsed);
    EXPECT_TRUE(explorer()->drawn().graph.nodes[*drawn].label.endsWith(u"(3 addresses)"_s));

    m_panel->canvas()->setSelection({*drawn});
    m_panel->uncollapseSelection();
    EXPECT_EQ(drawnCount(), before);
    explorer()->undoStack()->undo(); // back to collapsed
    EXPECT_EQ(drawnCount(), collapsed);
    explorer()->undoStack()->undo(); // back to before the collapse
    EXPECT_EQ(drawnCount(), before);
    EXPECT_FALSE(explorer()->view().isCollapsed(cluster));
}

TEST_F(GraphPanelTest, PathIsHighlightedAndItsEvidenceListed)
{
    showHarmony();
    m_panel->findPath(harmony(), kExchangeC);
    explorer()->waitForLayout();
    const std::vector<NodeIndex> expected{harmony(), node(u"0x0dc36e236c69d1a0Ead9E47110a66E5BE3BEfDAE"_s),
                                          node(kExchangeC)};
    EXPECT_EQ(explorer()->highlight(), expected);
    const CanvasScene &scene = *explorer()->scene();
    int lit = 0;
    for (const CanvasNode &n : scene.nodes) {
        lit += (n.flags & Highlighted) ? 1 : 0;
    }
    EXPECT_EQ(lit, 3);
    int litEdges = 0;
    for (const CanvasEdge &e : scene.edges) {
        litEdges += (e.flags & Highlighted) ? 1 : 0;
    }
    EXPECT_GE(litEdges, 2);
    const QString text = m_panel->resultText();
    EXPECT_TRUE(text.contains(u"(2 links)"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Evidence, step by step"_s));
    // Each step reads as a line: the amount in whole units, not base units or a field dump.
    EXPECT_TRUE(text.contains(u"\n1. incident:"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u": role "_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"\n2. 0x0dc36e236c69d1a0Ead9E47110a66E5BE3BEfDAE → "_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u": 79.92 ETH, transfer at "_s)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"79920000000000000000"_s));
}

TEST_F(GraphPanelTest, TraceAddsTheFlowsAndListsTaintModels)
{
    showHarmony();
    m_panel->traceFrom(harmony(), {u"mixer"_s});
    explorer()->waitForLayout();
    EXPECT_TRUE(explorer()->drawnIndex(node(kExchangeC)).has_value());
    const QString text = m_panel->resultText();
    EXPECT_TRUE(text.contains(u"haircut"_s) && text.contains(u"FIFO"_s) && text.contains(u"poison"_s));
    EXPECT_TRUE(text.contains(u"79.92"_s)) << text.toStdString();
}

TEST_F(GraphPanelTest, TheTraceInTheFlowLayoutReadsLeftToRightToTheExchange)
{
    showHarmony();
    m_panel->traceFrom(harmony(), {u"mixer"_s});
    explorer()->waitForLayout();
    auto *layoutBox = m_panel->findChild<QComboBox *>(u"layoutBox"_s);
    ASSERT_NE(layoutBox, nullptr);
    EXPECT_EQ(layoutBox->currentData().toString(), u"force"_s);
    explorer()->layout(LayoutKind::Flow);
    explorer()->waitForLayout();
    EXPECT_EQ(layoutBox->currentData().toString(), u"flow"_s); // the box follows the view

    const CanvasScene &scene = *explorer()->scene();
    const quint32 exchange = *explorer()->drawnIndex(node(kExchangeC));
    EXPECT_TRUE(scene.nodes[exchange].label.startsWith(u"SYNTHETIC: Exchange C · 0x0e2E"_s))
        << scene.nodes[exchange].label.toStdString();
    // Every flow into the exchange comes from the left; the incident, which has no flow, is parked below them all.
    int into = 0;
    double lowest = -1e300;
    for (const CanvasEdge &e : scene.edges) {
        if (e.flow) {
            lowest = std::max({lowest, scene.nodes[e.a].pos.y(), scene.nodes[e.b].pos.y()});
            if (e.b == exchange) {
                EXPECT_LT(scene.nodes[e.a].pos.x(), scene.nodes[exchange].pos.x());
                ++into;
            }
        }
    }
    EXPECT_GT(into, 0);
    EXPECT_GT(scene.nodes[*explorer()->drawnIndex(harmony())].pos.y(), lowest);

    explorer()->undoStack()->undo();
    EXPECT_EQ(layoutBox->currentData().toString(), u"force"_s);
}

TEST_F(GraphPanelTest, PinnedNodesStayThroughEveryLayout)
{
    showHarmony();
    const NodeIndex pinned = harmony();
    const auto d = *explorer()->drawnIndex(pinned);
    // Drag it, as a user would: it lands where dropped, and is pinned.
    GraphCanvas *canvas = m_panel->canvas();
    const QPoint at = canvas->worldToScreen().map(explorer()->scene()->nodes[d].pos).toPoint();
    canvas->setSelection({});
    QTest::mousePress(canvas, Qt::LeftButton, {}, at);
    QTest::mouseMove(canvas, at + QPoint(10, 0));
    QTest::mouseMove(canvas, at + QPoint(60, 40));
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, at + QPoint(60, 40));
    EXPECT_TRUE(explorer()->view().isPinned(pinned));
    const layout::Point dropped = explorer()->view().positions.at(pinned);
    for (LayoutKind kind : {LayoutKind::Force, LayoutKind::Flow, LayoutKind::Radial}) {
        explorer()->layout(kind);
        explorer()->waitForLayout();
        EXPECT_EQ(explorer()->view().positions.at(pinned), dropped) << layoutKindName(kind).toStdString();
        EXPECT_EQ(explorer()->view().layout, layoutKindName(kind));
    }
    // Space unpins the selection.
    select(pinned);
    QTest::keyClick(canvas, Qt::Key_Space);
    EXPECT_FALSE(explorer()->view().isPinned(pinned));
}

TEST_F(GraphPanelTest, TimeFilterHidesLaterFlowsAndUndoesAsOneStep)
{
    showHarmony();
    m_panel->traceFrom(harmony(), {u"mixer"_s});
    explorer()->waitForLayout();
    const auto range = explorer()->flowTimeRange();
    ASSERT_TRUE(range);
    const std::size_t edges = explorer()->drawn().graph.edges.size();
    const int steps = explorer()->undoStack()->count();
    graph::TimeFilter f;
    f.to = range->first + (range->second - range->first) / 2;
    explorer()->setTimeFilter(f);
    f.to = range->first; // dragged on: still one step
    explorer()->setTimeFilter(f);
    EXPECT_EQ(explorer()->undoStack()->count(), steps + 1);
    EXPECT_LT(explorer()->drawn().graph.edges.size(), edges);
    for (const graph::ViewEdge &e : explorer()->drawn().graph.edges) {
        if (e.kind == graph::LinkKind::Flow) {
            EXPECT_LE(e.last, f.to);
        }
    }
    explorer()->undoStack()->undo();
    EXPECT_EQ(explorer()->drawn().graph.edges.size(), edges);
}

TEST_F(GraphPanelTest, NamedViewReopensAsItWasAfterTheCaseIsReopened)
{
    showHarmony();
    explorer()->setPinned({harmony()}, true);
    graph::TimeFilter f;
    f.to = 1'656'300'000;
    explorer()->setTimeFilter(f);
    explorer()->setMetric(u"degree"_s);
    const explore::ViewState saved = explorer()->view();
    ASSERT_TRUE(m_panel->saveView(u"Harmony laundering"_s));
    EXPECT_EQ(m_panel->savedViews(), QStringList{u"Harmony laundering"_s});

    explorer()->showAround({node(u"group:Lazarus Group"_s)}, 1);
    explorer()->waitForLayout();
    ASSERT_NE(explorer()->view(), saved);

    // Close the case, open it again: the view is in the file.
    m_panel.reset();
    m_document.close();
    ASSERT_TRUE(m_document.open(m_path));
    m_panel = std::make_unique<GraphPanel>(&m_document);
    m_panel->show();
    m_panel->waitForSnapshot();
    ASSERT_TRUE(m_panel->openView(u"Harmony laundering"_s));
    EXPECT_EQ(explorer()->view(), saved);
    EXPECT_TRUE(m_panel->deleteView(u"Harmony laundering"_s));
    EXPECT_TRUE(m_panel->savedViews().isEmpty());
}

TEST_F(GraphPanelTest, ExportsAreReadBack)
{
    showHarmony();
    const std::size_t nodes = drawnCount();
    for (const QString &format : {u"graphml"_s, u"gexf"_s}) {
        const QString path = m_dir.filePath(u"view."_s + format);
        FileDialog::setNextFileName(path);
        ASSERT_TRUE(m_panel->exportAs(format));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        std::size_t count = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"node"_s) {
                ++count;
            }
        }
        EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
        EXPECT_EQ(count, nodes) << format.toStdString();
    }
    const QString png = m_dir.filePath(u"view.png"_s);
    FileDialog::setNextFileName(png);
    ASSERT_TRUE(m_panel->exportAs(u"png"_s));
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GE(image.width(), 800);
    // Not blank: the drawing put colour on the white page.
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            coloured += image.pixelColor(x, y) != QColor(Qt::white);
        }
    }
    EXPECT_GT(coloured, 100);
    const QString svg = m_dir.filePath(u"view.svg"_s);
    FileDialog::setNextFileName(svg);
    ASSERT_TRUE(m_panel->exportAs(u"svg"_s));
    QFile svgFile(svg);
    ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
    QXmlStreamReader svgXml(&svgFile);
    bool sawSvg = false;
    while (!svgXml.atEnd()) {
        sawSvg |= svgXml.readNext() == QXmlStreamReader::StartElement && svgXml.name() == u"svg"_s;
    }
    EXPECT_TRUE(sawSvg);
    EXPECT_FALSE(svgXml.hasError());
    const QString pdf = m_dir.filePath(u"view.pdf"_s);
    FileDialog::setNextFileName(pdf);
    ASSERT_TRUE(m_panel->exportAs(u"pdf"_s));
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
}

TEST_F(GraphPanelTest, KeyboardWalksHidesAndSearchFocuses)
{
    showHarmony();
    GraphCanvas *canvas = m_panel->canvas();
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Tab);
    ASSERT_EQ(canvas->selection().size(), 1u);
    const NodeIndex first = explorer()->snapshotNode(canvas->selection().front());
    const std::size_t before = drawnCount();
    QTest::keyClick(canvas, Qt::Key_Delete);
    EXPECT_EQ(drawnCount(), before - 1);
    EXPECT_FALSE(explorer()->drawnIndex(first));
    explorer()->undoStack()->undo();
    EXPECT_TRUE(explorer()->drawnIndex(first));
    // Search: a node in view is selected; one outside it is brought in.
    ASSERT_TRUE(m_panel->searchFor(kExchangeC));
    explorer()->waitForLayout();
    const auto found = explorer()->drawnIndex(node(kExchangeC));
    ASSERT_TRUE(found);
    EXPECT_EQ(canvas->selection(), std::vector<quint32>{*found});
    EXPECT_FALSE(m_panel->searchFor(u"no such thing"_s));
}

TEST_F(GraphPanelTest, SelectionFollowsTheTableBothWays)
{
    const NodeIndex harmonyNode = harmony(); // the window's snapshot numbers nodes the same way
    m_panel.reset();
    QSettings().clear();
    MainWindow window;
    window.openStartupCase(m_path);
    window.resize(1400, 1000);
    window.show();
    window.overview()->setCurrentWidget(window.graphPanel());
    GraphPanel *panel = window.graphPanel();
    panel->waitForSnapshot();
    const graph::Snapshot &s = *panel->explorer()->snapshot();

    // The table's current incident is drawn with its neighbourhood and selected on the canvas.
    auto *table = window.findChild<QTableView *>(u"incidentTableView"_s);
    ASSERT_NE(table, nullptr);
    const auto rowOf = [&](qint64 id) {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 1).data(IdRole).toLongLong() == id) {
                return row;
            }
        }
        return -1;
    };
    const qint64 harmonyId = s.data().incidents[s.local(harmonyNode)].rowId;
    table->setCurrentIndex(table->model()->index(rowOf(harmonyId), 1));
    panel->explorer()->waitForLayout();
    const auto drawn = panel->explorer()->drawnIndex(harmonyNode);
    ASSERT_TRUE(drawn);
    EXPECT_EQ(panel->canvas()->selection(), std::vector<quint32>{*drawn});

    // Another incident chosen on the canvas becomes the table's current incident.
    std::optional<quint32> other;
    for (quint32 i = 0; i < panel->explorer()->drawn().graph.nodes.size(); ++i) {
        const graph::ViewNode &n = panel->explorer()->drawn().graph.nodes[i];
        if (n.kind == NodeKind::Incident && n.node != harmonyNode) {
            other = i;
        }
    }
    ASSERT_TRUE(other) << "the Harmony neighbourhood (two hops) holds another incident of its group";
    panel->canvas()->setSelection({*other});
    const qint64 otherId = s.data().incidents[s.local(panel->explorer()->snapshotNode(*other))].rowId;
    EXPECT_EQ(window.browserPane()->currentIncident().value, otherId);
    // … and the canvas did not start a new neighbourhood for it: it was drawn already.
    EXPECT_TRUE(panel->explorer()->drawnIndex(harmonyNode));

    // A wallet and then a group picked in the detail pane's lists are drawn and selected too.
    table->setCurrentIndex(table->model()->index(rowOf(harmonyId), 1));
    panel->explorer()->waitForLayout();
    auto *wallets = window.findChild<QTableWidget *>(u"walletsTableWidget"_s);
    auto *attributions = window.findChild<QTableWidget *>(u"attributionsTableWidget"_s);
    ASSERT_TRUE(wallets && attributions);
    ASSERT_GT(wallets->rowCount(), 1);
    ASSERT_GT(attributions->rowCount(), 0);
    const int walletRow = wallets->rowCount() - 1;
    const QString address = wallets->item(walletRow, 1)->text().section(u" · "_s, -1); // without the mark
    wallets->setCurrentCell(walletRow, 1);
    panel->explorer()->waitForLayout();
    const auto addressNode = s.resolve(address);
    ASSERT_TRUE(addressNode) << address.toStdString();
    const auto drawnAddress = panel->explorer()->drawnIndex(*addressNode);
    ASSERT_TRUE(drawnAddress);
    EXPECT_EQ(panel->canvas()->selection(), std::vector<quint32>{*drawnAddress});

    attributions->setCurrentCell(0, 2);
    panel->explorer()->waitForLayout();
    const QString group = attributions->item(0, 0)->text().section(u'\n', 0, 0).section(u" · "_s, -1);
    const auto groupNode = s.resolve(u"group:"_s + group);
    ASSERT_TRUE(groupNode) << group.toStdString();
    const auto drawnGroup = panel->explorer()->drawnIndex(*groupNode);
    ASSERT_TRUE(drawnGroup);
    EXPECT_EQ(panel->canvas()->selection(), std::vector<quint32>{*drawnGroup});
    // Refilling the lists for another incident is not a pick.
    QSignalSpy picks(window.detail(), &IncidentDetailWidget::entitySelected);
    table->setCurrentIndex(table->model()->index(rowOf(otherId), 1));
    EXPECT_GT(wallets->rowCount() + attributions->rowCount(), 0);
    EXPECT_EQ(picks.count(), 0);
}

} // namespace
} // namespace awb::ui
