// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/messagewidget.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Colors
{
    QColor background;
    QColor border;
    QColor text;
};

/** KDE's KMessageWidget on a dark theme: the window colour tinted with the type's colour, the palette's text. */
Colors darkColorsFor(MessageWidget::Type type, const QPalette &palette)
{
    QColor accent(0x3d, 0xae, 0xe9);
    if (type == MessageWidget::Type::Error) {
        accent = QColor(0xda, 0x44, 0x53);
    } else if (type == MessageWidget::Type::Warning) {
        accent = QColor(0xf6, 0x74, 0x00);
    }
    const QColor window = palette.color(QPalette::Window);
    const auto mix = [&](int w, int a) {
        return int(w * 0.75 + a * 0.25);
    };
    const QColor background(mix(window.red(), accent.red()), mix(window.green(), accent.green()),
                            mix(window.blue(), accent.blue()));
    return {background, accent, palette.color(QPalette::WindowText)};
}

Colors colorsFor(MessageWidget::Type type, const QPalette &palette)
{
    if (palette.color(QPalette::Window).lightness() < 128) {
        return darkColorsFor(type, palette);
    }
    switch (type) {
    case MessageWidget::Type::Error:
        return {QColor(0xfd, 0xe4, 0xe4), QColor(0xda, 0x44, 0x53), QColor(0x5a, 0x0d, 0x14)};
    case MessageWidget::Type::Warning:
        return {QColor(0xff, 0xf4, 0xce), QColor(0xf6, 0x74, 0x00), QColor(0x4d, 0x32, 0x00)};
    case MessageWidget::Type::Information:
        break;
    }
    return {QColor(0xe3, 0xf0, 0xfb), QColor(0x3d, 0xae, 0xe9), QColor(0x0d, 0x2c, 0x45)};
}

QStyle::StandardPixmap iconFor(MessageWidget::Type type)
{
    switch (type) {
    case MessageWidget::Type::Error:
        return QStyle::SP_MessageBoxCritical;
    case MessageWidget::Type::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageWidget::Type::Information:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

} // namespace

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_iconLabel->setObjectName(u"messageIconLabel"_s);
    m_textLabel->setObjectName(u"messageTextLabel"_s);
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_textLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_closeButton->setObjectName(u"messageCloseButton"_s);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close this message"));
    m_closeButton->setAccessibleName(tr("Close message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_closeButton, &QToolButton::clicked, this, [this] {
        hideMessage();
        emit closed();
    });
    hide();
}

void MessageWidget::showMessage(const QString &text, Type type)
{
    m_type = type;
    applyColors();
    m_textLabel->setText(text);
    show();
}

bool MessageWidget::event(QEvent *event)
{
    const bool done = QFrame::event(event);
    if (event->type() == QEvent::ApplicationPaletteChange) {
        applyColors(); // our palette is set explicitly, so a light/dark switch would not reach it
    }
    return done;
}

void MessageWidget::applyColors()
{
    const Colors colors = colorsFor(m_type, QApplication::palette());
    QPalette pal = QApplication::palette();
    pal.setColor(QPalette::Window, colors.background);
    pal.setColor(QPalette::WindowText, colors.text);
    pal.setColor(QPalette::Light, colors.border);
    pal.setColor(QPalette::Dark, colors.border);
    pal.setColor(QPalette::Mid, colors.border);
    setPalette(pal);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(style()->standardIcon(iconFor(m_type), nullptr, this).pixmap(iconSize, iconSize));
}

void MessageWidget::hideMessage()
{
    hide();
    m_textLabel->clear();
}

QString MessageWidget::text() const
{
    return m_textLabel->text();
}

} // namespace awb::ui
