// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/reportdialog.h"

#include "core/store/casestore.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/dialogs/pagepreview.h"
#include "ui/dialogs/reportlayout.h"
#include "ui/dialogs/workprogress.h"
#include "ui/report/pdfreport.h"
#include "ui/report/reportdocument.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;
using awb::report::summary::ReportFormat;
using awb::report::summary::SummaryScope;

namespace {

enum ScopeButton { IncidentScope, GroupScope, FilterScope };

struct FormatChoice
{
    ReportFormat format;
    const char *text;
    const char *suffix;
    const char *filter;
};

const FormatChoice kFormats[] = {
    {ReportFormat::Pdf, QT_TRANSLATE_NOOP("awb::ui::ReportDialog", "PDF, paginated"), "pdf",
     QT_TRANSLATE_NOOP("awb::ui::ReportDialog", "PDF files (*.pdf)")},
    {ReportFormat::Html, QT_TRANSLATE_NOOP("awb::ui::ReportDialog", "HTML, one self-contained file"), "html",
     QT_TRANSLATE_NOOP("awb::ui::ReportDialog", "HTML files (*.html)")},
    {ReportFormat::Markdown, QT_TRANSLATE_NOOP("awb::ui::ReportDialog", "Markdown, with SVG figures beside it"), "md",
     QT_TRANSLATE_NOOP("awb::ui::ReportDialog", "Markdown files (*.md)")},
};

/** "Bybit Ethereum cold-wallet theft" → "bybit-ethereum-cold-wallet-theft": a file name suggestion. */
QString fileStem(const QString &title)
{
    QString stem = title.toLower();
    stem.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"-"_s);
    stem = stem.left(60);
    while (stem.startsWith(u'-')) {
        stem.remove(0, 1);
    }
    while (stem.endsWith(u'-')) {
        stem.chop(1);
    }
    return stem.isEmpty() ? u"case-summary"_s : stem;
}

} // namespace

ReportDialog::ReportDialog(CaseStore &store, const ReportChoices &choices, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_choices(choices)
    , m_scopeButtons(new QButtonGroup(this))
    , m_group(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_preview(new PagePreview(this))
{
    setObjectName(u"reportDialog"_s);
    setWindowTitle(tr("Export Report"));

    auto *incident =
        new QRadioButton(choices.incident.isValid() ? tr("Selected incident: %1").arg(choices.incidentTitle)
                                                    : tr("Selected incident (none selected)"),
                         this);
    incident->setEnabled(choices.incident.isValid());
    auto *group = new QRadioButton(tr("Group:"), this);
    group->setEnabled(!choices.groups.isEmpty());
    auto *filter =
        new QRadioButton(tr("The %n incident(s) the filter shows", nullptr, choices.filteredIncidents), this);
    filter->setEnabled(choices.filteredIncidents > 0);
    m_scopeButtons->addButton(incident, IncidentScope);
    m_scopeButtons->addButton(group, GroupScope);
    m_scopeButtons->addButton(filter, FilterScope);
    (choices.incident.isValid() ? incident : filter->isEnabled() ? filter : group)->setChecked(true);
    m_group->addItems(choices.groups);
    m_group->setObjectName(u"reportGroup"_s);
    m_group->setAccessibleName(tr("Group"));
    m_group->setToolTip(tr("The group whose incidents the report covers"));
    m_group->setEnabled(group->isChecked());
    for (const FormatChoice &f : kFormats) {
        m_format->addItem(tr(f.text));
    }
    m_format->setObjectName(u"reportFormat"_s);
    m_format->setToolTip(tr("The file format the report is saved in"));

    auto *groupRow = new QHBoxLayout;
    groupRow->addWidget(group);
    groupRow->addWidget(m_group, 1);
    auto *scopeBox = new QVBoxLayout;
    scopeBox->addWidget(incident);
    scopeBox->addLayout(groupRow);
    scopeBox->addWidget(filter);
    auto *form = new QFormLayout;
    form->addRow(tr("Report on:"), scopeBox);
    form->addRow(tr("Format:"), m_format);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(u"reportExportButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::exportReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_status->setObjectName(u"reportStatus"_s);
    m_status->setTextFormat(Qt::PlainText); // an error may quote case text
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    m_preview->setAccessibleName(tr("Report preview"));
    m_preview->setAccessibleDescription(tr("The report's pages as they will be saved"));
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 860);

    connect(m_scopeButtons, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        m_group->setEnabled(m_scopeButtons->checkedId() == GroupScope);
        if (checked && id >= 0) {
            rebuild();
        }
    });
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        if (m_scopeButtons->checkedId() == GroupScope) {
            rebuild();
        }
    });
    rebuild();
}

ReportDialog::~ReportDialog() = default;

SummaryScope ReportDialog::scope() const
{
    SummaryScope scope;
    switch (m_scopeButtons->checkedId()) {
    case IncidentScope:
        scope.kind = SummaryScope::Kind::Incident;
        scope.incident = m_choices.incident;
        break;
    case GroupScope:
        scope.kind = SummaryScope::Kind::Group;
        scope.group = m_group->currentText();
        break;
    default:
        scope.kind = SummaryScope::Kind::Filter;
        scope.filter = m_choices.filter;
        break;
    }
    return scope;
}

ReportFormat ReportDialog::format() const
{
    return kFormats[std::max(0, m_format->currentIndex())].format;
}

QWidget *ReportDialog::progressParent()
{
    // The first preview is built before the dialog shows: its progress then blocks the main window instead.
    return isVisible() || !parentWidget() ? this : parentWidget();
}

Result<void> ReportDialog::buildSummary(const WorkProgress &work)
{
    awb::report::summary::SummaryOptions options;
    options.caseName = m_choices.caseName;
    options.reportDate = QDate::currentDate().toString(Qt::ISODate);
    options.progress = &work.progress();
    auto built = awb::report::summary::buildCaseSummary(m_store, scope(), options);
    if (!built) {
        return std::unexpected(built.error());
    }
    m_summary = std::make_unique<awb::report::summary::CaseSummary>(std::move(*built));
    return {};
}

void ReportDialog::rebuild()
{
    m_summary.reset();
    m_preview->setDocument(nullptr);
    m_status->setText(tr("Preparing the report…"));
    WorkProgress work(progressParent(), tr("Preparing the Report"));
    if (const Result<void> built = buildSummary(work); !built) {
        const bool cancelled = built.error().code == Error::Code::Cancelled;
        m_status->setText(cancelled ? tr("The preview was cancelled. Export builds the report again.")
                                    : tr("No report: %1").arg(built.error().message));
        // After a cancel the scope is still good: Export builds the report without the preview.
        m_exportButton->setEnabled(cancelled);
        return;
    }
    m_exportButton->setEnabled(true);
    const QString synthetic =
        m_summary->anySynthetic ? tr(" · contains SYNTHETIC data, marked on every page") : QString();
    auto document = layOutReport(work, *m_summary);
    if (!document) {
        m_status->setText(tr("The preview was cancelled; Export still writes the whole report") + synthetic);
        return;
    }
    m_status->setText(tr("%n page(s)", nullptr, document->pageCount()) + synthetic);
    m_preview->setDocument(std::move(document));
}

void ReportDialog::exportReport()
{
    const FormatChoice &choice = kFormats[std::max(0, m_format->currentIndex())];
    const QString caption = tr("Export Report");
    if (!m_summary) {
        const WorkProgress work(this, tr("Preparing the Report"));
        if (const Result<void> built = buildSummary(work); !built) {
            m_status->setText(built.error().code == Error::Code::Cancelled
                                  ? tr("The report was cancelled; nothing was written.")
                                  : tr("No report: %1").arg(built.error().message));
            return;
        }
    }
    const QString path = FileDialog::getSaveFileName(
        this, caption, fileStem(m_summary->title) + u"."_s + QLatin1StringView(choice.suffix), tr(choice.filter));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).canonicalFilePath() == QFileInfo(m_store.location()).canonicalFilePath()) {
        MessageBox::warning(this, caption, tr("That is the case file itself; choose another name."));
        return;
    }
    WorkProgress work(this, caption);
    // The preview's pages are the PDF's: written as they are, not laid out a second time.
    const awb::report::summary::PdfWriter writePdf = [this, &work](const awb::report::summary::CaseSummary &summary,
                                                                   QIODevice &out, const Progress *progress) {
        const pdf::ReportDocument *shown = m_preview->document();
        return shown ? pdf::writePdfPages(*shown, out, progress) : writeReportPdf(work, summary, out, progress);
    };
    auto written = awb::report::summary::writeReportFile(*m_summary, choice.format, path, writePdf, &work.progress());
    if (!written) {
        if (written.error().code == Error::Code::Cancelled) {
            m_status->setText(tr("The export was cancelled; nothing was written to %1.").arg(path));
            return;
        }
        MessageBox::warning(this, caption,
                            tr("Could not write %1: %2\nNothing was written.").arg(path, written.error().message));
        return;
    }
    emit exported(tr("Wrote %1").arg(*written));
    accept();
}

} // namespace awb::ui
