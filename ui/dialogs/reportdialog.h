// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/query/incidentfilter.h"
#include "core/report/summary/casesummary.h"
#include "core/report/summary/reportfile.h"

#include <QDialog>

#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QRadioButton;

namespace awb {
class CaseStore;
} // namespace awb

namespace awb::ui {

class PagePreview;
class WorkProgress;

/** What File ▸ Export ▸ Report… offers: the selected incident, the case's groups, the browser's filter. */
struct ReportChoices
{
    QString caseName;
    IncidentId incident; // invalid: none selected
    QString incidentTitle;
    QStringList groups; // names, sorted
    IncidentFilter filter;
    int filteredIncidents = 0;
};

/**
 * File ▸ Export ▸ Report…: a case summary of one incident, one group or the current filter, previewed page by page
 * as the PDF will be, then written as PDF, HTML or Markdown (the same writers as `awb-cli report`).
 */
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    ReportDialog(CaseStore &store, const ReportChoices &choices, QWidget *parent = nullptr);
    ~ReportDialog() override;

    awb::report::summary::SummaryScope scope() const;
    awb::report::summary::ReportFormat format() const;

    /** The summary the preview shows; null when the scope could not be built or its build was cancelled (the
     *  status line says which). */
    const awb::report::summary::CaseSummary *summary() const { return m_summary.get(); }

    PagePreview *preview() const { return m_preview; }

signals:
    /** A report was written: "Wrote report.pdf (3 pages)", for the status bar. */
    void exported(const QString &message);

private:
    QWidget *progressParent();
    /** Builds the summary of the chosen scope into m_summary, telling @p work's progress. */
    Result<void> buildSummary(const WorkProgress &work);
    void rebuild();
    void exportReport();

    CaseStore &m_store;
    ReportChoices m_choices;
    QButtonGroup *m_scopeButtons = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_format = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportButton = nullptr;
    PagePreview *m_preview = nullptr;
    std::unique_ptr<awb::report::summary::CaseSummary> m_summary;
};

} // namespace awb::ui
