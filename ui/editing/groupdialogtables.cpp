// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// GroupDialog: the tables of alias claims, sub-units and external ids, and what is wrong with their rows.
#include "ui/editing/editabletable.h"
#include "ui/editing/formfield.h"
#include "ui/editing/groupdialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

/** The first row of @p table whose @p key equals that of an earlier row, with that earlier row; -1 if none. */
template <typename Key>
std::pair<int, int> firstRepeat(const EditableTable *table, Key key)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int earlier = 0; earlier < row; ++earlier) {
            if (key(row) == key(earlier)) {
                return {row, earlier};
            }
        }
    }
    return {-1, -1};
}

} // namespace

void GroupDialog::createTables()
{
    const auto fillSources = [this](QComboBox *combo) {
        form::fillSources(combo, m_sources);
    };
    using Kind = EditableTable::Kind;
    m_aliases = new EditableTable(u"aliases"_s, tr("&Add Alias"),
                                  {{tr("Alias"), Kind::Text, {}},
                                   {tr("Claimed by source"), Kind::Choice, fillSources},
                                   {tr("Note"), Kind::Text, {}},
                                   {tr("Elsewhere in the case"), Kind::Info, {}}},
                                  this);
    m_subUnits = new EditableTable(u"subUnits"_s, tr("&Add Sub-unit"),
                                   {{tr("Sub-unit"), Kind::Choice,
                                     [this](QComboBox *combo) {
                                         form::fillGroups(combo, m_groups, m_original.id);
                                     }},
                                    {tr("Reported by source"), Kind::Choice, fillSources},
                                    {tr("Note"), Kind::Text, {}}},
                                   this);
    m_externalIds = new EditableTable(u"externalIds"_s, tr("&Add External ID"),
                                      {{tr("System"), Kind::Text, {}},
                                       {tr("ID"), Kind::Text, {}},
                                       {tr("URL"), Kind::Text, {}},
                                       {tr("Source"), Kind::Choice, fillSources}},
                                      this);
    m_aliases->table()->setAccessibleName(tr("Aliases"));
    m_aliases->table()->setToolTip(tr("Other names of the group, each with the source that uses it"));
    m_subUnits->table()->setAccessibleName(tr("Sub-units"));
    m_subUnits->table()->setToolTip(tr("Groups that are part of this one"));
    m_externalIds->table()->setAccessibleName(tr("External IDs"));
    m_externalIds->table()->setToolTip(tr("The group's identifiers in other systems, such as MITRE ATT&CK"));
    m_aliases->table()->horizontalHeader()->resizeSection(AliasName, 180);
    m_aliases->table()->horizontalHeader()->resizeSection(AliasSource, 220);
    m_aliases->table()->horizontalHeader()->resizeSection(AliasNote, 160);
    m_subUnits->table()->horizontalHeader()->resizeSection(SubUnitGroup, 200);
    m_subUnits->table()->horizontalHeader()->resizeSection(SubUnitSource, 300);
    m_externalIds->table()->horizontalHeader()->resizeSection(ExternalSystem, 120);
    m_externalIds->table()->horizontalHeader()->resizeSection(ExternalIdentifier, 140);
    m_externalIds->table()->horizontalHeader()->resizeSection(ExternalUrl, 240);

    auto *aliasPage = new QWidget(this);
    auto *aliasLayout = new QVBoxLayout(aliasPage);
    auto *aliasHint = form::remark(tr("Each alias is one source's claim. A name other groups also carry stays a claim: "
                                      "the groups are never merged."),
                                   aliasPage);
    m_aliasesField = new FormField(m_aliases, u"aliasesErrorLabel"_s, aliasPage);
    aliasLayout->addWidget(aliasHint);
    aliasLayout->addWidget(m_aliasesField, 1);

    auto *subUnitPage = new QWidget(this);
    auto *subUnitLayout = new QVBoxLayout(subUnitPage);
    m_partOf = new QLabel(subUnitPage);
    m_partOf->setObjectName(u"partOfLabel"_s);
    m_partOf->setTextFormat(Qt::PlainText);
    m_partOf->setWordWrap(true);
    m_subUnitsField = new FormField(m_subUnits, u"subUnitsErrorLabel"_s, subUnitPage);
    subUnitLayout->addWidget(form::remark(tr("Groups that sources describe as units of this one."), subUnitPage));
    subUnitLayout->addWidget(m_subUnitsField, 1);
    subUnitLayout->addWidget(m_partOf);

    auto *externalPage = new QWidget(this);
    auto *externalLayout = new QVBoxLayout(externalPage);
    m_externalIdsField = new FormField(m_externalIds, u"externalIdsErrorLabel"_s, externalPage);
    externalLayout->addWidget(
        form::remark(tr("The group's ids in other catalogues, such as MITRE ATT&CK."), externalPage));
    externalLayout->addWidget(m_externalIdsField, 1);

    m_tabs->addTab(aliasPage, tr("Aliases"));
    m_tabs->addTab(subUnitPage, tr("Sub-units"));
    m_tabs->addTab(externalPage, tr("External IDs"));
    for (EditableTable *table : {m_aliases, m_subUnits, m_externalIds}) {
        connect(table, &EditableTable::edited, this, &GroupDialog::validateInput);
    }
    connect(m_aliases, &EditableTable::rowEdited, this, &GroupDialog::updateOtherClaims);
}

QString GroupDialog::aliasError() const
{
    for (int row = 0; row < m_aliases->rowCount(); ++row) {
        if (m_aliases->text(row, AliasName).isEmpty() || !m_aliases->choice(row, AliasSource)) {
            return tr("Row %1: enter the alias and choose the source that claims it.").arg(row + 1);
        }
    }
    const auto [row, earlier] = firstRepeat(m_aliases, [this](int r) {
        return std::pair(m_aliases->text(r, AliasName), m_aliases->choice(r, AliasSource));
    });
    return row < 0 ? QString()
                   : tr("Row %1 repeats row %2: the same source claims the same alias.").arg(row + 1).arg(earlier + 1);
}

QString GroupDialog::subUnitError() const
{
    for (int row = 0; row < m_subUnits->rowCount(); ++row) {
        if (!m_subUnits->choice(row, SubUnitGroup) || !m_subUnits->choice(row, SubUnitSource)) {
            return tr("Row %1: choose the sub-unit and the source that reports it.").arg(row + 1);
        }
    }
    const auto [row, earlier] = firstRepeat(m_subUnits, [this](int r) {
        return std::pair(m_subUnits->choice(r, SubUnitGroup), m_subUnits->choice(r, SubUnitSource));
    });
    return row < 0
               ? QString()
               : tr("Row %1 repeats row %2: the same source reports the same sub-unit.").arg(row + 1).arg(earlier + 1);
}

QString GroupDialog::externalIdError() const
{
    for (int row = 0; row < m_externalIds->rowCount(); ++row) {
        if (m_externalIds->text(row, ExternalSystem).isEmpty() ||
            m_externalIds->text(row, ExternalIdentifier).isEmpty() || !m_externalIds->choice(row, ExternalSource)) {
            return tr("Row %1: enter the system and the ID, and choose the source.").arg(row + 1);
        }
        if (const QString error = form::urlError(m_externalIds->text(row, ExternalUrl)); !error.isEmpty()) {
            return tr("Row %1: %2").arg(row + 1).arg(error);
        }
    }
    const auto [row, earlier] = firstRepeat(m_externalIds, [this](int r) {
        return std::pair(m_externalIds->text(r, ExternalSystem), m_externalIds->text(r, ExternalIdentifier));
    });
    return row < 0 ? QString() : tr("Row %1 repeats row %2: the same system and ID.").arg(row + 1).arg(earlier + 1);
}

QString GroupDialog::otherClaims(const QString &alias) const
{
    QStringList claims;
    if (alias.isEmpty()) {
        return {};
    }
    for (const ActorGroup &g : m_groups) {
        if (g.id == m_original.id) {
            continue;
        }
        if (g.name.compare(alias, Qt::CaseInsensitive) == 0) {
            claims << tr("the name of %1").arg(g.name);
        }
        for (const AliasClaim &claim : g.aliases) {
            if (claim.alias.compare(alias, Qt::CaseInsensitive) == 0) {
                claims << tr("also claimed for %1 (%2)").arg(g.name, sourceName(claim.source));
            }
        }
    }
    claims.removeDuplicates();
    return claims.join(u"; "_s);
}

void GroupDialog::updateOtherClaims(int row)
{
    if (row >= 0) {
        m_aliases->setText(row, AliasElsewhere, otherClaims(m_aliases->text(row, AliasName)));
    }
}

QString GroupDialog::sourceName(SourceId id) const
{
    const auto it = std::find_if(m_sources.begin(), m_sources.end(), [id](const Source &s) { return s.id == id; });
    return it == m_sources.end() ? tr("source #%1").arg(id.value) : form::shortSourceName(*it);
}

} // namespace awb::ui
