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

/** Loads "<name>_<language>.qm" from @p directory for the first of the locale's UI languages that has one. */
bool install(QCoreApplication &app, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), name, u"_"_s, directory) && QCoreApplication::installTranslator(translator)) {
        return true;
    }
    delete translator;
    return false;
}

} // namespace

int installTranslators(QCoreApplication &app)
{
    int installed = 0;
    installed += install(app, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ? 1 : 0;
    if (install(app, u"awb"_s, u":/i18n"_s)) { // qt_add_translations in ui/CMakeLists.txt
        ++installed;
    } else {
        // No catalogue for this language (or the C locale of a bare shell): the texts stay English, and the
        // English catalogue gives them their plural forms ("1 row", not "1 row(s)").
        auto *english = new QTranslator(&app);
        if (english->load(u"awb_en"_s, u":/i18n"_s) && QCoreApplication::installTranslator(english)) {
            ++installed;
        } else {
            delete english;
        }
    }
    return installed;
}

} // namespace awb::ui
