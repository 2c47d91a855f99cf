// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace awb::ui {

/**
 * Installs the translations for the user's language (QLocale(), which follows the system unless a test sets it): ours,
 * compiled into the program from translations/awb_<lang>.ts (docs/translation.md), and Qt's own (qtbase_<lang>.qm
 * from the Qt installation), so the buttons and standard dialogs Qt draws speak the same language. A language with no
 * catalogue of ours gets the English one: the source text, with its plural forms. Returns how many translators were
 * installed.
 */
int installTranslators(QCoreApplication &app);

} // namespace awb::ui
