// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

namespace {

/** Whether the command renders pages (a PDF report, an evidence pack): those need Qt Gui's fonts and painter. */
bool rendersPages(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        const QString format = arg == QStringLiteral("--format") && i + 1 < argc ? QString::fromLocal8Bit(argv[i + 1])
                               : arg.startsWith(QStringLiteral("--format="))     ? arg.mid(9)
                                                                                 : QString();
        if (format == QStringLiteral("pdf") || format == QStringLiteral("evidence-pack")) {
            return true;
        }
    }
    return false;
}

/** Drops the offscreen platform's note that there is no XDG_RUNTIME_DIR (a root shell, a container): it says
 *  nothing about the report, and a script would read it as a problem. */
QtMessageHandler previousHandler = nullptr;

void quietRuntimeDirNote(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.startsWith(QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
        previousHandler(type, context, message);
    }
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (rendersPages(argc, argv)) {
        // A command-line tool shows no window: the offscreen platform needs no display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(quietRuntimeDirNote);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("awb-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("AttributionWorkbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AWB_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = awb::cli::run(QCoreApplication::arguments().mid(1), {out, err});
    out.flush();
    err.flush();
    return status;
}
