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

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::ui::LinkOpener", text);
}

} // namespace

bool LinkOpener::open(QWidget *parent, const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!isWebUrl(url) || !parsed.isValid()) {
        MessageBox::warning(parent, tr("Link Not Opened"),
                            tr("Only http and https links are opened. This source's link is:\n\n%1").arg(url));
        return false;
    }
    // The whole address, not a title: a link's text may say one site and lead to another.
    const auto answer =
        MessageBox::question(parent, tr("Open Link"), tr("Open this address in your web browser?\n\n%1").arg(url),
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
