// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Concurrent use (issue #7 §3): a second window opens a case read-only with a banner, a stale lock blocks nothing,
// and commits by other programs reach every view within 2 s.
#include "core/db/caselock.h"
#include "core/db/sqlitecasestore.h"
#include "core/store/casestore.h"
#include "smallcasetest.h"
#include "testcase.h"
#include "ui/browser/overviewtabs.h"
#include "ui/casecontroller.h"
#include "ui/casedocument.h"
#include "ui/dialogs/messagebox.h"
#include "ui/editing/caseeditor.h"
#include "ui/editing/editactions.h"
#include "ui/import/importdialog.h"
#include "ui/import/importrunner.h"
#include "ui/mainwindow.h"
#include "ui/messagewidget.h"
#include "ui/models/itemdatarole.h"
#include "ui/timeline/timelineview.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

constexpr int kRefreshLimitMs = 2000; // the promise

const QString kExternalMessage = u"The case was changed by another program; views refreshed."_s;

class ConcurrencyTest : public test::SmallCaseWindowTest
{
protected:
    static MessageWidget *banner(const MainWindow &w)
    {
        return w.findChild<MessageWidget *>(u"caseNoticeMessageWidget"_s);
    }

    static bool externalNoteShown(const MainWindow &w)
    {
        const QLabel *note = label(w, u"externalChangeLabel"_s);
        return note->isVisible() && note->text() == kExternalMessage;
    }

    static bool tableLists(const MainWindow &w, const QString &title)
    {
        const QAbstractItemModel *model = table(w)->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 1).data().toString() == title) {
                return true;
            }
        }
        return false;
    }
};

TEST_F(ConcurrencyTest, ASecondWindowOpensTheCaseReadOnlyWithTheBanner)
{
    MainWindow first;
    first.show();
    ASSERT_TRUE(first.controller()->openCaseFile(m_casePath));
    EXPECT_FALSE(first.document()->isReadOnly());
    EXPECT_TRUE(first.document()->holdsLock());
    EXPECT_FALSE(banner(first)->isVisible());

    MainWindow second;
    second.show();
    ASSERT_TRUE(second.controller()->openCaseFile(m_casePath));
    EXPECT_TRUE(second.document()->isReadOnly());
    EXPECT_FALSE(second.document()->holdsLock());
    ASSERT_TRUE(banner(second)->isVisible());
    const QString text = banner(second)->text();
    EXPECT_EQ(text, second.document()->notice());
    EXPECT_TRUE(text.contains(u"process %1"_s.arg(QCoreApplication::applicationPid()))) << text.toStdString();
    EXPECT_TRUE(text.contains(QFileInfo(QCoreApplication::applicationFilePath()).fileName())) << text.toStdString();
    EXPECT_TRUE(text.contains(u"read-only here and changes are disabled"_s)) << text.toStdString();
    EXPECT_EQ(banner(second)->type(), MessageWidget::Type::Warning);
    EXPECT_TRUE(label(second, u"caseStatusLabel"_s)->text().endsWith(u"(read-only)"_s));
    EXPECT_FALSE(second.findChild<QAction *>(u"importAction"_s)->isEnabled());
    EXPECT_EQ(table(second)->model()->rowCount(), 3);

    // Reopening in the window that holds the lock keeps it read-write.
    ASSERT_TRUE(first.controller()->openCaseFile(m_casePath));
    EXPECT_FALSE(first.document()->isReadOnly());
    EXPECT_TRUE(first.document()->holdsLock());

    // The read-only window follows the editing window's changes.
    Incident bybit = *first.document()->store()->incident(m_case.bybit);
    bybit.title = u"Bybit cold-wallet theft (edited in the first window)"_s;
    ASSERT_TRUE(first.document()->store()->updateIncident(bybit));
    ASSERT_TRUE(QTest::qWaitFor([&] { return tableLists(second, bybit.title); }, kRefreshLimitMs));

    // Once the first window lets go, the case opens read-write again, without the banner.
    first.controller()->closeCase();
    EXPECT_FALSE(QFileInfo::exists(db::CaseLock::lockFilePath(m_casePath)));
    ASSERT_TRUE(second.controller()->openCaseFile(m_casePath));
    EXPECT_FALSE(second.document()->isReadOnly());
    EXPECT_FALSE(banner(second)->isVisible());
}

TEST_F(ConcurrencyTest, ALockLeftByACrashDoesNotBlockTheNextStart)
{
    QProcess gone;
    gone.start(u"true"_s, {});
    ASSERT_TRUE(gone.waitForStarted(10000));
    const qint64 deadPid = gone.processId();
    ASSERT_TRUE(gone.waitForFinished(10000));
    QFile lock(db::CaseLock::lockFilePath(m_casePath));
    ASSERT_TRUE(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\nawb\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    lock.close();

    MainWindow window;
    window.show();
    window.openStartupCase(m_casePath);
    ASSERT_EQ(window.document()->path(), QFileInfo(m_casePath).absoluteFilePath());
    EXPECT_FALSE(window.document()->isReadOnly());
    EXPECT_TRUE(window.document()->holdsLock());
    EXPECT_FALSE(banner(window)->isVisible());
    EXPECT_FALSE(label(window, u"caseStatusLabel"_s)->text().endsWith(u"(read-only)"_s));
}

TEST_F(ConcurrencyTest, ACommitByAnotherConnectionRefreshesEveryView)
{
    MainWindow window;
    window.resize(1400, 1000);
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    ASSERT_TRUE(selectIncident(window, m_case.bybit));
    QSignalSpy external(window.document(), &CaseDocument::changedExternally);

    // Another program's connection: a new incident and a changed title of the incident on show.
    auto other = db::SqliteCaseStore::open(m_casePath);
    ASSERT_TRUE(other);
    Incident added;
    added.title = u"Added by another program"_s;
    added.startDate = u"2024-05-31"_s;
    added.victim = u"Example exchange"_s;
    added.sources = {m_case.fbi};
    auto addedId = (*other)->addIncident(added);
    ASSERT_TRUE(addedId);
    Incident bybit = *(*other)->incident(m_case.bybit);
    bybit.title = u"Bybit theft, renamed elsewhere"_s;
    ASSERT_TRUE((*other)->updateIncident(bybit));

    QElapsedTimer clock;
    clock.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return table(window)->model()->rowCount() == 4; }, kRefreshLimitMs));
    EXPECT_LT(clock.elapsed(), kRefreshLimitMs);
    RecordProperty("refresh_ms", static_cast<int>(clock.elapsed()));
    EXPECT_TRUE(tableLists(window, added.title));
    EXPECT_TRUE(label(window, u"caseCountsLabel"_s)->text().startsWith(u"4 incidents"_s));
    EXPECT_EQ(label(window, u"incidentTitleLabel"_s)->text(), bybit.title); // the detail pane, still on Bybit
    EXPECT_TRUE(window.overview()->timeline()->markCenter(*addedId).has_value());
    EXPECT_TRUE(externalNoteShown(window));
    EXPECT_EQ(external.count(), 1); // two commits between polls: one refresh

    // Nothing more happens while nobody writes.
    QTest::qWait(2 * CaseDocument::kWatchIntervalMs + 100);
    EXPECT_EQ(external.count(), 1);
}

TEST_F(ConcurrencyTest, AnImportByAwbCliWhileTheWindowIsOpenShowsUpWithinTwoSeconds)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    QLabel *counts = label(window, u"caseCountsLabel"_s);
    ASSERT_TRUE(counts->text().contains(u" · 1 wallets"_s)) << counts->text().toStdString();

    QProcess cli;
    cli.start(QString::fromUtf8(AWB_CLI),
              {u"import"_s, m_casePath, QString::fromUtf8(AWB_IMPORT_DATA) + u"/transfers.csv"_s, u"--format"_s,
               u"transfers-csv"_s});
    ASSERT_TRUE(cli.waitForFinished(30000));
    QElapsedTimer clock;
    clock.start();
    ASSERT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return counts->text().contains(u" · 4 wallets"_s); }, kRefreshLimitMs));
    EXPECT_LT(clock.elapsed(), kRefreshLimitMs);
    RecordProperty("refresh_ms", static_cast<int>(clock.elapsed()));
    EXPECT_TRUE(externalNoteShown(window));
    EXPECT_FALSE(window.document()->isReadOnly()); // the command line does not take the window's case away
}

TEST_F(ConcurrencyTest, TheWindowsOwnEditsAndImportsAreNotReportedAsAnotherProgramsChanges)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    QSignalSpy external(window.document(), &CaseDocument::changedExternally);

    Incident ronin = *window.document()->store()->incident(m_case.ronin);
    ronin.victim = u"Sky Mavis (edited here)"_s;
    ASSERT_TRUE(window.document()->store()->updateIncident(ronin));

    window.findChild<QAction *>(u"importAction"_s)->trigger();
    auto *dialog = window.findChild<ImportDialog *>(u"importDialog"_s);
    ASSERT_NE(dialog, nullptr);
    dialog->setFilePath(QString::fromUtf8(AWB_IMPORT_DATA) + u"/transfers.csv"_s);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog->accept();
    // Let the watch run while the import commits on its own connection, as a slow import would.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window.importRunner()->isRunning(); }, 30000));
    QTest::qWait(2 * CaseDocument::kWatchIntervalMs + 100);
    ASSERT_TRUE(MessageBox::lastShown().has_value());
    EXPECT_EQ(MessageBox::lastShown()->icon, QMessageBox::Information);
    EXPECT_TRUE(label(window, u"caseCountsLabel"_s)->text().contains(u" · 4 wallets"_s));
    EXPECT_EQ(external.count(), 0);
    EXPECT_FALSE(externalNoteShown(window));
}

TEST_F(ConcurrencyTest, AnotherProgramsCommitEndsTheUndoHistory)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    CaseEditor *editor = window.editActions()->editor();
    Incident ronin = *editor->store()->incident(m_case.ronin);
    ronin.victim = u"Sky Mavis (edited here)"_s;
    ASSERT_TRUE(editor->updateIncident(ronin));
    ASSERT_TRUE(editor->undoStack()->canUndo());

    // The other program changes the same record; undoing here afterwards would overwrite its change.
    auto other = db::SqliteCaseStore::open(m_casePath);
    ASSERT_TRUE(other);
    Incident theirs = *(*other)->incident(m_case.ronin);
    theirs.victim = u"Sky Mavis (edited elsewhere)"_s;
    ASSERT_TRUE((*other)->updateIncident(theirs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return externalNoteShown(window); }, kRefreshLimitMs));
    EXPECT_FALSE(editor->undoStack()->canUndo());
    EXPECT_EQ(editor->store()->incident(m_case.ronin)->victim, theirs.victim);
}

} // namespace
} // namespace awb::ui
