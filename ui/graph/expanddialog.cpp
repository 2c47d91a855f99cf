// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/graph/expanddialog.h"

#include "core/graph/trace.h"
#include "ui/graph/canvasscene.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace awb::ui {

using graph::NodeKind;

namespace {

bool s_hooked = false;
std::optional<explore::ExpandOptions> s_answer;

QDateTime utc(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
}

} // namespace

ExpandDialog::ExpandDialog(std::optional<std::pair<qint64, qint64>> range, QWidget *parent)
    : QDialog(parent)
    , m_direction(new QComboBox(this))
    , m_useFrom(new QCheckBox(tr("From"), this))
    , m_from(new QDateTimeEdit(this))
    , m_useTo(new QCheckBox(tr("To"), this))
    , m_to(new QDateTimeEdit(this))
    , m_minAmount(new QLineEdit(this))
    , m_maxNodes(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Expand Neighbours"));
    auto *form = new QFormLayout(this);
    auto *kinds = new QHBoxLayout;
    for (int k = 0; k < int(m_kinds.size()); ++k) {
        m_kinds[std::size_t(k)] = new QCheckBox(CanvasScene::kindName(NodeKind(k)), this);
        m_kinds[std::size_t(k)]->setChecked(true);
        kinds->addWidget(m_kinds[std::size_t(k)]);
    }
    form->addRow(tr("Kinds:"), kinds);
    m_direction->addItem(tr("Both ways"));
    m_direction->addItem(tr("Outgoing flows only"));
    m_direction->addItem(tr("Incoming flows only"));
    m_direction->setToolTip(tr("Which flows to follow; memberships, roles and tags are always followed"));
    form->addRow(tr("Direction:"), m_direction);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    if (range) {
        m_from->setDateTime(utc(range->first));
        m_to->setDateTime(utc(range->second));
    }
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto *from = new QHBoxLayout;
    from->addWidget(m_useFrom);
    from->addWidget(m_from, 1);
    auto *to = new QHBoxLayout;
    to->addWidget(m_useTo);
    to->addWidget(m_to, 1);
    form->addRow(tr("Window:"), from);
    form->addRow(QString(), to);
    m_minAmount->setPlaceholderText(tr("any"));
    m_minAmount->setToolTip(tr("Flows below this many whole units of their own asset are not followed"));
    form->addRow(tr("Minimum amount:"), m_minAmount);
    m_maxNodes->setRange(1, 5000);
    m_maxNodes->setValue(200);
    m_maxNodes->setToolTip(tr("At most this many nodes come in: relations first, then the largest flows"));
    form->addRow(tr("At most:"), m_maxNodes);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Expand"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_minAmount, &QLineEdit::textChanged, this, [this, buttons] {
        validate();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_error->text().isEmpty());
    });
}

void ExpandDialog::validate()
{
    const QString text = m_minAmount->text().trimmed();
    m_error->setText(text.isEmpty() || graph::minAmountUnits(text, 18)
                         ? QString()
                         : tr("The minimum amount must be a decimal number, such as 0.5."));
}

explore::ExpandOptions ExpandDialog::options() const
{
    explore::ExpandOptions o;
    for (int k = 0; k < int(m_kinds.size()); ++k) {
        if (m_kinds[std::size_t(k)]->isChecked()) {
            o.kinds.push_back(NodeKind(k));
        }
    }
    if (o.kinds.size() == m_kinds.size()) {
        o.kinds.clear();
    }
    o.direction = explore::Direction(m_direction->currentIndex());
    if (m_useFrom->isChecked()) {
        o.window.from = m_from->dateTime().toSecsSinceEpoch();
    }
    if (m_useTo->isChecked()) {
        o.window.to = m_to->dateTime().toSecsSinceEpoch();
    }
    o.minAmount = m_minAmount->text().trimmed();
    o.maxNodes = quint32(m_maxNodes->value());
    return o;
}

void ExpandDialog::setOptions(const explore::ExpandOptions &o)
{
    for (int k = 0; k < int(m_kinds.size()); ++k) {
        m_kinds[std::size_t(k)]->setChecked(o.kinds.empty() ||
                                            std::find(o.kinds.begin(), o.kinds.end(), NodeKind(k)) != o.kinds.end());
    }
    m_direction->setCurrentIndex(int(o.direction));
    m_useFrom->setChecked(o.window.from != graph::TimeFilter{}.from);
    if (m_useFrom->isChecked()) {
        m_from->setDateTime(utc(o.window.from));
    }
    m_useTo->setChecked(o.window.to != graph::TimeFilter{}.to);
    if (m_useTo->isChecked()) {
        m_to->setDateTime(utc(o.window.to));
    }
    m_minAmount->setText(o.minAmount);
    m_maxNodes->setValue(int(o.maxNodes));
}

void ExpandDialog::setNextAnswer(std::optional<explore::ExpandOptions> options)
{
    s_hooked = true;
    s_answer = std::move(options);
}

std::optional<explore::ExpandOptions>
ExpandDialog::ask(QWidget *parent, std::optional<std::pair<qint64, qint64>> range, const explore::ExpandOptions &start)
{
    if (s_hooked) {
        s_hooked = false;
        return std::exchange(s_answer, std::nullopt);
    }
    ExpandDialog dialog(range, parent);
    dialog.setOptions(start);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return dialog.options();
}

} // namespace awb::ui
