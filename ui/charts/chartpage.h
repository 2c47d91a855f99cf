// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCategoryAxis;
class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace awb::ui::charts {

struct ChartCoverage;

/**
 * One chart of the charts panel: the chart view, an empty-state text in its place when there is nothing to
 * draw, and a caption below saying what the chart leaves out and whether it includes synthetic incidents.
 * Subclasses rebuild their series in render(), which also runs when the palette turns light or dark.
 */
class ChartPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPage)

public:
    /** Object names of the parts start with @p name: "<name>ChartView", "<name>PlaceholderLabel", … */
    explicit ChartPage(const QString &name, QWidget *parent = nullptr);

    QChart *chart() const { return m_chart; }

    QChartView *chartView() const { return m_view; }

    /** The empty-state text, or an empty string while the chart is shown. */
    QString placeholderText() const;
    /** @p plainText as tooltip markup: escaped, so case text shows as written. */
    static QString toolTipHtml(const QString &plainText);

protected:
    virtual void render() = 0;
    void changeEvent(QEvent *event) override;

    /** Removes every series and axis and applies the light or dark chart theme that suits the palette. */
    void resetChart();
    /** Shows @p text instead of the chart. */
    void showPlaceholder(const QString &text);
    void showChart();
    /** The caption: @p notes (plain text, one per line) and the synthetic marker when @p synthetic > 0. */
    void setCaption(const QStringList &notes, int synthetic);
    /** "N incidents without a USD figure are not included.", and the same for unreadable dates. */
    static QStringList coverageNotes(const ChartCoverage &coverage);
    /** Shows @p plainText (case text included) as the tooltip at the cursor; an empty text hides it. */
    void showToolTip(const QString &plainText);

    bool isDark() const;
    /** A value axis from 0 labelled at round values: "$0", "$500M", "$1B" when @p usd, "0", "5", "10" otherwise. */
    QCategoryAxis *createValueAxis(double max, bool usd) const;

private:
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_syntheticBadge = nullptr;
};

} // namespace awb::ui::charts
