// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editing/formfield.h"

#include "core/model/validation.h"
#include "ui/displaytext.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kComboChars = 36;
constexpr int kMaxPopupWidth = 720;

/** Keeps combos of long labels at a sane width and lets their popup show more of each label. */
void prepareCombo(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(kComboChars);
    combo->view()->setTextElideMode(Qt::ElideMiddle);
    combo->view()->setMinimumWidth(std::min(kMaxPopupWidth, combo->view()->sizeHintForColumn(0) + 24));
}

} // namespace

FormField::FormField(QWidget *field, const QString &messageObjectName, QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(this);
    layout->addWidget(field);
    m_message->setObjectName(messageObjectName);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    setFocusProxy(field);
}

bool FormField::setError(const QString &message)
{
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, text::warningText(pal));
    m_message->setPalette(pal);
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    return !message.isEmpty();
}

void FormField::setHint(const QString &hint)
{
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, palette().color(QPalette::Disabled, QPalette::WindowText));
    m_message->setPalette(pal);
    m_message->setText(hint);
    m_message->setVisible(!hint.isEmpty());
}

namespace form {

void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &toolTip)
{
    form->addRow(label, field);
    QWidget *input = field->focusProxy() ? field->focusProxy() : field;
    QString name = label;
    name.remove(u'&');
    if (name.endsWith(u':')) {
        name.chop(1);
    }
    input->setAccessibleName(name);
    input->setToolTip(toolTip);
    field->setToolTip(toolTip);
}

QLabel *remark(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

void fillSources(QComboBox *combo, const std::vector<Source> &sources, const QString &none)
{
    std::vector<std::pair<QString, qint64>> items;
    for (const Source &source : sources) {
        items.emplace_back(text::sourceLabel(source), source.id.value);
    }
    std::sort(items.begin(), items.end(),
              [](const auto &a, const auto &b) { return a.first.compare(b.first, Qt::CaseInsensitive) < 0; });
    combo->clear();
    if (!none.isEmpty()) {
        combo->addItem(none);
    }
    for (const auto &[label, id] : items) {
        combo->addItem(label, id);
        combo->setItemData(combo->count() - 1, text::toolTip(label), Qt::ToolTipRole);
    }
    prepareCombo(combo);
}

void fillGroups(QComboBox *combo, const std::vector<ActorGroup> &groups, GroupId exclude, const QString &none)
{
    combo->clear();
    if (!none.isEmpty()) {
        combo->addItem(none);
    }
    for (const ActorGroup &group : groups) { // the store lists them by name
        if (group.id != exclude) {
            combo->addItem(text::marked(group.name, group.synthetic), group.id.value);
        }
    }
    prepareCombo(combo);
}

void selectId(QComboBox *combo, std::optional<qint64> id)
{
    if (!id) {
        // The empty choice has no data; without one, nothing is selected (the placeholder shows).
        const bool hasNone = combo->count() > 0 && !combo->itemData(0).isValid();
        combo->setCurrentIndex(hasNone ? 0 : -1);
        return;
    }
    combo->setCurrentIndex(combo->findData(*id));
}

std::optional<qint64> selectedId(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt;
}

std::optional<QString> optionalText(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',')) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !items.contains(item)) {
            items << item;
        }
    }
    return items;
}

QString dateError(const QString &text, bool required)
{
    const QString date = text.trimmed();
    if (date.isEmpty()) {
        return required ? FormField::tr("Enter a date.") : QString();
    }
    return isIsoDate(date) ? QString()
                           : FormField::tr("Use YYYY-MM-DD (or YYYY-MM, YYYY when the source is less precise).");
}

QString countryError(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty() || isCountryCode(trimmed.toUpper())) {
        return {};
    }
    return FormField::tr("Use an ISO 3166-1 two-letter code such as JP or KR.");
}

QString countryHint(const QString &code)
{
    const QString trimmed = code.trimmed().toUpper();
    return isCountryCode(trimmed) ? text::country(trimmed) : QString();
}

QString urlError(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty() || isWebUrl(trimmed)) {
        return {};
    }
    return FormField::tr("Only http and https addresses are accepted, such as https://example.org/report.");
}

QString shortSourceName(const Source &source)
{
    return source.publisher.isEmpty() ? source.title : source.publisher;
}

} // namespace form

} // namespace awb::ui
