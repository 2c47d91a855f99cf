// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/casedocument.h"

#include "core/db/sqlitecasestore.h"
#include "core/store/casestore.h"
#include "testcase.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

class CaseDocumentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_casePath = m_dir.filePath(u"small.awbcase"_s);
        auto written = test::writeSmallCase(m_casePath);
        ASSERT_TRUE(written) << describe(written.error()).toStdString();
    }

    QTemporaryDir m_dir;
    QString m_casePath;
};

TEST_F(CaseDocumentTest, OpensACaseAndAnnouncesIt)
{
    CaseDocument document;
    QSignalSpy changed(&document, &CaseDocument::caseChanged);
    ASSERT_TRUE(document.open(m_casePath));
    EXPECT_EQ(changed.count(), 1);
    ASSERT_TRUE(document.isOpen());
    EXPECT_EQ(document.path(), QFileInfo(m_casePath).absoluteFilePath());
    EXPECT_FALSE(document.isReadOnly());
    EXPECT_TRUE(document.notice().isEmpty());
    EXPECT_EQ(document.store()->stats()->incidents, 3);

    document.close();
    EXPECT_EQ(changed.count(), 2);
    EXPECT_FALSE(document.isOpen());
    EXPECT_TRUE(document.path().isEmpty());
}

TEST_F(CaseDocumentTest, AFailedOpenKeepsThePreviousCase)
{
    const QString text = m_dir.filePath(u"notes.awbcase"_s);
    ASSERT_TRUE(test::writeFile(text, QByteArray(4096, 'x')));
    const QString truncated = m_dir.filePath(u"truncated.awbcase"_s);
    QFile original(m_casePath);
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    ASSERT_TRUE(test::writeFile(truncated, original.read(1000)));

    CaseDocument document;
    ASSERT_TRUE(document.open(m_casePath));
    QSignalSpy changed(&document, &CaseDocument::caseChanged);

    auto notCase = document.open(text);
    ASSERT_FALSE(notCase);
    EXPECT_EQ(notCase.error().code, Error::Code::NotACase);
    auto damaged = document.open(truncated);
    ASSERT_FALSE(damaged);
    EXPECT_EQ(damaged.error().code, Error::Code::Corrupt);
    auto missing = document.open(m_dir.filePath(u"missing.awbcase"_s));
    ASSERT_FALSE(missing);

    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(document.path(), QFileInfo(m_casePath).absoluteFilePath());
    EXPECT_EQ(document.store()->stats()->incidents, 3);
}

TEST_F(CaseDocumentTest, ARequestedReadOnlyOpenCarriesANotice)
{
    CaseDocument document;
    ASSERT_TRUE(document.open(m_casePath, true));
    EXPECT_TRUE(document.isReadOnly());
    EXPECT_FALSE(document.notice().isEmpty());
    EXPECT_FALSE(document.store()->setMeta(u"k"_s, u"v"_s));
}

TEST_F(CaseDocumentTest, AFileWithoutWritePermissionOpensReadOnlyWithTheStoresNotice)
{
    ASSERT_TRUE(QFile::setPermissions(m_casePath, QFileDevice::ReadOwner | QFileDevice::ReadUser));
    CaseDocument document;
    ASSERT_TRUE(document.open(m_casePath));
    EXPECT_TRUE(document.isReadOnly());
    EXPECT_EQ(document.notice(), u"You do not have permission to change this file, so it is open read-only."_s);
}

TEST_F(CaseDocumentTest, SavesACopyThatOpensWithTheSameRecords)
{
    CaseDocument document;
    ASSERT_TRUE(document.open(m_casePath));
    const QString copy = m_dir.filePath(u"copy.awbcase"_s);
    ASSERT_TRUE(document.saveCopyAs(copy));
    EXPECT_EQ(document.path(), QFileInfo(m_casePath).absoluteFilePath()); // the open case is unchanged

    CaseDocument reopened;
    ASSERT_TRUE(reopened.open(copy));
    EXPECT_EQ(reopened.store()->stats()->incidents, 3);
    EXPECT_EQ(*reopened.store()->incidents(), *document.store()->incidents());

    auto onto = document.saveCopyAs(m_casePath);
    ASSERT_FALSE(onto);
    EXPECT_EQ(onto.error().code, Error::Code::InvalidInput);
}

TEST_F(CaseDocumentTest, TakesOverAnInMemoryStoreAndSavesItToAFile)
{
    auto store = db::SqliteCaseStore::createInMemory();
    ASSERT_TRUE(store);
    ASSERT_TRUE(test::fillSmallCase(**store));
    CaseDocument document;
    QSignalSpy changed(&document, &CaseDocument::caseChanged);
    document.setStore(std::move(*store), u"in memory"_s);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(document.isOpen());
    EXPECT_EQ(document.notice(), u"in memory"_s);

    const QString file = m_dir.filePath(u"saved.awbcase"_s);
    ASSERT_TRUE(document.saveCopyAs(file));
    CaseDocument reopened;
    ASSERT_TRUE(reopened.open(file));
    EXPECT_EQ(reopened.store()->stats()->incidents, 3);
}

} // namespace
} // namespace awb::ui
