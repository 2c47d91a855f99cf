// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("awb-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("AttributionWorkbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AWB_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = awb::cli::run(app.arguments().mid(1), {out, err});
    out.flush();
    err.flush();
    return status;
}
