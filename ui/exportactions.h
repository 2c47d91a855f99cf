// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/progress.h"
#include "core/result.h"

#include <QObject>

#include <functional>

class QIODevice;
class QMenu;
class QWidget;

namespace awb::ui {

class CaseDocument;
class IncidentBrowser;

/**
 * File ▸ Export: the current filter's tables as CSV, the case as a STIX 2.1 bundle, its tags as a GraphSense
 * TagPack. The same core writers as `awb-cli export`; files are written whole or not at all (QSaveFile).
 */
class ExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportActions)

public:
    ExportActions(QWidget *window, CaseDocument *document, IncidentBrowser *browser);

    QMenu *menu() const { return m_menu; }

    /** The incident the window shows, which Report… offers as its scope. */
    void setCurrentIncident(IncidentId id) { m_currentIncident = id; }

    /** File ▸ Export ▸ Report…: the report dialog, modal. */
    void exportReport();
    /** File ▸ Export ▸ Evidence Pack…: the filter's pack in a new folder (core/report/evidencepack.h). */
    void exportEvidencePack();

signals:
    /** A file was written: "Wrote 12 rows of incidents to …", for the status bar. */
    void exported(const QString &message);

private:
    /** Asks for a file name, then writes it through @p write, which returns what it wrote ("12 rows"), with a
     *  progress dialog and Cancel when it takes over a second. */
    void exportTo(const QString &caption,
                  const QString &suggestedName,
                  const QString &filter,
                  const std::function<Result<QString>(QIODevice &, const Progress &)> &write);
    void updateEnabled();

    QWidget *m_window = nullptr;
    CaseDocument *m_document = nullptr;
    IncidentBrowser *m_browser = nullptr;
    QMenu *m_menu = nullptr;
    IncidentId m_currentIncident;
};

} // namespace awb::ui
