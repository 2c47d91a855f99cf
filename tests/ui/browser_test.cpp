// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The incident browser as an analyst drives it: the filter bar, the rollup, the table, the timeline and the
// charts all follow one filter, and one incident is current everywhere.
#include "core/demo/demorecord.h"
#include "core/report/incidentsreport.h"
#include "core/store/casestore.h"
#include "ui/browser/browserpane.h"
#include "ui/browser/filterbar.h"
#include "ui/browser/incidentbrowser.h"
#include "ui/browser/overviewtabs.h"
#include "ui/casecontroller.h"
#include "ui/casedocument.h"
#include "ui/charts/chartspanel.h"
#include "ui/dialogs/messagebox.h"
#include "ui/incidentdetailwidget.h"
#include "ui/linkopener.h"
#include "ui/mainwindow.h"
#include "ui/models/incidentsortproxymodel.h"
#include "ui/models/incidenttablemodel.h"
#include "ui/models/itemdatarole.h"
#include "ui/timeline/timelineview.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

class BrowserTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        MessageBox::clearLastShown();
        const QString demo = m_dir.filePath(u"demo.awbcase"_s);
        ASSERT_TRUE(demo::writeDemoCase(demo));
        m_window.resize(1400, 1000);
        m_window.show();
        ASSERT_TRUE(m_window.controller()->openCaseFile(demo));
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
    }

    void TearDown() override { QSettings().clear(); }

    QTableView *table() const { return m_window.findChild<QTableView *>(u"incidentTableView"_s); }

    QLabel *label(const QString &name) const { return m_window.findChild<QLabel *>(name); }

    TimelineView *timeline() const { return m_window.overview()->timeline(); }

    IncidentId currentRow() const { return IncidentId{table()->currentIndex().data(IdRole).toLongLong()}; }

    std::vector<QString> tableDates() const
    {
        std::vector<QString> dates;
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            dates.push_back(table()->model()->index(row, 0).data().toString());
        }
        return dates;
    }

    void typeFilter(const QString &objectName, const QString &text)
    {
        auto *edit = m_window.findChild<QLineEdit *>(objectName);
        ASSERT_NE(edit, nullptr) << objectName.toStdString();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
        m_window.browserPane()->filterBar()->commit();
    }

    QTemporaryDir m_dir;
    MainWindow m_window;
};

TEST_F(BrowserTest, FilterBarDrivesTableAndRollup)
{
    const int all = table()->model()->rowCount();
    ASSERT_EQ(all, 43);
    EXPECT_EQ(label(u"rollupLabel"_s)->text(), report::rollupText(m_window.browser()->result().rollup));
    EXPECT_TRUE(label(u"rollupLabel"_s)->text().startsWith(u"43 incidents · 18 countries · $4.67B–$5.00B total"_s));

    typeFilter(u"filterGroup"_s, u"BlueNoroff"_s);
    const FilterResult &result = m_window.browser()->result();
    ASSERT_FALSE(result.incidents.empty());
    EXPECT_LT(table()->model()->rowCount(), all);
    EXPECT_EQ(table()->model()->rowCount(), static_cast<int>(result.incidents.size()));
    EXPECT_EQ(label(u"rollupLabel"_s)->text(), report::rollupText(result.rollup));
    // The alias is claimed for several groups: the notes say which, next to the table.
    QLabel *notes = label(u"groupNotesLabel"_s);
    EXPECT_TRUE(notes->isVisible());
    EXPECT_TRUE(notes->text().contains(u"APT38"_s)) << notes->text().toStdString();

    typeFilter(u"filterFrom"_s, u"2022"_s);
    for (const QString &date : tableDates()) {
        EXPECT_GE(date, u"2022-01-01"_s);
    }
    EXPECT_EQ(m_window.browser()->filter().from, u"2022-01-01"_s);
}

TEST_F(BrowserTest, ABadValueIsExplainedAndTheTableKeepsItsRows)
{
    typeFilter(u"filterFrom"_s, u"2019-13"_s);
    QLabel *problem = label(u"filterProblem"_s);
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(u"2019-13"_s)) << problem->text().toStdString();
    EXPECT_EQ(table()->model()->rowCount(), 43);
    typeFilter(u"filterGroup"_s, u"Nobody Chollima"_s);
    typeFilter(u"filterFrom"_s, QString());
    EXPECT_TRUE(problem->text().contains(u"Nobody Chollima"_s)) << problem->text().toStdString();
    typeFilter(u"filterGroup"_s, u"Kimsuky"_s);
    EXPECT_FALSE(problem->isVisible());
}

TEST_F(BrowserTest, ClickingATimelineMarkSelectsTheRowAndTheDetailPane)
{
    timeline()->zoomToFit();
    // Bybit is alone in its lane at this zoom in the demo record; any visible mark would do.
    std::optional<QPointF> center;
    IncidentId target;
    for (const IncidentSummary &s : m_window.browser()->model()->incidents()) {
        if (s.id != currentRow() && (center = timeline()->markCenter(s.id))) {
            target = s.id;
            break;
        }
    }
    ASSERT_TRUE(center);
    const auto hit = timeline()->incidentAt(center->toPoint());
    ASSERT_TRUE(hit); // the mark, or its bin's largest incident
    QTest::mouseClick(timeline(), Qt::LeftButton, {}, center->toPoint());
    EXPECT_EQ(currentRow(), *hit);
    EXPECT_EQ(m_window.detail()->currentIncident(), *hit);
    EXPECT_EQ(timeline()->selectedIncident(), *hit);

    // And back: a table row selects its mark.
    table()->setCurrentIndex(table()->model()->index(5, 1));
    EXPECT_EQ(timeline()->selectedIncident(), currentRow());
    EXPECT_EQ(m_window.detail()->currentIncident(), currentRow());
}

TEST_F(BrowserTest, DraggingTheDateStripFiltersTheTableAndEscClearsIt)
{
    timeline()->zoomToFit();
    const QRect strip = timeline()->axisRect();
    const int y = strip.center().y();
    const int x1 = strip.left() + strip.width() / 2;
    const int x2 = strip.left() + strip.width() * 3 / 4;
    QTest::mousePress(timeline(), Qt::LeftButton, {}, {x1, y});
    QTest::mouseMove(timeline(), {(x1 + x2) / 2, y});
    QTest::mouseMove(timeline(), {x2, y});
    QTest::mouseRelease(timeline(), Qt::LeftButton, {}, {x2, y});
    const QString from = QDate::fromJulianDay(timeline()->dayAt(x1)).toString(Qt::ISODate);
    const QString to = QDate::fromJulianDay(timeline()->dayAt(x2)).toString(Qt::ISODate);
    EXPECT_EQ(m_window.browser()->filter().from, from);
    EXPECT_EQ(m_window.browser()->filter().to, to);
    const int kept = table()->model()->rowCount();
    EXPECT_GT(kept, 0);
    EXPECT_LT(kept, 43);
    for (const QString &date : tableDates()) {
        EXPECT_GE(date, from);
        EXPECT_LE(date, to);
    }
    EXPECT_TRUE(label(u"rollupLabel"_s)->text().startsWith(u"%1 incident"_s.arg(kept)));
    EXPECT_EQ(m_window.findChild<QLineEdit *>(u"filterFrom"_s)->text(), from);

    timeline()->setFocus();
    QTest::keyClick(timeline(), Qt::Key_Escape);
    EXPECT_FALSE(m_window.browser()->filter().from);
    EXPECT_EQ(table()->model()->rowCount(), 43);
}

TEST_F(BrowserTest, AChartBarFiltersByYearAndGroup)
{
    const ActorGroup *lazarus = nullptr;
    for (const ActorGroup &g : m_window.browser()->directory().groups()) {
        lazarus = g.name == u"Lazarus Group"_s ? &g : lazarus;
    }
    ASSERT_NE(lazarus, nullptr);
    emit m_window.overview()->charts()->yearClicked(2022, lazarus->id);
    const IncidentFilter &f = m_window.browser()->filter();
    EXPECT_EQ(f.from, u"2022-01-01"_s);
    EXPECT_EQ(f.to, u"2022-12-31"_s);
    EXPECT_EQ(f.groups, QStringList{u"Lazarus Group"_s});
    EXPECT_GT(table()->model()->rowCount(), 0);
    emit m_window.overview()->charts()->countryClicked(u"KR"_s);
    EXPECT_EQ(m_window.browser()->filter().countries, QStringList{u"KR"_s});
    for (int row = 0; row < table()->model()->rowCount(); ++row) {
        EXPECT_TRUE(table()->model()->index(row, 3).data().toString().startsWith(u"KR"_s));
    }
}

TEST_F(BrowserTest, TheTableModelPassesTheModelTesterWhileTheFilterChanges)
{
    QAbstractItemModelTester tester(m_window.browser()->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    typeFilter(u"filterText"_s, u"bridge"_s);
    typeFilter(u"filterGroup"_s, u"Lazarus Group"_s);
    typeFilter(u"filterText"_s, QString());
    typeFilter(u"filterMinLoss"_s, u"100M"_s);
    EXPECT_EQ(m_window.browser()->filter().minLossUsd, 100'000'000);
    auto *clear = m_window.findChild<QToolButton *>(u"filterClear"_s);
    ASSERT_NE(clear, nullptr);
    QTest::mouseClick(clear, Qt::LeftButton);
    EXPECT_EQ(table()->model()->rowCount(), 43);
    EXPECT_TRUE(m_window.findChild<QLineEdit *>(u"filterMinLoss"_s)->text().isEmpty());
    EXPECT_TRUE(m_window.browser()->filter().isEmpty());
}

TEST(LinkOpener, OpensOnlyWebLinksAndOnlyAfterShowingTheWholeAddress)
{
    std::vector<QUrl> opened;
    LinkOpener::setOpener([&](const QUrl &url) {
        opened.push_back(url);
        return true;
    });
    const QString url = u"https://www.fbi.gov/news/press-releases/fbi-statement-on-north-korea"_s;
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_FALSE(LinkOpener::open(nullptr, url));
    EXPECT_TRUE(opened.empty());
    MessageBox::setNextAnswer(QMessageBox::Open);
    EXPECT_TRUE(LinkOpener::open(nullptr, url));
    ASSERT_EQ(opened.size(), 1u);
    EXPECT_EQ(opened.front().toString(), url);
    EXPECT_TRUE(MessageBox::lastShown()->text.contains(url));
    for (const QString &hostile :
         {u"javascript:alert(1)"_s, u"file:///etc/passwd"_s, u"smb://host/share"_s, u"http//broken"_s}) {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        EXPECT_FALSE(LinkOpener::open(nullptr, hostile)) << hostile.toStdString();
        EXPECT_EQ(MessageBox::lastShown()->icon, QMessageBox::Warning);
    }
    EXPECT_EQ(opened.size(), 1u);
    LinkOpener::setOpener({});
}

} // namespace
} // namespace awb::ui
