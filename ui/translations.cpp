// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {

namespace {

/** Loads "<name>_<language>.qm" from @p directory for the first of @p locale's UI languages that has one. */
bool install(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, u"_"_s, directory) && QCoreApplication::installTranslator(translator)) {
        return true;
    }
    delete translator;
    return false;
}

} // namespace

int installTranslators(QCoreApplication &app)
{
    const QString qt = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QString ours = u":/i18n"_s; // qt_add_translations in ui/CMakeLists.txt
    // No catalogue of ours for this language (or the C locale of a bare shell): the texts stay English, and the
    // English catalogue gives them their plural forms ("1 row", not "1 row(s)").
    const bool awb = install(app, QLocale(), u"awb"_s, ours) ||
                     install(app, QLocale(QLocale::English, QLocale::UnitedStates), u"awb"_s, ours);
    return (install(app, QLocale(), u"qtbase"_s, qt) ? 1 : 0) + (awb ? 1 : 0);
}

} // namespace awb::ui
