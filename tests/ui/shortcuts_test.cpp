// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard shortcuts of the main window, Help ▸ Keyboard Shortcuts and the status tips of the menus (issue #9).
#include "core/store/casestore.h"
#include "smallcasetest.h"
#include "ui/browser/overviewtabs.h"
#include "ui/casecontroller.h"
#include "ui/casedocument.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/editing/caseeditor.h"
#include "ui/editing/editactions.h"
#include "ui/graph/graphcanvas.h"
#include "ui/graph/graphpanel.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QShortcutEvent>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

/** Records the shortcut events Qt delivers to actions and eats them, so no dialog opens during the test. */
class ShortcutRecorder final : public QObject
{
public:
    struct Hit
    {
        QObject *action;
        bool ambiguous;
    };

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Shortcut) {
            hits.push_back({watched, static_cast<QShortcutEvent *>(event)->isAmbiguous()});
            return true;
        }
        return false;
    }

    std::vector<Hit> hits;
};

class ShortcutsTest : public test::SmallCaseWindowTest
{
protected:
    void openWindow(MainWindow &window)
    {
        window.show();
        ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
        ASSERT_TRUE(selectIncident(window, m_case.bybit)); // the incident actions are enabled
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    /** Each key combination of every action and shortcut object of the window, with who owns it. */
    static std::multimap<QString, QString> allKeys(const MainWindow &window)
    {
        std::multimap<QString, QString> keys;
        for (const QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                keys.emplace(key.toString(QKeySequence::PortableText), action->objectName() + u' ' + action->text());
            }
        }
        for (const QShortcut *shortcut : window.findChildren<QShortcut *>()) {
            for (const QKeySequence &key : shortcut->keys()) {
                keys.emplace(key.toString(QKeySequence::PortableText), shortcut->objectName());
            }
        }
        return keys;
    }

    static void visitMenu(QMenu *menu, const std::function<void(QAction *)> &visit)
    {
        emit menu->aboutToShow(); // as opening it does: a menu may fill itself then
        for (QAction *action : menu->actions()) {
            if (action->isSeparator()) {
                continue;
            }
            visit(action);
            if (action->menu()) {
                visitMenu(action->menu(), visit);
            }
        }
    }
};

TEST_F(ShortcutsTest, EveryMainActionHasAShortcutAndNoKeyIsTakenTwice)
{
    MainWindow window;
    openWindow(window);
    const QStringList mainActions = {u"newCaseAction"_s,
                                     u"openCaseAction"_s,
                                     u"openDemoCaseAction"_s,
                                     u"saveCaseAsAction"_s,
                                     u"importAction"_s,
                                     u"export-report"_s,
                                     u"export-evidence-pack"_s,
                                     u"closeCaseAction"_s,
                                     u"quitAction"_s,
                                     u"undoAction"_s,
                                     u"redoAction"_s,
                                     u"newIncidentAction"_s,
                                     u"editIncidentAction"_s,
                                     u"deleteIncidentAction"_s,
                                     u"addAttributionAction"_s,
                                     u"editAttributionsAction"_s,
                                     u"groupsAction"_s,
                                     u"sourcesAction"_s,
                                     u"showTab1Action"_s,
                                     u"showTab2Action"_s,
                                     u"showTab3Action"_s,
                                     u"focusTableAction"_s,
                                     u"findAction"_s,
                                     u"clearFilterAction"_s,
                                     u"findInGraphAction"_s,
                                     u"zoomInAction"_s,
                                     u"zoomOutAction"_s,
                                     u"zoomFitAction"_s,
                                     u"reloadAction"_s,
                                     u"shortcutsAction"_s,
                                     u"graphUndo"_s,
                                     u"graphRedo"_s};
    for (const QString &name : mainActions) {
        const auto *action = window.findChild<QAction *>(name);
        ASSERT_NE(action, nullptr) << name.toStdString();
        EXPECT_FALSE(action->shortcut().isEmpty()) << name.toStdString();
    }
    // Qt ignores a key that two enabled actions share in the same context: it must never happen.
    const auto keys = allKeys(window);
    ASSERT_GE(keys.size(), size_t(mainActions.size()));
    for (auto it = keys.begin(); it != keys.end(); it = keys.upper_bound(it->first)) {
        QStringList owners;
        for (auto [from, to] = keys.equal_range(it->first); from != to; ++from) {
            owners << from->second;
        }
        EXPECT_EQ(owners.size(), 1) << it->first.toStdString() << ": " << owners.join(u", "_s).toStdString();
    }
}

TEST_F(ShortcutsTest, WindowWideShortcutsLeaveThePlainKeysToTheViews)
{
    // The table, the timeline and the graph canvas take plain keys (arrows, +, −, Home, Delete, Space):
    // a window-wide shortcut on such a key would take it from them wherever the focus is.
    MainWindow window;
    openWindow(window);
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcutContext() != Qt::WindowShortcut && action->shortcutContext() != Qt::ApplicationShortcut) {
            continue;
        }
        for (const QKeySequence &key : action->shortcuts()) {
            const QKeyCombination combination = key[0];
            const Qt::KeyboardModifiers mods = combination.keyboardModifiers();
            const int code = int(combination.key());
            const bool withModifier = mods & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
            const bool functionKey = code >= Qt::Key_F1 && code <= Qt::Key_F35;
            const bool shiftedSpecial = (mods & Qt::ShiftModifier) && code >= Qt::Key_Escape;
            EXPECT_TRUE(withModifier || functionKey || shiftedSpecial)
                << action->objectName().toStdString() << " " << key.toString().toStdString();
        }
    }
}

TEST_F(ShortcutsTest, EveryMenuActionHasAStatusTip)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath)); // fills Open Recent
    int visited = 0;
    for (QAction *top : window.menuBar()->actions()) {
        ASSERT_NE(top->menu(), nullptr);
        visitMenu(top->menu(), [&](QAction *action) {
            ++visited;
            EXPECT_FALSE(action->statusTip().isEmpty()) << action->text().toStdString();
        });
    }
    EXPECT_GE(visited, 40);
}

TEST_F(ShortcutsTest, TheDialogListsEveryActionWithAShortcutAndEachKeyReachesItsAction)
{
    MainWindow window;
    openWindow(window);
    auto *viewMenu = window.findChild<QMenu *>(u"viewMenu"_s);
    ASSERT_NE(viewMenu, nullptr);
    EXPECT_EQ(window.viewMenu(), viewMenu);

    QTest::keySequence(&window, QKeySequence(u"Ctrl+/"_s));
    auto *dialog = window.findChild<ShortcutsDialog *>(u"shortcutsDialog"_s);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());

    // The dialog lists exactly the window's actions that have a shortcut, with the keys in native text.
    QSet<QAction *> expected;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty()) {
            expected.insert(action);
        }
    }
    QSet<QAction *> listed;
    for (const ShortcutsDialog::Entry &entry : dialog->entries()) {
        ASSERT_TRUE(entry.action);
        listed.insert(entry.action);
        EXPECT_EQ(entry.keys, entry.action->shortcut().toString(QKeySequence::NativeText));
        EXPECT_FALSE(entry.text.contains(u'&')) << entry.text.toStdString();
    }
    EXPECT_EQ(listed, expected);
    EXPECT_EQ(listed.size(), qsizetype(dialog->entries().size())); // each once
    const auto *tree = dialog->findChild<QTreeWidget *>(u"shortcutsTree"_s);
    ASSERT_NE(tree, nullptr);
    QStringList groups;
    int rows = 0;
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        groups << tree->topLevelItem(g)->text(0);
        rows += tree->topLevelItem(g)->childCount();
    }
    EXPECT_EQ(groups, (QStringList{u"File"_s, u"File ▸ Export"_s, u"Edit"_s, u"View"_s, u"Help"_s, u"Graph"_s}));
    EXPECT_EQ(rows, int(dialog->entries().size()));
    EXPECT_FALSE(tree->editTriggers() & QAbstractItemView::AllEditTriggers);

    // The filter keeps the matching rows only.
    EXPECT_EQ(dialog->setFilterText(u"import"_s), 1);
    EXPECT_EQ(dialog->setFilterText(u"zoom"_s), 2);
    EXPECT_EQ(dialog->setFilterText(u"no such action"_s), 0);
    EXPECT_EQ(dialog->setFilterText({}), rows);

    const std::vector<ShortcutsDialog::Entry> entries = dialog->entries(); // the dialog deletes itself on close
    QTest::keyClick(dialog->findChild<QLineEdit *>(u"shortcutsFilter"_s), Qt::Key_Escape);
    EXPECT_FALSE(dialog->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(window.findChild<ShortcutsDialog *>(), nullptr);
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    // Every listed key reaches its own action, unambiguously: window-wide ones from the table, the graph's own
    // from the canvas.
    ShortcutRecorder recorder;
    for (const ShortcutsDialog::Entry &entry : entries) {
        entry.action->installEventFilter(&recorder);
    }
    GraphCanvas *canvas = window.graphPanel()->canvas();
    for (const ShortcutsDialog::Entry &entry : entries) {
        QWidget *target = table(window);
        if (entry.group == u"Graph"_s) {
            window.overview()->setCurrentWidget(window.graphPanel());
            target = canvas;
        }
        target->setFocus();
        ASSERT_EQ(QApplication::focusWidget(), target) << entry.text.toStdString();
        // A disabled action does not take its key (Undo with nothing to undo); enabled here, since the recorder
        // eats the event before the action would run.
        const bool wasEnabled = entry.action->isEnabled();
        entry.action->setEnabled(true);
        recorder.hits.clear();
        QTest::keySequence(target, entry.action->shortcut());
        entry.action->setEnabled(wasEnabled);
        ASSERT_EQ(recorder.hits.size(), 1u) << entry.text.toStdString();
        EXPECT_EQ(recorder.hits.front().action, entry.action.data()) << entry.text.toStdString();
        EXPECT_FALSE(recorder.hits.front().ambiguous) << entry.text.toStdString();
    }
}

TEST_F(ShortcutsTest, ShortcutsSwitchTabsAndFocusTheSearch)
{
    MainWindow window;
    openWindow(window);
    QTest::keySequence(&window, QKeySequence(u"Ctrl+3"_s));
    EXPECT_EQ(window.overview()->currentWidget(), window.graphPanel());
    EXPECT_TRUE(window.graphPanel()->canvas()->hasFocus());
    QTest::keySequence(&window, QKeySequence(u"Ctrl+2"_s));
    EXPECT_EQ(window.overview()->currentIndex(), 1);
    EXPECT_FALSE(window.findChild<QAction *>(u"zoomInAction"_s)->isEnabled()); // the charts do not zoom
    QTest::keySequence(&window, QKeySequence(u"Ctrl+1"_s));
    EXPECT_EQ(window.overview()->currentIndex(), 0);
    EXPECT_TRUE(window.findChild<QAction *>(u"zoomInAction"_s)->isEnabled());

    QTest::keySequence(&window, QKeySequence::Find);
    auto *search = window.findChild<QLineEdit *>(u"filterText"_s);
    EXPECT_TRUE(search->hasFocus());
    QTest::keyClicks(search, u"Bybit"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QTest::keySequence(&window, QKeySequence(u"Ctrl+L"_s));
    EXPECT_TRUE(table(window)->hasFocus());
    EXPECT_EQ(table(window)->model()->rowCount(), 1);
    QTest::keySequence(&window, QKeySequence(u"Ctrl+Shift+X"_s));
    EXPECT_EQ(table(window)->model()->rowCount(), 3);
    EXPECT_TRUE(search->text().isEmpty());
    // Without the English plural forms of the program's translations, "%n incident(s)" stays as written.
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(u"Filter: 3 of 3 incident"_s))
        << window.statusBar()->currentMessage().toStdString();
}

TEST_F(ShortcutsTest, EditsUndoAndRedoAreAnnouncedInTheStatusBar)
{
    MainWindow window;
    openWindow(window);
    CaseEditor *editor = window.editActions()->editor();
    auto incident = window.document()->store()->incident(m_case.bybit);
    ASSERT_TRUE(incident);
    incident->title = u"Bybit (renamed)"_s;
    ASSERT_TRUE(editor->updateIncident(*incident));
    const QString step = editor->undoStack()->text(0);
    ASSERT_FALSE(step.isEmpty());
    EXPECT_EQ(window.statusBar()->currentMessage().toStdString(), "Saved in the case: " + step.toStdString());
    window.editActions()->undoAction()->trigger();
    EXPECT_EQ(window.statusBar()->currentMessage().toStdString(), "Undid: " + step.toStdString());
    window.editActions()->redoAction()->trigger();
    EXPECT_EQ(window.statusBar()->currentMessage().toStdString(), "Redid: " + step.toStdString());

    // A new edit in place of the one that could be redone is an edit, not a redo.
    window.editActions()->undoAction()->trigger();
    incident->title = u"Bybit (renamed again)"_s;
    ASSERT_TRUE(editor->updateIncident(*incident));
    EXPECT_EQ(editor->undoStack()->count(), 1);
    EXPECT_EQ(window.statusBar()->currentMessage().toStdString(),
              "Saved in the case: " + editor->undoStack()->text(0).toStdString());
}

} // namespace
} // namespace awb::ui
