// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/screenshottour.h"

#include "ui/browser/overviewtabs.h"
#include "ui/charts/chartspanel.h"
#include "ui/mainwindow.h"
#include "ui/timeline/timelineview.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

void settle()
{
    // Layouts and charts finish on posted events; a few rounds let them land before the grab.
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
    }
}

} // namespace

Result<QStringList> takeScreenshots(MainWindow &window, const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        return fail(Error::Code::Io, QApplication::translate("awb::ui", "Could not create %1.").arg(directory));
    }
    QStringList written;
    auto save = [&](QWidget *widget, const QString &name) -> bool {
        settle();
        const QString path = QDir(directory).filePath(name);
        if (!widget->grab().save(path)) {
            return false;
        }
        written << path;
        return true;
    };
    OverviewTabs *overview = window.overview();
    overview->setCurrentIndex(0);
    overview->timeline()->zoomToFit();
    bool ok = save(&window, u"browser-timeline.png"_s);
    overview->timeline()->setLaneMode(TimelineView::LaneMode::Country);
    ok = ok && save(&window, u"browser-timeline-by-country.png"_s);
    overview->timeline()->setLaneMode(TimelineView::LaneMode::Group);
    overview->setCurrentWidget(overview->charts());
    if (auto *charts = overview->charts()->findChild<QTabWidget *>()) {
        const QStringList names{u"charts-loss-per-year.png"_s, u"charts-countries.png"_s, u"charts-cumulative.png"_s};
        for (int i = 0; ok && i < charts->count() && i < names.size(); ++i) {
            charts->setCurrentIndex(i);
            ok = save(&window, names.at(i));
        }
        charts->setCurrentIndex(0);
    }
    overview->setCurrentIndex(0);
    if (!ok) {
        return fail(Error::Code::Io,
                    QApplication::translate("awb::ui", "Could not write a screenshot to %1.").arg(directory));
    }
    return written;
}

} // namespace awb::ui
