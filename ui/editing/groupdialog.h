// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/records.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace awb::ui {

class CaseEditor;
class EditableTable;
class FormField;

/**
 * Creates or edits an actor group: name, kind, country, sponsor and its source, description, and the tables
 * of alias claims (alias, source, note), sub-units (child group, source, note) and external ids. An alias is
 * one source's claim, never a merge: when another group has the same name or alias, the row says so ("also
 * claimed for Lazarus Group (MISP Project)") and both groups stay. OK saves through the CaseEditor.
 */
class GroupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupDialog)

public:
    /** Edits group @p id, or creates a new one when @p id is not valid. */
    GroupDialog(CaseEditor *editor, GroupId id, QWidget *parent = nullptr);

    GroupId groupId() const { return m_saved; }

    /** The group as the fields describe it, built on the stored record (its sources are kept). */
    ActorGroup group() const;
    /** The sub-unit relations as the table describes them (without ids or parent). */
    std::vector<GroupRelation> subUnits() const;
    bool validateInput();

public slots:
    void accept() override;

private:
    enum AliasColumn { AliasName, AliasSource, AliasNote, AliasElsewhere };

    enum SubUnitColumn { SubUnitGroup, SubUnitSource, SubUnitNote };

    enum ExternalColumn { ExternalSystem, ExternalIdentifier, ExternalUrl, ExternalSource };

    enum Tab { DetailsTab, AliasesTab, SubUnitsTab, ExternalIdsTab };

    QWidget *createDetailsPage();
    /** The tables of aliases, sub-units and external ids, on their tabs (groupdialogtables.cpp). */
    void createTables();
    void load(GroupId id);
    void showGroup(const std::vector<GroupRelation> &subUnits);
    /** "also claimed for Lazarus Group (MISP Project)" for each other group that has @p alias as name or alias. */
    QString otherClaims(const QString &alias) const;
    void updateOtherClaims(int row);
    QString aliasError() const;
    QString subUnitError() const;
    QString externalIdError() const;
    QString sourceName(SourceId id) const;

    CaseEditor *m_editor = nullptr;
    ActorGroup m_original;
    std::vector<ActorGroup> m_groups;
    std::vector<Source> m_sources;
    GroupId m_saved;
    bool m_loaded = false;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_sponsor = nullptr;
    QComboBox *m_sponsorSource = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_partOf = nullptr;
    EditableTable *m_aliases = nullptr;
    EditableTable *m_subUnits = nullptr;
    EditableTable *m_externalIds = nullptr;
    FormField *m_nameField = nullptr;
    FormField *m_countryField = nullptr;
    FormField *m_aliasesField = nullptr;
    FormField *m_subUnitsField = nullptr;
    FormField *m_externalIdsField = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace awb::ui
