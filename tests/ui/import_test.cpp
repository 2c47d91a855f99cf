// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Import… end to end: the dialog, the worker thread, the report and the refreshed views.
#include "core/db/sqlitecasestore.h"
#include "core/import/importmapping.h"
#include "core/store/casestore.h"
#include "smallcasetest.h"
#include "testcase.h"
#include "ui/casecontroller.h"
#include "ui/casedocument.h"
#include "ui/dialogs/messagebox.h"
#include "ui/import/importdialog.h"
#include "ui/import/importrunner.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

class ImportTest : public test::SmallCaseWindowTest
{
protected:
    /** Opens File ▸ Import…, lets @p fill set the dialog up, accepts it and waits for the import. */
    static void runImport(MainWindow &window, const std::function<void(ImportDialog &)> &fill)
    {
        window.findChild<QAction *>(u"importAction"_s)->trigger();
        auto *dialog = window.findChild<ImportDialog *>(u"importDialog"_s);
        ASSERT_NE(dialog, nullptr);
        fill(*dialog);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog->accept();
        test::waitForImport(window);
    }
};

TEST_F(ImportTest, ImportsAFileThroughTheDialogAndRefreshesTheCounts)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    auto *counts = window.findChild<QLabel *>(u"caseCountsLabel"_s);
    EXPECT_TRUE(counts->text().contains(u" · 1 wallets"_s)) << counts->text().toStdString();

    runImport(window, [](ImportDialog &dialog) {
        dialog.setFilePath(test::importFixture(u"transfers.csv"_s));
        EXPECT_EQ(dialog.findChild<QComboBox *>(u"importFormatCombo"_s)->currentText(), u"transfers-csv"_s);
        EXPECT_EQ(dialog.findChild<QComboBox *>(u"importColumn_from"_s)->currentText(), u"from"_s);
        EXPECT_EQ(dialog.request().options.mapping.at(u"tx_hash"_s), u"tx_hash"_s);
    });
    const auto shown = MessageBox::lastShown();
    ASSERT_TRUE(shown.has_value());
    EXPECT_EQ(shown->icon, QMessageBox::Information);
    EXPECT_TRUE(
        shown->text.startsWith(u"Imported transfers.csv (transfers-csv) as batch 1: 3 rows read; 3 transfers"_s))
        << shown->text.toStdString();
    EXPECT_TRUE(counts->text().contains(u" · 4 wallets"_s)) << counts->text().toStdString();
    auto transfers = window.document()->store()->transfers();
    ASSERT_TRUE(transfers);
    EXPECT_EQ(transfers->size(), 3u);

    // The same file again is reported, and nothing changes.
    runImport(window, [](ImportDialog &dialog) { dialog.setFilePath(test::importFixture(u"transfers.csv"_s)); });
    ASSERT_TRUE(MessageBox::lastShown().has_value());
    EXPECT_TRUE(MessageBox::lastShown()->text.contains(u"was already imported as batch 1"_s));
    EXPECT_EQ(window.document()->store()->transfers()->size(), 3u);
}

TEST_F(ImportTest, ASavedMappingFillsTheColumnsOfARenamedExport)
{
    {
        auto store = db::SqliteCaseStore::open(m_casePath);
        ASSERT_TRUE(store);
        ASSERT_TRUE(import::saveMapping(**store, u"desk"_s,
                                        {{u"tx_hash"_s, u"hash"_s},
                                         {u"from"_s, u"sender"_s},
                                         {u"to"_s, u"3"_s},
                                         {u"amount"_s, u"Wei"_s},
                                         {u"timestamp"_s, u"Time"_s},
                                         {u"block"_s, u"Height"_s},
                                         {u"fixed_asset"_s, u"ETH"_s},
                                         {u"fixed_chain"_s, u"ethereum"_s},
                                         {u"fixed_decimals"_s, u"18"_s}}));
    }
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    runImport(window, [](ImportDialog &dialog) {
        dialog.setFilePath(test::importFixture(u"renamed.csv"_s));
        auto *saved = dialog.findChild<QComboBox *>(u"importSavedMappingCombo"_s);
        ASSERT_TRUE(saved->isEnabled());
        saved->setCurrentIndex(saved->findText(u"desk"_s));
        EXPECT_EQ(dialog.findChild<QComboBox *>(u"importColumn_from"_s)->currentText(), u"Sender"_s);
        EXPECT_EQ(dialog.findChild<QComboBox *>(u"importColumn_to"_s)->currentText(), u"Recipient"_s);
        EXPECT_EQ(dialog.findChild<QLineEdit *>(u"importFixedAssetEdit"_s)->text(), u"ETH"_s);
        EXPECT_EQ(dialog.findChild<QLineEdit *>(u"importChainEdit"_s)->text(), u"ethereum"_s);
        // The file has no Height column: the dialog says so instead of dropping it quietly.
        auto *note = dialog.findChild<QLabel *>(u"importSavedMappingNote"_s);
        EXPECT_FALSE(note->isHidden());
        EXPECT_TRUE(note->text().contains(u"block → Height"_s)) << note->text().toStdString();
        const ImportRequest request = dialog.request();
        EXPECT_EQ(request.options.mapping.at(u"amount"_s), u"Wei"_s);
        EXPECT_FALSE(request.options.mapping.contains(u"block"_s));
    });
    const auto shown = MessageBox::lastShown();
    ASSERT_TRUE(shown.has_value());
    EXPECT_EQ(shown->icon, QMessageBox::Information) << shown->text.toStdString();
    EXPECT_TRUE(shown->text.contains(u"renamed.csv (transfers-csv)"_s)) << shown->text.toStdString();
}

TEST_F(ImportTest, AFailedImportIsShownWithItsLineAndChangesNothing)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    runImport(window, [](ImportDialog &dialog) { dialog.setFilePath(test::importFixture(u"bad.csv"_s)); });
    const auto shown = MessageBox::lastShown();
    ASSERT_TRUE(shown.has_value());
    EXPECT_EQ(shown->icon, QMessageBox::Critical);
    EXPECT_TRUE(shown->text.contains(u"bad.csv:3: "_s)) << shown->text.toStdString();
    EXPECT_TRUE(shown->text.contains(u"the case is unchanged"_s));
    EXPECT_EQ(window.document()->store()->transfers()->size(), 0u);
    EXPECT_TRUE(window.document()->store()->batches()->empty());
}

TEST_F(ImportTest, TheActionIsOffForAReadOnlyCase)
{
    MainWindow window;
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath, true));
    EXPECT_FALSE(window.findChild<QAction *>(u"importAction"_s)->isEnabled());
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    EXPECT_TRUE(window.findChild<QAction *>(u"importAction"_s)->isEnabled());
}

} // namespace
} // namespace awb::ui
