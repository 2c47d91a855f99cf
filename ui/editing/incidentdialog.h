// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/incident.h"
#include "core/model/records.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;

namespace awb::ui {

class CaseEditor;
class FormField;

/**
 * Creates or edits an incident: title, dates, victim, country, sector, status, the recorded loss and its
 * source, chains, assets, description and the sources it cites. Each field says next to it what is wrong, and
 * OK stays disabled until nothing is. Claims and native-unit losses are kept as they are. OK saves through the
 * CaseEditor (one undoable command); if the store refuses, the error is shown and the dialog stays open.
 */
class IncidentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentDialog)

public:
    /** Edits incident @p id, or creates a new one when @p id is not valid. */
    IncidentDialog(CaseEditor *editor, IncidentId id, QWidget *parent = nullptr);

    /** The incident saved when the dialog was accepted. */
    IncidentId incidentId() const { return m_saved; }

    /** The incident as the fields describe it, built on the stored record. */
    Incident incident() const;
    /** Checks every field, shows the messages and enables OK; returns whether all are valid. */
    bool validateInput();

public slots:
    void accept() override;

private:
    QWidget *createDetailsPage();
    QWidget *createSourcesPage();
    void load(IncidentId id);
    void showIncident(const Incident &incident);
    void filterSources(const QString &text);
    void updateSourceCount();

    CaseEditor *m_editor = nullptr;
    Incident m_original;
    std::vector<Source> m_sources;
    IncidentId m_saved;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_loadError = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_startDate = nullptr;
    QLineEdit *m_endDate = nullptr;
    QLineEdit *m_victim = nullptr;
    QLineEdit *m_country = nullptr;
    QComboBox *m_sector = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_lossUsd = nullptr;
    QComboBox *m_lossSource = nullptr;
    QLineEdit *m_chains = nullptr;
    QLineEdit *m_assets = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_keptNote = nullptr;
    QLineEdit *m_sourceFilter = nullptr;
    QListWidget *m_sourceList = nullptr;
    QLabel *m_sourceCount = nullptr;
    FormField *m_titleField = nullptr;
    FormField *m_startField = nullptr;
    FormField *m_endField = nullptr;
    FormField *m_countryField = nullptr;
    FormField *m_lossField = nullptr;
    FormField *m_lossSourceField = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace awb::ui
