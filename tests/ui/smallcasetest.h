// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testcase.h"
#include "ui/dialogs/messagebox.h"
#include "ui/import/importrunner.h"
#include "ui/mainwindow.h"
#include "ui/models/itemdatarole.h"

#include <QCoreApplication>
#include <QLabel>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace awb::test {

/** A file of tests/data/import-e2e, the transaction files the GUI tests import. */
inline QString importFixture(const QString &name)
{
    return QString::fromUtf8(AWB_IMPORT_DATA) + u'/' + name;
}

/** Waits for the window's running import and lets its end reach the window (the watcher's signal is queued). */
inline void waitForImport(ui::MainWindow &window)
{
    window.importRunner()->waitForFinished();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

/** A GUI test on a fresh copy of the small case, with the settings and the last message box cleared around it. */
class SmallCaseWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        using namespace Qt::Literals::StringLiterals;
        QSettings().clear();
        ui::MessageBox::clearLastShown();
        ASSERT_TRUE(m_dir.isValid());
        m_casePath = m_dir.filePath(u"small.awbcase"_s);
        auto written = writeSmallCase(m_casePath);
        ASSERT_TRUE(written) << describe(written.error()).toStdString();
        m_case = *written;
    }

    void TearDown() override { QSettings().clear(); }

    static QTableView *table(const ui::MainWindow &w)
    {
        return w.findChild<QTableView *>(QStringLiteral("incidentTableView"));
    }

    static QLabel *label(const ui::MainWindow &w, const QString &name) { return w.findChild<QLabel *>(name); }

    /** Makes the row of incident @p id current, as a click would. */
    static bool selectIncident(const ui::MainWindow &w, IncidentId id)
    {
        QTableView *view = table(w);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, 1);
            if (index.data(ui::IdRole).toLongLong() == id.value) {
                view->setCurrentIndex(index);
                return true;
            }
        }
        return false;
    }

    QTemporaryDir m_dir;
    QString m_casePath;
    SmallCase m_case;
};

} // namespace awb::test
