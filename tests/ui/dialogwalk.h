// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Visits every view of a main window and every dialog reachable from its menus, so tests that check a property of
// each widget (plain text, accessibility, translation) share one walk and cannot drift apart in what they cover.
#pragma once
#include "core/model/ids.h"
#include "ui/dialogs/messagebox.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace awb::ui {
class MainWindow;
}

namespace awb::test {

using ui::MainWindow;
using ui::MessageBox;

/** Called once per view or dialog with its name (e.g. "overview tab Graph", "groupsAction/groupListDialog"). */
using Visit = std::function<void(const QString &view, QWidget &root)>;

/** Selects incident @p id in the table, as a click would. */
bool selectIncident(MainWindow &window, IncidentId id);

/** Every QAction under @p menu, submenus included, in menu order. */
void collectActions(QMenu *menu, QList<QAction *> &out);

/**
 * Shows each overview tab once so it draws (the graph waits for its snapshot and, given @p incident, draws it) and
 * visits it as "overview tab <text>"; then the "incident table and filter bar", the "incident details", the
 * "status bar" and the "menu bar".
 */
void walkViews(MainWindow &window, std::optional<IncidentId> incident, const Visit &visit);

struct DialogWalk
{
    QStringList walked;     // view/dialog names, in order
    QStringList unexpected; // message boxes and file dialogs nobody told the facades to answer
    int dialogs = 0;
    int triggered = 0;
};

/**
 * Triggers every enabled, named action of the menu bar (except those that would close or replace the case); each
 * modal dialog it opens is visited as "<action>/<dialog>", then rejected. A list dialog opens each record's editor,
 * visited as "<action> › row N/<editor>". Questions are answered No and file dialogs cancelled, so nothing changes;
 * a message box shown through the facade goes to @p message. Before each action @p before runs (e.g. reselecting
 * the incident a dialog acts on).
 */
DialogWalk walkMenuDialogs(MainWindow &window,
                           const std::function<void()> &before,
                           const Visit &visit,
                           const std::function<void(const QString &view, const MessageBox::Shown &)> &message = {});

} // namespace awb::test
