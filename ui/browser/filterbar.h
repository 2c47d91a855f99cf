// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/query/groupdirectory.h"
#include "core/query/incidentfilter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTimer;

namespace awb::ui {

/**
 * The incident filter's controls: free text, group (names and aliases, with completion), confidence, victim
 * country, sector, chain, date range and loss range. Typing is debounced; every change emits filterEdited().
 */
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);

    /** Fills the lists from the open case; keeps the current choices where they still exist. */
    void setChoices(const QStringList &countries,
                    const QStringList &sectors,
                    const QStringList &chains,
                    const std::vector<GroupName> &groupNames);
    /** Shows @p filter in the controls without emitting filterEdited(). */
    void setFilter(const IncidentFilter &filter);
    /** The controls' filter; the message of the first value that cannot be read when there is one. */
    Result<IncidentFilter> filter() const;
    /** Shows why the filter was refused (next to the bar), or hides the message when @p message is empty. */
    void setProblem(const QString &message);
    /** Emits filterEdited() now, without waiting for the typing pause. */
    void commit();
    /** Empties every control and emits filterEdited() with the empty filter. */
    void clearAll();
    /** Puts the keyboard focus in the search box with its text selected (View ▸ Find Incidents…). */
    void focusSearch();

signals:
    void filterEdited(const awb::IncidentFilter &filter);

private:
    QLineEdit *addLineEdit(const QString &objectName, const QString &placeholder, const QString &toolTip);
    QComboBox *addCombo(const QString &objectName, const QString &anyText, const QString &toolTip);
    static void fillCombo(QComboBox *combo, const QStringList &values, const QStringList &labels);
    /** Writes @p filter into the controls; @p evenFocused also rewrites the box being typed in. */
    void showFilter(const IncidentFilter &filter, bool evenFocused);

    QLineEdit *m_text = nullptr;
    QLineEdit *m_group = nullptr;
    QStringListModel *m_groupNames = nullptr;
    QComboBox *m_confidence = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_sector = nullptr;
    QComboBox *m_chain = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_minLoss = nullptr;
    QLineEdit *m_maxLoss = nullptr;
    QLabel *m_problem = nullptr;
    QTimer *m_typing = nullptr;
    bool m_updating = false; // setFilter() is writing the controls
};

} // namespace awb::ui
