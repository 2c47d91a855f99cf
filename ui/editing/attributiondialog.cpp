// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/attributiondialog.h"

#include "core/store/casestore.h"
#include "ui/dialogs/messagebox.h"
#include "ui/displaytext.h"
#include "ui/editing/caseeditor.h"
#include "ui/editing/formfield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

AttributionDialog::AttributionDialog(CaseEditor *editor, IncidentId incident, AttributionId id, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_incident(new QLabel(this))
    , m_group(new QComboBox(this))
    , m_confidence(new QComboBox(this))
    , m_party(new QLineEdit(this))
    , m_date(new QLineEdit(this))
    , m_evidence(new QPlainTextEdit(this))
    , m_source(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"attributionDialog"_s);
    setWindowTitle(id.isValid() ? tr("Edit Attribution") : tr("Add Attribution"));
    m_incident->setObjectName(u"attributionIncidentLabel"_s);
    m_incident->setTextFormat(Qt::PlainText);
    m_incident->setWordWrap(true);
    m_group->setObjectName(u"attributionGroupComboBox"_s);
    m_group->setPlaceholderText(tr("Choose the group"));
    m_confidence->setObjectName(u"confidenceComboBox"_s);
    // The analytic-confidence scale of ODNI ICD 203, as in the confidence_levels table.
    const std::pair<QString, QString> levels[] = {
        {u"low"_s, tr("Questionable or fragmentary evidence, or a single uncorroborated source.")},
        {u"moderate"_s, tr("Credibly sourced and plausible, but not corroborated enough for a higher level.")},
        {u"high"_s, tr("High-quality, corroborated evidence, such as a government attribution with indicators.")}};
    for (const auto &[level, description] : levels) {
        m_confidence->addItem(text::confidence(level), level);
        m_confidence->setItemData(m_confidence->count() - 1, description, Qt::ToolTipRole);
    }
    m_party->setObjectName(u"partyLineEdit"_s);
    m_party->setPlaceholderText(tr("Who attributes it: FBI, UN Panel of Experts, a named firm…"));
    m_date->setObjectName(u"attributionDateLineEdit"_s);
    m_date->setPlaceholderText(tr("YYYY-MM-DD, when the attribution was made"));
    m_evidence->setObjectName(u"evidencePlainTextEdit"_s);
    m_evidence->setPlaceholderText(tr("What the attribution rests on"));
    m_evidence->setTabChangesFocus(true);
    m_source->setObjectName(u"attributionSourceComboBox"_s);
    m_source->setPlaceholderText(tr("Choose the source"));
    m_buttons->setObjectName(u"attributionButtonBox"_s);

    m_groupField = new FormField(m_group, u"attributionGroupErrorLabel"_s, this);
    m_partyField = new FormField(m_party, u"partyErrorLabel"_s, this);
    m_dateField = new FormField(m_date, u"attributionDateErrorLabel"_s, this);
    m_sourceField = new FormField(m_source, u"attributionSourceErrorLabel"_s, this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Incident:"), m_incident);
    form::addRow(form, tr("&Group:"), m_groupField, tr("The tracked group the incident is attributed to"));
    form::addRow(form, tr("&Confidence:"), m_confidence, tr("How strongly the evidence supports the attribution"));
    form::addRow(form, tr("&Party:"), m_partyField,
                 tr("Who makes the attribution, such as the FBI or a security firm"));
    form::addRow(form, tr("&Date:"), m_dateField, tr("When the attribution was made, as YYYY-MM-DD"));
    form::addRow(form, tr("&Evidence:"), m_evidence, tr("What the attribution rests on"));
    form::addRow(form, tr("&Source:"), m_sourceField, tr("The source that records the attribution"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &AttributionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AttributionDialog::reject);
    connect(m_party, &QLineEdit::textChanged, this, &AttributionDialog::validateInput);
    connect(m_date, &QLineEdit::textChanged, this, &AttributionDialog::validateInput);
    connect(m_group, &QComboBox::currentIndexChanged, this, &AttributionDialog::validateInput);
    connect(m_source, &QComboBox::currentIndexChanged, this, &AttributionDialog::validateInput);
    load(incident, id);
    validateInput();
    resize(sizeHint().expandedTo(QSize(560, 420)));
}

void AttributionDialog::load(IncidentId incident, AttributionId id)
{
    CaseStore *store = m_editor->store();
    if (!store) {
        m_groupField->setError(tr("No case is open."));
        return;
    }
    auto record = store->incident(incident);
    auto groups = store->groups();
    auto sources = store->sources();
    auto attributions = store->attributions(incident);
    const Error *error = !record         ? &record.error()
                         : !groups       ? &groups.error()
                         : !sources      ? &sources.error()
                         : !attributions ? &attributions.error()
                                         : nullptr;
    if (error) {
        m_groupField->setError(tr("The case could not be read: %1").arg(error->message));
        return;
    }
    m_incident->setText(text::marked(record->title, record->synthetic));
    form::fillGroups(m_group, *groups, GroupId{});
    form::fillSources(m_source, *sources);
    m_original.incident = incident;
    m_original.confidence = u"moderate"_s;
    if (id.isValid()) {
        const auto it =
            std::find_if(attributions->begin(), attributions->end(), [id](const Attribution &a) { return a.id == id; });
        if (it == attributions->end()) {
            m_groupField->setError(tr("The attribution no longer exists."));
            return;
        }
        m_original = *it;
    }
    m_loaded = true;
    form::selectId(m_group, m_original.group.isValid() ? std::optional(m_original.group.value) : std::nullopt);
    m_confidence->setCurrentIndex(std::max(0, m_confidence->findData(m_original.confidence)));
    m_party->setText(m_original.party);
    m_date->setText(m_original.date.value_or(QString()));
    m_evidence->setPlainText(m_original.evidence);
    form::selectId(m_source, m_original.source.isValid() ? std::optional(m_original.source.value) : std::nullopt);
}

Attribution AttributionDialog::attribution() const
{
    Attribution attribution = m_original; // keeps the incident and the synthetic flag
    attribution.group = GroupId{form::selectedId(m_group).value_or(0)};
    attribution.confidence = m_confidence->currentData().toString();
    attribution.party = m_party->text().trimmed();
    attribution.date = form::optionalText(m_date);
    attribution.evidence = m_evidence->toPlainText().trimmed();
    attribution.source = SourceId{form::selectedId(m_source).value_or(0)};
    return attribution;
}

bool AttributionDialog::validateInput()
{
    if (!m_loaded) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return false;
    }
    const bool noParty = m_party->text().trimmed().isEmpty();
    bool invalid =
        m_partyField->setError(noParty && m_party->isModified() ? tr("Name the attributing party.") : QString());
    invalid |= noParty || !form::selectedId(m_group) || !form::selectedId(m_source);
    invalid |= m_dateField->setError(form::dateError(m_date->text(), false));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!invalid);
    return !invalid;
}

void AttributionDialog::accept()
{
    if (!validateInput()) {
        return;
    }
    const Attribution edited = attribution();
    Result<AttributionId> saved = edited.id.isValid()
                                      ? m_editor->updateAttribution(edited).transform([&] { return edited.id; })
                                      : m_editor->addAttribution(edited);
    if (!saved) {
        MessageBox::critical(this, tr("Could Not Save the Attribution"), saved.error().message, saved.error().detail);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace awb::ui
