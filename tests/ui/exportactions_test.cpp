// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export as a user drives it: the filter's tables as CSV, the case as STIX and its tags as a TagPack, the
// report dialog with its preview, the evidence pack.
#include "ui/exportactions.h"

#include "core/report/tableexport.h"
#include "modaldialog.h"
#include "smallcasetest.h"
#include "testcase.h"
#include "ui/browser/incidentbrowser.h"
#include "ui/casedocument.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/dialogs/pagepreview.h"
#include "ui/dialogs/reportdialog.h"
#include "ui/mainwindow.h"
#include "ui/report/reportdocument.h"

#include <QAbstractButton>
#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class ExportActionsTest : public test::SmallCaseWindowTest
{
protected:
    /** Triggers export action @p name with the save dialog answering @p path. */
    static void exportAs(MainWindow &w, const QString &name, const QString &path)
    {
        auto *action = w.findChild<QAction *>(name);
        ASSERT_NE(action, nullptr) << name.toStdString();
        FileDialog::setNextFileName(path);
        action->trigger();
    }

    /** What the core writer gives for the window's current filter: the file must hold exactly this. */
    static QByteArray expected(MainWindow &w, report::ExportTable table)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const IncidentBrowser &b = *w.browser();
        EXPECT_TRUE(report::writeCsvTable(*w.findChild<CaseDocument *>()->store(), table,
                                          {b.result(), b.directory(), b.filter().isEmpty()}, buffer));
        return buffer.data();
    }
};

TEST_F(ExportActionsTest, TheFiltersTablesGoOutAsCsvAndTheCaseAsStixAndATagPack)
{
    MainWindow w;
    auto *menu = w.findChild<QMenu *>(u"exportMenu"_s);
    ASSERT_NE(menu, nullptr);
    EXPECT_FALSE(menu->isEnabled()); // no case yet
    auto *report = w.findChild<QAction *>(u"export-report"_s);
    EXPECT_FALSE(report->isEnabled()) << "the tool bar shows the action itself, not the menu";
    w.openStartupCase(m_casePath);
    ASSERT_TRUE(w.findChild<CaseDocument *>()->store());
    EXPECT_TRUE(menu->isEnabled());
    EXPECT_TRUE(report->isEnabled());

    // The whole case, then only TraderTraitor's incidents: fewer attribution rows, and the file is what core writes.
    const QString all = m_dir.filePath(u"all.csv"_s), some = m_dir.filePath(u"some.csv"_s);
    exportAs(w, u"export-attributions"_s, all);
    EXPECT_EQ(contents(all), expected(w, report::ExportTable::Attributions));
    EXPECT_TRUE(w.statusBar()->currentMessage().startsWith(u"Wrote"_s))
        << w.statusBar()->currentMessage().toStdString();
    IncidentFilter filter;
    filter.groups = {u"TraderTraitor"_s};
    ASSERT_TRUE(w.browser()->setFilter(filter));
    exportAs(w, u"export-attributions"_s, some);
    EXPECT_EQ(contents(some), expected(w, report::ExportTable::Attributions));
    EXPECT_TRUE(contents(all).startsWith("attribution_id,"));
    EXPECT_LT(contents(some).count("\r\n"), contents(all).count("\r\n"));
    EXPECT_GT(contents(some).count("\r\n"), 1); // a header and at least one claim

    const QString wallets = m_dir.filePath(u"wallets.csv"_s);
    exportAs(w, u"export-wallets"_s, wallets);
    EXPECT_EQ(contents(wallets), expected(w, report::ExportTable::Wallets));

    // Cancel writes nothing; the case file itself is refused and left as it was.
    const QString cancelled = m_dir.filePath(u"cancelled.csv"_s);
    exportAs(w, u"export-incidents"_s, QString());
    EXPECT_FALSE(QFile::exists(cancelled));
    const QByteArray before = contents(m_casePath);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    exportAs(w, u"export-incidents"_s, m_casePath);
    EXPECT_EQ(contents(m_casePath), before);
    EXPECT_TRUE(MessageBox::lastShown().has_value());

    const QString stix = m_dir.filePath(u"case.json"_s);
    exportAs(w, u"export-stix"_s, stix);
    const QJsonDocument bundle = QJsonDocument::fromJson(contents(stix));
    EXPECT_EQ(bundle[u"type"_s].toString(), u"bundle"_s);
    EXPECT_TRUE(bundle[u"objects"_s].isArray());

    const QString tags = m_dir.filePath(u"tags.yaml"_s);
    exportAs(w, u"export-tagpack"_s, tags);
    EXPECT_TRUE(contents(tags).contains("tags:")) << contents(tags).toStdString();
}

/** File ▸ Export ▸ Report…, with @p drive run on the dialog once it shows; closed afterwards if still open. */
void onReportDialog(MainWindow &window, const std::function<void(ReportDialog &)> &drive)
{
    test::onDialogOf<ReportDialog>(window.findChild<QAction *>(u"export-report"_s), drive);
}

TEST_F(ExportActionsTest, ReportDialogPreviewsThePagesAndWritesEachFormat)
{
    MainWindow w;
    w.openStartupCase(m_casePath);
    CaseStore *store = w.findChild<CaseDocument *>()->store();
    ASSERT_TRUE(store);
    const IncidentSummary &first = *w.browser()->result().incidents.front();
    w.findChild<ExportActions *>()->setCurrentIncident(first.id);
    QString said; // what goes to the status bar (the graph's own notes may follow it there)
    QObject::connect(w.findChild<ExportActions *>(), &ExportActions::exported, &w,
                     [&said](const QString &message) { said = message; });

    const QString pdf = m_dir.filePath(u"incident.pdf"_s);
    onReportDialog(w, [&](ReportDialog &dialog) {
        // The selected incident is the scope; the preview holds its pages, drawn, with a status line.
        EXPECT_EQ(dialog.scope().kind, report::summary::SummaryScope::Kind::Incident);
        EXPECT_EQ(dialog.scope().incident, first.id);
        ASSERT_NE(dialog.summary(), nullptr);
        EXPECT_EQ(dialog.summary()->title, first.title);
        ASSERT_NE(dialog.preview()->document(), nullptr);
        const int pages = dialog.preview()->document()->pageCount();
        EXPECT_GE(pages, 1);
        const QImage page = dialog.preview()->page(0);
        EXPECT_FALSE(page.isNull());
        EXPECT_GT(page.height(), page.width()); // portrait A4
        // Something is drawn: not every pixel is the page's white.
        bool inked = false;
        for (int y = 0; y < page.height() && !inked; y += 3) {
            for (int x = 0; x < page.width() && !inked; x += 3) {
                inked = page.pixelColor(x, y).lightness() < 128;
            }
        }
        EXPECT_TRUE(inked);
        EXPECT_TRUE(dialog.findChild<QLabel *>(u"reportStatus"_s)->text().contains(u"page"_s));
        FileDialog::setNextFileName(pdf);
        dialog.findChild<QPushButton *>(u"reportExportButton"_s)->click();
    });
    EXPECT_TRUE(contents(pdf).startsWith("%PDF-"));
    EXPECT_TRUE(contents(pdf).trimmed().endsWith("%%EOF"));
    EXPECT_TRUE(said.contains(u"incident.pdf"_s) && said.contains(u"page"_s)) << said.toStdString();

    // A group's report as Markdown: its figures land beside it.
    const QString md = m_dir.filePath(u"group.md"_s);
    onReportDialog(w, [&](ReportDialog &dialog) {
        auto *group = dialog.findChild<QComboBox *>(u"reportGroup"_s);
        ASSERT_GT(group->count(), 0);
        const QList<QAbstractButton *> buttons = dialog.findChildren<QAbstractButton *>();
        for (QAbstractButton *b : buttons) {
            if (b->text() == u"Group:"_s) {
                b->click();
            }
        }
        EXPECT_EQ(dialog.scope().kind, report::summary::SummaryScope::Kind::Group);
        EXPECT_EQ(dialog.scope().group, group->currentText());
        ASSERT_NE(dialog.summary(), nullptr);
        EXPECT_TRUE(dialog.summary()->scopeText.contains(group->currentText()));
        dialog.findChild<QComboBox *>(u"reportFormat"_s)->setCurrentIndex(2);
        EXPECT_EQ(dialog.format(), report::summary::ReportFormat::Markdown);
        FileDialog::setNextFileName(md);
        dialog.findChild<QPushButton *>(u"reportExportButton"_s)->click();
    });
    EXPECT_TRUE(contents(md).startsWith("# Case summary: "));
    EXPECT_TRUE(QFile::exists(m_dir.filePath(u"group-figures/timeline.svg"_s)));

    // The case file itself is refused, and stays as it was.
    const QByteArray before = contents(m_casePath);
    onReportDialog(w, [&](ReportDialog &dialog) {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        FileDialog::setNextFileName(m_casePath);
        dialog.findChild<QPushButton *>(u"reportExportButton"_s)->click();
        EXPECT_TRUE(MessageBox::lastShown().has_value());
    });
    EXPECT_EQ(contents(m_casePath), before);
}

TEST_F(ExportActionsTest, EvidencePackOfTheFilterVerifies)
{
    MainWindow w;
    w.openStartupCase(m_casePath);
    const QString dir = m_dir.filePath(u"pack"_s);
    exportAs(w, u"export-evidence-pack"_s, dir);
    ASSERT_TRUE(QFileInfo(dir).isDir()) << w.statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(contents(dir + u"/summary.pdf"_s).startsWith("%PDF-"));
    QProcess check;
    check.setWorkingDirectory(dir);
    check.start(u"sha256sum"_s, {u"-c"_s, u"--strict"_s, u"SHA256SUMS"_s});
    ASSERT_TRUE(check.waitForFinished(30000));
    EXPECT_EQ(check.exitCode(), 0) << check.readAllStandardOutput().toStdString();
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(u"evidence pack"_s));

    // A folder that holds something is refused and left alone.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    MessageBox::clearLastShown();
    exportAs(w, u"export-evidence-pack"_s, dir);
    EXPECT_TRUE(MessageBox::lastShown().has_value());
    EXPECT_TRUE(contents(dir + u"/summary.pdf"_s).startsWith("%PDF-"));
}

} // namespace
} // namespace awb::ui
