// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/incident.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace awb::ui {

class CaseEditor;
class FormField;

/**
 * Adds an attribution to an incident or edits one: the group, the confidence on the ICD 203 scale (low,
 * moderate, high), the attributing party, the date, the evidence and the source. Competing attributions
 * coexist; this never replaces another one. OK saves through the CaseEditor.
 */
class AttributionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributionDialog)

public:
    /** Edits attribution @p id of @p incident, or adds a new one when @p id is not valid. */
    AttributionDialog(CaseEditor *editor, IncidentId incident, AttributionId id, QWidget *parent = nullptr);

    AttributionId attributionId() const { return m_saved; }

    Attribution attribution() const;
    bool validateInput();

public slots:
    void accept() override;

private:
    void load(IncidentId incident, AttributionId id);

    CaseEditor *m_editor = nullptr;
    Attribution m_original;
    AttributionId m_saved;
    bool m_loaded = false;

    QLabel *m_incident = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_confidence = nullptr;
    QLineEdit *m_party = nullptr;
    QLineEdit *m_date = nullptr;
    QPlainTextEdit *m_evidence = nullptr;
    QComboBox *m_source = nullptr;
    FormField *m_groupField = nullptr;
    FormField *m_partyField = nullptr;
    FormField *m_dateField = nullptr;
    FormField *m_sourceField = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace awb::ui
