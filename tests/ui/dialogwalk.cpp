// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogwalk.h"

#include "modaldialog.h"
#include "ui/browser/browserpane.h"
#include "ui/browser/overviewtabs.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/inputdialog.h"
#include "ui/graph/graphpanel.h"
#include "ui/incidentdetailwidget.h"
#include "ui/mainwindow.h"
#include "ui/models/itemdatarole.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace awb::test {

using namespace awb::ui;

bool selectIncident(MainWindow &window, IncidentId id)
{
    auto *view = window.findChild<QTableView *>(u"incidentTableView"_s);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 1);
        if (index.data(IdRole).toLongLong() == id.value) {
            view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void collectActions(QMenu *menu, QList<QAction *> &out)
{
    for (QAction *action : menu->actions()) {
        if (action->menu()) {
            collectActions(action->menu(), out);
        } else if (!action->isSeparator()) {
            out << action;
        }
    }
}

void walkViews(MainWindow &window, std::optional<IncidentId> incident, const Visit &visit)
{
    auto *overview = window.findChild<OverviewTabs *>();
    for (int tab = 0; overview && tab < overview->count(); ++tab) {
        overview->setCurrentIndex(tab);
        if (auto *graph = qobject_cast<GraphPanel *>(overview->currentWidget())) {
            graph->waitForSnapshot();
            if (incident) {
                graph->showIncident(*incident);
            }
        }
        QCoreApplication::processEvents();
        visit(u"overview tab "_s + overview->tabText(tab).remove(u'&'), *overview->widget(tab));
    }
    if (auto *pane = window.findChild<BrowserPane *>()) {
        visit(u"incident table and filter bar"_s, *pane);
    }
    if (auto *details = window.findChild<IncidentDetailWidget *>()) {
        visit(u"incident details"_s, *details);
    }
    visit(u"status bar"_s, *window.statusBar());
    visit(u"menu bar"_s, *window.menuBar());
}

namespace {

class Walk
{
public:
    Walk(const Visit &visit, const std::function<void(const QString &, const MessageBox::Shown &)> &message)
        : m_visit(visit)
        , m_message(message)
    {}

    DialogWalk result;

    void trigger(QAction *action)
    {
        MessageBox::setNextAnswer(QMessageBox::No); // a question is answered No: nothing is deleted
        FileDialog::setNextFileName(QString());     // a save or open dialog is cancelled
        InputDialog::setNextAnswer(std::nullopt);
        MessageBox::clearLastShown();
        const QString view = action->objectName();
        test::onModalDialog([action] { action->trigger(); },
                            [this, view](QDialog &dialog) { walkDialog(view, dialog, true); });
        QCoreApplication::processEvents();
        // A dialog opened with open() rather than exec() is up now.
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QDialog *>(top); dialog && dialog->isVisible()) {
                walkDialog(view, *dialog, true);
            }
        }
        if (auto shown = MessageBox::lastShown(); shown && m_message) {
            m_message(view, *shown);
        }
        MessageBox::clearLastShown();
        ++result.triggered;
    }

private:
    void walkModal(const QString &view, bool openRows)
    {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            walkDialog(view, *dialog, openRows);
        }
    }

    void walkDialog(const QString &view, QDialog &dialog, bool openRows)
    {
        const QString name = view + u"/"_s + dialog.objectName();
        result.walked << name;
        ++result.dialogs;
        m_visit(name, dialog);
        if (openRows) {
            walkRows(view, dialog);
        }
        dialog.reject();
    }

    /** A list of records opens each record's editor: its own modal dialog, walked the same way. */
    void walkRows(const QString &view, QDialog &dialog)
    {
        const QString list = dialog.objectName();
        auto *table = dialog.findChild<QAbstractItemView *>(QString(list).replace(u"ListDialog"_s, u"TableWidget"_s));
        auto *edit = dialog.findChild<QAbstractButton *>(QString(list).replace(u"ListDialog"_s, u"EditButton"_s));
        if (!table || !edit || !list.endsWith(u"ListDialog"_s)) {
            return;
        }
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            table->setCurrentIndex(table->model()->index(row, 0));
            if (!edit->isEnabled()) {
                continue;
            }
            const QString nested = view + u" › row "_s + QString::number(row);
            QTimer::singleShot(0, &dialog, [this, nested] { walkModal(nested, false); });
            edit->click();
        }
    }

    const Visit &m_visit;
    const std::function<void(const QString &, const MessageBox::Shown &)> &m_message;
};

} // namespace

DialogWalk walkMenuDialogs(MainWindow &window,
                           const std::function<void()> &before,
                           const Visit &visit,
                           const std::function<void(const QString &view, const MessageBox::Shown &)> &message)
{
    QList<QAction *> actions;
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu()) {
            collectActions(top->menu(), actions);
        }
    }
    Walk walk(visit, message);
    // A message box or file dialog the facades were not told to answer would block: close it, and report it.
    QTimer guard;
    guard.setInterval(300);
    QObject::connect(&guard, &QTimer::timeout, &window, [&walk] {
        QWidget *modal = QApplication::activeModalWidget();
        if (qobject_cast<QMessageBox *>(modal) || qobject_cast<QFileDialog *>(modal)) {
            walk.result.unexpected << modal->windowTitle();
            static_cast<QDialog *>(modal)->reject();
        }
    });
    guard.start();
    const QStringList skipped = {u"quitAction"_s, u"closeCaseAction"_s, u"openDemoCaseAction"_s, u"newCaseAction"_s};
    for (QAction *action : std::as_const(actions)) {
        // The theme choices open nothing, and would leave the application dark (and say so in QSettings) for the
        // tests after this one.
        if (!action->isEnabled() || skipped.contains(action->objectName()) || action->objectName().isEmpty() ||
            action->objectName().startsWith(u"theme"_s)) {
            continue;
        }
        if (before) {
            before();
        }
        walk.trigger(action);
    }
    guard.stop();
    return walk.result;
}

} // namespace awb::test
