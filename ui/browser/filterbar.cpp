// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/browser/filterbar.h"

#include "ui/displaytext.h"

#include <QComboBox>
#include <QCompleter>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kTypingPauseMs = 300;

/** Groups are separated by ';' in the group box, since names may hold commas. */
QStringList splitGroups(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u';')) {
        if (const QString name = part.simplified(); !name.isEmpty()) {
            out << name;
        }
    }
    return out;
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_typing(new QTimer(this))
{
    setObjectName(u"filterBar"_s);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &FilterBar::commit);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);

    m_text = addLineEdit(u"filterText"_s, tr("Search title, victim, description…"),
                         tr("Full-text search; words are matched literally"));
    m_group = addLineEdit(u"filterGroup"_s, tr("Group or alias"),
                          tr("A group includes its sub-units; an alias matches every group a source claims it for. "
                             "Separate several groups with ';'."));
    m_groupNames = new QStringListModel(this);
    auto *completer = new QCompleter(m_groupNames, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_group->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &FilterBar::commit);

    m_confidence = addCombo(u"filterConfidence"_s, tr("Any confidence"),
                            tr("Keep incidents with an attribution at least this confident (ICD 203)"));
    for (int rank = 1; rank <= 3; ++rank) {
        m_confidence->addItem(tr("≥ %1").arg(text::confidence(confidenceName(rank))), rank);
    }
    m_country = addCombo(u"filterCountry"_s, tr("Any country"), tr("Victim country"));
    m_sector = addCombo(u"filterSector"_s, tr("Any sector"), tr("Victim sector"));
    m_chain = addCombo(u"filterChain"_s, tr("Any chain"), tr("Chain the funds were stolen on"));
    m_from = addLineEdit(u"filterFrom"_s, tr("From YYYY[-MM[-DD]]"), tr("First start date, inclusive"));
    m_to = addLineEdit(u"filterTo"_s, tr("To YYYY[-MM[-DD]]"), tr("Last start date, inclusive"));
    m_minLoss = addLineEdit(u"filterMinLoss"_s, tr("Loss ≥ USD"), tr("Whole dollars, or with K, M or B: 100M"));
    m_maxLoss = addLineEdit(u"filterMaxLoss"_s, tr("Loss ≤ USD"), tr("Whole dollars, or with K, M or B: 2B"));
    for (QLineEdit *edit : {m_from, m_to, m_minLoss, m_maxLoss}) {
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(u"From YYYY-MM-DD___"_s));
    }

    auto *clear = new QToolButton(this);
    clear->setObjectName(u"filterClear"_s);
    clear->setText(tr("Clear filters"));
    clear->setToolTip(tr("Show every incident"));
    connect(clear, &QToolButton::clicked, this, &FilterBar::clearAll);

    grid->addWidget(m_text, 0, 0, 1, 2);
    grid->addWidget(m_group, 0, 2, 1, 2);
    grid->addWidget(m_confidence, 0, 4);
    grid->addWidget(m_country, 0, 5);
    grid->addWidget(m_sector, 1, 4);
    grid->addWidget(m_chain, 1, 5);
    grid->addWidget(m_from, 1, 0);
    grid->addWidget(m_to, 1, 1);
    grid->addWidget(m_minLoss, 1, 2);
    grid->addWidget(m_maxLoss, 1, 3);
    grid->addWidget(clear, 0, 6, 2, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(2, 2);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"filterProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    grid->addWidget(m_problem, 2, 0, 1, 7);
}

QLineEdit *FilterBar::addLineEdit(const QString &objectName, const QString &placeholder, const QString &toolTip)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(toolTip);
    edit->setAccessibleName(placeholder);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(edit, &QLineEdit::returnPressed, this, &FilterBar::commit);
    // The clear button changes the text without textEdited.
    connect(edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && !m_updating) {
            m_typing->start();
        }
    });
    return edit;
}

QComboBox *FilterBar::addCombo(const QString &objectName, const QString &anyText, const QString &toolTip)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    combo->setAccessibleName(toolTip);
    combo->addItem(anyText, QVariant());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(combo, &QComboBox::activated, this, &FilterBar::commit);
    return combo;
}

void FilterBar::fillCombo(QComboBox *combo, const QStringList &values, const QStringList &labels)
{
    const QVariant current = combo->currentData();
    while (combo->count() > 1) {
        combo->removeItem(1);
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        combo->addItem(labels.at(i), values.at(i));
    }
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(std::max(index, 0));
}

void FilterBar::setChoices(const QStringList &countries,
                           const QStringList &sectors,
                           const QStringList &chains,
                           const std::vector<GroupName> &groupNames)
{
    QStringList countryLabels;
    for (const QString &code : countries) {
        countryLabels << text::country(code);
    }
    fillCombo(m_country, countries, countryLabels);
    fillCombo(m_sector, sectors, sectors);
    fillCombo(m_chain, chains, chains);
    QStringList names;
    for (const GroupName &name : groupNames) {
        names << name.text;
    }
    m_groupNames->setStringList(names);
}

void FilterBar::setFilter(const IncidentFilter &f)
{
    showFilter(f, false);
}

void FilterBar::showFilter(const IncidentFilter &f, bool evenFocused)
{
    m_updating = true;
    auto select = [](QComboBox *combo, const QStringList &values) {
        combo->setCurrentIndex(values.size() == 1 ? std::max(combo->findData(values.front()), 0) : 0);
    };
    // The box being typed in keeps its text and cursor; the others show what the filter holds.
    auto show = [evenFocused](QLineEdit *edit, const QString &text) {
        if ((evenFocused || !edit->hasFocus()) && edit->text() != text) {
            edit->setText(text);
        }
    };
    show(m_text, f.text);
    show(m_group, f.groups.join(u"; "_s));
    m_confidence->setCurrentIndex(f.minConfidence ? std::max(m_confidence->findData(*f.minConfidence), 0) : 0);
    select(m_country, f.countries);
    select(m_sector, f.sectors);
    select(m_chain, f.chains);
    show(m_from, f.from.value_or(QString()));
    show(m_to, f.to.value_or(QString()));
    show(m_minLoss, f.minLossUsd ? QString::number(*f.minLossUsd) : QString());
    show(m_maxLoss, f.maxLossUsd ? QString::number(*f.maxLossUsd) : QString());
    m_typing->stop();
    m_updating = false;
}

Result<IncidentFilter> FilterBar::filter() const
{
    IncidentFilter f;
    f.text = m_text->text().trimmed();
    f.groups = splitGroups(m_group->text());
    if (m_confidence->currentData().isValid()) {
        f.minConfidence = m_confidence->currentData().toInt();
    }
    for (auto [combo, list] : {std::pair{m_country, &f.countries}, {m_sector, &f.sectors}, {m_chain, &f.chains}}) {
        if (combo->currentData().isValid()) {
            *list << combo->currentData().toString();
        }
    }
    if (const QString from = m_from->text().trimmed(); !from.isEmpty()) {
        f.from = from;
    }
    if (const QString to = m_to->text().trimmed(); !to.isEmpty()) {
        f.to = to;
    }
    for (auto [edit, bound] : {std::pair{m_minLoss, &f.minLossUsd}, {m_maxLoss, &f.maxLossUsd}}) {
        if (const QString text = edit->text().trimmed(); !text.isEmpty()) {
            *bound = parseUsdAmount(text);
            if (!*bound) {
                return fail(Error::Code::InvalidInput,
                            tr("\"%1\" is not an amount in whole US dollars (such as 250000000 or 250M).").arg(text));
            }
        }
    }
    return f;
}

void FilterBar::setProblem(const QString &message)
{
    QPalette warning = palette(); // read now: the theme may have changed since the bar was made
    warning.setColor(QPalette::WindowText, text::warningText(warning));
    m_problem->setPalette(warning);
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void FilterBar::commit()
{
    m_typing->stop();
    auto f = filter();
    if (!f) {
        setProblem(f.error().message);
        return;
    }
    emit filterEdited(*f);
}

void FilterBar::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::clearAll()
{
    showFilter({}, true);
    setProblem({});
    emit filterEdited({});
}

} // namespace awb::ui
