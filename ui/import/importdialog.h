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
 * File ▸ Import…: the file, its format (guessed from the name and first bytes: transactions or attribution data),
 * the chain of an explorer export or an OFAC list, the date of an OFAC list,
 * and for a transfers CSV which column holds each field (offered from the file's header, guessed where the
 * names are the usual ones, or taken from a mapping saved in the case), with an optional name to save it under.
 */
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(QWidget *parent = nullptr);

    /** Offers the case's saved mappings, by name; choosing one fills the column choices from it. */
    void setSavedMappings(std::map<QString, import::ColumnMapping> mappings);
    /** Chooses @p path: reads its first bytes, guesses the format and fills the column choices. */
    void setFilePath(const QString &path);
    ImportRequest request() const;

    void accept() override;

private:
    void browse();
    void updateMappingVisibility();
    /** Sets the column choices from the chosen saved mapping, or from the guess when none is chosen. */
    void applyMapping();

    QLineEdit *m_file = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_chain = nullptr;
    QLabel *m_chainLabel = nullptr;
    QLineEdit *m_listDate = nullptr;
    QLabel *m_listDateLabel = nullptr;
    QGroupBox *m_mappingBox = nullptr;
    QComboBox *m_saved = nullptr;
    QLabel *m_savedNote = nullptr;
    std::map<QString, import::ColumnMapping> m_savedMappings;
    QStringList m_header;                     // the chosen file's columns
    std::map<QString, QComboBox *> m_columns; // field → column choice
    QLineEdit *m_fixedAsset = nullptr;
    QLineEdit *m_fixedDecimals = nullptr;
    QLineEdit *m_saveAs = nullptr;
    QLabel *m_preview = nullptr;
};

} // namespace awb::ui
