// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/style/icons.h"

#include "ui/style/iconengine.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace awb::ui::icons {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kResourceDir = u":/awb/icons/"_s;

/** The SVG text of our icon @p name, read once; empty when we have none. */
QByteArray svgFor(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    if (const auto it = cache.constFind(name); it != cache.cend()) {
        return *it;
    }
    QByteArray svg;
    QFile file(kResourceDir + name + u".svg"_s);
    if (!name.contains(u'/') && file.open(QIODevice::ReadOnly)) {
        svg = file.readAll();
    }
    cache.insert(name, svg);
    return svg;
}

} // namespace

QIcon builtin(QStringView name)
{
    QByteArray svg = svgFor(name.toString());
    if (svg.isEmpty()) {
        return {};
    }
    return QIcon(new PaletteSvgIconEngine(name.toString(), std::move(svg)));
}

QIcon get(QStringView name)
{
    const QString themeName = name.toString();
    if (!themeName.startsWith(u"awb-"_s) && QIcon::hasThemeIcon(themeName)) {
        return QIcon::fromTheme(themeName);
    }
    return builtin(name);
}

QStringList builtinNames()
{
    QStringList names;
    const QStringList files = QDir(kResourceDir).entryList({u"*.svg"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        names << file.chopped(4);
    }
    return names;
}

} // namespace awb::ui::icons
