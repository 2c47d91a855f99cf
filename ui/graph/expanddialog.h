// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/explore/exploration.h"

#include <QDialog>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace awb::ui {

/** Expand neighbours, with a choice: node kinds, flow direction, time window, minimum amount, how many. */
class ExpandDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExpandDialog)

public:
    /** @p range is the case's flow time span, for the window's defaults. */
    explicit ExpandDialog(std::optional<std::pair<qint64, qint64>> range, QWidget *parent = nullptr);

    explore::ExpandOptions options() const;
    void setOptions(const explore::ExpandOptions &options);

    /** Test hook: the next dialog is not shown and answers @p options (nullopt: Cancel). */
    static void setNextAnswer(std::optional<explore::ExpandOptions> options);
    /** Shows the dialog (or answers the hook); nullopt on Cancel. */
    static std::optional<explore::ExpandOptions>
    ask(QWidget *parent, std::optional<std::pair<qint64, qint64>> range, const explore::ExpandOptions &start);

private:
    void validate();

    std::array<QCheckBox *, 6> m_kinds{};
    QComboBox *m_direction;
    QCheckBox *m_useFrom;
    QDateTimeEdit *m_from;
    QCheckBox *m_useTo;
    QDateTimeEdit *m_to;
    QLineEdit *m_minAmount;
    QSpinBox *m_maxNodes;
    QLabel *m_error;
};

} // namespace awb::ui
