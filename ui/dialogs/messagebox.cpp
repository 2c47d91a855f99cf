// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/messagebox.h"

#include <QCoreApplication>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<MessageBox::Button> s_nextAnswer;
std::optional<MessageBox::Shown> s_lastShown;

/** Returns the test hook's answer, consuming it, after recording @p message. */
std::optional<MessageBox::Button> takeNextAnswer(const MessageBox::Shown &message)
{
    s_lastShown = message;
    return std::exchange(s_nextAnswer, std::nullopt);
}

} // namespace

MessageBox::Button
MessageBox::critical(QWidget *parent, const QString &title, const QString &text, const QString &detail)
{
    return show(parent, {QMessageBox::Critical, title, text, detail}, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button
MessageBox::information(QWidget *parent, const QString &title, const QString &text, const QString &detail)
{
    return show(parent, {QMessageBox::Information, title, text, detail}, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button
MessageBox::warning(QWidget *parent, const QString &title, const QString &text, const QString &detail)
{
    return show(parent, {QMessageBox::Warning, title, text, detail}, QMessageBox::Ok, QMessageBox::Ok);
}

MessageBox::Button
MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons, Button defaultButton)
{
    return show(parent, {QMessageBox::Question, title, text, {}}, buttons, defaultButton);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &richText)
{
    if (takeNextAnswer({QMessageBox::Information, title, richText, {}})) {
        return;
    }
    QMessageBox::about(parent, title, richText);
}

void MessageBox::aboutQt(QWidget *parent)
{
    // The title Qt's own box shows, from Qt's catalogue (qtbase_*.qm).
    if (takeNextAnswer({QMessageBox::Information, QCoreApplication::translate("QMessageBox", "About Qt"), {}, {}})) {
        return;
    }
    QMessageBox::aboutQt(parent);
}

void MessageBox::setNextAnswer(Button answer)
{
    s_nextAnswer = answer;
}

std::optional<MessageBox::Shown> MessageBox::lastShown()
{
    return s_lastShown;
}

void MessageBox::clearLastShown()
{
    s_lastShown.reset();
}

MessageBox::Button MessageBox::show(QWidget *parent, const Shown &message, Buttons buttons, Button defaultButton)
{
    if (const auto answer = takeNextAnswer(message)) {
        return *answer;
    }
    QMessageBox box(message.icon, message.title, message.text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(defaultButton);
    if (!message.detail.isEmpty()) {
        box.setDetailedText(message.detail);
    }
    return static_cast<Button>(box.exec());
}

} // namespace awb::ui
