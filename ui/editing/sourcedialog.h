// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/records.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace awb::ui {

class CaseEditor;
class FormField;

/**
 * Creates or edits a source: title, publisher, publication date, URL (http or https only), kind and excerpt.
 * OK saves through the CaseEditor and stays disabled while a field is invalid.
 */
class SourceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceDialog)

public:
    /** Edits source @p id, or creates a new one when @p id is not valid. */
    SourceDialog(CaseEditor *editor, SourceId id, QWidget *parent = nullptr);

    SourceId sourceId() const { return m_saved; }

    Source source() const;
    bool validateInput();

public slots:
    void accept() override;

private:
    CaseEditor *m_editor = nullptr;
    Source m_original;
    SourceId m_saved;
    bool m_loaded = false;

    QLineEdit *m_title = nullptr;
    QLineEdit *m_publisher = nullptr;
    QLineEdit *m_published = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_kind = nullptr;
    QPlainTextEdit *m_excerpt = nullptr;
    FormField *m_titleField = nullptr;
    FormField *m_publishedField = nullptr;
    FormField *m_urlField = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace awb::ui
