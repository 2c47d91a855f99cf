// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browser/browserpane.h"

#include "core/report/incidentsreport.h"
#include "ui/browser/filterbar.h"
#include "ui/browser/incidentbrowser.h"
#include "ui/browser/incidenttableview.h"
#include "ui/models/incidentsortproxymodel.h"
#include "ui/models/incidenttablemodel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

BrowserPane::BrowserPane(IncidentBrowser *browser, QWidget *parent)
    : QWidget(parent)
    , m_browser(browser)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_filterBar = new FilterBar(this);
    layout->addWidget(m_filterBar);

    m_rollup = new QLabel(this);
    m_rollup->setObjectName(u"rollupLabel"_s);
    m_rollup->setTextFormat(Qt::PlainText);
    m_rollup->setTextInteractionFlags(Qt::TextSelectableByMouse); // analysts paste it into reports
    QFont bold = m_rollup->font();
    bold.setBold(true);
    m_rollup->setFont(bold);
    m_rollup->setAccessibleName(tr("Rollup of the filtered incidents"));
    layout->addWidget(m_rollup);

    m_notes = new QLabel(this);
    m_notes->setObjectName(u"groupNotesLabel"_s);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    m_notes->hide();
    layout->addWidget(m_notes);

    m_table = new IncidentTableView(this);
    m_table->setModel(m_browser->proxy());
    m_table->sortByColumn(IncidentTableModel::Date, Qt::DescendingOrder);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emit currentIncidentChanged(currentIncident()); });
    connect(m_filterBar, &FilterBar::filterEdited, this, &BrowserPane::onFilterEdited);
    connect(m_browser, &IncidentBrowser::recordChanged, this, &BrowserPane::onRecordChanged);
    connect(m_browser, &IncidentBrowser::resultChanged, this, &BrowserPane::onResultChanged);
    onResultChanged();
}

IncidentId BrowserPane::currentIncident() const
{
    const QModelIndex source = m_browser->proxy()->mapToSource(m_table->currentIndex());
    return m_browser->model()->incidentId(source.row());
}

bool BrowserPane::selectIncident(IncidentId id)
{
    const int row = m_browser->model()->rowOf(id);
    const QModelIndex index = m_browser->proxy()->mapFromSource(m_browser->model()->index(row, 0));
    if (!index.isValid()) {
        return false;
    }
    if (index.row() != m_table->currentIndex().row()) {
        m_table->setCurrentIndex(index.siblingAtColumn(IncidentTableModel::Title));
    }
    m_table->scrollTo(index);
    return true;
}

void BrowserPane::onRecordChanged()
{
    m_filterBar->setChoices(m_browser->countries(), m_browser->sectors(), m_browser->chains(),
                            m_browser->directory().names());
    m_filterBar->setFilter(m_browser->filter());
    m_table->fitColumnsOnce();
}

void BrowserPane::onResultChanged()
{
    m_rollup->setText(report::rollupText(m_browser->result().rollup));
    QStringList notes;
    for (const GroupResolution &g : m_browser->result().groups) {
        if (const QString note = report::resolutionText(g, m_browser->directory()); !note.isEmpty()) {
            notes << note;
        }
    }
    m_notes->setText(notes.join(u'\n'));
    m_notes->setVisible(!notes.isEmpty());
    // A filter set elsewhere (the timeline's range, a chart's bar) shows in the controls.
    m_filterBar->setFilter(m_browser->filter());
}

void BrowserPane::onFilterEdited()
{
    auto wanted = m_filterBar->filter();
    auto applied = wanted ? m_browser->setFilter(*wanted) : Result<void>(std::unexpected(wanted.error()));
    m_filterBar->setProblem(applied ? QString() : applied.error().message);
}

} // namespace awb::ui
