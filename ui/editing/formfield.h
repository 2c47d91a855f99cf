// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/records.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace awb::ui {

/**
 * A form field with a message right below it: red for what must be fixed before OK is enabled, grey for a
 * hint ("JP — Japan"). The message is plain text and takes no room while empty.
 */
class FormField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormField)

public:
    /** Wraps @p field; the message label is named @p messageObjectName (tests find it by that name). */
    FormField(QWidget *field, const QString &messageObjectName, QWidget *parent = nullptr);

    QLabel *messageLabel() const { return m_message; }

    /** Shows @p message as an error, or clears it when empty. Returns whether there is an error. */
    bool setError(const QString &message);
    void setHint(const QString &hint);

private:
    QLabel *m_message = nullptr;
};

/** Helpers shared by the editing dialogs. */
namespace form {

/**
 * Adds the row "@p label @p field" to @p form and gives the control the user types in (a FormField's focus proxy)
 * @p label as its accessible name, since a FormField's label is not its input's buddy, and @p toolTip.
 */
void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &toolTip);
/** A wrapped label for a remark of our own, shown as plain text. */
QLabel *remark(const QString &text, QWidget *parent);
/** Fills @p combo with @p sources by their label, sorted, with the id as item data; @p none adds a first, empty choice.
 */
void fillSources(QComboBox *combo, const std::vector<Source> &sources, const QString &none = {});
/** Fills @p combo with @p groups by name, without @p exclude; @p none adds a first, empty choice. */
void fillGroups(QComboBox *combo, const std::vector<ActorGroup> &groups, GroupId exclude, const QString &none = {});
/** Selects the item whose data is @p id, or the empty choice (or nothing, when there is none) for nullopt. */
void selectId(QComboBox *combo, std::optional<qint64> id);
/** The id of the selected item; nullopt for the empty choice or no selection. */
std::optional<qint64> selectedId(const QComboBox *combo);
/** The trimmed text, or nullopt when it is empty (optional fields). */
std::optional<QString> optionalText(const QLineEdit *edit);
/** "ethereum, tron" → {"ethereum", "tron"}: trimmed, without empty or repeated entries. */
QStringList splitList(const QString &text);
/** What is wrong with a date field ("" when it is fine); an empty field is fine unless @p required. */
QString dateError(const QString &text, bool required);
/** What is wrong with a country code field ("" when it is fine or empty). */
QString countryError(const QString &code);
/** "JP — Japan" for a valid code, "" otherwise. */
QString countryHint(const QString &code);
/** What is wrong with a URL field ("" when it is fine or empty). */
QString urlError(const QString &url);
/** The short name of a source for remarks such as "(MISP Project)": its publisher, else its title. */
QString shortSourceName(const Source &source);

} // namespace form

} // namespace awb::ui
