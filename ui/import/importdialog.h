// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/import/importrunner.h"

#include <QDialog>

#include <map>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace awb::ui {

/**
 * File ▸ Import…: the file, its format (guessed from the name and first bytes), the chain of an explorer export,
 * and for a transfers CSV which column holds each field (offered from the file's header, guessed where the
 * names are the usual ones), with an optional name to save the mapping under.
 */
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(QWidget *parent = nullptr);

    /** Chooses @p path: reads its first bytes, guesses the format and fills the column choices. */
    void setFilePath(const QString &path);
    ImportRequest request() const;

    void accept() override;

private:
    void browse();
    void updateMappingVisibility();

    QLineEdit *m_file = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_chain = nullptr;
    QGroupBox *m_mappingBox = nullptr;
    std::map<QString, QComboBox *> m_columns; // field → column choice
    QLineEdit *m_fixedAsset = nullptr;
    QLineEdit *m_fixedDecimals = nullptr;
    QLineEdit *m_saveAs = nullptr;
    QLabel *m_preview = nullptr;
};

} // namespace awb::ui
