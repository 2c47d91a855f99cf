// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace awb::ui {

/**
 * The status bar's report of work running in the background (an import, building the demo case): what it is
 * doing, a busy bar and, when the work can stop, Cancel. The window stays usable meanwhile.
 */
class TaskStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskStatus)

public:
    explicit TaskStatus(QWidget *parent = nullptr);

    /** Shows @p text with a busy bar; with @p cancel, a Cancel button that calls it (once). */
    void start(const QString &text, std::function<void()> cancel = {});
    /** The stage the work is in, after its name: "Importing a.csv: writing to the case…". */
    void setStage(const QString &stage);
    /** Hides everything again. */
    void finish();

    bool isRunning() const { return !isHidden(); }

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QString m_text;
    std::function<void()> m_onCancel;
};

} // namespace awb::ui
