// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Files dropped on the main window: a case opens, another file goes to File ▸ Import (issue #9).
#include "core/store/casestore.h"
#include "smallcasetest.h"
#include "ui/casecontroller.h"
#include "ui/casedocument.h"
#include "ui/dialogs/messagebox.h"
#include "ui/dropsupport.h"
#include "ui/import/importdialog.h"
#include "ui/import/importrunner.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

class DragDropTest : public test::SmallCaseWindowTest
{
protected:
    static std::unique_ptr<QMimeData> mimeOf(const QList<QUrl> &urls)
    {
        auto mime = std::make_unique<QMimeData>();
        mime->setUrls(urls);
        return mime;
    }

    /** Whether the window takes the drag when it enters (the cursor shows "no drop" when not). */
    static bool entering(MainWindow &window, const QMimeData &mime)
    {
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        return enter.isAccepted();
    }

    /** Drags @p urls in and drops them as a user would; returns whether the drop was taken. */
    static bool drop(MainWindow &window, const QList<QUrl> &urls)
    {
        const auto mime = mimeOf(urls);
        const bool entered = entering(window, *mime);
        QDropEvent dropped(QPointF(50, 50), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &dropped);
        QCoreApplication::processEvents(); // the window acts after the drop returned
        return entered && dropped.isAccepted();
    }

    static QString status(const MainWindow &window) { return window.statusBar()->currentMessage(); }
};

TEST_F(DragDropTest, DroppingACaseOpensIt)
{
    MainWindow window;
    window.show();
    ASSERT_FALSE(window.document()->isOpen());
    ASSERT_TRUE(drop(window, {QUrl::fromLocalFile(m_casePath)}));
    ASSERT_TRUE(window.document()->isOpen());
    EXPECT_EQ(window.document()->path(), QFileInfo(m_casePath).absoluteFilePath());
    EXPECT_EQ(table(window)->model()->rowCount(), 3);
    EXPECT_EQ(status(window).toStdString(), u"Opened small.awbcase."_s.toStdString());
}

TEST_F(DragDropTest, ADroppedCaseThatCannotBeOpenedIsReportedAndTheOpenCaseStays)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    const QString bogus = m_dir.filePath(u"bogus.awbcase"_s);
    ASSERT_TRUE(test::writeFile(bogus, "this is not a case\n"));
    MessageBox::clearLastShown();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    ASSERT_TRUE(drop(window, {QUrl::fromLocalFile(bogus)}));
    const auto shown = MessageBox::lastShown();
    ASSERT_TRUE(shown.has_value());
    EXPECT_EQ(shown->icon, QMessageBox::Critical);
    EXPECT_EQ(shown->title, u"Open Case"_s); // the same message as File ▸ Open Case…
    EXPECT_EQ(window.document()->path(), QFileInfo(m_casePath).absoluteFilePath());
    EXPECT_EQ(table(window)->model()->rowCount(), 3);
}

TEST_F(DragDropTest, DroppedImportFilesOpenTheImportDialogWithTheFirstOne)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    ASSERT_TRUE(drop(window, {QUrl::fromLocalFile(test::importFixture(u"transfers.csv"_s)),
                              QUrl::fromLocalFile(test::importFixture(u"overlap.csv"_s))}));
    auto *dialog = window.findChild<ImportDialog *>(u"importDialog"_s);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->findChild<QLineEdit *>(u"importFileEdit"_s)->text(), test::importFixture(u"transfers.csv"_s));
    EXPECT_EQ(dialog->findChild<QComboBox *>(u"importFormatCombo"_s)->currentText(), u"transfers-csv"_s);
    EXPECT_TRUE(status(window).startsWith(u"One file is imported at a time: transfers.csv is in the import dialog"_s))
        << status(window).toStdString();

    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog->accept();
    test::waitForImport(window);
    EXPECT_EQ(window.document()->store()->transfers()->size(), 3u);
    EXPECT_TRUE(status(window).startsWith(u"Imported transfers.csv: 3 row"_s)) << status(window).toStdString();
}

TEST_F(DragDropTest, AnImportFileNeedsAWritableCaseAndSaysSo)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(drop(window, {QUrl::fromLocalFile(test::importFixture(u"transfers.csv"_s))}));
    EXPECT_EQ(window.findChild<ImportDialog *>(u"importDialog"_s), nullptr);
    EXPECT_TRUE(status(window).startsWith(u"No case is open: open or create a case first"_s))
        << status(window).toStdString();

    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath, true));
    ASSERT_TRUE(drop(window, {QUrl::fromLocalFile(test::importFixture(u"transfers.csv"_s))}));
    EXPECT_EQ(window.findChild<ImportDialog *>(u"importDialog"_s), nullptr);
    EXPECT_EQ(status(window).toStdString(),
              u"This case is read-only: transfers.csv cannot be imported into it."_s.toStdString());
}

TEST_F(DragDropTest, LinksFoldersAndTextAreRefused)
{
    MainWindow window;
    window.show();
    EXPECT_TRUE(window.acceptDrops());
    EXPECT_FALSE(entering(window, *mimeOf({QUrl(u"https://example.org/case.awbcase"_s)})));
    EXPECT_FALSE(entering(window, *mimeOf({QUrl::fromLocalFile(m_dir.path())}))); // a folder
    EXPECT_FALSE(entering(window, *mimeOf({QUrl::fromLocalFile(m_dir.filePath(u"missing.awbcase"_s))})));
    // One link spoils the drop: the user sees "no drop" rather than half of it happening.
    EXPECT_FALSE(entering(window, *mimeOf({QUrl::fromLocalFile(m_casePath), QUrl(u"https://example.org/x.csv"_s)})));
    QMimeData text;
    text.setText(m_casePath);
    EXPECT_FALSE(entering(window, text));
    EXPECT_TRUE(entering(window, *mimeOf({QUrl::fromLocalFile(m_casePath)})));

    // Even a drop that arrives without its enter event does nothing.
    EXPECT_FALSE(drop(window, {QUrl(u"https://example.org/case.awbcase"_s)}));
    EXPECT_FALSE(window.document()->isOpen());
}

TEST_F(DragDropTest, ACaseWinsOverTheOtherFilesOfADrop)
{
    const DropPlan plan =
        planDrop({QUrl::fromLocalFile(u"/data/a.csv"_s), QUrl::fromLocalFile(u"/data/Case.AWBCASE"_s),
                  QUrl::fromLocalFile(u"/data/b.json"_s), QUrl::fromLocalFile(u"/data/second.awbcase"_s)});
    EXPECT_EQ(plan.caseFile, u"/data/Case.AWBCASE"_s);
    EXPECT_TRUE(plan.importFile.isEmpty());
    EXPECT_EQ(plan.leftOut, (QStringList{u"/data/a.csv"_s, u"/data/b.json"_s, u"/data/second.awbcase"_s}));

    const DropPlan imports = planDrop({QUrl::fromLocalFile(u"/data/b.json"_s), QUrl::fromLocalFile(u"/data/a.csv"_s)});
    EXPECT_TRUE(imports.caseFile.isEmpty());
    EXPECT_EQ(imports.importFile, u"/data/b.json"_s);
    EXPECT_EQ(imports.leftOut, QStringList{u"/data/a.csv"_s});
}

TEST_F(DragDropTest, CaseOperationsAreAnnouncedInTheStatusBar)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    EXPECT_EQ(status(window).toStdString(), u"Opened small.awbcase."_s.toStdString());
    window.controller()->closeCase();
    EXPECT_EQ(status(window).toStdString(), u"Closed small.awbcase."_s.toStdString());
}

} // namespace
} // namespace awb::ui
