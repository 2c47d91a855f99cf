// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/db/sqlitecasestore.h"
#include "core/demo/demorecord.h"
#include "core/store/casestore.h"
#include "smallcasetest.h"
#include "testcase.h"
#include "ui/casecontroller.h"
#include "ui/casedocument.h"
#include "ui/democasebuilder.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/messagewidget.h"
#include "ui/models/itemdatarole.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

class MainWindowTest : public test::SmallCaseWindowTest
{
protected:
    static QAction *action(const MainWindow &w, const QString &name) { return w.findChild<QAction *>(name); }

    static QStringList treeTexts(const MainWindow &w, const QString &name, int column)
    {
        QStringList texts;
        const auto *tree = w.findChild<QTableWidget *>(name);
        for (int row = 0; tree && row < tree->rowCount(); ++row) {
            texts << tree->item(row, column)->text();
        }
        return texts;
    }
};

TEST_F(MainWindowTest, ShowsACaseInTheTableTheDetailPaneAndTheStatusBar)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));

    const auto stats = window.document()->store()->stats();
    ASSERT_TRUE(stats);
    EXPECT_EQ(table(window)->model()->rowCount(), stats->incidents);
    EXPECT_EQ(table(window)->model()->columnCount(), 9);
    EXPECT_TRUE(label(window, u"caseStatusLabel"_s)->text().contains(u"small.awbcase"_s));
    EXPECT_TRUE(label(window, u"caseCountsLabel"_s)->text().startsWith(u"3 incidents · 2 groups · 3 sources"_s));
    EXPECT_TRUE(window.windowTitle().startsWith(u"small.awbcase"_s));
    EXPECT_FALSE(window.findChild<MessageWidget *>(u"caseNoticeMessageWidget"_s)->isVisible());

    ASSERT_TRUE(selectIncident(window, m_case.bybit));
    EXPECT_EQ(label(window, u"incidentTitleLabel"_s)->text(), u"Bybit Ethereum cold-wallet theft"_s);
    EXPECT_TRUE(treeTexts(window, u"sourcesTableWidget"_s, 0)
                    .contains(u"North Korea Responsible for $1.5 Billion Bybit Hack"_s));
    EXPECT_TRUE(label(window, u"incidentDisputeLabel"_s)->isVisible());

    ASSERT_TRUE(selectIncident(window, m_case.ronin));
    EXPECT_EQ(label(window, u"incidentTitleLabel"_s)->text(), u"Ronin Network bridge theft"_s);
}

TEST_F(MainWindowTest, OpensTheDemoCaseWithEveryIncidentListed)
{
    const QString demo = m_dir.filePath(u"demo.awbcase"_s);
    auto written = demo::writeDemoCase(demo);
    ASSERT_TRUE(written) << describe(written.error()).toStdString();

    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(demo));
    const auto stats = window.document()->store()->stats();
    ASSERT_TRUE(stats);
    EXPECT_GT(stats->incidents, 0);
    EXPECT_EQ(table(window)->model()->rowCount(), stats->incidents);

    // The first row is selected on open, and the detail pane shows it with its sources.
    const QModelIndex current = table(window)->currentIndex();
    ASSERT_TRUE(current.isValid());
    auto incident = window.document()->store()->incident(IncidentId{current.data(IdRole).toLongLong()});
    ASSERT_TRUE(incident);
    EXPECT_EQ(label(window, u"incidentTitleLabel"_s)->text(), incident->title);
    EXPECT_FALSE(treeTexts(window, u"sourcesTableWidget"_s, 0).isEmpty());
}

TEST_F(MainWindowTest, OpeningANonCaseFileShowsAnErrorAndKeepsTheOpenCase)
{
    const QString bogus = m_dir.filePath(u"bogus.awbcase"_s);
    ASSERT_TRUE(test::writeFile(bogus, "this is a text file, not a case\n"));
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    ASSERT_TRUE(selectIncident(window, m_case.ronin));

    FileDialog::setNextFileName(bogus);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(window, u"openCaseAction"_s)->trigger();

    const auto shown = MessageBox::lastShown();
    ASSERT_TRUE(shown);
    EXPECT_EQ(shown->icon, QMessageBox::Critical);
    EXPECT_TRUE(shown->text.contains(u"is not an Attribution Workbench case"_s)) << shown->text.toStdString();
    EXPECT_EQ(window.document()->path(), QFileInfo(m_casePath).absoluteFilePath());
    EXPECT_EQ(table(window)->model()->rowCount(), 3);
    EXPECT_EQ(label(window, u"incidentTitleLabel"_s)->text(), u"Ronin Network bridge theft"_s);
}

TEST_F(MainWindowTest, AReadOnlyCaseOpensWithTheBanner)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath, true));
    auto *banner = window.findChild<MessageWidget *>(u"caseNoticeMessageWidget"_s);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->text(), window.document()->notice());
    EXPECT_FALSE(banner->text().isEmpty());
    EXPECT_TRUE(label(window, u"caseStatusLabel"_s)->text().endsWith(u"(read-only)"_s));

    QTest::mouseClick(banner->findChild<QWidget *>(u"messageCloseButton"_s), Qt::LeftButton);
    EXPECT_FALSE(banner->isVisible());

    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    EXPECT_FALSE(banner->isVisible());
}

TEST_F(MainWindowTest, AFileWithoutWritePermissionOpensWithTheBanner)
{
    ASSERT_TRUE(QFile::setPermissions(m_casePath, QFileDevice::ReadOwner | QFileDevice::ReadUser));
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    auto *banner = window.findChild<MessageWidget *>(u"caseNoticeMessageWidget"_s);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->text(), u"You do not have permission to change this file, so it is open read-only."_s);
    EXPECT_EQ(table(window)->model()->rowCount(), 3);
}

TEST_F(MainWindowTest, ShowsMarkupInCaseTextLiterally)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    ASSERT_TRUE(selectIncident(window, m_case.hostile));
    QLabel *title = label(window, u"incidentTitleLabel"_s);
    EXPECT_EQ(title->text(), test::kHostileText);
    EXPECT_EQ(title->textFormat(), Qt::PlainText);
    EXPECT_TRUE(label(window, u"incidentSyntheticLabel"_s)->isVisible());
}

TEST_F(MainWindowTest, SaveAsContinuesInTheCopyAndNewCreatesAnEmptyCase)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));

    const QString copy = m_dir.filePath(u"copy"_s); // the suffix is added
    FileDialog::setNextFileName(copy);
    action(window, u"saveCaseAsAction"_s)->trigger();
    EXPECT_FALSE(MessageBox::lastShown());
    EXPECT_EQ(window.document()->path(), copy + u".awbcase"_s);
    EXPECT_EQ(table(window)->model()->rowCount(), 3);

    const QString fresh = m_dir.filePath(u"fresh.awbcase"_s);
    FileDialog::setNextFileName(fresh);
    action(window, u"newCaseAction"_s)->trigger();
    EXPECT_EQ(window.document()->path(), fresh);
    EXPECT_EQ(table(window)->model()->rowCount(), 0);

    // Creating over an existing file is refused, and the case stays open.
    FileDialog::setNextFileName(m_casePath);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(window, u"newCaseAction"_s)->trigger();
    ASSERT_TRUE(MessageBox::lastShown());
    EXPECT_EQ(window.document()->path(), fresh);

    action(window, u"closeCaseAction"_s)->trigger();
    EXPECT_FALSE(window.document()->isOpen());
    EXPECT_EQ(table(window)->model()->rowCount(), 0);
    EXPECT_FALSE(action(window, u"saveCaseAsAction"_s)->isEnabled());
}

TEST_F(MainWindowTest, RemembersRecentCasesAndReopensTheLastOne)
{
    const QString second = m_dir.filePath(u"second.awbcase"_s);
    ASSERT_TRUE(QFile::copy(m_casePath, second));
    {
        MainWindow window;
        ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
        ASSERT_TRUE(window.controller()->openCaseFile(second));
        auto *menu = window.findChild<QMenu *>(u"recentCasesMenu"_s);
        QStringList entries;
        for (QAction *entry : menu->actions()) {
            entries << entry->text();
        }
        ASSERT_GE(entries.size(), 2);
        EXPECT_TRUE(entries.at(0).contains(u"second.awbcase"_s));
        EXPECT_TRUE(entries.at(1).contains(u"small.awbcase"_s));

        menu->actions().at(1)->trigger(); // reopen small.awbcase from the menu
        EXPECT_EQ(window.document()->path(), QFileInfo(m_casePath).absoluteFilePath());
    }
    MainWindow restarted;
    restarted.openStartupCase({});
    EXPECT_EQ(restarted.document()->path(), QFileInfo(m_casePath).absoluteFilePath());

    restarted.findChild<QAction *>(u"clearRecentCasesAction"_s)->trigger();
    EXPECT_EQ(restarted.findChild<QMenu *>(u"recentCasesMenu"_s)->actions().size(), 1); // only Clear, disabled
}

TEST_F(MainWindowTest, ARecentCaseThatWasDeletedLeavesTheList)
{
    const QString gone = m_dir.filePath(u"gone.awbcase"_s);
    ASSERT_TRUE(QFile::copy(m_casePath, gone));
    MainWindow window;
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    ASSERT_TRUE(window.controller()->openCaseFile(gone));
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    ASSERT_TRUE(QFile::remove(gone));

    auto *menu = window.findChild<QMenu *>(u"recentCasesMenu"_s);
    ASSERT_TRUE(menu->actions().at(1)->text().contains(u"gone.awbcase"_s));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    menu->actions().at(1)->trigger();
    ASSERT_TRUE(MessageBox::lastShown());
    EXPECT_EQ(MessageBox::lastShown()->icon, QMessageBox::Critical);
    EXPECT_EQ(window.document()->path(), QFileInfo(m_casePath).absoluteFilePath());
    for (QAction *entry : menu->actions()) {
        EXPECT_FALSE(entry->text().contains(u"gone.awbcase"_s));
    }
}

TEST_F(MainWindowTest, ACaseNamedOnTheCommandLineWinsOverTheLastCase)
{
    const QString second = m_dir.filePath(u"second.awbcase"_s);
    ASSERT_TRUE(QFile::copy(m_casePath, second));
    {
        MainWindow window;
        ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    }
    MainWindow restarted;
    restarted.openStartupCase(second);
    EXPECT_EQ(restarted.document()->path(), QFileInfo(second).absoluteFilePath());
}

TEST_F(MainWindowTest, BuildsAndOpensTheDemoCaseWhenThereIsNoOtherCase)
{
    const QString demo = DemoCaseBuilder::defaultPath();
    QFile::remove(demo);
    MainWindow window;
    window.show();
    window.openStartupCase({});
    EXPECT_TRUE(window.controller()->isBuildingDemo());
    EXPECT_TRUE(window.findChild<QWidget *>(u"busyProgressBar"_s)->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.document()->isOpen(); }, 60000));
    EXPECT_EQ(window.document()->path(), demo);
    EXPECT_FALSE(window.findChild<QWidget *>(u"busyProgressBar"_s)->isVisible());
    EXPECT_GT(table(window)->model()->rowCount(), 0);
    window.document()->close();
    QFile::remove(demo);
}

TEST_F(MainWindowTest, RestoresGeometryAndColumnWidths)
{
    {
        MainWindow window;
        window.show();
        window.resize(1000, 700);
        table(window)->horizontalHeader()->resizeSection(1, 333);
        window.close();
    }
    MainWindow restored;
    restored.show();
    EXPECT_EQ(restored.size(), QSize(1000, 700));
    EXPECT_EQ(table(restored)->horizontalHeader()->sectionSize(1), 333);
}

TEST_F(MainWindowTest, AboutNamesTheVersionAndTheCaseFormat)
{
    MainWindow window;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    action(window, u"aboutAction"_s)->trigger();
    const auto shown = MessageBox::lastShown();
    ASSERT_TRUE(shown);
    EXPECT_TRUE(shown->text.contains(u"Case format"_s));
    EXPECT_TRUE(shown->text.contains(u"synthetic"_s, Qt::CaseInsensitive));
    EXPECT_TRUE(shown->text.contains(u"source"_s));
}

} // namespace
} // namespace awb::ui
