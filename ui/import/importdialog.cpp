// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importdialog.h"

#include "core/import/importmapping.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kHeadBytes = 64 * 1024;

} // namespace

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"importFileEdit"_s);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    browseButton->setObjectName(u"importBrowseButton"_s);
    fileRow->addWidget(m_file);
    fileRow->addWidget(browseButton);
    // A layout cannot be a label's buddy, so the row's label is made here: &File focuses the path field.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_file->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"importFormatCombo"_s);
    m_format->addItems(import::formatNames());
    form->addRow(tr("F&ormat:"), m_format);

    m_chain = new QLineEdit(this);
    m_chain->setObjectName(u"importChainEdit"_s);
    m_chain->setPlaceholderText(tr("the format's default (ethereum for an explorer export, bitcoin for JSON)"));
    form->addRow(tr("&Chain:"), m_chain);

    m_mappingBox = new QGroupBox(tr("Columns of the transfers CSV"), this);
    auto *mappingForm = new QFormLayout(m_mappingBox);
    for (const QString &field : import::mappingFields()) {
        if (field.startsWith(u"fixed_"_s)) {
            continue; // fixed values are typed, not chosen from the header: the chain field covers fixed_chain
        }
        auto *combo = new QComboBox(m_mappingBox);
        combo->setObjectName(u"importColumn_"_s + field);
        combo->addItem(tr("(none)"), QString());
        mappingForm->addRow(field, combo);
        m_columns[field] = combo;
    }
    m_fixedAsset = new QLineEdit(m_mappingBox);
    m_fixedAsset->setObjectName(u"importFixedAssetEdit"_s);
    m_fixedAsset->setPlaceholderText(tr("when no column holds the asset (ETH, USDT …)"));
    mappingForm->addRow(tr("Fixed asset:"), m_fixedAsset);
    m_fixedDecimals = new QLineEdit(m_mappingBox);
    m_fixedDecimals->setObjectName(u"importFixedDecimalsEdit"_s);
    m_fixedDecimals->setPlaceholderText(tr("when no column holds the decimals of a value in whole units"));
    mappingForm->addRow(tr("Fixed decimals:"), m_fixedDecimals);
    m_saveAs = new QLineEdit(m_mappingBox);
    m_saveAs->setObjectName(u"importSaveMappingEdit"_s);
    m_saveAs->setPlaceholderText(tr("leave empty not to save the mapping"));
    mappingForm->addRow(tr("Save mapping &as:"), m_saveAs);
    layout->addWidget(m_mappingBox);

    m_preview = new QLabel(this);
    m_preview->setObjectName(u"importPreviewLabel"_s);
    m_preview->setTextFormat(Qt::PlainText); // file content is data, never markup
    m_preview->setWordWrap(false);
    layout->addWidget(m_preview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    layout->addWidget(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_file, &QLineEdit::editingFinished, this, [this] { setFilePath(m_file->text()); });
    connect(m_format, &QComboBox::currentTextChanged, this, &ImportDialog::updateMappingVisibility);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    updateMappingVisibility();
}

void ImportDialog::browse()
{
    const QString path =
        FileDialog::getOpenFileName(this, tr("Import File"), tr("Exports (*.csv *.json);;All files (*)"));
    if (!path.isEmpty()) {
        setFilePath(path);
    }
}

void ImportDialog::setFilePath(const QString &path)
{
    m_file->setText(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_preview->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray head = file.read(kHeadBytes);
    if (const QString guess = import::guessFormat(QFileInfo(path).fileName(), head); !guess.isEmpty()) {
        m_format->setCurrentText(guess);
    }
    const QStringList header = import::csvHeader(head);
    const import::ColumnMapping guessed = import::guessMapping(header);
    for (const auto &[field, combo] : m_columns) {
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (const QString &column : header) {
            combo->addItem(column, column);
        }
        if (const auto it = guessed.find(field); it != guessed.end()) {
            combo->setCurrentIndex(combo->findData(it->second));
        }
    }
    // The first lines as they are, so the user sees what the columns hold before choosing.
    m_preview->setText(QString::fromUtf8(head.left(600)).section(u'\n', 0, 4));
}

void ImportDialog::updateMappingVisibility()
{
    m_mappingBox->setVisible(m_format->currentText() == u"transfers-csv"_s);
}

ImportRequest ImportDialog::request() const
{
    ImportRequest r;
    r.path = m_file->text().trimmed();
    r.format = m_format->currentText();
    r.options.chain = m_chain->text().trimmed();
    if (r.format == u"transfers-csv"_s) {
        for (const auto &[field, combo] : m_columns) {
            if (const QString column = combo->currentData().toString(); !column.isEmpty()) {
                r.options.mapping[field] = column;
            }
        }
        if (!r.options.chain.isEmpty() && !r.options.mapping.contains(u"chain"_s)) {
            r.options.mapping[u"fixed_chain"_s] = r.options.chain;
        }
        for (const auto &[field, edit] :
             {std::pair{u"fixed_asset"_s, m_fixedAsset}, {u"fixed_decimals"_s, m_fixedDecimals}}) {
            if (const QString value = edit->text().trimmed(); !value.isEmpty()) {
                r.options.mapping[field] = value;
            }
        }
        r.saveMappingAs = m_saveAs->text().trimmed();
    }
    return r;
}

void ImportDialog::accept()
{
    const ImportRequest r = request();
    if (r.path.isEmpty() || !QFileInfo(r.path).isFile()) {
        MessageBox::warning(this, tr("Import"), tr("Choose a file to import."));
        return;
    }
    QDialog::accept();
}

} // namespace awb::ui
