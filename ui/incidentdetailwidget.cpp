// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/incidentdetailwidget.h"

#include "ui/displaytext.h"
#include "ui/incidentdetails.h"
#include "ui/incidentdetailtabs.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

/** A QLabel for case text: plain text only, wrapped, selectable. */
QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

/** A coloured badge with our own (plain) text. */
void styleBadge(QLabel *label, const QColor &background, const QColor &foreground)
{
    label->setAutoFillBackground(true);
    label->setMargin(6);
    QPalette pal = label->palette();
    pal.setColor(QPalette::Window, background);
    pal.setColor(QPalette::WindowText, foreground);
    label->setPalette(pal);
}

QString statusText(const QString &status)
{
    if (status == u"confirmed"_s) {
        return IncidentDetailWidget::tr("Confirmed: the victim or an authority confirms funds were taken");
    }
    if (status == u"reported"_s) {
        return IncidentDetailWidget::tr("Reported: known from press or researchers only");
    }
    if (status == u"attempted"_s) {
        return IncidentDetailWidget::tr("Attempted: transfers were blocked or largely reversed");
    }
    return status;
}

} // namespace

IncidentDetailWidget::IncidentDetailWidget(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tabs(new IncidentDetailTabs(this))
{
    m_placeholder->setObjectName(u"incidentPlaceholderLabel"_s);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false); // drawn in the disabled colour, like an empty-view hint

    m_tabs->setObjectName(u"incidentDetailTabWidget"_s);
    connect(m_tabs, &IncidentDetailTabs::entitySelected, this, &IncidentDetailWidget::entitySelected);
    m_splitter->setObjectName(u"incidentDetailSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(createOverview());
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_splitter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showPlaceholder(tr("Select an incident to see its sources, claims and attributions."));
}

QWidget *IncidentDetailWidget::createOverview()
{
    auto *scroll = new QScrollArea(this);
    m_overviewScroll = scroll;
    scroll->setObjectName(u"incidentOverviewScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Always on, so wrapped labels are not laid out for a width the scroll bar then takes away.
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);

    m_title = plainLabel(page, u"incidentTitleLabel"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_syntheticBadge = plainLabel(page, u"incidentSyntheticLabel"_s);
    styleBadge(m_syntheticBadge, text::syntheticBackground(), text::syntheticForeground());
    m_syntheticBadge->setText(tr("%1 — %2").arg(text::syntheticMark(), text::syntheticExplanation()));
    m_dispute = plainLabel(page, u"incidentDisputeLabel"_s);
    styleBadge(m_dispute, text::disputedBackground(), text::disputedForeground());

    layout->addWidget(m_title);
    layout->addWidget(m_syntheticBadge);
    layout->addWidget(m_dispute);
    // A grid rather than a QFormLayout: the grid gives wrapped labels the height they need at their real width.
    auto *grid = new QGridLayout;
    layout->addLayout(grid);
    grid->setColumnStretch(1, 1);
    m_dates = addField(grid, tr("Dates:"), u"incidentDatesLabel"_s);
    m_victim = addField(grid, tr("Victim:"), u"incidentVictimLabel"_s);
    m_country = addField(grid, tr("Victim country:"), u"incidentCountryLabel"_s);
    m_sector = addField(grid, tr("Sector:"), u"incidentSectorLabel"_s);
    m_status = addField(grid, tr("Status:"), u"incidentStatusLabel"_s);
    m_chains = addField(grid, tr("Chains:"), u"incidentChainsLabel"_s);
    m_assets = addField(grid, tr("Assets:"), u"incidentAssetsLabel"_s);
    m_loss = addField(grid, tr("Recorded loss:"), u"incidentLossLabel"_s);
    m_lossSource = addField(grid, tr("Loss source:"), u"incidentLossSourceLabel"_s);
    m_rateSource = addField(grid, tr("USD rate source:"), u"incidentRateSourceLabel"_s);
    m_description = addField(grid, tr("Description:"), u"incidentDescriptionLabel"_s);

    layout->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

QLabel *IncidentDetailWidget::addField(QGridLayout *grid, const QString &label, const QString &objectName)
{
    // Rows are appended below the ones added so far (an empty grid already reports one row).
    const int row = grid->count() / 2;
    auto *name = new QLabel(label, grid->parentWidget());
    name->setTextFormat(Qt::PlainText);
    auto *value = plainLabel(grid->parentWidget(), objectName);
    grid->addWidget(name, row, 0, Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(value, row, 1);
    return value;
}

void IncidentDetailWidget::setField(QLabel *label, const QString &value)
{
    label->setText(value.isEmpty() ? tr("—") : value);
}

void IncidentDetailWidget::showIncident(CaseStore &store, IncidentId id)
{
    auto details = loadIncidentDetails(store, id);
    if (!details) {
        showPlaceholder(tr("The incident could not be read: %1").arg(details.error().message));
        return;
    }
    showDetails(*details);
}

void IncidentDetailWidget::showDetails(const IncidentDetails &details)
{
    const Incident &incident = details.incident;
    m_current = incident.id;
    m_title->setText(incident.title);
    m_syntheticBadge->setVisible(incident.synthetic);
    const QString dispute = disputeText(details);
    m_dispute->setText(dispute);
    m_dispute->setVisible(!dispute.isEmpty());
    setField(m_dates, text::dateRange(incident));
    setField(m_victim, incident.victim);
    setField(m_country, text::country(incident.victimCountry));
    setField(m_sector, incident.sector);
    setField(m_status, statusText(incident.status));
    setField(m_chains, incident.chains.join(u", "_s));
    setField(m_assets, incident.assets.join(u", "_s));
    setField(m_loss, lossText(details));
    setField(m_lossSource, incident.lossUsdSource ? details.sourceLabel(*incident.lossUsdSource) : QString());
    setField(m_rateSource, incident.usdRateSource ? details.sourceLabel(*incident.usdRateSource) : QString());
    setField(m_description, incident.description);
    m_tabs->setDetails(details);
    m_stack->setCurrentWidget(m_splitter);
    refitOverview();
}

void IncidentDetailWidget::refitOverview()
{
    // QScrollArea fits its page to the wrapped labels' height-for-width when it is resized, but new text can leave
    // the page's layout at the old height, clipping the labels. Lay the page out again once the new texts settled.
    QCoreApplication::postEvent(m_overviewScroll, new QEvent(QEvent::LayoutRequest));
    QTimer::singleShot(0, m_overviewScroll, [scroll = m_overviewScroll] {
        if (QLayout *layout = scroll->widget()->layout()) {
            layout->invalidate();
            layout->activate();
        }
    });
}

void IncidentDetailWidget::showPlaceholder(const QString &message)
{
    m_current = {};
    m_placeholder->setText(message);
    m_tabs->clear();
    m_stack->setCurrentWidget(m_placeholder);
}

QString IncidentDetailWidget::lossText(const IncidentDetails &details) const
{
    const Incident &incident = details.incident;
    const auto range = details.lossRange();
    if (!incident.lossUsd) {
        return range ? tr("Not recorded; sources give %1 to %2 (see Claims)")
                           .arg(text::usd(range->first), text::usd(range->second))
                     : tr("Unknown: no source gives a figure");
    }
    if (range && range->first != range->second) {
        return tr("%1 (sources give %2 to %3; see Claims)")
            .arg(text::usd(*incident.lossUsd), text::usd(range->first), text::usd(range->second));
    }
    return text::usd(*incident.lossUsd);
}

QString IncidentDetailWidget::disputeText(const IncidentDetails &details) const
{
    if (details.disputedFields.empty()) {
        return {};
    }
    QStringList fields;
    for (const QString &field : details.disputedFields) {
        fields << text::claimField(field);
    }
    return tr("Sources disagree on: %1. The Claims tab lists each source's value.").arg(fields.join(u", "_s));
}

QByteArray IncidentDetailWidget::saveState() const
{
    return m_splitter->saveState();
}

void IncidentDetailWidget::restoreState(const QByteArray &state)
{
    m_splitter->restoreState(state);
}

} // namespace awb::ui
