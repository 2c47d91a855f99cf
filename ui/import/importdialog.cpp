// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importdialog.h"

#include "core/import/importmapping.h"
#include "core/interop/interopimport.h"
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
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kHeadBytes = 64 * 1024;
constexpr qsizetype kPreviewColumns = 110;

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
    m_file->setToolTip(tr("The file to import: transactions (an explorer export, a transfers CSV, a JSON of "
                          "transactions) or attribution data (STIX, MISP galaxy, TagPack, ActorPack, OFAC list)"));
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
    m_format->setToolTip(tr("The format of the file"));
    m_format->addItems(import::formatNames());
    m_format->insertSeparator(m_format->count());
    // Attribution data: groups, alias claims and address tags, each kept with its source (docs/interop.md).
    const std::pair<QString, QString> attribution[] = {
        {u"stix"_s, tr("A STIX 2.0 or 2.1 bundle: its intrusion-sets become groups with their alias claims")},
        {u"misp-galaxy"_s, tr("A MISP threat-actor galaxy: groups and their alias claims")},
        {u"tagpack"_s, tr("A GraphSense TagPack: tags on addresses, each with its source and confidence")},
        {u"actorpack"_s, tr("A GraphSense ActorPack: groups and their alias claims")},
        {u"ofac"_s, tr("An OFAC SDN address list: sanctioned addresses of one chain, as of the list's date")},
    };
    for (const auto &[name, tip] : attribution) {
        m_format->addItem(name);
        m_format->setItemData(m_format->count() - 1, tip, Qt::ToolTipRole);
    }
    form->addRow(tr("F&ormat:"), m_format);

    m_chain = new QLineEdit(this);
    m_chain->setObjectName(u"importChainEdit"_s);
    m_chain->setToolTip(tr("The blockchain the transfers are on"));
    m_chain->setPlaceholderText(tr("the format's default (ethereum for an explorer export, bitcoin for JSON)"));
    form->addRow(tr("&Chain:"), m_chain);

    m_listDate = new QLineEdit(this);
    m_listDate->setObjectName(u"importListDateEdit"_s);
    m_listDate->setToolTip(tr("The date of the OFAC list (YYYY-MM-DD), when the file does not carry it"));
    m_listDate->setAccessibleName(tr("List date"));
    m_listDate->setPlaceholderText(tr("YYYY-MM-DD, when the file does not say"));
    m_listDateLabel = new QLabel(tr("List &date:"), this);
    m_listDateLabel->setBuddy(m_listDate);
    form->addRow(m_listDateLabel, m_listDate);
    m_chainLabel = qobject_cast<QLabel *>(form->labelForField(m_chain));

    m_mappingBox = new QGroupBox(tr("Columns of the transfers CSV"), this);
    auto *mappingForm = new QFormLayout(m_mappingBox);
    m_saved = new QComboBox(m_mappingBox);
    m_saved->setObjectName(u"importSavedMappingCombo"_s);
    m_saved->addItem(tr("(none: guess from the header)"), QString());
    m_saved->setEnabled(false);
    mappingForm->addRow(tr("Saved &mapping:"), m_saved);
    m_savedNote = new QLabel(m_mappingBox);
    m_savedNote->setObjectName(u"importSavedMappingNote"_s);
    m_savedNote->setTextFormat(Qt::PlainText); // column names come from files
    m_savedNote->setWordWrap(true);
    m_savedNote->hide();
    mappingForm->addRow(m_savedNote);
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
    connect(m_saved, &QComboBox::currentIndexChanged, this, &ImportDialog::applyMapping);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    updateMappingVisibility();
}

void ImportDialog::browse()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Import File"), tr("Importable files (*.csv *.json *.txt *.yaml *.yml);;All files (*)"));
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
    const QString name = QFileInfo(path).fileName();
    if (QString guess = interop::guessAttributionFormat(name, head); !guess.isEmpty()) {
        m_format->setCurrentText(guess);
    } else if (guess = import::guessFormat(name, head); !guess.isEmpty()) {
        m_format->setCurrentText(guess);
    }
    m_header = import::csvHeader(head);
    for (const auto &[field, combo] : m_columns) {
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (const QString &column : std::as_const(m_header)) {
            combo->addItem(column, column);
        }
    }
    applyMapping();
    // The first lines as they are, so the user sees what the columns hold before choosing; long lines are cut,
    // or a file of long hashes would widen the dialog past the screen.
    QStringList lines = QString::fromUtf8(head.left(4096)).split(u'\n').mid(0, 5);
    for (QString &line : lines) {
        if (line.size() > kPreviewColumns) {
            line = line.left(kPreviewColumns) + u'…';
        }
    }
    m_preview->setText(lines.join(u'\n'));
}

void ImportDialog::setSavedMappings(std::map<QString, import::ColumnMapping> mappings)
{
    m_savedMappings = std::move(mappings);
    const QSignalBlocker blocker(m_saved);
    while (m_saved->count() > 1) {
        m_saved->removeItem(1);
    }
    for (const auto &[name, mapping] : m_savedMappings) {
        m_saved->addItem(name, name);
    }
    m_saved->setEnabled(!m_savedMappings.empty());
}

void ImportDialog::applyMapping()
{
    const QString name = m_saved->currentData().toString();
    const auto saved = m_savedMappings.find(name);
    QStringList missing;
    const import::ColumnMapping mapping = saved == m_savedMappings.end()
                                              ? import::guessMapping(m_header)
                                              : import::resolveMapping(saved->second, m_header, missing);
    for (const auto &[field, combo] : m_columns) {
        const auto it = mapping.find(field);
        combo->setCurrentIndex(it == mapping.end() ? 0 : std::max(0, combo->findData(it->second)));
    }
    if (saved != m_savedMappings.end()) {
        const auto fixed = [&](const QString &field) {
            const auto it = mapping.find(field);
            return it == mapping.end() ? QString() : it->second;
        };
        m_fixedAsset->setText(fixed(u"fixed_asset"_s));
        m_fixedDecimals->setText(fixed(u"fixed_decimals"_s));
        if (const QString chain = fixed(u"fixed_chain"_s); !chain.isEmpty()) {
            m_chain->setText(chain);
        }
    }
    // A mapping saved for another export may name columns this file lacks: said, not silently dropped.
    m_savedNote->setText(missing.isEmpty() || m_header.isEmpty()
                             ? QString()
                             : tr("This file has no column for: %1. Choose them below.").arg(missing.join(u", "_s)));
    m_savedNote->setVisible(!m_savedNote->text().isEmpty());
}

void ImportDialog::updateMappingVisibility()
{
    const QString format = m_format->currentText();
    m_mappingBox->setVisible(format == u"transfers-csv"_s);
    // A chain for transaction files and OFAC lists; the other attribution formats name their own.
    const bool chain = import::formatNames().contains(format) || format == u"ofac"_s;
    m_chain->setVisible(chain);
    if (m_chainLabel) {
        m_chainLabel->setVisible(chain);
    }
    m_listDate->setVisible(format == u"ofac"_s);
    m_listDateLabel->setVisible(format == u"ofac"_s);
}

ImportRequest ImportDialog::request() const
{
    ImportRequest r;
    r.path = m_file->text().trimmed();
    r.format = m_format->currentText();
    r.options.chain = m_chain->isVisibleTo(this) ? m_chain->text().trimmed() : QString();
    r.listDate = r.format == u"ofac"_s ? m_listDate->text().trimmed() : QString();
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
