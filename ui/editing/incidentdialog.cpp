// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/incidentdialog.h"

#include "core/model/validation.h"
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
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

/** Sectors the record uses; the combo is editable, so others can be typed. */
const QStringList kSectors{u"bank"_s,
                           u"bridge"_s,
                           u"defi"_s,
                           u"exchange"_s,
                           u"gambling"_s,
                           u"gaming"_s,
                           u"mining-marketplace"_s,
                           u"payment-processor"_s,
                           u"wallet"_s,
                           u"other"_s};

struct ParsedUsd
{
    std::optional<qint64> value;
    QString error;
};

/** "1,500,000,000", "$620000000" or "" (no figure); whole, non-negative US dollars. */
ParsedUsd parseUsd(QString text)
{
    text = text.trimmed();
    text.remove(u',').remove(u' ').remove(u'_');
    if (text.startsWith(u'$')) {
        text.remove(0, 1);
    }
    if (text.isEmpty()) {
        return {};
    }
    if (text.startsWith(u'-')) {
        return {std::nullopt, IncidentDialog::tr("The loss cannot be negative.")};
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!isDecimalAmount(text) || !ok) {
        return {std::nullopt, IncidentDialog::tr("Enter whole US dollars, such as 1500000000.")};
    }
    return {value, {}};
}

QLineEdit *lineEdit(QWidget *parent, const QString &objectName, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

IncidentDialog::IncidentDialog(CaseEditor *editor, IncidentId id, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_tabs(new QTabWidget(this))
    , m_loadError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"incidentDialog"_s);
    setWindowTitle(id.isValid() ? tr("Edit Incident") : tr("New Incident"));
    m_loadError->setObjectName(u"incidentLoadErrorLabel"_s);
    m_loadError->setTextFormat(Qt::PlainText);
    m_loadError->setWordWrap(true);
    m_loadError->hide();
    m_tabs->setObjectName(u"incidentTabWidget"_s);
    m_tabs->addTab(createDetailsPage(), tr("Details"));
    m_tabs->addTab(createSourcesPage(), tr("Sources"));
    m_buttons->setObjectName(u"incidentButtonBox"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IncidentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IncidentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_loadError);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);
    load(id);
    validateInput();
    resize(sizeHint().expandedTo(QSize(640, 600)));
}

QWidget *IncidentDialog::createDetailsPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title = lineEdit(page, u"titleLineEdit"_s, tr("Required"));
    m_startDate = lineEdit(page, u"startDateLineEdit"_s, tr("YYYY-MM-DD, required"));
    m_endDate = lineEdit(page, u"endDateLineEdit"_s, tr("YYYY-MM-DD, when it lasted longer than a day"));
    m_victim = lineEdit(page, u"victimLineEdit"_s, tr("Exchange, bridge, company or person"));
    m_country = lineEdit(page, u"victimCountryLineEdit"_s, tr("ISO code such as JP"));
    m_country->setMaxLength(2);
    m_sector = new QComboBox(page);
    m_sector->setObjectName(u"sectorComboBox"_s);
    m_sector->setEditable(true);
    m_sector->addItems(kSectors);
    m_status = new QComboBox(page);
    m_status->setObjectName(u"statusComboBox"_s);
    m_status->addItem(tr("Confirmed: the victim or an authority confirms the theft"), u"confirmed"_s);
    m_status->addItem(tr("Reported: known from press or researchers only"), u"reported"_s);
    m_status->addItem(tr("Attempted: transfers were blocked or largely reversed"), u"attempted"_s);
    m_lossUsd = lineEdit(page, u"lossUsdLineEdit"_s, tr("Whole US dollars at the time, such as 1500000000"));
    m_lossSource = new QComboBox(page);
    m_lossSource->setObjectName(u"lossSourceComboBox"_s);
    m_chains = lineEdit(page, u"chainsLineEdit"_s, tr("Comma-separated, such as ethereum, bitcoin"));
    m_assets = lineEdit(page, u"assetsLineEdit"_s, tr("Comma-separated, such as ETH, USDT"));
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(u"descriptionPlainTextEdit"_s);
    m_description->setTabChangesFocus(true);
    m_keptNote = new QLabel(page);
    m_keptNote->setObjectName(u"keptListsLabel"_s);
    m_keptNote->setTextFormat(Qt::PlainText);
    m_keptNote->setWordWrap(true);
    m_keptNote->setEnabled(false); // drawn as a quiet remark

    m_titleField = new FormField(m_title, u"titleErrorLabel"_s, page);
    m_startField = new FormField(m_startDate, u"startDateErrorLabel"_s, page);
    m_endField = new FormField(m_endDate, u"endDateErrorLabel"_s, page);
    m_countryField = new FormField(m_country, u"victimCountryErrorLabel"_s, page);
    m_lossField = new FormField(m_lossUsd, u"lossUsdErrorLabel"_s, page);
    m_lossSourceField = new FormField(m_lossSource, u"lossSourceErrorLabel"_s, page);
    form::addRow(form, tr("&Title:"), m_titleField, tr("A short name for the theft"));
    form::addRow(form, tr("&Start date:"), m_startField, tr("When the theft began, as YYYY-MM-DD"));
    form::addRow(form, tr("&End date:"), m_endField, tr("When the theft ended, as YYYY-MM-DD; empty for a single day"));
    form::addRow(form, tr("&Victim:"), m_victim, tr("The company, project or person robbed"));
    form::addRow(form, tr("Victim &country:"), m_countryField,
                 tr("Where the victim is based, as a two-letter ISO code"));
    form::addRow(form, tr("Se&ctor:"), m_sector, tr("The victim's line of business"));
    form::addRow(form, tr("Stat&us:"), m_status, tr("How far the case has established the incident"));
    form::addRow(form, tr("&Loss (USD):"), m_lossField,
                 tr("The amount stolen in US dollars, as the source records it"));
    form::addRow(form, tr("Loss s&ource:"), m_lossSourceField, tr("The source of the loss figure"));
    form::addRow(form, tr("C&hains:"), m_chains, tr("The blockchains involved, separated by commas"));
    form::addRow(form, tr("&Assets:"), m_assets, tr("The assets stolen, such as ETH or USDT, separated by commas"));
    form::addRow(form, tr("&Description:"), m_description, tr("What happened"));
    form->addRow(QString(), m_keptNote);

    for (QLineEdit *edit : {m_title, m_startDate, m_endDate, m_country, m_lossUsd}) {
        connect(edit, &QLineEdit::textChanged, this, &IncidentDialog::validateInput);
    }
    connect(m_lossSource, &QComboBox::currentIndexChanged, this, &IncidentDialog::validateInput);
    return page;
}

QWidget *IncidentDialog::createSourcesPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *hint = form::remark(tr("Tick every source that reports or analyses the incident."), page);
    m_sourceFilter = lineEdit(page, u"sourceFilterLineEdit"_s, tr("Filter sources by title or publisher…"));
    m_sourceFilter->setClearButtonEnabled(true);
    m_sourceFilter->setAccessibleName(tr("Filter sources"));
    m_sourceFilter->setToolTip(tr("Shows only the sources whose title or publisher contains this text"));
    m_sourceList = new QListWidget(page);
    m_sourceList->setObjectName(u"sourcesListWidget"_s);
    m_sourceList->setAccessibleName(tr("Sources of the incident"));
    m_sourceList->setToolTip(tr("Tick every source that reports or analyses the incident"));
    m_sourceList->setUniformItemSizes(true);
    m_sourceList->setTextElideMode(Qt::ElideMiddle);
    m_sourceCount = new QLabel(page);
    m_sourceCount->setObjectName(u"sourceCountLabel"_s);
    layout->addWidget(hint);
    layout->addWidget(m_sourceFilter);
    layout->addWidget(m_sourceList, 1);
    layout->addWidget(m_sourceCount);
    connect(m_sourceFilter, &QLineEdit::textChanged, this, &IncidentDialog::filterSources);
    connect(m_sourceList, &QListWidget::itemChanged, this, &IncidentDialog::updateSourceCount);
    return page;
}

void IncidentDialog::load(IncidentId id)
{
    CaseStore *store = m_editor->store();
    auto sources = store ? store->sources() : fail(Error::Code::InvalidInput, tr("No case is open."));
    auto incident = id.isValid() && store ? store->incident(id) : Result<Incident>(Incident{});
    if (!sources || !incident) {
        m_loadError->setText(tr("The incident could not be read: %1")
                                 .arg(!sources ? sources.error().message : incident.error().message));
        m_loadError->show();
        m_tabs->setEnabled(false);
        return;
    }
    m_sources = std::move(*sources);
    m_original = std::move(*incident);
    form::fillSources(m_lossSource, m_sources, tr("None"));
    for (const Source &source : m_sources) {
        auto *item = new QListWidgetItem(text::sourceLabel(source), m_sourceList);
        item->setData(Qt::UserRole, source.id.value);
        item->setToolTip(text::toolTip(item->text()));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_sourceList->sortItems();
    showIncident(m_original);
}

void IncidentDialog::showIncident(const Incident &incident)
{
    m_title->setText(incident.title);
    m_startDate->setText(incident.startDate);
    m_endDate->setText(incident.endDate.value_or(QString()));
    m_victim->setText(incident.victim);
    m_country->setText(incident.victimCountry.value_or(QString()));
    m_sector->setCurrentText(incident.sector);
    m_status->setCurrentIndex(std::max(0, m_status->findData(incident.status)));
    m_lossUsd->setText(incident.lossUsd ? QString::number(*incident.lossUsd) : QString());
    form::selectId(m_lossSource, incident.lossUsdSource ? std::optional(incident.lossUsdSource->value) : std::nullopt);
    m_chains->setText(incident.chains.join(u", "_s));
    m_assets->setText(incident.assets.join(u", "_s));
    m_description->setPlainText(incident.description);
    for (int row = 0; row < m_sourceList->count(); ++row) {
        QListWidgetItem *item = m_sourceList->item(row);
        const SourceId id{item->data(Qt::UserRole).toLongLong()};
        const bool cited = std::find(incident.sources.begin(), incident.sources.end(), id) != incident.sources.end();
        item->setCheckState(cited ? Qt::Checked : Qt::Unchecked);
    }
    const qsizetype kept = qsizetype(incident.claims.size() + incident.losses.size());
    m_keptNote->setText(tr("Claims and native-unit losses (%1) are kept as they are.").arg(kept));
    m_keptNote->setVisible(kept > 0);
    updateSourceCount();
}

Incident IncidentDialog::incident() const
{
    Incident incident = m_original; // keeps claims, native losses, the USD-rate source and the synthetic flag
    incident.title = m_title->text().trimmed();
    incident.startDate = m_startDate->text().trimmed();
    incident.endDate = form::optionalText(m_endDate);
    incident.victim = m_victim->text().trimmed();
    incident.victimCountry = form::optionalText(m_country).transform([](const QString &c) { return c.toUpper(); });
    incident.sector = m_sector->currentText().trimmed().isEmpty() ? u"other"_s : m_sector->currentText().trimmed();
    incident.status = m_status->currentData().toString();
    incident.lossUsd = parseUsd(m_lossUsd->text()).value;
    const auto lossSource = form::selectedId(m_lossSource);
    incident.lossUsdSource = lossSource ? std::optional(SourceId{*lossSource}) : std::nullopt;
    incident.chains = form::splitList(m_chains->text());
    incident.assets = form::splitList(m_assets->text());
    incident.description = m_description->toPlainText().trimmed();
    incident.sources.clear();
    for (int row = 0; row < m_sourceList->count(); ++row) {
        if (m_sourceList->item(row)->checkState() == Qt::Checked) {
            incident.sources.push_back(SourceId{m_sourceList->item(row)->data(Qt::UserRole).toLongLong()});
        }
    }
    std::sort(incident.sources.begin(), incident.sources.end());
    return incident;
}

bool IncidentDialog::validateInput()
{
    // An empty required field is marked once the user has touched it; until then its placeholder says so.
    const QString title = m_title->text().trimmed();
    bool invalid = m_titleField->setError(title.isEmpty() && m_title->isModified() ? tr("Enter a title.") : QString());
    invalid |= title.isEmpty();
    const QString start = m_startDate->text().trimmed();
    invalid |= m_startField->setError(start.isEmpty() && !m_startDate->isModified() ? QString()
                                                                                    : form::dateError(start, true));
    invalid |= start.isEmpty();
    const QString end = m_endDate->text().trimmed();
    QString endError = form::dateError(end, false);
    if (endError.isEmpty() && !end.isEmpty() && isIsoDate(start) && end < start) {
        endError = tr("The end date cannot be before the start date.");
    }
    invalid |= m_endField->setError(endError);
    const QString countryError = form::countryError(m_country->text());
    invalid |= m_countryField->setError(countryError);
    if (countryError.isEmpty()) {
        m_countryField->setHint(form::countryHint(m_country->text()));
    }
    const ParsedUsd loss = parseUsd(m_lossUsd->text());
    invalid |= m_lossField->setError(loss.error);
    const bool missingSource = loss.value && !form::selectedId(m_lossSource);
    invalid |= m_lossSourceField->setError(missingSource ? tr("Name the source of the loss figure.") : QString());
    invalid |= !m_tabs->isEnabled(); // the case could not be read
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!invalid);
    return !invalid;
}

void IncidentDialog::accept()
{
    if (!validateInput()) {
        return;
    }
    const Incident edited = incident();
    Result<IncidentId> saved = edited.id.isValid()
                                   ? m_editor->updateIncident(edited).transform([&] { return edited.id; })
                                   : m_editor->addIncident(edited);
    if (!saved) {
        MessageBox::critical(this, tr("Could Not Save the Incident"), saved.error().message, saved.error().detail);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

void IncidentDialog::filterSources(const QString &text)
{
    for (int row = 0; row < m_sourceList->count(); ++row) {
        QListWidgetItem *item = m_sourceList->item(row);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void IncidentDialog::updateSourceCount()
{
    int cited = 0;
    for (int row = 0; row < m_sourceList->count(); ++row) {
        cited += m_sourceList->item(row)->checkState() == Qt::Checked ? 1 : 0;
    }
    m_sourceCount->setText(tr("%1 of %2 sources cited").arg(cited).arg(m_sourceList->count()));
    m_tabs->setTabText(1, tr("Sources (%1)").arg(cited));
}

} // namespace awb::ui
