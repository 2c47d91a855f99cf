// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/taskstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

TaskStatus::TaskStatus(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"taskStatus"_s);
    m_label->setObjectName(u"busyLabel"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_bar->setObjectName(u"busyProgressBar"_s);
    m_bar->setRange(0, 0); // the work cannot say how far it is, only what it does
    m_bar->setMaximumWidth(160);
    m_bar->setAccessibleName(tr("Work in progress"));
    m_bar->setToolTip(tr("Work is running in the background; the window stays usable"));
    m_cancel->setObjectName(u"busyCancelButton"_s);
    m_cancel->setToolTip(tr("Stop this work; nothing of it is written"));
    m_cancel->setAccessibleName(tr("Cancel the running work"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false); // once is enough: the work ends at its next check
        m_label->setText(tr("%1: cancelling…").arg(m_text));
        if (m_onCancel) {
            m_onCancel();
        }
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

void TaskStatus::start(const QString &text, std::function<void()> cancel)
{
    m_text = text;
    m_onCancel = std::move(cancel);
    m_label->setText(text);
    m_cancel->setVisible(bool(m_onCancel));
    m_cancel->setEnabled(true);
    show();
}

void TaskStatus::setStage(const QString &stage)
{
    if (isRunning() && m_cancel->isEnabled()) {
        m_label->setText(tr("%1: %2…").arg(m_text, stage));
    }
}

void TaskStatus::finish()
{
    m_onCancel = {};
    hide();
}

} // namespace awb::ui
