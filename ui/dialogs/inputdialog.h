// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace awb::ui {

/** Every one-line question goes through here, like MessageBox, so tests answer it instead of blocking. */
class InputDialog final
{
public:
    InputDialog() = delete;

    /** The text entered, or nullopt on Cancel. @p suggestions fill an editable drop-down when given. */
    static std::optional<QString> getText(QWidget *parent,
                                          const QString &title,
                                          const QString &label,
                                          const QString &text = {},
                                          const QStringList &suggestions = {});

    /** Test hook: the next question is not shown and returns @p answer (nullopt: Cancel). */
    static void setNextAnswer(std::optional<QString> answer);
};

} // namespace awb::ui
