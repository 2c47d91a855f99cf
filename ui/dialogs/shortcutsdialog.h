// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

#include <vector>

class QAction;
class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace awb::ui {

/**
 * Help ▸ Keyboard Shortcuts: every action of the window that has a shortcut, grouped by menu (actions outside
 * the menus, such as the graph tab's, by their tool bar), with the keys as the platform writes them. Built from
 * the live actions each time it opens, so it cannot disagree with them. Read-only, with a filter; Escape closes.
 */
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Entry
    {
        QString group; // "File", "File ▸ Export", "Graph"
        QString text;  // the action's text without its mnemonic
        QString keys;  // native text, several shortcuts separated by ", "
        QPointer<QAction> action;
    };

    explicit ShortcutsDialog(QMainWindow *window);

    /** The actions of @p window with a shortcut: menus first, in menu order, then the others. */
    static std::vector<Entry> collect(QMainWindow *window);

    const std::vector<Entry> &entries() const { return m_entries; }

    /** Shows only the rows whose action, keys or group contain @p text; returns how many rows are shown. */
    int setFilterText(const QString &text);

private:
    int applyFilter(const QString &text);

    std::vector<Entry> m_entries;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace awb::ui
