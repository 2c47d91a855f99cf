// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/recordlistdialog.h"

#include "core/store/casestore.h"
#include "ui/dialogs/messagebox.h"
#include "ui/displaytext.h"
#include "ui/editing/attributiondialog.h"
#include "ui/editing/caseeditor.h"
#include "ui/editing/groupdialog.h"
#include "ui/editing/sourcedialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <map>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Row
{
    qint64 id = 0;
    QStringList cells;
};

struct Listing
{
    QStringList headers;
    std::vector<Row> rows;
    int numericColumn = -1; // right-aligned
};

Result<Listing> listGroups(CaseStore &store)
{
    return store.groups().transform([](const std::vector<ActorGroup> &groups) {
        Listing listing{{RecordListDialog::tr("Name"), RecordListDialog::tr("Kind"), RecordListDialog::tr("Country"),
                         RecordListDialog::tr("Alias claims"), RecordListDialog::tr("Sponsor")},
                        {},
                        3};
        for (const ActorGroup &g : groups) {
            listing.rows.push_back({g.id.value,
                                    {text::marked(g.name, g.synthetic), g.kind, g.country.value_or(QString()),
                                     QString::number(g.aliases.size()), g.sponsor}});
        }
        return listing;
    });
}

Result<Listing> listSources(CaseStore &store)
{
    return store.sources().transform([](const std::vector<Source> &sources) {
        Listing listing{{RecordListDialog::tr("Title"), RecordListDialog::tr("Publisher"),
                         RecordListDialog::tr("Published"), RecordListDialog::tr("Kind")},
                        {}};
        for (const Source &s : sources) {
            listing.rows.push_back(
                {s.id.value,
                 {text::marked(s.title, s.synthetic), s.publisher, s.published.value_or(QString()), s.kind}});
        }
        return listing;
    });
}

Result<Listing> listAttributions(CaseStore &store, IncidentId incident)
{
    auto attributions = store.attributions(incident);
    auto groups = store.groups();
    auto sources = store.sources();
    if (!attributions || !groups || !sources) {
        return std::unexpected(!attributions ? attributions.error() : !groups ? groups.error() : sources.error());
    }
    std::map<qint64, QString> groupNames;
    std::map<qint64, QString> sourceLabels;
    for (const ActorGroup &g : *groups) {
        groupNames[g.id.value] = g.name;
    }
    for (const Source &s : *sources) {
        sourceLabels[s.id.value] = text::sourceLabel(s);
    }
    Listing listing{{RecordListDialog::tr("Group"), RecordListDialog::tr("Confidence"), RecordListDialog::tr("Party"),
                     RecordListDialog::tr("Date"), RecordListDialog::tr("Source")},
                    {}};
    for (const Attribution &a : *attributions) {
        listing.rows.push_back({a.id.value,
                                {groupNames[a.group.value], text::confidence(a.confidence), a.party,
                                 a.date.value_or(QString()), sourceLabels[a.source.value]}});
    }
    return listing;
}

} // namespace

RecordListDialog::RecordListDialog(CaseEditor *editor, Kind kind, IncidentId incident, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_kind(kind)
    , m_incident(incident)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_newButton(new QPushButton(this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_undoButton(new QPushButton(tr("&Undo"), this))
    , m_redoButton(new QPushButton(tr("&Redo"), this))
{
    const QString name = kind == Kind::Groups ? u"groups"_s : kind == Kind::Sources ? u"sources"_s : u"attributions"_s;
    setObjectName(name + u"ListDialog"_s);
    setWindowTitle(kind == Kind::Groups    ? tr("Actor Groups")
                   : kind == Kind::Sources ? tr("Sources")
                                           : tr("Attributions"));
    m_newButton->setText(kind == Kind::Groups    ? tr("&New Group…")
                         : kind == Kind::Sources ? tr("&New Source…")
                                                 : tr("&Add Attribution…"));
    m_filter->setObjectName(name + u"FilterLineEdit"_s);
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setToolTip(kind == Kind::Groups ? tr("Shows only the groups whose name or alias contains this text")
                         : kind == Kind::Sources
                             ? tr("Shows only the sources whose title or publisher contains this text")
                             : tr("Shows only the attributions that contain this text"));
    m_table->setObjectName(name + u"TableWidget"_s);
    m_table->setAccessibleName(windowTitle());
    m_table->setToolTip(tr("Double-click a row to edit it"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_newButton->setObjectName(name + u"NewButton"_s);
    m_editButton->setObjectName(name + u"EditButton"_s);
    m_deleteButton->setObjectName(name + u"DeleteButton"_s);
    m_undoButton->setObjectName(name + u"UndoButton"_s);
    m_redoButton->setObjectName(name + u"RedoButton"_s);

    // The dialog is modal, so the main window's Edit menu is out of reach: Undo and Redo work here too.
    QUndoStack *stack = editor->undoStack();
    auto *undo = new QAction(tr("Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    auto *redo = new QAction(tr("Redo"), this);
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(m_undoButton, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::indexChanged, this, &RecordListDialog::updateButtons);
    connect(stack, &QUndoStack::cleanChanged, this, &RecordListDialog::updateButtons);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {m_newButton, m_editButton, m_deleteButton}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addSpacing(12);
    buttons->addWidget(m_undoButton);
    buttons->addWidget(m_redoButton);
    buttons->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *lists = new QVBoxLayout;
    lists->addWidget(m_filter);
    lists->addWidget(m_table, 1);
    auto *body = new QHBoxLayout;
    body->addLayout(lists, 1);
    body->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &RecordListDialog::reject);
    connect(m_newButton, &QPushButton::clicked, this, &RecordListDialog::newRecord);
    connect(m_editButton, &QPushButton::clicked, this, &RecordListDialog::editRecord);
    connect(m_deleteButton, &QPushButton::clicked, this, &RecordListDialog::deleteRecord);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &RecordListDialog::editRecord);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RecordListDialog::updateButtons);
    connect(m_filter, &QLineEdit::textChanged, this, &RecordListDialog::filter);
    connect(editor, &CaseEditor::recordChanged, this, &RecordListDialog::reload);
    reload();
    resize(kind == Kind::Groups ? QSize(820, 520) : QSize(900, 560));
}

void RecordListDialog::reload()
{
    const qint64 current = currentRecord();
    fill();
    if (current) {
        selectRecord(current);
    }
    filter(m_filter->text());
    updateButtons();
}

void RecordListDialog::fill()
{
    CaseStore *store = m_editor->store();
    Result<Listing> listing = !store                    ? fail(Error::Code::InvalidInput, tr("No case is open."))
                              : m_kind == Kind::Groups  ? listGroups(*store)
                              : m_kind == Kind::Sources ? listSources(*store)
                                                        : listAttributions(*store, m_incident);
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    if (!listing) {
        m_table->setColumnCount(1);
        m_table->setRowCount(1);
        m_table->setHorizontalHeaderLabels({tr("Problem")});
        m_table->setItem(0, 0, new QTableWidgetItem(tr("The list could not be read: %1").arg(listing.error().message)));
        return;
    }
    m_table->setColumnCount(int(listing->headers.size()));
    m_table->setHorizontalHeaderLabels(listing->headers);
    m_table->setRowCount(int(listing->rows.size()));
    for (int row = 0; row < int(listing->rows.size()); ++row) {
        const Row &record = listing->rows[size_t(row)];
        for (int column = 0; column < int(record.cells.size()); ++column) {
            auto *item = new QTableWidgetItem(record.cells[column]);
            item->setToolTip(text::toolTip(record.cells[column]));
            item->setData(Qt::UserRole, record.id);
            if (column == listing->numericColumn) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_table->setItem(row, column, item);
        }
    }
    if (m_kind != Kind::Attributions && !std::exchange(m_sortChosen, true)) { // attributions: strongest first
        m_table->sortByColumn(0, Qt::AscendingOrder); // later fills keep the column the user sorted by
    }
    m_table->setSortingEnabled(m_kind != Kind::Attributions);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_table->columnCount() - 1; ++column) {
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 260));
    }
}

void RecordListDialog::filter(const QString &text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int column = 0; column < m_table->columnCount() && !match; ++column) {
            const QTableWidgetItem *item = m_table->item(row, column);
            match = item && item->text().contains(text, Qt::CaseInsensitive);
        }
        m_table->setRowHidden(row, !match);
    }
}

bool RecordListDialog::selectRecord(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *item = m_table->item(row, 0);
        if (item && item->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

qint64 RecordListDialog::currentRecord() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.front()->data(Qt::UserRole).toLongLong();
}

void RecordListDialog::updateButtons()
{
    const bool editable = m_editor->canEdit();
    const bool current = currentRecord() != 0;
    m_newButton->setEnabled(editable);
    m_editButton->setEnabled(editable && current);
    m_deleteButton->setEnabled(editable && current);
    QUndoStack *stack = m_editor->undoStack();
    m_undoButton->setEnabled(stack->canUndo());
    m_undoButton->setToolTip(text::toolTip(stack->undoText())); // names the record it changes
    m_redoButton->setEnabled(stack->canRedo());
    m_redoButton->setToolTip(text::toolTip(stack->redoText()));
}

void RecordListDialog::newRecord()
{
    openEditor(0);
}

void RecordListDialog::editRecord()
{
    if (const qint64 id = currentRecord()) {
        openEditor(id);
    }
}

void RecordListDialog::openEditor(qint64 id)
{
    if (!m_editor->canEdit()) {
        return;
    }
    qint64 saved = 0;
    if (m_kind == Kind::Groups) {
        GroupDialog dialog(m_editor, GroupId{id}, this);
        saved = dialog.exec() == QDialog::Accepted ? dialog.groupId().value : 0;
    } else if (m_kind == Kind::Sources) {
        SourceDialog dialog(m_editor, SourceId{id}, this);
        saved = dialog.exec() == QDialog::Accepted ? dialog.sourceId().value : 0;
    } else {
        AttributionDialog dialog(m_editor, m_incident, AttributionId{id}, this);
        saved = dialog.exec() == QDialog::Accepted ? dialog.attributionId().value : 0;
    }
    if (saved) {
        selectRecord(saved);
    }
}

void RecordListDialog::deleteRecord()
{
    const qint64 id = currentRecord();
    if (!id) {
        return;
    }
    const Result<void> removed = m_kind == Kind::Groups    ? m_editor->removeGroup(GroupId{id})
                                 : m_kind == Kind::Sources ? m_editor->removeSource(SourceId{id})
                                                           : m_editor->removeAttribution(AttributionId{id});
    if (removed) {
        return;
    }
    const QString title = m_kind == Kind::Groups    ? tr("Cannot Delete the Group")
                          : m_kind == Kind::Sources ? tr("Cannot Delete the Source")
                                                    : tr("Cannot Delete the Attribution");
    if (removed.error().code == Error::Code::Constraint) {
        MessageBox::warning(this, title, removed.error().message, removed.error().detail);
    } else {
        MessageBox::critical(this, title, removed.error().message, removed.error().detail);
    }
}

} // namespace awb::ui
