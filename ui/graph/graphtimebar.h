// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/neighbourhood.h"

#include <QWidget>

#include <optional>
#include <utility>

class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;

namespace awb::ui {

/**
 * The canvas's time slider: every flow (All), the flows up to the slider's time (Up to), or those within a
 * window of some hours ending at it (Window). Relations are always shown. Times are UTC.
 */
class GraphTimeBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphTimeBar)

public:
    explicit GraphTimeBar(QWidget *parent = nullptr);

    /** The span the slider covers: the view's earliest and latest flow; nullopt disables it. */
    void setRange(std::optional<std::pair<qint64, qint64>> range);
    /** Shows @p filter (after an undo, or a view opened) without emitting filterChanged(). */
    void setFilter(const graph::TimeFilter &filter);
    graph::TimeFilter filter() const;

    /** "2022-03-23 14:05" (UTC); with seconds when the range is short. */
    static QString formatTime(qint64 t);

signals:
    void filterChanged(const graph::TimeFilter &filter);

private:
    qint64 sliderTime() const;
    void updateControls();
    void onChanged();

    QComboBox *m_mode;
    QSlider *m_slider;
    QSpinBox *m_window;
    QLabel *m_label;
    std::optional<std::pair<qint64, qint64>> m_range;
    bool m_updating = false;
};

} // namespace awb::ui
