// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export as a user drives it: the filter's tables as CSV, the case as STIX and its tags as a TagPack.
#include "core/report/tableexport.h"
#include "testcase.h"
#include "ui/browser/incidentbrowser.h"
#include "ui/casedocument.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class ExportActionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        MessageBox::clearLastShown();
        ASSERT_TRUE(m_dir.isValid());
        m_casePath = m_dir.filePath(u"small.awbcase"_s);
        ASSERT_TRUE(test::writeSmallCase(m_casePath));
    }

    void TearDown() override { QSettings().clear(); }

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

    QTemporaryDir m_dir;
    QString m_casePath;
};

TEST_F(ExportActionsTest, TheFiltersTablesGoOutAsCsvAndTheCaseAsStixAndATagPack)
{
    MainWindow w;
    auto *menu = w.findChild<QMenu *>(u"exportMenu"_s);
    ASSERT_NE(menu, nullptr);
    EXPECT_FALSE(menu->isEnabled()); // no case yet
    w.openStartupCase(m_casePath);
    ASSERT_TRUE(w.findChild<CaseDocument *>()->store());
    EXPECT_TRUE(menu->isEnabled());

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

} // namespace
} // namespace awb::ui
