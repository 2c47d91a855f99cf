// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The editing dialogs, the Edit menu and the CaseEditor's undo history, driven as a user would.
#include "core/db/sqlitecasestore.h"
#include "core/store/casestore.h"
#include "testcase.h"
#include "tests/core/testcase.h"
#include "ui/casedocument.h"
#include "ui/dialogs/messagebox.h"
#include "ui/editing/attributiondialog.h"
#include "ui/editing/caseeditor.h"
#include "ui/editing/editactions.h"
#include "ui/editing/groupdialog.h"
#include "ui/editing/incidentdialog.h"
#include "ui/editing/recordlistdialog.h"
#include "ui/editing/sourcedialog.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

Source newSource(const QString &title)
{
    Source source;
    source.title = title;
    source.publisher = u"Example publisher"_s;
    source.kind = u"press"_s;
    return source;
}

class EditingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto store = db::SqliteCaseStore::createInMemory();
        ASSERT_TRUE(store);
        m_store = store->get();
        auto ids = test::fillSmallCase(*m_store);
        ASSERT_TRUE(ids) << describe(ids.error()).toStdString();
        m_case = *ids;
        m_document.setStore(std::move(*store));
        MessageBox::clearLastShown();
    }

    template <typename T>
    static T *child(const QWidget &parent, const QString &name)
    {
        T *widget = parent.findChild<T *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    /** Replaces the text of @p edit as a user would: select all, then type. */
    static void type(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    static QPushButton *okButton(const QWidget &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    /** The message shown under the field, or "" when it is hidden. */
    static QString message(const QWidget &dialog, const QString &name)
    {
        const QLabel *label = child<QLabel>(dialog, name);
        return label && !label->isHidden() ? label->text() : QString(); // it may be on a tab not shown
    }

    Incident incident(IncidentId id) { return test::ok(m_store->incident(id)); }

    db::SqliteCaseStore *m_store = nullptr;
    test::SmallCase m_case;
    CaseDocument m_document;
    CaseEditor m_editor{&m_document};
};

TEST_F(EditingTest, IncidentDialogShowsWhatIsWrongNextToTheField)
{
    const Incident original = incident(m_case.bybit);
    IncidentDialog dialog(&m_editor, m_case.bybit);
    dialog.show();
    EXPECT_EQ(child<QLineEdit>(dialog, u"titleLineEdit"_s)->text(), original.title);
    EXPECT_TRUE(okButton(dialog)->isEnabled());

    type(child<QLineEdit>(dialog, u"startDateLineEdit"_s), u"2025-02-30"_s);
    EXPECT_TRUE(message(dialog, u"startDateErrorLabel"_s).startsWith(u"Use YYYY-MM-DD"_s));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    type(child<QLineEdit>(dialog, u"victimCountryLineEdit"_s), u"XX"_s);
    EXPECT_EQ(message(dialog, u"victimCountryErrorLabel"_s), u"Use an ISO 3166-1 two-letter code such as JP or KR."_s);
    type(child<QLineEdit>(dialog, u"lossUsdLineEdit"_s), u"-5"_s);
    EXPECT_EQ(message(dialog, u"lossUsdErrorLabel"_s), u"The loss cannot be negative."_s);
    type(child<QLineEdit>(dialog, u"endDateLineEdit"_s), u"2025-02-01"_s);
    EXPECT_FALSE(okButton(dialog)->isEnabled());

    type(child<QLineEdit>(dialog, u"startDateLineEdit"_s), u"2025-02-20"_s);
    EXPECT_EQ(message(dialog, u"startDateErrorLabel"_s), QString());
    EXPECT_EQ(message(dialog, u"endDateErrorLabel"_s), u"The end date cannot be before the start date."_s);
    type(child<QLineEdit>(dialog, u"endDateLineEdit"_s), u"2025-02-22"_s);
    type(child<QLineEdit>(dialog, u"victimCountryLineEdit"_s), u"sg"_s);
    EXPECT_TRUE(message(dialog, u"victimCountryErrorLabel"_s).startsWith(u"SG — "_s)); // a grey hint now
    type(child<QLineEdit>(dialog, u"lossUsdLineEdit"_s), u"1,460,000,000"_s);
    EXPECT_EQ(message(dialog, u"lossUsdErrorLabel"_s), QString());
    ASSERT_TRUE(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    Incident expected = original;
    expected.startDate = u"2025-02-20"_s;
    expected.endDate = u"2025-02-22"_s;
    expected.victimCountry = u"SG"_s;
    expected.lossUsd = 1460000000;
    EXPECT_EQ(incident(m_case.bybit), expected); // claims and native losses kept
    EXPECT_EQ(m_editor.undoStack()->count(), 1);
    EXPECT_TRUE(m_editor.undoStack()->undoText().startsWith(u"Edit Incident"_s));

    m_editor.undoStack()->undo();
    EXPECT_EQ(incident(m_case.bybit), original);
    m_editor.undoStack()->redo();
    EXPECT_EQ(incident(m_case.bybit), expected);
}

TEST_F(EditingTest, ALossNeedsItsSourceAndAnEmptyTitleIsMarkedOnceTouched)
{
    IncidentDialog dialog(&m_editor, IncidentId{});
    dialog.show();
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    EXPECT_EQ(message(dialog, u"titleErrorLabel"_s), QString()); // untouched: the placeholder says "Required"
    type(child<QLineEdit>(dialog, u"titleLineEdit"_s), u"x"_s);
    type(child<QLineEdit>(dialog, u"titleLineEdit"_s), QString());
    EXPECT_EQ(message(dialog, u"titleErrorLabel"_s), u"Enter a title."_s);
    type(child<QLineEdit>(dialog, u"titleLineEdit"_s), u"Atomic Wallet theft"_s);
    type(child<QLineEdit>(dialog, u"startDateLineEdit"_s), u"2023-06"_s);
    EXPECT_TRUE(okButton(dialog)->isEnabled());
    type(child<QLineEdit>(dialog, u"lossUsdLineEdit"_s), u"100000000"_s);
    EXPECT_EQ(message(dialog, u"lossSourceErrorLabel"_s), u"Name the source of the loss figure."_s);
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    auto *lossSource = child<QComboBox>(dialog, u"lossSourceComboBox"_s);
    lossSource->setCurrentIndex(lossSource->findData(m_case.fbi.value));
    ASSERT_TRUE(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    const Incident added = incident(dialog.incidentId());
    EXPECT_EQ(added.title, u"Atomic Wallet theft"_s);
    EXPECT_EQ(added.startDate, u"2023-06"_s);
    EXPECT_EQ(added.lossUsdSource, m_case.fbi);
    m_editor.undoStack()->undo();
    EXPECT_EQ(m_store->incident(dialog.incidentId()).error().code, Error::Code::NotFound);
    m_editor.undoStack()->redo();
    EXPECT_EQ(incident(dialog.incidentId()), added); // back under the same id
}

TEST_F(EditingTest, DeletingAnIncidentAsksAndUndoRestoresEverythingThatWentWithIt)
{
    QWidget window;
    EditActions actions(&m_document, &window);
    const Incident ronin = incident(m_case.ronin);
    const auto attributions = test::ok(m_store->attributions(m_case.ronin));
    const auto roles = test::ok(m_store->incidentAddresses(m_case.ronin));
    ASSERT_EQ(attributions.size(), 1u);
    ASSERT_EQ(roles.size(), 1u);
    EXPECT_FALSE(actions.deleteIncidentAction()->isEnabled());
    actions.setCurrentIncident(m_case.ronin);
    EXPECT_TRUE(actions.deleteIncidentAction()->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::No);
    actions.deleteIncidentAction()->trigger();
    EXPECT_TRUE(MessageBox::lastShown()->text.contains(u"attributions (1) and wallet roles (1)"_s));
    EXPECT_TRUE(m_store->incident(m_case.ronin).has_value());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    actions.deleteIncidentAction()->trigger();
    EXPECT_EQ(m_store->incident(m_case.ronin).error().code, Error::Code::NotFound);
    EXPECT_TRUE(test::ok(m_store->attributions(m_case.ronin)).empty());
    EXPECT_FALSE(actions.deleteIncidentAction()->isEnabled()); // nothing is current any more

    actions.undoAction()->trigger();
    EXPECT_EQ(incident(m_case.ronin), ronin);
    EXPECT_EQ(test::ok(m_store->attributions(m_case.ronin)), attributions); // with their old ids
    EXPECT_EQ(test::ok(m_store->incidentAddresses(m_case.ronin)), roles);
}

TEST_F(EditingTest, TheEditMenuHasTheStandardUndoShortcutsAndFollowsTheCase)
{
    QWidget window;
    EditActions actions(&m_document, &window);
    EXPECT_EQ(actions.undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_EQ(actions.redoAction()->shortcut(), QKeySequence(QKeySequence::Redo));
    EXPECT_EQ(actions.menu()->actions().front(), actions.undoAction());
    EXPECT_FALSE(actions.undoAction()->isEnabled());
    ASSERT_TRUE(actions.editor()->addSource(newSource(u"AT&T breach report"_s)));
    EXPECT_TRUE(actions.undoAction()->isEnabled());
    // The menu shows the "&" of the title instead of taking it for a mnemonic; the command's text keeps it as is.
    EXPECT_EQ(actions.undoAction()->text(), u"&Undo Add Source “AT&&T breach report”"_s);
    EXPECT_EQ(actions.editor()->undoStack()->text(0), u"Add Source “AT&T breach report”"_s);

    // The history ends with the case.
    m_document.close();
    EXPECT_EQ(actions.editor()->undoStack()->count(), 0);
    EXPECT_FALSE(actions.undoAction()->isEnabled());
    const auto menuActions = actions.menu()->actions();
    for (QAction *action : menuActions) {
        if (!action->isSeparator()) {
            EXPECT_FALSE(action->isEnabled()) << action->objectName().toStdString();
        }
    }
}

TEST_F(EditingTest, DeletingAGroupThatAttributionsNameIsRefusedWithACount)
{
    RecordListDialog dialog(&m_editor, RecordListDialog::Kind::Groups, IncidentId{});
    dialog.show();
    ASSERT_TRUE(dialog.selectRecord(m_case.lazarus.value));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(dialog, u"groupsDeleteButton"_s), Qt::LeftButton);
    ASSERT_TRUE(MessageBox::lastShown());
    EXPECT_EQ(MessageBox::lastShown()->icon, QMessageBox::Warning);
    EXPECT_EQ(MessageBox::lastShown()->text,
              u"Lazarus Group is named by 2 attributions; remove or reassign them first."_s);
    EXPECT_TRUE(m_store->group(m_case.lazarus).has_value());
    EXPECT_EQ(m_editor.undoStack()->count(), 0); // a refused edit is never pushed

    // A group nothing names goes, and Undo in the dialog brings it back.
    ActorGroup unnamed;
    unnamed.name = u"Unnamed cluster"_s;
    const GroupId id = test::ok(m_editor.addGroup(unnamed, {}));
    ASSERT_TRUE(dialog.selectRecord(id.value));
    MessageBox::clearLastShown();
    QTest::mouseClick(child<QPushButton>(dialog, u"groupsDeleteButton"_s), Qt::LeftButton);
    EXPECT_FALSE(MessageBox::lastShown());
    EXPECT_FALSE(dialog.selectRecord(id.value));
    QTest::mouseClick(child<QPushButton>(dialog, u"groupsUndoButton"_s), Qt::LeftButton);
    EXPECT_TRUE(dialog.selectRecord(id.value));
}

TEST_F(EditingTest, DeletingACitedSourceIsRefusedWithWhatCitesIt)
{
    RecordListDialog dialog(&m_editor, RecordListDialog::Kind::Sources, IncidentId{});
    dialog.show();
    ASSERT_TRUE(dialog.selectRecord(m_case.press.value));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(child<QPushButton>(dialog, u"sourcesDeleteButton"_s), Qt::LeftButton);
    ASSERT_TRUE(MessageBox::lastShown());
    EXPECT_EQ(MessageBox::lastShown()->title, u"Cannot Delete the Source"_s);
    EXPECT_EQ(MessageBox::lastShown()->text,
              u"“Bybit loses $1.46bn in cold-wallet hack” is cited by 1 incident, 1 claim, 1 native-unit loss and "
              u"1 attribution; remove or replace those citations first."_s);
    EXPECT_TRUE(m_store->source(m_case.press).has_value());
}

TEST_F(EditingTest, AnAliasClaimedForAnotherGroupSaysSoAndNothingIsMerged)
{
    ActorGroup trader = test::ok(m_store->group(m_case.traderTraitor));
    trader.aliases = {AliasClaim{u"Jade Sleet"_s, m_case.press, {}}};
    test::ok(m_store->updateGroup(trader));

    GroupDialog dialog(&m_editor, m_case.lazarus);
    dialog.show();
    QTest::mouseClick(child<QPushButton>(dialog, u"aliasesAddButton"_s), Qt::LeftButton);
    auto *table = child<QTableWidget>(dialog, u"aliasesTableWidget"_s);
    ASSERT_EQ(table->rowCount(), 1);
    table->item(0, 0)->setText(u"jade sleet"_s);
    EXPECT_EQ(table->item(0, 3)->text(), u"also claimed for TraderTraitor (Example News)"_s);
    EXPECT_FALSE(okButton(dialog)->isEnabled()); // the claim needs its source
    EXPECT_TRUE(message(dialog, u"aliasesErrorLabel"_s).startsWith(u"Row 1:"_s));
    auto *source = qobject_cast<QComboBox *>(table->cellWidget(0, 1));
    source->setCurrentIndex(source->findData(m_case.fbi.value));
    QTest::mouseClick(child<QPushButton>(dialog, u"aliasesAddButton"_s), Qt::LeftButton);
    table->item(1, 0)->setText(u"TraderTraitor"_s);
    EXPECT_EQ(table->item(1, 3)->text(), u"the name of TraderTraitor"_s);
    table->removeRow(1);
    dialog.validateInput();
    ASSERT_TRUE(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    EXPECT_EQ(test::ok(m_store->groups()).size(), 2u);
    const std::vector<AliasClaim> expected{AliasClaim{u"jade sleet"_s, m_case.fbi, {}}};
    EXPECT_EQ(test::ok(m_store->group(m_case.lazarus)).aliases, expected);
    EXPECT_EQ(test::ok(m_store->group(m_case.traderTraitor)).aliases, trader.aliases);
}

TEST_F(EditingTest, SubUnitsAreSavedWithTheGroupInOneUndoableStep)
{
    GroupDialog dialog(&m_editor, m_case.lazarus);
    dialog.show();
    type(child<QLineEdit>(dialog, u"groupCountryLineEdit"_s), u"K"_s);
    EXPECT_FALSE(message(dialog, u"groupCountryErrorLabel"_s).isEmpty());
    type(child<QLineEdit>(dialog, u"groupCountryLineEdit"_s), u"KP"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"subUnitsAddButton"_s), Qt::LeftButton);
    auto *table = child<QTableWidget>(dialog, u"subUnitsTableWidget"_s);
    auto *group = qobject_cast<QComboBox *>(table->cellWidget(0, 0));
    EXPECT_EQ(group->findData(m_case.lazarus.value), -1); // not a sub-unit of itself
    group->setCurrentIndex(group->findData(m_case.traderTraitor.value));
    auto *source = qobject_cast<QComboBox *>(table->cellWidget(0, 1));
    source->setCurrentIndex(source->findData(m_case.fbi.value));
    table->item(0, 2)->setText(u"per the FBI PSA"_s);
    ASSERT_TRUE(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    const auto relations = test::ok(m_store->relations());
    ASSERT_EQ(relations.size(), 1u);
    EXPECT_EQ(relations[0].parent, m_case.lazarus);
    EXPECT_EQ(relations[0].child, m_case.traderTraitor);
    EXPECT_EQ(relations[0].kind, u"sub-unit"_s);
    EXPECT_EQ(relations[0].note, u"per the FBI PSA"_s);
    EXPECT_EQ(m_editor.undoStack()->count(), 1);
    m_editor.undoStack()->undo();
    EXPECT_TRUE(test::ok(m_store->relations()).empty());
    m_editor.undoStack()->redo();
    EXPECT_EQ(test::ok(m_store->relations()), relations);
}

TEST_F(EditingTest, AttributionDialogAddsACompetingAttribution)
{
    AttributionDialog dialog(&m_editor, m_case.ronin, AttributionId{});
    dialog.show();
    EXPECT_EQ(child<QLabel>(dialog, u"attributionIncidentLabel"_s)->textFormat(), Qt::PlainText);
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    auto *group = child<QComboBox>(dialog, u"attributionGroupComboBox"_s);
    group->setCurrentIndex(group->findData(m_case.traderTraitor.value));
    auto *source = child<QComboBox>(dialog, u"attributionSourceComboBox"_s);
    source->setCurrentIndex(source->findData(m_case.press.value));
    type(child<QLineEdit>(dialog, u"partyLineEdit"_s), u"Example News"_s);
    type(child<QLineEdit>(dialog, u"attributionDateLineEdit"_s), u"2022-13"_s);
    EXPECT_FALSE(message(dialog, u"attributionDateErrorLabel"_s).isEmpty());
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    type(child<QLineEdit>(dialog, u"attributionDateLineEdit"_s), u"2022-04"_s);
    auto *confidence = child<QComboBox>(dialog, u"confidenceComboBox"_s);
    confidence->setCurrentIndex(confidence->findData(u"low"_s));
    ASSERT_TRUE(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);

    const auto attributions = test::ok(m_store->attributions(m_case.ronin));
    ASSERT_EQ(attributions.size(), 2u); // both kept, the strongest first
    EXPECT_EQ(attributions[1].id, dialog.attributionId());
    EXPECT_EQ(attributions[1].group, m_case.traderTraitor);
    EXPECT_EQ(attributions[1].confidence, u"low"_s);
    EXPECT_EQ(attributions[1].date, u"2022-04"_s);
}

TEST_F(EditingTest, SourceDialogAcceptsOnlyWebAddresses)
{
    SourceDialog dialog(&m_editor, m_case.fbi);
    dialog.show();
    type(child<QLineEdit>(dialog, u"urlLineEdit"_s), u"file:///etc/passwd"_s);
    EXPECT_TRUE(message(dialog, u"urlErrorLabel"_s).startsWith(u"Only http and https"_s));
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    type(child<QLineEdit>(dialog, u"urlLineEdit"_s), u"https://www.fbi.gov/news/press-releases"_s);
    ASSERT_TRUE(okButton(dialog)->isEnabled());
    QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    EXPECT_EQ(test::ok(m_store->source(m_case.fbi)).url, u"https://www.fbi.gov/news/press-releases"_s);
    EXPECT_EQ(m_editor.undoStack()->count(), 1);
}

TEST_F(EditingTest, AnEditTheStoreRefusesIsReportedAndNeverPushed)
{
    ActorGroup duplicate;
    duplicate.name = u"Lazarus Group"_s; // names are unique
    auto r = m_editor.addGroup(duplicate, {});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Error::Code::Constraint);
    EXPECT_EQ(m_editor.undoStack()->count(), 0);
    EXPECT_EQ(test::ok(m_store->groups()).size(), 2u);

    Incident invalid = incident(m_case.bybit);
    invalid.victimCountry = u"XX"_s;
    EXPECT_EQ(m_editor.updateIncident(invalid).error().code, Error::Code::InvalidInput);
    EXPECT_EQ(m_editor.undoStack()->count(), 0);
}

TEST_F(EditingTest, AnUndoThatFindsTheRecordChangedIsReportedAndEndsTheHistory)
{
    Source fbi = test::ok(m_store->source(m_case.fbi));
    fbi.excerpt = u"edited in the workbench"_s;
    ASSERT_TRUE(m_editor.updateSource(fbi));
    ASSERT_TRUE(m_editor.addSource(newSource(u"Another source"_s)));
    m_editor.undoStack()->undo();
    ASSERT_EQ(m_editor.undoStack()->index(), 1);

    // Someone else changes the source underneath (another connection, an import).
    Source elsewhere = fbi;
    elsewhere.excerpt = u"edited elsewhere"_s;
    test::ok(m_store->updateSource(elsewhere));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_editor.undoStack()->undo();
    QCoreApplication::processEvents();

    ASSERT_TRUE(MessageBox::lastShown());
    EXPECT_EQ(MessageBox::lastShown()->title, u"Undo Failed"_s);
    EXPECT_TRUE(MessageBox::lastShown()->text.contains(u"was changed since this edit was made"_s));
    EXPECT_EQ(test::ok(m_store->source(m_case.fbi)), elsewhere); // not overwritten
    EXPECT_EQ(m_editor.undoStack()->count(), 0);
    EXPECT_FALSE(m_editor.isHistoryBroken());
    ASSERT_TRUE(m_editor.addSource(newSource(u"Editing goes on"_s)));
    EXPECT_EQ(m_editor.undoStack()->count(), 1);
}

TEST(EditingReadOnlyTest, AReadOnlyCaseCannotBeEdited)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"small.awbcase"_s);
    ASSERT_TRUE(test::writeSmallCase(path));
    CaseDocument document;
    ASSERT_TRUE(document.open(path, true));
    QWidget window;
    EditActions actions(&document, &window);
    actions.setCurrentIncident(IncidentId{1});
    for (QAction *action : actions.menu()->actions()) {
        if (!action->isSeparator()) {
            EXPECT_FALSE(action->isEnabled()) << action->objectName().toStdString();
        }
    }
    auto r = actions.editor()->addSource(newSource(u"Refused"_s));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Error::Code::ReadOnly);
    EXPECT_EQ(actions.editor()->undoStack()->count(), 0);
}

} // namespace
} // namespace awb::ui
