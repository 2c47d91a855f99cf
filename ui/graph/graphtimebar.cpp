// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/graphtimebar.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>

#include <cmath>

namespace awb::ui {

namespace {

constexpr int kSteps = 1000;

enum Mode { All, UpTo, Window };

} // namespace

GraphTimeBar::GraphTimeBar(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_window(new QSpinBox(this))
    , m_label(new QLabel(this))
{
    m_mode->addItem(tr("All time"));
    m_mode->addItem(tr("Up to"));
    m_mode->addItem(tr("Window"));
    m_mode->setObjectName(QStringLiteral("timeMode"));
    m_mode->setAccessibleName(tr("Time filter"));
    m_mode->setToolTip(tr("Show every flow, the flows up to a time, or the flows within a window ending at it"));
    m_slider->setRange(0, kSteps);
    m_slider->setValue(kSteps);
    m_slider->setObjectName(QStringLiteral("timeSlider"));
    m_slider->setAccessibleName(tr("Time"));
    m_slider->setToolTip(tr("The time up to which, or the end of the window within which, flows are shown"));
    m_window->setRange(1, 24 * 365);
    m_window->setValue(24);
    m_window->setSuffix(tr(" h"));
    m_window->setObjectName(QStringLiteral("timeWindow"));
    m_window->setAccessibleName(tr("Window length in hours"));
    m_window->setToolTip(tr("How many hours before the slider's time the window starts"));
    m_label->setObjectName(QStringLiteral("timeLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setMinimumWidth(
        m_label->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00 – 0000-00-00 00:00")));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_mode);
    row->addWidget(m_slider, 1);
    row->addWidget(m_window);
    row->addWidget(m_label);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &GraphTimeBar::onChanged);
    connect(m_slider, &QSlider::valueChanged, this, &GraphTimeBar::onChanged);
    connect(m_window, &QSpinBox::valueChanged, this, &GraphTimeBar::onChanged);
    updateControls();
}

QString GraphTimeBar::formatTime(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void GraphTimeBar::setRange(std::optional<std::pair<qint64, qint64>> range)
{
    m_range = range;
    updateControls();
}

qint64 GraphTimeBar::sliderTime() const
{
    if (!m_range) {
        return 0;
    }
    const double span = double(m_range->second - m_range->first);
    return m_range->first + qint64(std::llround(span * m_slider->value() / kSteps));
}

graph::TimeFilter GraphTimeBar::filter() const
{
    graph::TimeFilter f;
    if (!m_range || m_mode->currentIndex() == All) {
        return f;
    }
    f.to = sliderTime();
    if (m_mode->currentIndex() == Window) {
        f.from = f.to - qint64(m_window->value()) * 3600;
    }
    return f;
}

void GraphTimeBar::setFilter(const graph::TimeFilter &filter)
{
    m_updating = true;
    if (filter.all()) {
        m_mode->setCurrentIndex(All);
    } else {
        m_mode->setCurrentIndex(filter.from == graph::TimeFilter{}.from ? UpTo : Window);
        if (m_range && m_range->second > m_range->first) {
            const double share = double(filter.to - m_range->first) / double(m_range->second - m_range->first);
            m_slider->setValue(int(std::lround(std::clamp(share, 0.0, 1.0) * kSteps)));
        }
        if (filter.from != graph::TimeFilter{}.from) {
            m_window->setValue(int(std::max<qint64>(1, (filter.to - filter.from) / 3600)));
        }
    }
    m_updating = false;
    updateControls();
}

void GraphTimeBar::updateControls()
{
    const int mode = m_mode->currentIndex();
    m_mode->setEnabled(m_range.has_value());
    m_slider->setEnabled(m_range && mode != All);
    m_window->setVisible(mode == Window);
    const graph::TimeFilter f = filter();
    if (!m_range) {
        m_label->setText(tr("No flows drawn"));
    } else if (mode == All) {
        m_label->setText(tr("%1 – %2").arg(formatTime(m_range->first), formatTime(m_range->second)));
    } else if (mode == UpTo) {
        m_label->setText(tr("up to %1").arg(formatTime(f.to)));
    } else {
        m_label->setText(tr("%1 – %2").arg(formatTime(f.from), formatTime(f.to)));
    }
}

void GraphTimeBar::onChanged()
{
    updateControls();
    if (!m_updating) {
        emit filterChanged(filter());
    }
}

} // namespace awb::ui
