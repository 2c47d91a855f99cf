// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

/** "Save Case &As…" → "Save Case As…"; "R&&D" → "R&D". */
QString withoutMnemonic(QString text)
{
    text.replace(u"&&"_s, QChar(0x1));
    text.remove(u'&');
    text.replace(QChar(0x1), u'&');
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts()) {
        keys << key.toString(QKeySequence::NativeText);
    }
    return keys.join(u", "_s);
}

/** The group of an action outside the menus: the tool bar it sits in, else the widget it was added to. */
QString groupOutsideMenus(const QAction *action)
{
    for (QObject *object : action->associatedObjects()) {
        if (auto *toolBar = qobject_cast<QToolBar *>(object); toolBar && !toolBar->windowTitle().isEmpty()) {
            return toolBar->windowTitle();
        }
    }
    for (QObject *object : action->associatedObjects()) {
        if (auto *widget = qobject_cast<QWidget *>(object); widget && !widget->accessibleName().isEmpty()) {
            return widget->accessibleName();
        }
    }
    return ShortcutsDialog::tr("Other");
}

void collectMenu(const QMenu *menu,
                 const QString &group,
                 QSet<QAction *> &seen,
                 std::vector<ShortcutsDialog::Entry> &out)
{
    // The menu's own actions first, then each submenu as a group of its own, so that no group is split.
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator() && !action->menu() && !seen.contains(action)) {
            seen.insert(action);
            if (!action->shortcuts().isEmpty()) {
                out.push_back({group, withoutMnemonic(action->text()), keysOf(action), action});
            }
        }
    }
    for (QAction *action : menu->actions()) {
        if (const QMenu *sub = action->menu(); sub && !seen.contains(action)) {
            seen.insert(action);
            collectMenu(sub, group + u" ▸ "_s + withoutMnemonic(sub->title()), seen, out);
        }
    }
}

} // namespace

std::vector<ShortcutsDialog::Entry> ShortcutsDialog::collect(QMainWindow *window)
{
    std::vector<Entry> out;
    QSet<QAction *> seen;
    for (QAction *top : window->menuBar()->actions()) {
        if (const QMenu *menu = top->menu()) {
            seen.insert(top);
            collectMenu(menu, withoutMnemonic(menu->title()), seen, out);
        }
    }
    // Actions that live on a widget (the graph tab's tool bar) rather than in a menu.
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!seen.contains(action) && !action->shortcuts().isEmpty() && !action->associatedObjects().isEmpty()) {
            out.push_back({groupOutsideMenus(action), withoutMnemonic(action->text()), keysOf(action), action});
        }
    }
    return out;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
    , m_entries(collect(window))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"shortcutsFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by action or key…"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setToolTip(tr("Show only the shortcuts whose action, menu or keys contain this text"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"shortcutsTree"_s);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setToolTip(tr("Every action with a shortcut, grouped by menu"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    QTreeWidgetItem *groupItem = nullptr;
    for (const Entry &entry : m_entries) {
        if (!groupItem || groupItem->text(0) != entry.group) {
            groupItem = new QTreeWidgetItem(m_tree, {entry.group});
            QFont bold = groupItem->font(0);
            bold.setBold(true);
            groupItem->setFont(0, bold);
            groupItem->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(groupItem, {entry.text, entry.keys});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (entry.action && !entry.action->statusTip().isEmpty()) {
            item->setToolTip(0, entry.action->statusTip());
        }
    }
    m_tree->expandAll();
    layout->addWidget(m_tree, 1);

    auto *note = new QLabel(tr("The graph and the timeline also take +, − and Home to zoom and fit, and the arrow "
                               "keys to move; hover over a control to see its own keys."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false); // a quiet hint, not a control
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    resize(560, 620);
}

int ShortcutsDialog::setFilterText(const QString &text)
{
    m_filter->setText(text);
    return applyFilter(text);
}

int ShortcutsDialog::applyFilter(const QString &text)
{
    const QString wanted = text.trimmed();
    int shown = 0;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(wanted, Qt::CaseInsensitive);
        int shownHere = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool match = groupMatches || item->text(0).contains(wanted, Qt::CaseInsensitive) ||
                               item->text(1).contains(wanted, Qt::CaseInsensitive);
            item->setHidden(!match);
            shownHere += match ? 1 : 0;
        }
        group->setHidden(shownHere == 0);
        shown += shownHere;
    }
    return shown;
}

} // namespace awb::ui
