// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/editcommands.h"

#include "core/store/casestore.h"
#include "ui/editing/caseeditor.h"

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype kMaxQuoted = 48;

} // namespace

EditCommand::EditCommand(CaseEditor *editor, const QString &text)
    : m_editor(editor)
{
    // text() stays as written (messages, undo views); the menu's action text escapes the mnemonic marker, so a
    // title such as "AT&T" does not lose its "&" in Edit ▸ Undo.
    setText(text + u'\n' + QString(text).replace(u'&', u"&&"_s));
}

Result<void> EditCommand::apply()
{
    auto r = run(true);
    m_skipRedo = r.has_value();
    return r;
}

void EditCommand::redo()
{
    if (std::exchange(m_skipRedo, false)) {
        return;
    }
    m_editor->commandFinished(this, run(true), false);
}

void EditCommand::undo()
{
    m_editor->commandFinished(this, run(false), true);
}

Result<void> EditCommand::run(bool forwards)
{
    CaseStore *store = m_editor->store();
    if (!store) {
        return fail(Error::Code::NotFound, tr("No case is open."));
    }
    if (m_editor->isHistoryBroken()) {
        // An earlier step failed; the history is about to be cleared and no longer describes the case.
        return fail(Error::Code::Constraint, tr("The edit history no longer matches the case."));
    }
    auto r = store->inTransaction([&] { return forwards ? forward(*store) : backward(*store); });
    if (r && forwards) {
        ++m_runs;
    }
    return r;
}

Error EditCommand::changedElsewhere(const QString &record)
{
    return Error{
        Error::Code::Constraint,
        tr("%1 was changed since this edit was made, outside the edit history; nothing was changed.").arg(record),
        {}};
}

QString EditCommand::quoted(const QString &text)
{
    const QString simplified = text.simplified();
    const QString shown = simplified.size() > kMaxQuoted ? simplified.left(kMaxQuoted - 1) + QChar(0x2026) : simplified;
    return tr("“%1”").arg(shown);
}

} // namespace awb::ui
