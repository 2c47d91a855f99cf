// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/style/iconengine.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

PaletteSvgIconEngine::PaletteSvgIconEngine(QString name, QByteArray svg)
    : m_name(std::move(name))
    , m_svg(std::move(svg))
{}

QColor PaletteSvgIconEngine::colorFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

QImage PaletteSvgIconEngine::render(QSize devicePixels, const QColor &color) const
{
    QImage image(devicePixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QByteArray svg = m_svg;
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        return image;
    }
    // Square icons keep their aspect ratio: a non-square request centres the icon.
    const int side = std::min(devicePixels.width(), devicePixels.height());
    const QRect target((devicePixels.width() - side) / 2, (devicePixels.height() - side) / 2, side, side);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, target);
    painter.end();
    if (color.alpha() < 255) {
        QPainter fade(&image);
        fade.setCompositionMode(QPainter::CompositionMode_DestinationIn);
        fade.fillRect(image.rect(), QColor(0, 0, 0, color.alpha()));
    }
    return image;
}

QPixmap PaletteSvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(state)
    if (size.isEmpty()) {
        return {};
    }
    const QColor color = colorFor(mode);
    const QString cacheKey = u"awb-icon:%1:%2x%3:%4"_s.arg(m_name)
                                 .arg(size.width())
                                 .arg(size.height())
                                 .arg(QString::number(color.rgba(), 16));
    QPixmap cached;
    if (QPixmapCache::find(cacheKey, &cached)) {
        return cached;
    }
    const QPixmap pixmap = QPixmap::fromImage(render(size, color));
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

QPixmap PaletteSvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    // QIcon passes the size in device pixels already: draw at exactly that size.
    QPixmap result = pixmap(size, mode, state);
    result.setDevicePixelRatio(scale);
    return result;
}

void PaletteSvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap pm = pixmap((QSizeF(rect.size()) * dpr).toSize(), mode, state);
    pm.setDevicePixelRatio(dpr);
    painter->drawPixmap(rect.topLeft(), pm);
}

QSize PaletteSvgIconEngine::actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    Q_UNUSED(mode)
    Q_UNUSED(state)
    const int side = std::min(size.width(), size.height());
    return {side, side};
}

QIconEngine *PaletteSvgIconEngine::clone() const
{
    return new PaletteSvgIconEngine(m_name, m_svg);
}

QString PaletteSvgIconEngine::key() const
{
    return u"awb-palette-svg"_s;
}

QString PaletteSvgIconEngine::iconName()
{
    return m_name;
}

bool PaletteSvgIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace awb::ui
