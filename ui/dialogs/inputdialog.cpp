// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/inputdialog.h"

#include <QInputDialog>

namespace awb::ui {

namespace {

bool s_hooked = false;
std::optional<QString> s_answer;

} // namespace

std::optional<QString> InputDialog::getText(
    QWidget *parent, const QString &title, const QString &label, const QString &text, const QStringList &suggestions)
{
    if (s_hooked) {
        s_hooked = false;
        return std::exchange(s_answer, std::nullopt);
    }
    bool ok = false;
    QString answer;
    if (suggestions.isEmpty()) {
        answer = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    } else {
        answer = QInputDialog::getItem(parent, title, label, suggestions, 0, true, &ok);
    }
    if (!ok) {
        return std::nullopt;
    }
    return answer;
}

void InputDialog::setNextAnswer(std::optional<QString> answer)
{
    s_hooked = true;
    s_answer = std::move(answer);
}

} // namespace awb::ui
