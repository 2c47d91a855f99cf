// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #7 §7: every entity of a case is named with markup, and a walk over every view and every dialog reachable
// from the menus reads each string surface a user sees. The name must show literally; nothing may render it as
// markup, so no text document ever holds an image named by case data.
#include "core/db/sqlitecasestore.h"
#include "core/store/casestore.h"
#include "dialogwalk.h"
#include "testcase.h"
#include "ui/browser/browserpane.h"
#include "ui/browser/overviewtabs.h"
#include "ui/casecontroller.h"
#include "ui/casedocument.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/inputdialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/dialogs/pagepreview.h"
#include "ui/dialogs/reportdialog.h"
#include "ui/graph/canvasscene.h"
#include "ui/graph/graphcanvas.h"
#include "ui/graph/graphexplorer.h"
#include "ui/graph/graphpanel.h"
#include "ui/incidentdetailwidget.h"
#include "ui/mainwindow.h"
#include "ui/models/itemdatarole.h"
#include "ui/report/reportdocument.h"
#include "ui/timeline/timelineview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QFileDialog>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QToolTip>

#include <gtest/gtest.h>

#include <functional>
#include <iostream>
#include <map>
#include <type_traits>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

const QString &H = test::kHostileText;

/** True when @p document holds an image: the only way the name's <img> could reach the screen. */
bool holdsImage(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat()) {
                return true;
            }
        }
    }
    return false;
}

/**
 * Collects what a user reads in a widget tree. Each surface is plain (shown as it is) or rich (Qt interprets it as
 * HTML: a label in rich-text mode, any tooltip that looks like markup); a rich surface is shown as its rendered text
 * and is a defect when rendering it draws the name's image.
 */
class Walker
{
public:
    int surfaces = 0;
    QStringList defects;
    std::map<QString, bool> shown; // view → the name was seen there literally

    void plain(const QString &view, const QString &where, const QString &text)
    {
        ++surfaces;
        shown[view] = shown[view] || text.contains(H);
        if (text.contains(u"<img"_s) && !text.contains(H) && text.contains(u"passwd"_s)) {
            defects << view + u": "_s + where + u" shows a mangled name: "_s + text;
        }
    }

    void rich(const QString &view, const QString &where, const QString &html)
    {
        QTextDocument document;
        document.setHtml(html);
        if (holdsImage(document)) {
            defects << view + u": "_s + where + u" renders case text as markup: "_s + html;
        }
        plain(view, where, document.toPlainText());
    }

    /** A tooltip, or any text Qt renders as rich text when it looks like markup. */
    void autoText(const QString &view, const QString &where, const QString &text)
    {
        if (Qt::mightBeRichText(text)) {
            rich(view, where, text);
        } else {
            plain(view, where, text);
        }
    }

    void document(const QString &view, const QString &where, const QTextDocument &doc)
    {
        if (holdsImage(doc) || doc.toHtml().contains(u"src=\"file:///etc/passwd"_s)) {
            defects << view + u": "_s + where + u" holds the name's image";
        }
        plain(view, where, doc.toPlainText());
    }

    void
    model(const QString &view, const QString &where, const QAbstractItemModel *model, const QModelIndex &parent = {})
    {
        if (!model) {
            return;
        }
        if (!parent.isValid()) {
            for (int s = 0; s < model->columnCount(); ++s) {
                plain(view, where + u" header"_s, model->headerData(s, Qt::Horizontal).toString());
                autoText(view, where + u" header tooltip"_s,
                         model->headerData(s, Qt::Horizontal, Qt::ToolTipRole).toString());
            }
        }
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                plain(view, where, index.data(Qt::DisplayRole).toString());
                autoText(view, where + u" tooltip"_s, index.data(Qt::ToolTipRole).toString());
                if (column == 0 && model->hasChildren(index)) {
                    this->model(view, where, model, index);
                }
            }
        }
    }

    void scene(const QString &view, const QString &where, const QGraphicsScene *scene)
    {
        for (const QGraphicsItem *item : scene->items()) {
            if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item)) {
                document(view, where + u" text item"_s, *text->document());
            } else if (const auto *simple = dynamic_cast<const QGraphicsSimpleTextItem *>(item)) {
                plain(view, where + u" simple text item"_s, simple->text());
            }
            autoText(view, where + u" item tooltip"_s, item->toolTip());
        }
    }

    /** Every surface of @p root and its children, visible or not (a hidden tab is one click away). */
    void widgets(const QString &view, QWidget *root)
    {
        QList<QWidget *> all = root->findChildren<QWidget *>();
        all.prepend(root);
        for (QWidget *w : std::as_const(all)) {
            const QString name =
                w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
            autoText(view, name + u" tooltip"_s, w->toolTip());
            autoText(view, name + u" what's this"_s, w->whatsThis());
            if (w->isWindow()) {
                plain(view, name + u" window title"_s, w->windowTitle());
            }
            if (auto *label = qobject_cast<QLabel *>(w)) {
                const bool richLabel = label->textFormat() == Qt::RichText ||
                                       (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
                richLabel ? rich(view, name, label->text()) : plain(view, name, label->text());
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                plain(view, name, button->text());
            } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
                plain(view, name, edit->text());
                plain(view, name + u" placeholder"_s, edit->placeholderText());
                if (edit->completer()) {
                    model(view, name + u" completer"_s, edit->completer()->model());
                }
            } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
                model(view, name + u" items"_s, combo->model());
            } else if (auto *textEdit = qobject_cast<QTextEdit *>(w)) {
                document(view, name, *textEdit->document());
            } else if (auto *plainEdit = qobject_cast<QPlainTextEdit *>(w)) {
                plain(view, name, plainEdit->toPlainText());
            } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
                plain(view, name, box->title());
            } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    plain(view, name + u" tab"_s, tabs->tabText(i));
                    autoText(view, name + u" tab tooltip"_s, tabs->tabToolTip(i));
                }
            }
            if (auto *items = qobject_cast<QAbstractItemView *>(w)) {
                model(view, name, items->model());
            }
            if (auto *graphics = qobject_cast<QGraphicsView *>(w); graphics && graphics->scene()) {
                scene(view, name, graphics->scene());
            }
        }
    }
};

class PlainTextTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        MessageBox::clearLastShown();
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(u"hostile.awbcase"_s);
        auto store = db::SqliteCaseStore::create(m_path);
        ASSERT_TRUE(store);
        auto small = test::fillSmallCase(**store);
        ASSERT_TRUE(small) << describe(small.error()).toStdString();
        ASSERT_NO_FATAL_FAILURE(fillHostile(**store, *small));
    }

    void TearDown() override { QSettings().clear(); }

    /** Every kind of entity the case holds, named H: a group with an alias, a source, an attribution, a wallet. */
    void fillHostile(CaseStore &store, const test::SmallCase &small)
    {
        const auto ok = [](auto result) {
            using T = std::remove_cvref_t<decltype(*result)>;
            if (!result) {
                ADD_FAILURE() << describe(result.error()).toStdString();
                return T{};
            }
            return T(*result);
        };
        Source source;
        source.title = H;
        source.publisher = H;
        source.excerpt = H;
        source.kind = u"press"_s;
        source.url = u"https://example.org/x"_s;
        const SourceId sourceId = ok(store.addSource(source));
        ActorGroup group;
        group.name = H;
        group.description = H;
        group.sponsor = H;
        group.aliases = {AliasClaim{u"alias "_s + H, sourceId, H}};
        group.sources = {sourceId};
        const GroupId groupId = ok(store.addGroup(group));
        Incident incident = ok(store.incident(small.hostile));
        incident.sector = H;
        incident.sources.push_back(sourceId);
        incident.claims = {Claim{u"loss_usd"_s, u"1000"_s, sourceId, H}};
        incident.lossUsd = 5000;
        incident.lossUsdSource = sourceId;
        EXPECT_TRUE(store.updateIncident(incident));
        Attribution attribution;
        attribution.incident = small.hostile;
        attribution.group = groupId;
        attribution.confidence = u"high"_s;
        attribution.party = H;
        attribution.evidence = H;
        attribution.source = sourceId;
        ok(store.addAttribution(attribution));
        Address address;
        address.chain = u"ethereum"_s;
        address.address = u"0x2222222222222222222222222222222222222222"_s;
        address.label = H;
        const AddressId addressId = ok(store.addAddress(address));
        ok(store.addIncidentAddress(IncidentAddress{0, small.hostile, addressId, u"exploiter"_s, sourceId, H, false}));
        Tag tag;
        tag.address = addressId;
        tag.label = H; // an exchange: the graph draws it as a service named H
        tag.category = u"exchange"_s;
        tag.context = H;
        tag.source = sourceId;
        ok(store.addTag(tag));
        m_hostile = small.hostile;
        m_group = groupId;
    }

    QTemporaryDir m_dir;
    QString m_path;
    IncidentId m_hostile;
    GroupId m_group;
};

TEST_F(PlainTextTest, EveryViewAndDialogShowsMarkupInCaseTextLiterally)
{
    MainWindow window;
    window.resize(1400, 1000);
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_path));
    ASSERT_TRUE(test::selectIncident(window, m_hostile));
    Walker walker;

    // The views, each overview tab shown once so it draws: the graph needs its snapshot and the incident drawn.
    auto *overview = window.findChild<OverviewTabs *>();
    ASSERT_NE(overview, nullptr);
    test::walkViews(window, m_hostile, [&](const QString &view, QWidget &root) { walker.widgets(view, &root); });
    walker.plain(u"window title"_s, u"mainWindow"_s, window.windowTitle());

    // The timeline's tooltips, sampled over the whole view: marks, lane labels, axis.
    auto *timeline = overview->timeline();
    timeline->zoomToFit();
    for (int y = 0; y < timeline->height(); y += 4) {
        for (int x = 0; x < timeline->width(); x += 4) {
            walker.autoText(u"timeline"_s, u"tooltip"_s, timeline->toolTipAt(QPoint(x, y)));
        }
    }

    // The graph: the labels painted on the canvas and the tooltips over the nodes.
    auto *graph = window.findChild<GraphPanel *>();
    CanvasScene *scene = graph->explorer()->scene();
    ASSERT_FALSE(scene->empty());
    for (quint32 node = 0; node < scene->nodes.size(); ++node) {
        walker.plain(u"graph"_s, u"node label"_s, scene->nodes[node].label);
        // The canvas escapes what describe() says before showing it; read back what a tooltip event shows.
        walker.plain(u"graph"_s, u"node description"_s, graph->explorer()->describe(node));
    }
    overview->setCurrentWidget(graph);
    GraphCanvas *canvas = graph->canvas();
    int tips = 0;
    for (int y = 0; y < canvas->height(); y += 6) {
        for (int x = 0; x < canvas->width(); x += 6) {
            QHelpEvent help(QEvent::ToolTip, QPoint(x, y), canvas->mapToGlobal(QPoint(x, y)));
            QApplication::sendEvent(canvas, &help);
            if (QToolTip::isVisible()) {
                walker.autoText(u"graph"_s, u"canvas tooltip"_s, QToolTip::text());
                ++tips;
            }
        }
    }
    QToolTip::hideText();
    EXPECT_GT(tips, 0);

    // Every action of the menu bar that opens a dialog, with the hostile incident current.
    const test::DialogWalk walk = test::walkMenuDialogs(
        window, [&] { EXPECT_TRUE(test::selectIncident(window, m_hostile)); },
        [&](const QString &view, QWidget &root) {
            walker.widgets(view, &root);
            if (auto *report = qobject_cast<ReportDialog *>(&root); report && report->preview()->document()) {
                walker.plain(view, u"report preview"_s, report->preview()->document()->plainText());
            }
        },
        [&](const QString &view, const MessageBox::Shown &shown) {
            walker.plain(view, u"message box"_s, shown.title + u"\n"_s + shown.text + u"\n"_s + shown.detail);
        });
    EXPECT_TRUE(walk.unexpected.isEmpty()) << walk.unexpected.join(u", "_s).toStdString();
    EXPECT_GE(walk.triggered, 10) << walk.walked.join(u", "_s).toStdString();
    EXPECT_GE(walk.dialogs, 8);
    // Views that carry no case text (Help, an import dialog with no saved mapping, chrome); the timeline tab paints
    // its marks and is read through its tooltips ("timeline"). Every other view and dialog shows the name.
    const QStringList noCaseText = {
        u"aboutAction"_s, u"aboutQtAction"_s, u"importAction/importDialog"_s, u"menu bar"_s,
        u"status bar"_s,  u"window title"_s,  u"overview tab Timeline"_s,     u"shortcutsAction/shortcutsDialog"_s};
    QStringList rowEditorsShowing;
    for (const auto &[view, seen] : walker.shown) {
        std::cout << "[ plaintext ] " << (seen ? "shown   " : "absent  ") << view.toStdString() << "\n";
        if (view.contains(u" › row "_s)) {
            if (seen) { // one editor per list is the hostile record's own; the others show it where they list it
                rowEditorsShowing << view.section(u" › "_s, 0, 0);
            }
        } else if (!noCaseText.contains(view)) {
            EXPECT_TRUE(seen) << "the name is not shown literally in " << view.toStdString();
        }
    }
    for (const QString &list : {u"groupsAction"_s, u"sourcesAction"_s, u"editAttributionsAction"_s}) {
        EXPECT_TRUE(rowEditorsShowing.contains(list)) << list.toStdString();
    }
    EXPECT_TRUE(walker.shown.contains(u"export-report/reportDialog"_s));
    for (const QString &defect : std::as_const(walker.defects)) {
        ADD_FAILURE() << defect.toStdString();
    }
    std::cout << "[ plaintext ] " << walker.shown.size() << " views and dialogs, " << walk.dialogs << " dialogs, "
              << walker.surfaces << " string surfaces, " << walker.defects.size() << " defects\n";
}

} // namespace
} // namespace awb::ui
