// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #9 §3: work that can take over a second shows progress with Cancel, and a cancel writes nothing.
#include "core/db/sqlitecasestore.h"
#include "core/import/importfile.h"
#include "core/store/casestore.h"
#include "modaldialog.h"
#include "smallcasetest.h"
#include "ui/casecontroller.h"
#include "ui/casedocument.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/dialogs/pagepreview.h"
#include "ui/dialogs/reportdialog.h"
#include "ui/dialogs/workprogress.h"
#include "ui/import/importdialog.h"
#include "ui/import/importrunner.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

QString interopData(const QString &name)
{
    return test::importFixture(u"../interop/"_s + name);
}

class ProgressTest : public test::SmallCaseWindowTest
{
protected:
    void TearDown() override
    {
        WorkProgress::setShowDelayMs(1000);
        SmallCaseWindowTest::TearDown();
    }

    /** File ▸ Import… with @p path, accepted; the import is left running. */
    static ImportDialog *startImport(MainWindow &window, const QString &path)
    {
        window.findChild<QAction *>(u"importAction"_s)->trigger();
        auto *dialog = window.findChild<ImportDialog *>(u"importDialog"_s);
        if (dialog) {
            dialog->setFilePath(path);
            MessageBox::setNextAnswer(QMessageBox::Ok);
            dialog->accept();
        }
        return dialog;
    }

    /** Clicks Cancel on the progress dialog as soon as it shows a stage starting with @p stage, for as long as
     *  @p timer runs. */
    static void cancelWhenShown(QTimer &timer, MainWindow &window, const QString &stage = {})
    {
        timer.setInterval(0);
        QObject::connect(&timer, &QTimer::timeout, &window, [&window, stage] {
            auto *dialog = window.findChild<QProgressDialog *>(u"workProgressDialog"_s);
            if (dialog && dialog->isVisible() && dialog->labelText().startsWith(stage)) {
                if (auto *button = dialog->findChild<QPushButton *>()) {
                    button->click(); // the dialog's one button: Cancel
                }
            }
        });
        timer.start();
    }

    qsizetype transfers(MainWindow &window) { return window.document()->store()->transfers()->size(); }
};

TEST_F(ProgressTest, CancelInTheStatusBarStopsAnImportAndNothingIsWritten)
{
    // Large enough that the import is still running when Cancel is clicked right after it starts.
    const QString csv = m_dir.filePath(u"big.csv"_s);
    {
        QFile f(csv);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("tx_hash,from,to,amount,asset,decimals,timestamp,chain\n");
        for (int i = 0; i < 150000; ++i) {
            f.write("0x" + QByteArray::number(i, 16).rightJustified(64, '0') + ",0x" +
                    QByteArray::number(i % 700, 16).rightJustified(40, '0') + ",0x" +
                    QByteArray::number(i % 300, 16).rightJustified(40, 'b') + ",1000,ETH,18," +
                    QByteArray::number(1700000000 + i) + ",ethereum\n");
        }
    }
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    const qsizetype before = transfers(window);
    ASSERT_NE(startImport(window, csv), nullptr);
    auto *cancel = window.findChild<QPushButton *>(u"busyCancelButton"_s);
    ASSERT_NE(cancel, nullptr);
    EXPECT_TRUE(cancel->isVisible());
    EXPECT_FALSE(window.findChild<QAction *>(u"importAction"_s)->isEnabled()); // one import at a time
    cancel->click();
    test::waitForImport(window);

    EXPECT_FALSE(MessageBox::lastShown().has_value()) << "a cancel is not an error";
    EXPECT_EQ(window.statusBar()->currentMessage(), u"The import of big.csv was cancelled; nothing was written."_s);
    EXPECT_FALSE(cancel->isVisible());
    EXPECT_TRUE(window.findChild<QAction *>(u"importAction"_s)->isEnabled());
    EXPECT_EQ(transfers(window), before);

    // Not cancelled, the same file imports whole.
    ASSERT_NE(startImport(window, csv), nullptr);
    test::waitForImport(window);
    ASSERT_TRUE(MessageBox::lastShown().has_value());
    EXPECT_EQ(MessageBox::lastShown()->icon, QMessageBox::Information);
    EXPECT_EQ(transfers(window), before + 150000);
}

TEST_F(ProgressTest, FileImportTakesAttributionDataToo)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    const std::size_t groups = window.document()->store()->groups()->size();
    ImportDialog *dialog = startImport(window, interopData(u"galaxy-actors.json"_s));
    ASSERT_NE(dialog, nullptr);
    test::waitForImport(window);
    ASSERT_TRUE(MessageBox::lastShown().has_value());
    EXPECT_EQ(MessageBox::lastShown()->icon, QMessageBox::Information) << MessageBox::lastShown()->text.toStdString();
    EXPECT_GT(window.document()->store()->groups()->size(), groups);
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(u"Imported galaxy-actors.json (misp-galaxy)"_s))
        << window.statusBar()->currentMessage().toStdString();

    // An OFAC text list needs its date: the dialog asks for it, and only for this format.
    window.findChild<QAction *>(u"importAction"_s)->trigger();
    auto *ofac = window.findChild<ImportDialog *>(u"importDialog"_s);
    ASSERT_NE(ofac, nullptr);
    auto *listDate = ofac->findChild<QLineEdit *>(u"importListDateEdit"_s);
    ofac->setFilePath(interopData(u"sanctioned_addresses_ETH.txt"_s));
    EXPECT_EQ(ofac->findChild<QComboBox *>(u"importFormatCombo"_s)->currentText(), u"ofac"_s);
    EXPECT_TRUE(listDate->isVisibleTo(ofac));
    listDate->setText(u"2024-06-01"_s);
    EXPECT_EQ(ofac->request().listDate, u"2024-06-01"_s);
    MessageBox::clearLastShown();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    ofac->accept();
    test::waitForImport(window);
    ASSERT_TRUE(MessageBox::lastShown().has_value());
    EXPECT_EQ(MessageBox::lastShown()->icon, QMessageBox::Information) << MessageBox::lastShown()->text.toStdString();
    EXPECT_GT(window.document()->store()->tags(std::nullopt)->size(), 0u);

    window.findChild<QAction *>(u"importAction"_s)->trigger();
    auto *csv = window.findChild<ImportDialog *>(u"importDialog"_s);
    csv->setFilePath(test::importFixture(u"transfers.csv"_s));
    EXPECT_FALSE(csv->findChild<QLineEdit *>(u"importListDateEdit"_s)->isVisibleTo(csv));
    csv->reject();
}

TEST_F(ProgressTest, ACancelledExportWritesNothingAndSaysSo)
{
    {
        auto store = db::SqliteCaseStore::open(m_casePath);
        ASSERT_TRUE(store);
        ASSERT_TRUE(import::importFile(**store, test::importFixture(u"transfers.csv"_s), u"transfers-csv"_s, {}));
    }
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    WorkProgress::setShowDelayMs(0); // shown at once, so the test can press its Cancel
    QTimer canceller;
    cancelWhenShown(canceller, window);

    const QString csv = m_dir.filePath(u"transfers.csv"_s);
    FileDialog::setNextFileName(csv);
    window.findChild<QAction *>(u"export-transfers"_s)->trigger();
    EXPECT_FALSE(QFile::exists(csv));
    EXPECT_EQ(window.statusBar()->currentMessage(), u"Export cancelled; nothing was written to %1."_s.arg(csv));

    const QString pack = m_dir.filePath(u"pack"_s);
    FileDialog::setNextFileName(pack);
    window.findChild<QAction *>(u"export-evidence-pack"_s)->trigger();
    EXPECT_FALSE(QFile::exists(pack));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot), QStringList{})
        << "no staging directory left behind";
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(u"The evidence pack was cancelled"_s))
        << window.statusBar()->currentMessage().toStdString();

    // Shown but not cancelled, the same export is written whole and the dialog goes away.
    canceller.stop();
    FileDialog::setNextFileName(csv);
    window.findChild<QAction *>(u"export-transfers"_s)->trigger();
    EXPECT_TRUE(QFile::exists(csv));
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(u"Wrote 3 row"_s))
        << window.statusBar()->currentMessage().toStdString();
    EXPECT_EQ(window.findChild<QProgressDialog *>(u"workProgressDialog"_s), nullptr);
}

/** File ▸ Export ▸ Report…, with @p drive run on the dialog once it shows; closed afterwards if still open. */
void onReportDialog(MainWindow &window, const std::function<void(ReportDialog &)> &drive)
{
    test::onDialogOf<ReportDialog>(window.findChild<QAction *>(u"export-report"_s), drive);
}

TEST_F(ProgressTest, TheReportDialogCancelsItsPreviewItsBuildAndItsWrite)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    WorkProgress::setShowDelayMs(0);
    const QString pdf = m_dir.filePath(u"report.pdf"_s);
    auto statusOf = [](ReportDialog &dialog) {
        return dialog.findChild<QLabel *>(u"reportStatus"_s)->text();
    };
    auto exportButton = [](ReportDialog &dialog) {
        return dialog.findChild<QPushButton *>(u"reportExportButton"_s);
    };

    QTimer anyStage;
    cancelWhenShown(anyStage, window);
    onReportDialog(window, [&](ReportDialog &dialog) {
        // The preview was cancelled as it was gathered: no pages, but Export stays on offer.
        EXPECT_EQ(dialog.summary(), nullptr);
        EXPECT_EQ(dialog.preview()->document(), nullptr);
        EXPECT_EQ(statusOf(dialog), u"The preview was cancelled. Export builds the report again."_s)
            << statusOf(dialog).toStdString();
        EXPECT_TRUE(exportButton(dialog)->isEnabled());

        // Export gathers the report first; cancelled there, it asks for no file and writes none.
        FileDialog::setNextFileName(pdf);
        exportButton(dialog)->click();
        EXPECT_EQ(statusOf(dialog), u"The report was cancelled; nothing was written."_s);
        EXPECT_FALSE(QFile::exists(pdf));

        // Not cancelled, Export lays the pages out on a worker thread, writes them and closes the dialog.
        anyStage.stop();
        FileDialog::setNextFileName(pdf);
        exportButton(dialog)->click();
        EXPECT_FALSE(dialog.isVisible());
    });
    ASSERT_TRUE(QFile::exists(pdf));
    EXPECT_TRUE(window.statusBar()->currentMessage().startsWith(u"Wrote %1 ("_s.arg(pdf)))
        << window.statusBar()->currentMessage().toStdString();
    ASSERT_TRUE(QFile::remove(pdf));

    QTimer writing;
    onReportDialog(window, [&](ReportDialog &dialog) {
        ASSERT_NE(dialog.preview()->document(), nullptr) << "laid out on a worker thread, drawn here";
        EXPECT_FALSE(dialog.preview()->page(0).isNull());
        // Cancelled while the pages are written: the file is not there, and the dialog stays open.
        cancelWhenShown(writing, window, u"Writing page"_s);
        FileDialog::setNextFileName(pdf);
        exportButton(dialog)->click();
        EXPECT_EQ(statusOf(dialog), u"The export was cancelled; nothing was written to %1."_s.arg(pdf));
        EXPECT_FALSE(QFile::exists(pdf));
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_EQ(QDir(m_dir.path()).entryList({u"report*"_s}, QDir::Files | QDir::Hidden), QStringList{})
            << "no temporary file";

        // Not cancelled, the same export writes the preview's pages and closes the dialog.
        writing.stop();
        FileDialog::setNextFileName(pdf);
        exportButton(dialog)->click();
        EXPECT_FALSE(dialog.isVisible());
    });
    QFile written(pdf);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.readAll().trimmed().endsWith("%%EOF"));
    EXPECT_EQ(window.findChild<QProgressDialog *>(u"workProgressDialog"_s), nullptr);
}

TEST_F(ProgressTest, OpeningALargeCaseShowsProgressAndACancelKeepsTheOpenCase)
{
    // A case whose checks run long enough for the progress dialog to be heard several times.
    const QString big = m_dir.filePath(u"big.awbcase"_s);
    {
        auto store = db::SqliteCaseStore::create(big);
        ASSERT_TRUE(store);
        QByteArray csv = "tx_hash,from,to,amount,asset,decimals,timestamp,chain\n";
        for (int i = 0; i < 12000; ++i) {
            csv += "0x" + QByteArray::number(i, 16).rightJustified(64, '0') + ",0x" +
                   QByteArray::number(i % 500, 16).rightJustified(40, '0') + ",0x" +
                   QByteArray::number(i % 300, 16).rightJustified(40, 'c') + ",1000,ETH,18," +
                   QByteArray::number(1700000000 + i) + ",ethereum\n";
        }
        ASSERT_TRUE(import::importBytes(**store, csv, u"big.csv"_s, u"transfers-csv"_s, {}, &import::parseBytes));
    }
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_casePath));
    WorkProgress::setShowDelayMs(0);
    QTimer canceller;
    cancelWhenShown(canceller, window);
    EXPECT_FALSE(window.controller()->openCaseFile(big));
    EXPECT_FALSE(MessageBox::lastShown().has_value()) << "a cancel is not an error";
    EXPECT_EQ(window.statusBar()->currentMessage(), u"Opening big.awbcase was cancelled; nothing was written."_s);
    EXPECT_EQ(QFileInfo(window.document()->path()).fileName(), u"small.awbcase"_s) << "the open case stays";

    canceller.stop();
    EXPECT_TRUE(window.controller()->openCaseFile(big));
    EXPECT_EQ(QFileInfo(window.document()->path()).fileName(), u"big.awbcase"_s);
    EXPECT_EQ(transfers(window), 12000);
}

} // namespace
} // namespace awb::ui
