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
    installed += install(app, u"awb"_s, u":/i18n"_s) ? 1 : 0; // qt_add_translations in ui/CMakeLists.txt
    return installed;
}

} // namespace awb::ui
