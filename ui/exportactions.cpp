// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/exportactions.h"

#include "core/interop/tagpackexport.h"
#include "core/report/evidencepack.h"
#include "core/report/summary/reportfile.h"
#include "core/report/tableexport.h"
#include "core/stix/stixexport.h"
#include "core/store/casestore.h"
#include "ui/browser/incidentbrowser.h"
#include "ui/casedocument.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/dialogs/reportdialog.h"
#include "ui/dialogs/reportlayout.h"
#include "ui/dialogs/workprogress.h"

#include <QApplication>
#include <QDate>
#include <QFileInfo>
#include <QIODevice>
#include <QMenu>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

struct TableAction
{
    report::ExportTable table;
    const char *text;
    const char *name;
};

constexpr TableAction kTables[] = {
    {report::ExportTable::Incidents, QT_TRANSLATE_NOOP("awb::ui::ExportActions", "&Incidents as CSV…"), "incidents"},
    {report::ExportTable::Attributions, QT_TRANSLATE_NOOP("awb::ui::ExportActions", "&Attributions as CSV…"),
     "attributions"},
    {report::ExportTable::Wallets, QT_TRANSLATE_NOOP("awb::ui::ExportActions", "&Wallets as CSV…"), "wallets"},
    {report::ExportTable::Transfers, QT_TRANSLATE_NOOP("awb::ui::ExportActions", "&Transfers as CSV…"), "transfers"},
};

/**
 * Runs @p work with a progress dialog and Cancel. The export reads this window's connection on the GUI thread;
 * while the dialog lets events through, a commit by another program must not reread the views (and the filter
 * result the export reads) under it, so the document's change watch waits until the work is done.
 */
template <typename Work>
auto runWithProgress(CaseDocument &document, QWidget *window, const QString &caption, Work &&work)
{
    document.holdChangeWatch();
    WorkProgress progress(window, caption);
    auto result = work(progress);
    document.releaseChangeWatch();
    return result;
}

Result<QString> writeAll(QIODevice &out, const QByteArray &bytes, const QString &what)
{
    if (out.write(bytes) != bytes.size()) {
        return std::unexpected(Error{Error::Code::Io, out.errorString(), {}});
    }
    return what;
}

} // namespace

ExportActions::ExportActions(QWidget *window, CaseDocument *document, IncidentBrowser *browser)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_browser(browser)
    , m_menu(new QMenu(tr("&Export"), window))
{
    m_menu->setObjectName(u"exportMenu"_s);
    QAction *reportAction = m_menu->addAction(tr("&Report…"));
    reportAction->setObjectName(u"export-report"_s);
    reportAction->setShortcut(QKeySequence(u"Ctrl+R"_s));
    reportAction->setStatusTip(
        tr("Write a case summary of an incident, a group or the filter as PDF, HTML or Markdown, "
           "with figures and numbered sources"));
    connect(reportAction, &QAction::triggered, this, &ExportActions::exportReport);
    QAction *packAction = m_menu->addAction(tr("Evidence &Pack…"));
    packAction->setObjectName(u"export-evidence-pack"_s);
    packAction->setShortcut(QKeySequence(u"Ctrl+Shift+E"_s));
    packAction->setStatusTip(tr("Write a folder for the incidents the filter shows: the PDF summary, the CSV tables, "
                                "the graph, the STIX bundle and TagPack, with a SHA-256 manifest"));
    connect(packAction, &QAction::triggered, this, &ExportActions::exportEvidencePack);
    m_menu->addSeparator();
    for (const TableAction &t : kTables) {
        QAction *action = m_menu->addAction(tr(t.text));
        action->setObjectName(u"export-%1"_s.arg(QLatin1StringView(t.name)));
        action->setStatusTip(tr("Write the %1 of the incidents the filter shows as CSV (RFC 4180), for a spreadsheet")
                                 .arg(QLatin1StringView(t.name)));
        connect(action, &QAction::triggered, this, [this, t] {
            const QString name = QLatin1StringView(t.name);
            exportTo(
                tr("Export %1 as CSV").arg(name), name + u".csv"_s, tr("CSV files (*.csv)"),
                [this, t, name](QIODevice &out, const Progress &progress) -> Result<QString> {
                    // Without a filter the whole case goes out, addresses and transfers no incident names too.
                    const report::ExportScope scope{m_browser->result(), m_browser->directory(),
                                                    m_browser->filter().isEmpty(), &progress};
                    return report::writeCsvTable(*m_document->store(), t.table, scope, out).transform([&](qint64 rows) {
                        return tr("%n row(s) of %1", nullptr, int(rows)).arg(name);
                    });
                });
        });
    }
    m_menu->addSeparator();
    QAction *stix = m_menu->addAction(tr("Case as &STIX 2.1 Bundle…"));
    stix->setObjectName(u"export-stix"_s);
    stix->setStatusTip(tr("Write the groups, incidents, victims and every attribution claim as STIX 2.1, for "
                          "OpenCTI or MISP"));
    connect(stix, &QAction::triggered, this, [this] {
        exportTo(tr("Export as STIX 2.1"), u"case-stix.json"_s, tr("STIX bundles (*.json)"),
                 [this](QIODevice &out, const Progress &) -> Result<QString> {
                     auto bundle = stix::exportBundle(*m_document->store());
                     if (!bundle) {
                         return std::unexpected(bundle.error());
                     }
                     return writeAll(out, *bundle, tr("a STIX 2.1 bundle"));
                 });
    });
    QAction *tagpack = m_menu->addAction(tr("Tags as GraphSense &TagPack…"));
    tagpack->setObjectName(u"export-tagpack"_s);
    tagpack->setStatusTip(tr("Write the case's address tags as a GraphSense TagPack (synthetic tags are left out)"));
    connect(tagpack, &QAction::triggered, this, [this] {
        exportTo(tr("Export Tags as TagPack"), u"case-tags.yaml"_s, tr("TagPacks (*.yaml *.yml)"),
                 [this](QIODevice &out, const Progress &) -> Result<QString> {
                     auto pack = interop::exportTagPack(*m_document->store());
                     if (!pack) {
                         return std::unexpected(pack.error());
                     }
                     return writeAll(out, pack->yaml, tr("%n tag(s)", nullptr, int(pack->tags)));
                 });
    });
    connect(m_document, &CaseDocument::caseChanged, this, &ExportActions::updateEnabled);
    updateEnabled();
}

void ExportActions::exportReport()
{
    if (!m_document->store()) {
        return;
    }
    ReportChoices choices;
    choices.caseName = QFileInfo(m_document->path()).fileName();
    if (m_currentIncident.isValid()) {
        if (auto incident = m_document->store()->incident(m_currentIncident)) {
            choices.incident = incident->id;
            choices.incidentTitle = incident->title;
        }
    }
    for (const ActorGroup &group : m_browser->directory().groups()) {
        choices.groups << group.name;
    }
    choices.groups.sort(Qt::CaseInsensitive);
    choices.filter = m_browser->filter();
    choices.filteredIncidents = int(m_browser->result().incidents.size());
    // The dialog reads this window's connection while its progress lets events through (see runWithProgress).
    m_document->holdChangeWatch();
    {
        ReportDialog dialog(*m_document->store(), choices, m_window);
        connect(&dialog, &ReportDialog::exported, this, &ExportActions::exported);
        dialog.exec();
    }
    m_document->releaseChangeWatch();
}

void ExportActions::exportEvidencePack()
{
    if (!m_document->store()) {
        return;
    }
    const QString caption = tr("Export Evidence Pack");
    const QString path = FileDialog::getSaveFileName(m_window, caption, u"evidence-pack"_s, tr("Folders (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (const QString problem = report::evidencePackTargetProblem(path); !problem.isEmpty()) {
        MessageBox::warning(m_window, caption, problem);
        return;
    }
    report::EvidencePackOptions options;
    options.scope.kind = report::summary::SummaryScope::Kind::Filter;
    options.scope.filter = m_browser->filter();
    options.summary.caseName = QFileInfo(m_document->path()).fileName();
    options.summary.reportDate = QDate::currentDate().toString(Qt::ISODate);
    auto pack = runWithProgress(*m_document, m_window, caption, [&](WorkProgress &work) {
        options.progress = &work.progress();
        return report::writeEvidencePack(
            *m_document->store(), path, options,
            [&work](const report::summary::CaseSummary &summary, QIODevice &out, const Progress *progress) {
                return writeReportPdf(work, summary, out, progress);
            });
    });
    if (!pack && pack.error().code == Error::Code::Cancelled) {
        emit exported(tr("The evidence pack was cancelled; nothing was written to %1.").arg(path));
        return;
    }
    if (!pack) {
        MessageBox::warning(
            m_window, caption,
            tr("Could not write the evidence pack %1: %2\nNothing was written.").arg(path, pack.error().message));
        return;
    }
    emit exported(tr("Wrote the evidence pack %1: %n file(s)", nullptr, int(pack->files.size())).arg(pack->directory));
}

void ExportActions::updateEnabled()
{
    const bool open = m_document->store() != nullptr;
    m_menu->setEnabled(open);
    // The actions too: Report and Evidence Pack also sit on the main tool bar, where the menu's state is not seen.
    for (QAction *action : m_menu->actions()) {
        action->setEnabled(open);
    }
}

void ExportActions::exportTo(const QString &caption,
                             const QString &suggestedName,
                             const QString &filter,
                             const std::function<Result<QString>(QIODevice &, const Progress &)> &write)
{
    if (!m_document->store()) {
        return;
    }
    const QString path = FileDialog::getSaveFileName(m_window, caption, suggestedName, filter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(m_document->path()).canonicalFilePath()) {
        MessageBox::warning(m_window, caption, tr("That is the case file itself; choose another name."));
        return;
    }
    const Result<QString> written = runWithProgress(*m_document, m_window, caption, [&](WorkProgress &work) {
        return report::summary::writeFileAtomically(path, [&](QIODevice &out) { return write(out, work.progress()); });
    });
    if (!written && written.error().code == Error::Code::Cancelled) {
        emit exported(tr("Export cancelled; nothing was written to %1.").arg(path));
        return;
    }
    if (!written) {
        MessageBox::warning(m_window, caption, tr("%1\nNothing was written to %2.").arg(written.error().message, path));
        return;
    }
    emit exported(tr("Wrote %1 to %2").arg(*written, path));
}

} // namespace awb::ui
