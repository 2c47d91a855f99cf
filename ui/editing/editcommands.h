// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace awb {
class CaseStore;
}

namespace awb::ui {

class CaseEditor;

/**
 * One edit of the case record on the undo stack. redo() and undo() each run in one transaction of the store,
 * and each first checks that the records are as the command left them: a record changed outside the history
 * is reported instead of overwritten. A command that fails is reported by its CaseEditor, which then clears
 * the history rather than let it disagree with the case.
 */
class EditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCommand)

public:
    EditCommand(CaseEditor *editor, const QString &text);

    /** Does the edit for the first time, before the command is pushed; the push's redo() then does nothing. */
    Result<void> apply();

    /** Whether the first apply() left the case as it was (an edit that changed nothing is not pushed). */
    virtual bool changedNothing() const { return false; }

    void redo() override;
    void undo() override;

    /** The error for a record that is no longer as this command left it. */
    static Error changedElsewhere(const QString &record);
    /** "“Title”", shortened for the Undo menu. */
    static QString quoted(const QString &text);

protected:
    /** The edit, inside the store's transaction. */
    virtual Result<void> forward(CaseStore &store) = 0;
    /** Its inverse, inside the store's transaction. */
    virtual Result<void> backward(CaseStore &store) = 0;

    /** Whether forward() runs for the first time: it then records what the store assigned (ids, read-back). */
    bool isFirstRun() const { return m_runs == 0; }

    /** Fails with changedElsewhere() unless @p current holds @p expected. */
    template <typename T>
    static Result<void> expectRecord(const Result<T> &current, const T &expected, const QString &record)
    {
        if (!current || *current != expected) {
            return std::unexpected(changedElsewhere(record));
        }
        return {};
    }

private:
    Result<void> run(bool forwards);

    CaseEditor *m_editor = nullptr;
    int m_runs = 0;
    bool m_skipRedo = false; // apply() already did what the push's redo() would do
};

/**
 * Adds, changes or deletes one record: the case goes from @p before to @p after (an absent side means the
 * record does not exist), and back on undo. @p Ops says how a record kind is read, added, updated, removed
 * and named (see recordops.h). Added records keep the id they got the first time, so later commands that
 * refer to them stay valid through undo and redo.
 */
template <typename Ops>
class RecordCommand final : public EditCommand
{
public:
    using Record = typename Ops::Record;

    RecordCommand(CaseEditor *editor, const QString &text, std::optional<Record> before, std::optional<Record> after)
        : EditCommand(editor, text)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

    /** The record as the edit left it (as stored, with its id), or as it was before a delete. */
    const Record &record() const { return m_after ? *m_after : *m_before; }

    bool changedNothing() const override { return m_before && m_after && *m_before == *m_after; }

protected:
    Result<void> forward(CaseStore &store) override
    {
        auto r = transition(store, m_before, m_after);
        if (r && isFirstRun() && m_after) {
            // Keep what the store made of the record (ids, list order), so undo can tell it is unchanged.
            auto stored = Ops::read(store, *m_after);
            if (!stored) {
                return std::unexpected(stored.error());
            }
            m_after = std::move(*stored);
        }
        return r;
    }

    Result<void> backward(CaseStore &store) override { return transition(store, m_after, m_before); }

private:
    static Result<void> transition(CaseStore &store, const std::optional<Record> &from, std::optional<Record> &to)
    {
        if (from) {
            if (auto r = expectRecord(Ops::read(store, *from), *from, Ops::describe(*from)); !r) {
                return r;
            }
            return to ? Ops::update(store, *to) : Ops::remove(store, *from);
        }
        // Adds under the id the record had (undo of a delete) or got the first time (redo of an add).
        return Ops::add(store, *to).transform([&](auto id) { Ops::setId(*to, id); });
    }

    std::optional<Record> m_before;
    std::optional<Record> m_after;
};

} // namespace awb::ui
