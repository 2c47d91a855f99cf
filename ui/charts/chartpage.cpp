// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartpage.h"

#include "ui/charts/chartdata.h"
#include "ui/displaytext.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace awb::ui::charts {

using namespace Qt::Literals::StringLiterals;

namespace {

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

ChartPage::ChartPage(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(plainLabel(this, name + u"PlaceholderLabel"_s))
    , m_view(new QChartView(this))
    , m_caption(plainLabel(this, name + u"CaptionLabel"_s))
    , m_syntheticBadge(plainLabel(this, name + u"SyntheticLabel"_s))
{
    setObjectName(name + u"ChartPage"_s);
    m_view->setObjectName(name + u"ChartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleDescription(tr("A chart of the filtered incidents; point at a bar for its figures"));
    m_chart = m_view->chart();                         // owned by the view
    m_chart->setAnimationOptions(QChart::NoAnimation); // animations would delay every filter change
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 24, 4)); // room for the last axis label, centred on the plot's edge

    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false); // drawn in the disabled colour, like an empty-view hint
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);

    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_caption->setFont(small);
    m_caption->setContentsMargins(6, 0, 6, 0);
    m_syntheticBadge->setFont(small);
    m_syntheticBadge->setAutoFillBackground(true);
    m_syntheticBadge->setMargin(4);
    QPalette badge = m_syntheticBadge->palette();
    badge.setColor(QPalette::Window, text::syntheticBackground());
    badge.setColor(QPalette::WindowText, text::syntheticForeground());
    m_syntheticBadge->setPalette(badge);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_caption);
    layout->addWidget(m_syntheticBadge);
    setCaption({}, 0);
}

QString ChartPage::placeholderText() const
{
    return m_stack->currentWidget() == m_placeholder ? m_placeholder->text() : QString();
}

QString ChartPage::toolTipHtml(const QString &plainText)
{
    // QToolTip guesses whether text is rich; case text must never be taken for markup, so always say it is.
    return u"<p style='white-space:pre'>"_s + plainText.toHtmlEscaped() + u"</p>"_s;
}

void ChartPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        render(); // the chart theme follows the palette
    }
}

void ChartPage::resetChart()
{
    m_chart->removeAllSeries(); // deletes the series and their sets
    const QList<QAbstractAxis *> axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const QChart::ChartTheme theme = isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme) {
        m_chart->setTheme(theme);
    }
    m_chart->setBackgroundBrush(palette().color(QPalette::Base));
    m_chart->setBackgroundRoundness(0);
}

void ChartPage::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

void ChartPage::showChart()
{
    m_placeholder->clear();
    m_stack->setCurrentWidget(m_view);
}

void ChartPage::setCaption(const QStringList &notes, int synthetic)
{
    m_caption->setText(notes.join(u'\n'));
    m_caption->setVisible(!notes.isEmpty());
    m_syntheticBadge->setText(
        tr("%1 · Includes %n synthetic incident(s).", nullptr, synthetic).arg(text::syntheticMark()));
    m_syntheticBadge->setVisible(synthetic > 0);
}

QStringList ChartPage::coverageNotes(const ChartCoverage &coverage)
{
    QStringList notes;
    if (coverage.withoutLoss > 0) {
        notes << tr("%n incident(s) without a USD figure are not included.", nullptr, coverage.withoutLoss);
    }
    if (coverage.withoutDate > 0) {
        notes << tr("%n incident(s) without a readable start date are not included.", nullptr, coverage.withoutDate);
    }
    return notes;
}

void ChartPage::showToolTip(const QString &plainText)
{
    if (plainText.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(QCursor::pos(), toolTipHtml(plainText), m_view);
    }
}

bool ChartPage::isDark() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

QCategoryAxis *ChartPage::createValueAxis(double max, bool usd) const
{
    // A category axis labelled at round values, because QValueAxis only takes a printf format ("%.0f").
    auto *axis = new QCategoryAxis(m_chart);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(0);
    const std::vector<double> ticks = axisTicks(max);
    for (const double tick : ticks) {
        axis->append(usd ? compactUsd(tick, 2) : QLocale().toString(qRound64(tick)), tick);
    }
    axis->setRange(0, ticks.back());
    return axis;
}

} // namespace awb::ui::charts
