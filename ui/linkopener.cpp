// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/linkopener.h"

#include "core/model/validation.h"
#include "ui/dialogs/messagebox.h"

#include <QCoreApplication>
#include <QDesktopServices>

namespace awb::ui {

namespace {

std::function<bool(const QUrl &)> &opener()
{
    static std::function<bool(const QUrl &)> instance;
    return instance;
}

/** The context of this file's strings. A free tr() would not do: lupdate would file its strings under the
 * enclosing namespace or class, and the translation would never be found. */
struct LinkOpenerTr
{
    Q_DECLARE_TR_FUNCTIONS(awb::ui::LinkOpener)
};

} // namespace

bool LinkOpener::open(QWidget *parent, const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!isWebUrl(url) || !parsed.isValid()) {
        MessageBox::warning(
            parent, LinkOpenerTr::tr("Link Not Opened"),
            LinkOpenerTr::tr("Only http and https links are opened. This source's link is:\n\n%1").arg(url));
        return false;
    }
    // The whole address, not a title: a link's text may say one site and lead to another.
    const auto answer = MessageBox::question(parent, LinkOpenerTr::tr("Open Link"),
                                             LinkOpenerTr::tr("Open this address in your web browser?\n\n%1").arg(url),
                                             QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Open) {
        return false;
    }
    return opener() ? opener()(parsed) : QDesktopServices::openUrl(parsed);
}

void LinkOpener::setOpener(std::function<bool(const QUrl &)> replacement)
{
    opener() = std::move(replacement);
}

} // namespace awb::ui
