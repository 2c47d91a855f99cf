// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIconEngine>
#include <QString>

namespace awb::ui {

/**
 * Renders a monochrome SVG in the application palette's colour for the icon's mode (WindowText, the disabled
 * text colour, HighlightedText when selected). Qt's SVG renderer has no currentColor, so the colour is put into
 * the SVG text before rendering. Every pixmap is drawn at its device pixel size, never scaled from another.
 */
class PaletteSvgIconEngine final : public QIconEngine
{
public:
    /** @p svg uses "currentColor" for what takes the palette colour. */
    PaletteSvgIconEngine(QString name, QByteArray svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;

    /** The colour @p mode is drawn in with the current application palette. */
    static QColor colorFor(QIcon::Mode mode);

private:
    QImage render(QSize devicePixels, const QColor &color) const;

    QString m_name;
    QByteArray m_svg;
};

} // namespace awb::ui
