// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screenshottour.h"

#include "core/query/incidentfilter.h"
#include "core/query/incidentsummary.h"
#include "ui/browser/browserpane.h"
#include "ui/browser/incidentbrowser.h"
#include "ui/browser/overviewtabs.h"
#include "ui/casecontroller.h"
#include "ui/casedocument.h"
#include "ui/charts/chartspanel.h"
#include "ui/editing/editactions.h"
#include "ui/import/importdialog.h"
#include "ui/incidentdetailwidget.h"
#include "ui/mainwindow.h"
#include "ui/style/theme.h"
#include "ui/timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QProgressDialog>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include <memory>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace tour {

void settle(int ms)
{
    // Layouts and charts finish on posted events; a few rounds let them land before the grab.
    QElapsedTimer timer;
    timer.start();
    do {
        for (int i = 0; i < 5; ++i) {
            QApplication::processEvents();
        }
    } while (timer.elapsed() < ms);
}

bool Shooter::save(QWidget *widget, const QString &name)
{
    settle();
    return store(widget->grab(), name);
}

bool Shooter::saveScreen(const QRect &rect, const QString &name)
{
    settle(300);
    QScreen *screen = QGuiApplication::primaryScreen();
    return screen && store(screen->grabWindow(0, rect.x(), rect.y(), rect.width(), rect.height()), name);
}

bool Shooter::store(const QPixmap &pixmap, const QString &name)
{
    const QString path = QDir(m_directory).filePath(name);
    if (pixmap.isNull() || !pixmap.save(path)) {
        return false;
    }
    m_written << path;
    return true;
}

} // namespace tour

namespace {

// The window size of every shot: the pictures stay the same from run to run and fit a page.
constexpr QSize kWindowSize(1440, 900);

IncidentId incidentTitled(const MainWindow &window, const QString &prefix)
{
    for (const IncidentSummary *incident : window.browser()->result().incidents) {
        if (incident->title.startsWith(prefix)) {
            return incident->id;
        }
    }
    return {};
}

bool applyFilter(MainWindow &window, const IncidentFilter &filter)
{
    const bool ok = window.browser()->setFilter(filter).has_value();
    tour::settle(500); // the filter fields' clear buttons fade in and out: let them finish
    return ok;
}

void closePopups()
{
    while (QWidget *popup = QApplication::activePopupWidget()) {
        popup->close();
    }
}

/** Opens @p menu from the menu bar as a click would, and @p submenu inside it when given, then grabs the screen. */
bool shootMenu(MainWindow &window, tour::Shooter &shooter, QMenu *menu, QMenu *submenu, const QString &name)
{
    if (!menu) {
        return false;
    }
    window.menuBar()->setActiveAction(menu->menuAction());
    tour::settle(200);
    if (submenu) {
        menu->setActiveAction(submenu->menuAction());
        tour::settle(300);
        if (!submenu->isVisible()) {
            submenu->popup(menu->mapToGlobal(menu->actionGeometry(submenu->menuAction()).topRight()));
        }
    }
    const bool ok = shooter.saveScreen(window.frameGeometry(), name);
    closePopups();
    return ok;
}

/**
 * Triggers @p action, which opens a modal dialog with exec(), grabs the dialog once it has painted, and closes it.
 * The grab runs from a timer inside the dialog's own event loop.
 */
bool shootModal(QAction *action, tour::Shooter &shooter, const QString &name)
{
    if (!action || !action->isEnabled()) {
        return false;
    }
    bool ok = false;
    // A timer object of this frame, not singleShot(): if no dialog opens, it dies here instead of firing later. It
    // polls rather than waits: a dialog that works before it shows (the report's preview) runs this timer while it
    // is being built, and a wait here would hold its construction up.
    QTimer grab;
    QElapsedTimer waited;
    QObject::connect(&grab, &QTimer::timeout, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog || !dialog->isVisible() || qobject_cast<QProgressDialog *>(dialog)) {
            if (waited.elapsed() > 10000) {
                grab.stop();
            }
            return;
        }
        grab.stop();
        tour::settle(1500); // the page preview is drawn after the dialog shows
        ok = shooter.save(dialog, name);
        dialog->close();
    });
    waited.start();
    grab.start(50);
    action->trigger();
    return ok;
}

/** Triggers @p action, which opens a window-modal dialog with open() (no nested loop), grabs it and closes it. */
bool shootOpenedDialog(QAction *action, tour::Shooter &shooter, const QString &name)
{
    if (!action || !action->isEnabled()) {
        return false;
    }
    action->trigger();
    tour::settle(300);
    QWidget *dialog = QApplication::activeModalWidget();
    const bool ok = dialog && shooter.save(dialog, name);
    if (dialog) {
        dialog->close();
    }
    return ok;
}

/** File ▸ Import… on a small transfers CSV, so that the dialog shows its column choices. */
bool shootImportDialog(MainWindow &window, tour::Shooter &shooter)
{
    // A fixed path, so that the picture is the same on every run; removed again below.
    const QString folder = QDir::temp().filePath(u"awb-screenshot-tour"_s);
    QFile csv(QDir(folder).filePath(u"example-transfers.csv"_s));
    if (!QDir().mkpath(folder) || !csv.open(QIODevice::WriteOnly)) {
        return false;
    }
    csv.write("tx_hash,from,to,amount,asset,decimals,timestamp\n"
              "0x1111111111111111111111111111111111111111111111111111111111111111,"
              "0x2222222222222222222222222222222222222222,0x3333333333333333333333333333333333333333,"
              "1500000000000000000,ETH,18,2022-06-24T12:00:00Z\n");
    csv.close();
    auto *importAction = window.findChild<QAction *>(u"importAction"_s);
    if (!importAction || !importAction->isEnabled()) {
        return false;
    }
    importAction->trigger(); // opens the dialog without a nested loop
    auto *dialog = window.findChild<ImportDialog *>(u"importDialog"_s);
    if (!dialog) {
        return false;
    }
    dialog->setFilePath(csv.fileName());
    tour::settle(300);
    const bool ok = shooter.save(dialog, u"import-dialog.png"_s);
    dialog->reject();
    tour::settle();
    QDir(folder).removeRecursively();
    return ok;
}

/** A second window on the same case: the first holds the editing lock, so this one is read-only with a banner. */
bool shootSecondWindow(MainWindow &window, tour::Shooter &shooter)
{
    auto second = std::make_unique<MainWindow>();
    second->resize(kWindowSize);
    second->move(window.pos() + QPoint(40, 40));
    second->show();
    if (!second->controller()->openCaseFile(window.document()->path()) || !second->document()->isReadOnly()) {
        return false;
    }
    tour::settle(300);
    second->statusBar()->clearMessage(); // as after the graph's 5-second message: the path and "(read-only)" show
    return shooter.save(second.get(), u"second-window-read-only.png"_s);
}

} // namespace

Result<QStringList> takeScreenshots(MainWindow &window, const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        return fail(Error::Code::Io, QApplication::translate("awb::ui", "Could not create %1.").arg(directory));
    }
    tour::Shooter shooter(directory);
    QApplication::setCursorFlashTime(0); // a steady text cursor: a blinking one makes every run's pictures differ
    window.move(0, 0);
    window.resize(kWindowSize);
    auto *split = window.findChild<QSplitter *>(u"mainSplitter"_s);
    const auto layoutPanes = [split](QList<int> sizes) {
        if (split) {
            split->setSizes(sizes);
        }
    };
    layoutPanes({290, 330, 220});
    tour::settle(300);

    // Getting started: the window as it opens, with the first incident current.
    OverviewTabs *overview = window.overview();
    overview->setCurrentIndex(0);
    overview->timeline()->zoomToFit();
    bool ok = shooter.save(&window, u"browser-timeline.png"_s);
    overview->timeline()->setLaneMode(TimelineView::LaneMode::Country);
    ok = ok && shooter.save(&window, u"browser-timeline-by-country.png"_s);
    overview->timeline()->setLaneMode(TimelineView::LaneMode::Group);

    // The timeline chapter: a group filter with its rollup, a date range, competing attributions.
    IncidentFilter byGroup;
    byGroup.groups = {u"TraderTraitor"_s};
    ok = ok && applyFilter(window, byGroup) && shooter.save(&window, u"filter-group-tradertraitor.png"_s);
    IncidentFilter byDates;
    byDates.from = u"2022"_s;
    byDates.to = u"2023"_s;
    ok = ok && applyFilter(window, byDates) && shooter.save(&window, u"timeline-range.png"_s);
    ok = ok && applyFilter(window, {});
    const IncidentId coincheck = incidentTitled(window, u"Coincheck"_s);
    ok = ok && coincheck.isValid() && window.browserPane()->selectIncident(coincheck);
    layoutPanes({200, 230, 410});
    if (auto *tabs = window.detail()->findChild<QTabWidget *>(u"incidentDetailTabWidget"_s)) {
        tabs->setCurrentIndex(0); // Attributions
    }
    ok = ok && shooter.save(&window, u"incident-competing-attributions.png"_s);
    layoutPanes({290, 330, 220});

    // The country chart elides its country names when it is short: the charts get most of the height.
    layoutPanes({150, 560, 130});
    overview->setCurrentWidget(overview->charts());
    if (auto *charts = overview->charts()->findChild<QTabWidget *>()) {
        const QStringList names{u"charts-loss-per-year.png"_s, u"charts-countries.png"_s, u"charts-cumulative.png"_s};
        for (int i = 0; ok && i < charts->count() && i < names.size(); ++i) {
            charts->setCurrentIndex(i);
            ok = shooter.save(&window, names.at(i));
        }
        charts->setCurrentIndex(0);
    }

    // The tracing chapter, with the Harmony theft current (the detail pane shows it under the graph).
    const IncidentId harmony = incidentTitled(window, u"Harmony"_s);
    ok = ok && harmony.isValid() && window.browserPane()->selectIncident(harmony);
    ok = ok && tour::takeGraphShots(window, shooter);
    layoutPanes({290, 330, 220});
    overview->setCurrentIndex(0);

    // The export chapter, on the Harmony theft: its menu, and the report dialog with its preview.
    auto *fileMenu = window.findChild<QMenu *>(u"fileMenu"_s);
    ok = ok &&
         shootMenu(window, shooter, fileMenu, window.findChild<QMenu *>(u"exportMenu"_s), u"menu-file-export.png"_s);
    ok = ok && shootMenu(window, shooter, window.editActions()->menu(), nullptr, u"menu-edit.png"_s);
    ok = ok && shootModal(window.findChild<QAction *>(u"export-report"_s), shooter, u"report-dialog.png"_s);

    // Getting started again: importing, and a second window on the same case.
    ok = ok && shootImportDialog(window, shooter);
    ok = ok && shootSecondWindow(window, shooter);
    tour::settle();

    // Keyboard and look: Help ▸ Keyboard Shortcuts, View ▸ Theme, and the window in the dark theme.
    ok = ok && shootOpenedDialog(window.findChild<QAction *>(u"shortcutsAction"_s), shooter, u"shortcuts-dialog.png"_s);
    ok = ok && shootMenu(window, shooter, window.viewMenu(), window.findChild<QMenu *>(u"themeMenu"_s),
                         u"menu-view-theme.png"_s);
    ThemeController *theme = ThemeController::instance();
    theme->overrideChoice(ThemeChoice::Dark); // for the picture only: the user's stored choice is left alone
    ok = ok && shooter.save(&window, u"dark-theme.png"_s);
    theme->overrideChoice(std::nullopt);
    tour::settle();

    if (!ok) {
        return fail(Error::Code::Io, QApplication::translate("awb::ui", "Could not take every screenshot in %1 "
                                                                        "(%2 written).")
                                         .arg(directory)
                                         .arg(shooter.written().size()));
    }
    return shooter.written();
}

} // namespace awb::ui
