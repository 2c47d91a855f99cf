// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

namespace awb::ui {

/**
 * Every message box of the application goes through here (cf. KeePassXC's MessageBox), so tests can answer
 * the next one with setNextAnswer() instead of blocking, and can read what it said from lastShown().
 * Texts are shown as plain text: they often contain file names and other data the user did not write.
 */
class MessageBox final
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    /** What the last message box said (recorded whether it was shown or answered by the test hook). */
    struct Shown
    {
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        QString title;
        QString text;
        QString detail;
    };

    MessageBox() = delete;

    static Button information(QWidget *parent, const QString &title, const QString &text, const QString &detail = {});
    static Button critical(QWidget *parent, const QString &title, const QString &text, const QString &detail = {});
    static Button warning(QWidget *parent, const QString &title, const QString &text, const QString &detail = {});
    static Button question(QWidget *parent,
                           const QString &title,
                           const QString &text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::No);
    /** The About box; @p richText is our own static markup, never case data. */
    static void about(QWidget *parent, const QString &title, const QString &richText);
    static void aboutQt(QWidget *parent);

    /** Test hook: the next message box is not shown and returns @p answer. */
    static void setNextAnswer(Button answer);
    static std::optional<Shown> lastShown();
    static void clearLastShown();

private:
    static Button show(QWidget *parent, const Shown &message, Buttons buttons, Button defaultButton);
};

} // namespace awb::ui
