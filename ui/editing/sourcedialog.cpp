// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/sourcedialog.h"

#include "core/store/casestore.h"
#include "ui/dialogs/messagebox.h"
#include "ui/editing/caseeditor.h"
#include "ui/editing/formfield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

SourceDialog::SourceDialog(CaseEditor *editor, SourceId id, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_title(new QLineEdit(this))
    , m_publisher(new QLineEdit(this))
    , m_published(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_excerpt(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"sourceDialog"_s);
    setWindowTitle(id.isValid() ? tr("Edit Source") : tr("New Source"));
    m_title->setObjectName(u"sourceTitleLineEdit"_s);
    m_title->setPlaceholderText(tr("The document's own title, required"));
    m_publisher->setObjectName(u"publisherLineEdit"_s);
    m_publisher->setPlaceholderText(tr("Agency, firm, newspaper or project"));
    m_published->setObjectName(u"publishedLineEdit"_s);
    m_published->setPlaceholderText(tr("YYYY-MM-DD, or YYYY-MM, YYYY"));
    m_url->setObjectName(u"urlLineEdit"_s);
    m_url->setPlaceholderText(tr("https://…"));
    m_kind->setObjectName(u"sourceKindComboBox"_s);
    const std::pair<QString, QString> kinds[] = {{tr("Government"), u"government"_s},
                                                 {tr("Intergovernmental"), u"intergovernmental"_s},
                                                 {tr("Industry"), u"industry"_s},
                                                 {tr("Press"), u"press"_s},
                                                 {tr("Research"), u"research"_s},
                                                 {tr("Community"), u"community"_s},
                                                 {tr("Dataset"), u"dataset"_s},
                                                 {tr("Synthetic"), u"synthetic"_s},
                                                 {tr("Other"), u"other"_s}};
    for (const auto &[label, kind] : kinds) {
        m_kind->addItem(label, kind);
    }
    m_excerpt->setObjectName(u"excerptPlainTextEdit"_s);
    m_excerpt->setPlaceholderText(tr("What the source says that the case relies on"));
    m_excerpt->setTabChangesFocus(true);
    m_buttons->setObjectName(u"sourceButtonBox"_s);

    m_titleField = new FormField(m_title, u"sourceTitleErrorLabel"_s, this);
    m_publishedField = new FormField(m_published, u"publishedErrorLabel"_s, this);
    m_urlField = new FormField(m_url, u"urlErrorLabel"_s, this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form::addRow(form, tr("&Title:"), m_titleField, tr("The title of the report, article or advisory"));
    form::addRow(form, tr("&Publisher:"), m_publisher, tr("Who published the source"));
    form::addRow(form, tr("P&ublished:"), m_publishedField, tr("When the source was published, as YYYY-MM-DD"));
    form::addRow(form, tr("&URL:"), m_urlField, tr("Where the source can be read"));
    form::addRow(form, tr("&Kind:"), m_kind, tr("What kind of source it is"));
    form::addRow(form, tr("&Excerpt:"), m_excerpt, tr("What the source says that the case relies on"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SourceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SourceDialog::reject);
    for (QLineEdit *edit : {m_title, m_published, m_url}) {
        connect(edit, &QLineEdit::textChanged, this, &SourceDialog::validateInput);
    }

    CaseStore *store = editor->store();
    auto source = !store         ? fail(Error::Code::InvalidInput, tr("No case is open."))
                  : id.isValid() ? store->source(id)
                                 : Result<Source>(Source{});
    m_loaded = source.has_value();
    if (source) {
        m_original = *source;
        m_title->setText(source->title);
        m_publisher->setText(source->publisher);
        m_published->setText(source->published.value_or(QString()));
        m_url->setText(source->url.value_or(QString()));
        m_kind->setCurrentIndex(std::max(0, m_kind->findData(source->kind)));
        m_excerpt->setPlainText(source->excerpt);
    } else {
        m_titleField->setError(tr("The source could not be read: %1").arg(source.error().message));
    }
    validateInput();
    resize(sizeHint().expandedTo(QSize(560, 400)));
}

Source SourceDialog::source() const
{
    Source source = m_original; // keeps the synthetic flag
    source.title = m_title->text().trimmed();
    source.publisher = m_publisher->text().trimmed();
    source.published = form::optionalText(m_published);
    source.url = form::optionalText(m_url);
    source.kind = m_kind->currentData().toString();
    source.excerpt = m_excerpt->toPlainText().trimmed();
    return source;
}

bool SourceDialog::validateInput()
{
    if (!m_loaded) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return false;
    }
    const bool noTitle = m_title->text().trimmed().isEmpty();
    bool invalid = m_titleField->setError(noTitle && m_title->isModified() ? tr("Enter the title.") : QString());
    invalid |= noTitle;
    invalid |= m_publishedField->setError(form::dateError(m_published->text(), false));
    invalid |= m_urlField->setError(form::urlError(m_url->text()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!invalid);
    return !invalid;
}

void SourceDialog::accept()
{
    if (!validateInput()) {
        return;
    }
    const Source edited = source();
    Result<SourceId> saved = edited.id.isValid() ? m_editor->updateSource(edited).transform([&] { return edited.id; })
                                                 : m_editor->addSource(edited);
    if (!saved) {
        MessageBox::critical(this, tr("Could Not Save the Source"), saved.error().message, saved.error().detail);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

} // namespace awb::ui
