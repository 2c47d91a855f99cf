// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #7 §4 in the GUI: hostile files opened through File ▸ Open Case… are refused with a clear message, the window
// keeps its case (or stays without one) and stays usable, and the file on disk is not changed by a single byte.
#include "core/db/database.h"
#include "core/db/sqlitecasestore.h"
#include "testcase.h"
#include "ui/casecontroller.h"
#include "ui/casedocument.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Hostile
{
    const char *name;
    std::function<bool(const QString &path, const QString &goodCase)> make;
    QString expected; // a pattern the message must match
    QString detail;   // a phrase its details must contain (what was found), when the message does not name the file
};

/** A case whose schema gained @p sql afterwards, as sqlite3 or another tool would add it. */
bool alteredCase(const QString &path, const char *sql)
{
    auto store = db::SqliteCaseStore::create(path);
    return store && test::fillSmallCase(**store) && (*store)->database().exec(sql);
}

std::vector<Hostile> hostileFiles()
{
    return {
        {"a text file",
         [](const QString &path, const QString &) { return test::writeFile(path, "notes, not a case\n"); },
         u"is not an Attribution Workbench case"_s,
         {}},
        {"an SQLite database of another application",
         [](const QString &path, const QString &) {
             auto db = db::Database::open(path, db::Database::Access::Create);
             return db && (*db)->exec("CREATE TABLE settings(k, v); INSERT INTO settings VALUES ('a', 1);");
         },
         u"not an Attribution Workbench case"_s,
         {}},
        {"a truncated case",
         [](const QString &path, const QString &good) {
             const QByteArray bytes = contents(good);
             return test::writeFile(path, bytes.left(bytes.size() / 2));
         },
         u"is (truncated|damaged)"_s,
         {}},
        {"a bit-flipped case",
         [](const QString &path, const QString &good) {
             // The b-tree header at the start of each page in the middle of the file: quick_check must notice.
             QByteArray bytes = contents(good);
             const int pageSize = (uchar(bytes[16]) << 8) | uchar(bytes[17]);
             const qsizetype pages = bytes.size() / pageSize;
             for (qsizetype page = std::max<qsizetype>(1, pages / 4); page < pages * 3 / 4; ++page) {
                 for (int i = 0; i < 12; ++i) {
                     bytes[page * pageSize + i] = char(bytes[page * pageSize + i] ^ 0x5a);
                 }
             }
             return test::writeFile(path, bytes);
         },
         u"damaged"_s,
         {}},
        {"a case with an unexpected trigger",
         [](const QString &path, const QString &) {
             return alteredCase(path, "CREATE TRIGGER evil AFTER INSERT ON sources BEGIN DELETE FROM incidents; END;");
         },
         u"altered outside Attribution Workbench"_s, u"trigger evil"_s},
        {"a case with an unexpected view",
         [](const QString &path, const QString &) {
             return alteredCase(path, "CREATE VIEW leak AS SELECT title FROM incidents;");
         },
         u"altered outside Attribution Workbench"_s, u"view leak"_s},
    };
}

class HostileCaseTest : public ::testing::TestWithParam<int>
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        MessageBox::clearLastShown();
        ASSERT_TRUE(m_dir.isValid());
        m_good = m_dir.filePath(u"good.awbcase"_s);
        ASSERT_TRUE(test::writeSmallCase(m_good));
        const Hostile hostile = hostileFiles().at(size_t(GetParam()));
        m_hostile = m_dir.filePath(u"hostile.awbcase"_s);
        ASSERT_TRUE(hostile.make(m_hostile, m_good)) << hostile.name;
        m_expected = hostile.expected;
        m_detail = hostile.detail;
        m_before = contents(m_hostile);
        ASSERT_FALSE(m_before.isEmpty());
    }

    void TearDown() override { QSettings().clear(); }

    /** Opens the hostile file as a user does and checks the message and the file. */
    void openThroughTheMenu(MainWindow &window)
    {
        FileDialog::setNextFileName(m_hostile);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        window.findChild<QAction *>(u"openCaseAction"_s)->trigger();
        const auto shown = MessageBox::lastShown();
        ASSERT_TRUE(shown) << "no message for " << hostileFiles().at(size_t(GetParam())).name;
        EXPECT_EQ(shown->icon, QMessageBox::Critical);
        EXPECT_EQ(shown->title, u"Open Case"_s);
        EXPECT_TRUE(shown->text.contains(QRegularExpression(m_expected))) << shown->text.toStdString();
        if (m_detail.isEmpty()) {
            EXPECT_TRUE(shown->text.contains(QFileInfo(m_hostile).fileName())) << shown->text.toStdString();
        } else {
            EXPECT_TRUE(shown->detail.contains(m_detail)) << shown->detail.toStdString();
        }
        EXPECT_EQ(contents(m_hostile), m_before) << "the file on disk changed";
        EXPECT_FALSE(QFile::exists(m_hostile + u"-wal"_s));
        EXPECT_FALSE(QFile::exists(m_hostile + u"-journal"_s));
    }

    static int rows(const MainWindow &w)
    {
        return w.findChild<QTableView *>(u"incidentTableView"_s)->model()->rowCount();
    }

    QTemporaryDir m_dir;
    QString m_good;
    QString m_hostile;
    QString m_expected;
    QString m_detail;
    QByteArray m_before;
};

TEST_P(HostileCaseTest, IsRefusedAndTheOpenCaseStays)
{
    MainWindow window;
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_good));
    ASSERT_NO_FATAL_FAILURE(openThroughTheMenu(window));
    EXPECT_EQ(window.document()->path(), QFileInfo(m_good).absoluteFilePath());
    EXPECT_EQ(rows(window), 3);
    EXPECT_TRUE(window.windowTitle().startsWith(u"good.awbcase"_s));
    EXPECT_TRUE(window.findChild<QLabel *>(u"caseStatusLabel"_s)->text().contains(u"good.awbcase"_s));
    EXPECT_TRUE(window.findChild<QAction *>(u"saveCaseAsAction"_s)->isEnabled());
}

TEST_P(HostileCaseTest, IsRefusedWithNoCaseOpenAndTheWindowStaysUsable)
{
    MainWindow window;
    window.show();
    ASSERT_FALSE(window.document()->isOpen());
    ASSERT_NO_FATAL_FAILURE(openThroughTheMenu(window));
    EXPECT_FALSE(window.document()->isOpen());
    EXPECT_EQ(rows(window), 0);
    EXPECT_EQ(window.findChild<QLabel *>(u"caseStatusLabel"_s)->text(), u"No case open"_s);
    EXPECT_FALSE(window.findChild<QAction *>(u"saveCaseAsAction"_s)->isEnabled());

    // The same window then opens a sound case from the same menu.
    MessageBox::clearLastShown();
    FileDialog::setNextFileName(m_good);
    window.findChild<QAction *>(u"openCaseAction"_s)->trigger();
    EXPECT_FALSE(MessageBox::lastShown());
    EXPECT_EQ(window.document()->path(), QFileInfo(m_good).absoluteFilePath());
    EXPECT_EQ(rows(window), 3);
    EXPECT_EQ(contents(m_hostile), m_before);
}

INSTANTIATE_TEST_SUITE_P(Files,
                         HostileCaseTest,
                         ::testing::Range(0, int(hostileFiles().size())),
                         [](const ::testing::TestParamInfo<int> &info) {
                             QString name = QString::fromLatin1(hostileFiles().at(size_t(info.param)).name);
                             name.replace(u' ', u'_').remove(u'-');
                             return name.toStdString();
                         });

} // namespace
} // namespace awb::ui
