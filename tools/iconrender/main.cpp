// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// iconrender: renders an SVG icon into the PNG sizes of the hicolor theme, at build time, so the PNGs are never
// committed and never drift from the SVG. Usage: iconrender SVG OUTDIR SIZE...; writes OUTDIR/NxN/NAME.png,
// NAME being the SVG's file name without its suffix.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fputs(("iconrender: "_L1 + message + u'\n').toLocal8Bit().constData(), stderr);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        return fail(u"usage: iconrender SVG OUTDIR SIZE..."_s);
    }
    const QString svgPath = QString::fromLocal8Bit(argv[1]);
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    QSvgRenderer renderer(svgPath);
    if (!renderer.isValid()) {
        return fail(u"%1 is not a valid SVG file"_s.arg(svgPath));
    }
    const QString name = QFileInfo(svgPath).completeBaseName();
    for (int i = 3; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            return fail(u"bad size \"%1\" (1 to 1024 pixels)"_s.arg(QString::fromLocal8Bit(argv[i])));
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter);
        }
        const QString dir = u"%1/%2x%2"_s.arg(outDir).arg(size);
        const QString out = dir + u'/' + name + u".png"_s;
        if (!QDir().mkpath(dir) || !image.save(out, "PNG")) {
            return fail(u"cannot write %1"_s.arg(out));
        }
    }
    return 0;
}
