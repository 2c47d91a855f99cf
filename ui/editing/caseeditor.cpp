// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/caseeditor.h"

#include "core/model/validation.h"
#include "core/store/casestore.h"
#include "ui/casedocument.h"
#include "ui/dialogs/messagebox.h"
#include "ui/editing/groupcommand.h"
#include "ui/editing/recordops.h"

#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

/** The sub-unit relations an edit asks for, in the form the store keeps them. */
std::vector<GroupRelation> normalizedSubUnits(const std::vector<GroupRelation> &subUnits, GroupId parent)
{
    std::vector<GroupRelation> relations;
    for (GroupRelation relation : subUnits) {
        relation.id = 0;
        relation.parent = parent;
        relation.kind = u"sub-unit"_s;
        relations.push_back(std::move(relation));
    }
    return relations;
}

} // namespace

CaseEditor::CaseEditor(CaseDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_stack(new QUndoStack(this))
{
    m_stack->setObjectName(u"caseUndoStack"_s);
    // The history belongs to one case: it ends when the case is closed or another one is opened.
    connect(m_document, &CaseDocument::caseChanged, this, &CaseEditor::clearHistory);
    // Undoing an edit after another program changed the case would silently overwrite that program's change.
    connect(m_document, &CaseDocument::changedExternally, this, &CaseEditor::clearHistory);
}

CaseEditor::~CaseEditor() = default;

CaseStore *CaseEditor::store() const
{
    return m_document->store();
}

bool CaseEditor::canEdit() const
{
    return checkEditable().has_value();
}

void CaseEditor::setDialogParent(QWidget *parent)
{
    m_dialogParent = parent;
}

Result<void> CaseEditor::checkEditable() const
{
    if (!store()) {
        return fail(Error::Code::InvalidInput, tr("No case is open."));
    }
    if (store()->isReadOnly()) {
        return fail(Error::Code::ReadOnly, tr("The case is open read-only; nothing was changed."));
    }
    return {};
}

template <typename Command, typename IdOf>
auto CaseEditor::pushNew(std::unique_ptr<Command> command, IdOf idOf) -> Result<decltype(idOf(*command))>
{
    if (auto r = command->apply(); !r) {
        return std::unexpected(r.error()); // never pushed: the stack stays as it was
    }
    const auto id = idOf(*command);
    m_stack->push(command.release()); // its first redo() was apply()
    emit recordChanged();
    return id;
}

Result<void> CaseEditor::push(std::unique_ptr<EditCommand> command)
{
    if (auto r = command->apply(); !r) {
        return r; // never pushed: the stack stays as it was
    }
    if (!command->changedNothing()) {
        m_stack->push(command.release()); // its first redo() was apply()
    }
    emit recordChanged();
    return {};
}

void CaseEditor::commandFinished(EditCommand *command, const Result<void> &result, bool undo)
{
    if (result) {
        emit recordChanged();
        return;
    }
    // The case is as it was before this step (the transaction rolled back), but the stack has moved past it:
    // the command goes, and the rest of the history with it once the stack is no longer inside undo()/redo().
    command->setObsolete(true);
    if (std::exchange(m_historyBroken, true)) {
        return; // already reported
    }
    const QString text = command->text();
    const Error error = result.error();
    QTimer::singleShot(0, this, [this, text, error, undo] {
        clearHistory();
        emit recordChanged();
        const QString title = undo ? tr("Undo Failed") : tr("Redo Failed");
        const QString message =
            undo ? tr("%1 could not be undone: %2\n\nThe case is as it was before you chose Undo. The edit history "
                      "was cleared so that it cannot disagree with the case.")
                       .arg(text, error.message)
                 : tr("%1 could not be redone: %2\n\nThe case is as it was before you chose Redo. The edit history "
                      "was cleared so that it cannot disagree with the case.")
                       .arg(text, error.message);
        MessageBox::critical(m_dialogParent, title, message, error.detail);
    });
}

void CaseEditor::clearHistory()
{
    m_stack->clear();
    m_historyBroken = false;
}

Result<IncidentId> CaseEditor::addIncident(const Incident &incident)
{
    if (auto r = checkEditable().and_then([&] { return validate(incident); }); !r) {
        return std::unexpected(r.error());
    }
    Incident added = incident;
    added.id = {};
    auto command = std::make_unique<RecordCommand<IncidentOps>>(
        this, tr("Add Incident %1").arg(EditCommand::quoted(incident.title)), std::nullopt, added);
    return pushNew(std::move(command), [](const auto &c) { return c.record().id; });
}

Result<void> CaseEditor::updateIncident(const Incident &incident)
{
    if (auto r = checkEditable().and_then([&] { return validate(incident); }); !r) {
        return r;
    }
    auto before = store()->incident(incident.id);
    if (!before) {
        return std::unexpected(before.error());
    }
    return push(std::make_unique<RecordCommand<IncidentOps>>(
        this, tr("Edit Incident %1").arg(EditCommand::quoted(incident.title)), *before, incident));
}

Result<void> CaseEditor::removeIncident(IncidentId id)
{
    if (auto r = checkEditable(); !r) {
        return r;
    }
    IncidentWithLinks key;
    key.incident.id = id;
    auto before = IncidentWithLinksOps::read(*store(), key);
    if (!before) {
        return std::unexpected(before.error());
    }
    return push(std::make_unique<RecordCommand<IncidentWithLinksOps>>(
        this, tr("Delete Incident %1").arg(EditCommand::quoted(before->incident.title)), *before, std::nullopt));
}

Result<GroupId> CaseEditor::addGroup(const ActorGroup &group, const std::vector<GroupRelation> &subUnits)
{
    if (auto r = checkEditable().and_then([&] { return validate(group); }); !r) {
        return std::unexpected(r.error());
    }
    ActorGroup added = group;
    added.id = {};
    auto command =
        std::make_unique<GroupCommand>(this, tr("Add Group %1").arg(EditCommand::quoted(group.name)), std::nullopt,
                                       added, std::vector<GroupRelation>{}, normalizedSubUnits(subUnits, GroupId{}));
    return pushNew(std::move(command), [](const auto &c) { return c.group().id; });
}

Result<void> CaseEditor::updateGroup(const ActorGroup &group, const std::vector<GroupRelation> &subUnits)
{
    if (auto r = checkEditable().and_then([&] { return validate(group); }); !r) {
        return r;
    }
    auto before = store()->group(group.id);
    auto existing = this->subUnits(group.id);
    if (!before || !existing) {
        return std::unexpected(!before ? before.error() : existing.error());
    }
    // Relations that stay as they are keep their rows; the others are removed or added.
    std::vector<GroupRelation> added = normalizedSubUnits(subUnits, group.id);
    std::vector<GroupRelation> removed;
    for (const GroupRelation &relation : *existing) {
        const auto same = std::find_if(added.begin(), added.end(), [&](const GroupRelation &wanted) {
            return wanted.child == relation.child && wanted.source == relation.source && wanted.note == relation.note;
        });
        if (same != added.end()) {
            added.erase(same);
        } else {
            removed.push_back(relation);
        }
    }
    return push(std::make_unique<GroupCommand>(this, tr("Edit Group %1").arg(EditCommand::quoted(group.name)), *before,
                                               group, std::move(removed), std::move(added)));
}

Result<void> CaseEditor::removeGroup(GroupId id)
{
    if (auto r = checkEditable(); !r) {
        return r;
    }
    auto before = store()->group(id);
    auto relations = store()->relations();
    if (!before || !relations) {
        return std::unexpected(!before ? before.error() : relations.error());
    }
    std::vector<GroupRelation> involved;
    std::copy_if(relations->begin(), relations->end(), std::back_inserter(involved),
                 [id](const GroupRelation &relation) { return relation.parent == id || relation.child == id; });
    return push(std::make_unique<GroupCommand>(this, tr("Delete Group %1").arg(EditCommand::quoted(before->name)),
                                               *before, std::nullopt, std::move(involved),
                                               std::vector<GroupRelation>{}));
}

Result<std::vector<GroupRelation>> CaseEditor::subUnits(GroupId id) const
{
    if (!store()) {
        return fail(Error::Code::InvalidInput, tr("No case is open."));
    }
    return store()->relations().transform([id](std::vector<GroupRelation> relations) {
        std::erase_if(relations, [id](const GroupRelation &relation) {
            return relation.parent != id || relation.kind != u"sub-unit"_s;
        });
        return relations;
    });
}

Result<AttributionId> CaseEditor::addAttribution(const Attribution &attribution)
{
    if (auto r = checkEditable().and_then([&] { return validate(attribution); }); !r) {
        return std::unexpected(r.error());
    }
    Attribution added = attribution;
    added.id = {};
    auto command = std::make_unique<RecordCommand<AttributionOps>>(
        this, tr("Add Attribution by %1").arg(EditCommand::quoted(attribution.party)), std::nullopt, added);
    return pushNew(std::move(command), [](const auto &c) { return c.record().id; });
}

Result<void> CaseEditor::updateAttribution(const Attribution &attribution)
{
    if (auto r = checkEditable().and_then([&] { return validate(attribution); }); !r) {
        return r;
    }
    auto all = store()->attributions(std::nullopt);
    if (!all) {
        return std::unexpected(all.error());
    }
    const auto before =
        std::find_if(all->begin(), all->end(), [&](const Attribution &stored) { return stored.id == attribution.id; });
    if (before == all->end()) {
        return fail(Error::Code::NotFound, tr("The attribution no longer exists."));
    }
    return push(std::make_unique<RecordCommand<AttributionOps>>(
        this, tr("Edit Attribution by %1").arg(EditCommand::quoted(attribution.party)), *before, attribution));
}

Result<void> CaseEditor::removeAttribution(AttributionId id)
{
    if (auto r = checkEditable(); !r) {
        return r;
    }
    auto all = store()->attributions(std::nullopt);
    if (!all) {
        return std::unexpected(all.error());
    }
    const auto before =
        std::find_if(all->begin(), all->end(), [&](const Attribution &stored) { return stored.id == id; });
    if (before == all->end()) {
        return fail(Error::Code::NotFound, tr("The attribution no longer exists."));
    }
    return push(std::make_unique<RecordCommand<AttributionOps>>(
        this, tr("Delete Attribution by %1").arg(EditCommand::quoted(before->party)), *before, std::nullopt));
}

Result<SourceId> CaseEditor::addSource(const Source &source)
{
    if (auto r = checkEditable().and_then([&] { return validate(source); }); !r) {
        return std::unexpected(r.error());
    }
    Source added = source;
    added.id = {};
    auto command = std::make_unique<RecordCommand<SourceOps>>(
        this, tr("Add Source %1").arg(EditCommand::quoted(source.title)), std::nullopt, added);
    return pushNew(std::move(command), [](const auto &c) { return c.record().id; });
}

Result<void> CaseEditor::updateSource(const Source &source)
{
    if (auto r = checkEditable().and_then([&] { return validate(source); }); !r) {
        return r;
    }
    auto before = store()->source(source.id);
    if (!before) {
        return std::unexpected(before.error());
    }
    return push(std::make_unique<RecordCommand<SourceOps>>(
        this, tr("Edit Source %1").arg(EditCommand::quoted(source.title)), *before, source));
}

Result<void> CaseEditor::removeSource(SourceId id)
{
    if (auto r = checkEditable(); !r) {
        return r;
    }
    auto before = store()->source(id);
    if (!before) {
        return std::unexpected(before.error());
    }
    return push(std::make_unique<RecordCommand<SourceOps>>(
        this, tr("Delete Source %1").arg(EditCommand::quoted(before->title)), *before, std::nullopt));
}

} // namespace awb::ui
