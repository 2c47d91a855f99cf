// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/incidentdetailtabs.h"

#include "ui/displaytext.h"
#include "ui/incidentdetails.h"
#include "ui/linkopener.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableWidget>

#include <algorithm>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

/** Appends a row; item texts are plain text, and synthetic rows carry the mark and the synthetic colours. */
int addRow(QTableWidget *table, const QStringList &columns, bool synthetic = false)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int c = 0; c < columns.size(); ++c) {
        auto *item = new QTableWidgetItem(columns.at(c));
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        if (synthetic) {
            item->setBackground(text::syntheticBackground());
            item->setForeground(text::syntheticForeground());
        }
        table->setItem(row, c, item);
    }
    return row;
}

void highlight(QTableWidget *table, int row, const QColor &color)
{
    for (int c = 0; c < table->columnCount(); ++c) {
        table->item(row, c)->setBackground(color);
        table->item(row, c)->setForeground(text::disputedForeground()); // the tint is light in either theme
    }
}

int fieldRank(const QString &field)
{
    static const QStringList order{u"loss_usd"_s, u"loss_native"_s, u"start_date"_s, u"end_date"_s,
                                   u"victim_country"_s};
    const auto index = order.indexOf(field);
    return index < 0 ? static_cast<int>(order.size()) : static_cast<int>(index);
}

QString tagText(const Tag &tag)
{
    QString text = tag.label;
    if (!tag.category.isEmpty()) {
        text = IncidentDetailTabs::tr("%1 (%2, confidence %3)").arg(tag.label, tag.category, tag.confidence);
    }
    return text::marked(text, tag.synthetic);
}

constexpr int kUrlColumn = 5;                 // of the sources list
constexpr int kEntityRole = Qt::UserRole + 1; // on a row's first item: the entity the graph can draw for it

} // namespace

IncidentDetailTabs::IncidentDetailTabs(QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    m_attributions = addList(u"attributionsTableWidget"_s,
                             {tr("Group"), tr("Confidence"), tr("Party"), tr("Date"), tr("Evidence"), tr("Source")}, 4);
    m_attributions->setColumnWidth(2, chars(14));
    m_attributions->setColumnWidth(5, chars(24));
    m_claims = addList(u"claimsTableWidget"_s, {tr("Field"), tr("Value"), tr("Source"), tr("Note")}, 2);
    m_claims->setColumnWidth(3, chars(30));
    m_sources = addList(u"sourcesTableWidget"_s,
                        {tr("Title"), tr("Publisher"), tr("Date"), tr("Kind"), tr("Cited for"), tr("URL")}, 0);
    m_sources->setColumnWidth(1, chars(16));
    m_sources->setColumnWidth(4, chars(16));
    m_sources->setColumnWidth(5, chars(26));
    m_sources->setToolTip(
        tr("Double-click a source, or press Enter, to open its link; you see the full address first."));
    connect(m_sources, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const QTableWidgetItem *url = m_sources->item(item->row(), kUrlColumn);
        if (url && !url->text().isEmpty()) {
            LinkOpener::open(this, url->text());
        }
    });
    // Addresses do not wrap, so this table scrolls sideways rather than squeeze its other columns.
    m_wallets = addList(u"walletsTableWidget"_s,
                        {tr("Chain"), tr("Address"), tr("Role"), tr("Tags"), tr("Source"), tr("Note")}, -1);
    m_wallets->setColumnWidth(3, chars(28));
    m_wallets->setColumnWidth(4, chars(28));
    // Hundreds of wallets read best one line each; the other lists wrap their sentences.
    m_wallets->setWordWrap(false);
    m_wallets->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_wallets->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_losses = addList(u"nativeLossesTableWidget"_s, {tr("Chain"), tr("Asset"), tr("Amount"), tr("Source")}, 3);
    m_attributions->setToolTip(tr("Who attributes the incident to which group, and on what evidence"));
    m_claims->setToolTip(tr("Figures for the incident that sources disagree on"));
    m_wallets->setToolTip(tr("The wallets involved in the incident; select one to find it in the graph"));
    m_losses->setToolTip(tr("The amounts stolen, per chain and asset"));
    followCurrentRow(m_attributions);
    followCurrentRow(m_wallets);
    clear();
}

void IncidentDetailTabs::followCurrentRow(QTableWidget *list)
{
    connect(list, &QTableWidget::currentCellChanged, this, [this, list](int row, int, int previous) {
        const QTableWidgetItem *first = row >= 0 && row != previous ? list->item(row, 0) : nullptr;
        if (const QString name = first ? first->data(kEntityRole).toString() : QString(); !name.isEmpty()) {
            emit entitySelected(name);
        }
    });
}

void IncidentDetailTabs::setDetails(const IncidentDetails &details)
{
    // Refilling moves the current rows; only the user's moves are selections.
    const QSignalBlocker attributions(m_attributions), wallets(m_wallets);
    fillAttributions(details);
    fillClaims(details);
    fillSources(details);
    fillWallets(details);
    fillLosses(details);
}

void IncidentDetailTabs::clear()
{
    const QSignalBlocker attributions(m_attributions), wallets(m_wallets);
    for (QTableWidget *list : {m_attributions, m_claims, m_sources, m_wallets, m_losses}) {
        list->setRowCount(0);
    }
    setTabCount(m_attributions, tr("Attributions"), 0);
    setTabCount(m_claims, tr("Claims"), 0);
    setTabCount(m_sources, tr("Sources"), 0);
    setTabCount(m_wallets, tr("Wallets"), 0);
    setTabCount(m_losses, tr("Native losses"), 0);
}

QTableWidget *IncidentDetailTabs::addList(const QString &objectName, const QStringList &headers, int stretchColumn)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), this);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(true); // evidence, notes and titles are sentences
    table->setTextElideMode(Qt::ElideRight);
    table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // One column of sentences takes the width left over, so the table fits the pane without scrolling sideways.
    // Without one, the last column fills the rest and the table scrolls sideways when the pane is narrow.
    table->horizontalHeader()->setMinimumSectionSize(chars(6));
    table->horizontalHeader()->setDefaultSectionSize(chars(24));
    table->horizontalHeader()->setStretchLastSection(stretchColumn < 0);
    if (stretchColumn >= 0) {
        table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    }
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    addTab(table, QString());
    return table;
}

int IncidentDetailTabs::chars(int count) const
{
    return fontMetrics().horizontalAdvance(u'x') * count;
}

void IncidentDetailTabs::setTabCount(QTableWidget *list, const QString &title, int count)
{
    setTabText(indexOf(list), count > 0 ? tr("%1 (%2)").arg(title).arg(count) : title);
    list->setAccessibleName(QString(title).remove(u'&')); // the tab's title, which a screen reader cannot link
}

void IncidentDetailTabs::fillAttributions(const IncidentDetails &details)
{
    m_attributions->setRowCount(0);
    for (const Attribution &a : details.attributions) {
        QString group = text::marked(details.groupName(a.group), a.synthetic);
        if (const auto shared = details.sharedAliases.find(a.group.value);
            shared != details.sharedAliases.end() && !shared->second.isEmpty()) {
            // The first few, so the row stays readable; the group editor lists them all.
            constexpr qsizetype kShown = 3;
            QString list = shared->second.mid(0, kShown).join(u"; "_s);
            if (shared->second.size() > kShown) {
                list += tr("; and %1 more").arg(shared->second.size() - kShown);
            }
            group += u'\n' + tr("Aliases shared with other groups: %1").arg(list);
        }
        const int row = addRow(m_attributions,
                               {group, text::confidence(a.confidence), a.party, a.date.value_or(QString()), a.evidence,
                                details.sourceLabel(a.source)},
                               a.synthetic);
        m_attributions->item(row, 0)->setData(kEntityRole, QString(u"group:"_s + details.groupName(a.group)));
    }
    setTabCount(m_attributions, tr("Attributions"), static_cast<int>(details.attributions.size()));
    for (int column : {1, 3}) {
        m_attributions->resizeColumnToContents(column);
    }
    m_attributions->setColumnWidth(0, chars(26)); // room for the shared-alias note, which wraps
}

void IncidentDetailTabs::fillClaims(const IncidentDetails &details)
{
    m_claims->setRowCount(0);
    const Incident &incident = details.incident;
    // Each disputed field shows the value the case records (unless a claim already states it), then each claim.
    for (const QString &field : details.disputedFields) {
        const auto recorded = recordedValue(incident, field);
        const bool stated = std::any_of(incident.claims.begin(), incident.claims.end(), [&](const Claim &claim) {
            return claim.field == field && claim.value.trimmed() == recorded.value_or(QString()).trimmed();
        });
        if (!recorded || stated) {
            continue;
        }
        const QString value = field == u"loss_usd"_s ? text::usdClaim(*recorded) : *recorded;
        const QString source = field == u"loss_usd"_s && incident.lossUsdSource
                                   ? details.sourceLabel(*incident.lossUsdSource)
                                   : tr("the incident's sources");
        const int row = addRow(m_claims, {text::claimField(field), value, source, tr("Recorded value")});
        highlight(m_claims, row, text::disputedBackground());
    }
    // Claims about the same field sit together, so competing values are read side by side.
    std::vector<Claim> claims = incident.claims;
    std::stable_sort(claims.begin(), claims.end(),
                     [](const Claim &a, const Claim &b) { return fieldRank(a.field) < fieldRank(b.field); });
    for (const Claim &claim : claims) {
        const QString value = claim.field == u"loss_usd"_s ? text::usdClaim(claim.value) : claim.value;
        const bool disputed = details.disputedFields.contains(claim.field);
        QString note = claim.note;
        if (disputed) {
            note = note.isEmpty() ? tr("Sources disagree") : tr("Sources disagree: %1").arg(claim.note);
        }
        const int row =
            addRow(m_claims, {text::claimField(claim.field), value, details.sourceLabel(claim.source), note});
        if (disputed) {
            highlight(m_claims, row, text::disputedBackground());
        }
    }
    setTabCount(m_claims, tr("Claims"), static_cast<int>(incident.claims.size()));
    m_claims->resizeColumnToContents(0);
    m_claims->resizeColumnToContents(1);
}

void IncidentDetailTabs::fillSources(const IncidentDetails &details)
{
    m_sources->setRowCount(0);
    for (const CitedSource &cited : details.citations) {
        const Source &s = cited.source;
        addRow(m_sources,
               {text::marked(s.title, s.synthetic), s.publisher, s.published.value_or(QString()), s.kind,
                cited.citedFor.join(u", "_s), s.url.value_or(QString())},
               s.synthetic);
    }
    setTabCount(m_sources, tr("Sources"), static_cast<int>(details.citations.size()));
    m_sources->resizeColumnToContents(2);
    m_sources->resizeColumnToContents(3);
}

void IncidentDetailTabs::fillWallets(const IncidentDetails &details)
{
    m_wallets->setRowCount(0);
    for (const IncidentWallet &w : details.wallets) {
        const bool synthetic = w.address.synthetic || w.role.synthetic;
        QStringList tags;
        for (const Tag &tag : w.tags) {
            tags << tagText(tag);
        }
        const int row = addRow(m_wallets,
                               {w.address.chain, text::marked(w.address.address, synthetic), w.role.role,
                                tags.join(u"; "_s), details.sourceLabel(w.role.source), w.role.note},
                               synthetic);
        m_wallets->item(row, 0)->setData(kEntityRole, w.address.address);
    }
    setTabCount(m_wallets, tr("Wallets"), static_cast<int>(details.wallets.size()));
    for (int column : {0, 1, 2}) {
        m_wallets->resizeColumnToContents(column);
    }
}

void IncidentDetailTabs::fillLosses(const IncidentDetails &details)
{
    m_losses->setRowCount(0);
    for (const NativeLoss &loss : details.incident.losses) {
        const int row = addRow(m_losses, {loss.chain, loss.asset, loss.amount, details.sourceLabel(loss.source)});
        m_losses->item(row, 2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    setTabCount(m_losses, tr("Native losses"), static_cast<int>(details.incident.losses.size()));
}

} // namespace awb::ui
