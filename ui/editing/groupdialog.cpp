// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/groupdialog.h"

#include "core/store/casestore.h"
#include "ui/dialogs/messagebox.h"
#include "ui/editing/caseeditor.h"
#include "ui/editing/editabletable.h"
#include "ui/editing/formfield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

GroupDialog::GroupDialog(CaseEditor *editor, GroupId id, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_tabs(new QTabWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"groupDialog"_s);
    setWindowTitle(id.isValid() ? tr("Edit Group") : tr("New Group"));
    m_tabs->setObjectName(u"groupTabWidget"_s);
    m_buttons->setObjectName(u"groupButtonBox"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GroupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &GroupDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    load(id);
    resize(sizeHint().expandedTo(QSize(820, 560)));
}

QWidget *GroupDialog::createDetailsPage()
{
    auto *page = new QWidget(this);
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"groupNameLineEdit"_s);
    m_name->setPlaceholderText(tr("The name the case tracks the group under, required"));
    m_kind = new QComboBox(page);
    m_kind->setObjectName(u"groupKindComboBox"_s);
    m_kind->addItem(tr("Group"), u"group"_s);
    m_kind->addItem(tr("Sub-unit of another group"), u"sub-unit"_s);
    m_kind->addItem(tr("Cluster of activity"), u"cluster"_s);
    m_kind->addItem(tr("Unnamed (no tracked group named)"), u"unnamed"_s);
    m_country = new QLineEdit(page);
    m_country->setObjectName(u"groupCountryLineEdit"_s);
    m_country->setPlaceholderText(tr("ISO code such as KP"));
    m_country->setMaxLength(2);
    m_sponsor = new QLineEdit(page);
    m_sponsor->setObjectName(u"sponsorLineEdit"_s);
    m_sponsor->setPlaceholderText(tr("The state body it works for, such as the RGB"));
    m_sponsorSource = new QComboBox(page);
    m_sponsorSource->setObjectName(u"sponsorSourceComboBox"_s);
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(u"groupDescriptionPlainTextEdit"_s);
    m_description->setTabChangesFocus(true);
    m_nameField = new FormField(m_name, u"groupNameErrorLabel"_s, page);
    m_countryField = new FormField(m_country, u"groupCountryErrorLabel"_s, page);

    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form::addRow(form, tr("&Name:"), m_nameField, tr("The name the case uses for the group"));
    form::addRow(form, tr("&Kind:"), m_kind, tr("Whether the group is a named actor, a sub-unit or unnamed"));
    form::addRow(form, tr("&Country:"), m_countryField, tr("The state the group works for, as a two-letter ISO code"));
    form::addRow(form, tr("&Sponsor:"), m_sponsor, tr("The state body the group works for"));
    form::addRow(form, tr("Sponsor s&ource:"), m_sponsorSource, tr("The source that names the sponsor"));
    form::addRow(form, tr("&Description:"), m_description, tr("What the group is known for"));
    connect(m_name, &QLineEdit::textChanged, this, &GroupDialog::validateInput);
    connect(m_country, &QLineEdit::textChanged, this, &GroupDialog::validateInput);
    return page;
}

void GroupDialog::load(GroupId id)
{
    CaseStore *store = m_editor->store();
    auto groups = store ? store->groups() : fail(Error::Code::InvalidInput, tr("No case is open."));
    auto sources = store ? store->sources() : fail(Error::Code::InvalidInput, tr("No case is open."));
    auto relations = store ? store->relations() : fail(Error::Code::InvalidInput, tr("No case is open."));
    auto subUnits = id.isValid() ? m_editor->subUnits(id) : Result<std::vector<GroupRelation>>();
    std::optional<Error> error;
    for (const Error *e : {groups ? nullptr : &groups.error(), sources ? nullptr : &sources.error(),
                           relations ? nullptr : &relations.error(), subUnits ? nullptr : &subUnits.error()}) {
        if (e && !error) {
            error = *e;
        }
    }
    if (!error && id.isValid()) {
        const auto it = std::find_if(groups->begin(), groups->end(), [id](const ActorGroup &g) { return g.id == id; });
        if (it == groups->end()) {
            error = Error{Error::Code::NotFound, tr("The group no longer exists."), {}};
        } else {
            m_original = *it;
        }
    }
    if (error) {
        auto *message = new QLabel(tr("The group could not be read: %1").arg(error->message), this);
        message->setObjectName(u"groupLoadErrorLabel"_s);
        message->setTextFormat(Qt::PlainText);
        m_tabs->addTab(message, tr("Details"));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_groups = std::move(*groups);
    m_sources = std::move(*sources);
    m_tabs->addTab(createDetailsPage(), tr("Details"));
    createTables();
    QStringList parents;
    for (const GroupRelation &relation : *relations) {
        if (id.isValid() && relation.child == id && relation.kind == u"sub-unit"_s) {
            const auto parent = std::find_if(m_groups.begin(), m_groups.end(),
                                             [&](const ActorGroup &g) { return g.id == relation.parent; });
            if (parent != m_groups.end()) {
                parents << tr("%1 (per %2)").arg(parent->name, sourceName(relation.source));
            }
        }
    }
    m_partOf->setText(parents.isEmpty() ? QString() : tr("Listed as a sub-unit of: %1").arg(parents.join(u"; "_s)));
    m_partOf->setVisible(!parents.isEmpty());
    m_loaded = true;
    showGroup(*subUnits);
    validateInput();
}

void GroupDialog::showGroup(const std::vector<GroupRelation> &subUnits)
{
    const ActorGroup &g = m_original;
    m_name->setText(g.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(g.kind)));
    m_country->setText(g.country.value_or(QString()));
    m_sponsor->setText(g.sponsor);
    form::fillSources(m_sponsorSource, m_sources, tr("None"));
    form::selectId(m_sponsorSource, g.sponsorSource ? std::optional(g.sponsorSource->value) : std::nullopt);
    m_description->setPlainText(g.description);
    for (const AliasClaim &alias : g.aliases) {
        const int row = m_aliases->addRow();
        m_aliases->setText(row, AliasName, alias.alias);
        m_aliases->setChoice(row, AliasSource, alias.source.value);
        m_aliases->setText(row, AliasNote, alias.note);
        updateOtherClaims(row);
    }
    for (const GroupRelation &relation : subUnits) {
        const int row = m_subUnits->addRow();
        m_subUnits->setChoice(row, SubUnitGroup, relation.child.value);
        m_subUnits->setChoice(row, SubUnitSource, relation.source.value);
        m_subUnits->setText(row, SubUnitNote, relation.note);
    }
    for (const ExternalId &ext : g.externalIds) {
        const int row = m_externalIds->addRow();
        m_externalIds->setText(row, ExternalSystem, ext.system);
        m_externalIds->setText(row, ExternalIdentifier, ext.externalId);
        m_externalIds->setText(row, ExternalUrl, ext.url.value_or(QString()));
        m_externalIds->setChoice(row, ExternalSource, ext.source.value);
    }
}

ActorGroup GroupDialog::group() const
{
    ActorGroup g = m_original; // keeps the group's sources and the synthetic flag
    g.name = m_name->text().trimmed();
    g.kind = m_kind->currentData().toString();
    g.country = form::optionalText(m_country).transform([](const QString &c) { return c.toUpper(); });
    g.sponsor = m_sponsor->text().trimmed();
    const auto sponsorSource = form::selectedId(m_sponsorSource);
    g.sponsorSource = sponsorSource ? std::optional(SourceId{*sponsorSource}) : std::nullopt;
    g.description = m_description->toPlainText().trimmed();
    g.aliases.clear();
    for (int row = 0; row < m_aliases->rowCount(); ++row) {
        g.aliases.push_back(AliasClaim{m_aliases->text(row, AliasName),
                                       SourceId{m_aliases->choice(row, AliasSource).value_or(0)},
                                       m_aliases->text(row, AliasNote)});
    }
    g.externalIds.clear();
    for (int row = 0; row < m_externalIds->rowCount(); ++row) {
        const QString url = m_externalIds->text(row, ExternalUrl);
        g.externalIds.push_back(ExternalId{m_externalIds->text(row, ExternalSystem),
                                           m_externalIds->text(row, ExternalIdentifier),
                                           url.isEmpty() ? std::nullopt : std::optional(url),
                                           SourceId{m_externalIds->choice(row, ExternalSource).value_or(0)}});
    }
    return g;
}

std::vector<GroupRelation> GroupDialog::subUnits() const
{
    std::vector<GroupRelation> relations;
    for (int row = 0; row < m_subUnits->rowCount(); ++row) {
        relations.push_back(GroupRelation{0, m_original.id, GroupId{m_subUnits->choice(row, SubUnitGroup).value_or(0)},
                                          u"sub-unit"_s, SourceId{m_subUnits->choice(row, SubUnitSource).value_or(0)},
                                          m_subUnits->text(row, SubUnitNote)});
    }
    return relations;
}

bool GroupDialog::validateInput()
{
    if (!m_loaded) {
        return false;
    }
    const QString name = m_name->text().trimmed();
    QString nameError = name.isEmpty() && m_name->isModified() ? tr("Enter a name.") : QString();
    const bool taken = std::any_of(m_groups.begin(), m_groups.end(),
                                   [&](const ActorGroup &g) { return g.id != m_original.id && g.name == name; });
    if (taken) {
        nameError = tr("Another group is already named “%1”. Record the name as an alias claim instead.").arg(name);
    }
    bool invalid = m_nameField->setError(nameError) || name.isEmpty();
    const QString countryError = form::countryError(m_country->text());
    invalid |= m_countryField->setError(countryError);
    if (countryError.isEmpty()) {
        m_countryField->setHint(form::countryHint(m_country->text()));
    }
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const std::tuple<FormField *, QString, int, EditableTable *, QString> tables[] = {
        {m_aliasesField, aliasError(), AliasesTab, m_aliases, tr("Aliases (%1)")},
        {m_subUnitsField, subUnitError(), SubUnitsTab, m_subUnits, tr("Sub-units (%1)")},
        {m_externalIdsField, externalIdError(), ExternalIdsTab, m_externalIds, tr("External IDs (%1)")}};
    for (const auto &[field, error, tab, table, title] : tables) {
        invalid |= field->setError(error);
        m_tabs->setTabIcon(tab, error.isEmpty() ? QIcon() : warning);
        m_tabs->setTabText(tab, title.arg(table->rowCount()));
    }
    m_tabs->setTabIcon(DetailsTab, nameError.isEmpty() && countryError.isEmpty() ? QIcon() : warning);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!invalid);
    return !invalid;
}

void GroupDialog::accept()
{
    if (!validateInput()) {
        return;
    }
    const ActorGroup edited = group();
    Result<GroupId> saved = edited.id.isValid()
                                ? m_editor->updateGroup(edited, subUnits()).transform([&] { return edited.id; })
                                : m_editor->addGroup(edited, subUnits());
    if (!saved) {
        MessageBox::critical(this, tr("Could Not Save the Group"), saved.error().message, saved.error().detail);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace awb::ui
