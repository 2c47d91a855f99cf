// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

namespace awb::ui {

/**
 * Opens a source's link in the user's browser, safely: only http and https links, and only after the user has
 * seen the whole address and agreed. A case is shared evidence; a link in it is not trusted.
 */
class LinkOpener final
{
public:
    LinkOpener() = delete;

    /** Asks, then opens @p url; false when it was refused, declined or could not be opened. */
    static bool open(QWidget *parent, const QString &url);
    /** Test hook: replaces QDesktopServices::openUrl (an empty function restores it). */
    static void setOpener(std::function<bool(const QUrl &)> opener);
};

} // namespace awb::ui
