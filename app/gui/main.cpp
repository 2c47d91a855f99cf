// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/db/schema.h"
#include "ui/casedocument.h"
#include "ui/mainwindow.h"
#include "ui/screenshottour.h"
#include "ui/style/theme.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QTimer>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kFailed = 1;
constexpr int kUsage = 2;

QString tr(const char *text)
{
    return QCoreApplication::translate("awb", text);
}

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

QStringList arguments(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args << QString::fromLocal8Bit(argv[i]);
    }
    return args;
}

/** True when Qt cannot possibly reach a display: no X11 or Wayland server and no platform chosen. */
bool lacksDisplay(const QStringList &args)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
           qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && !args.contains(u"-platform"_s) &&
           !args.contains(u"--platform"_s);
#else
    Q_UNUSED(args);
    return false;
#endif
}

QString noDisplayMessage()
{
    return tr("awb: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot be shown.\n"
              "Run it inside a virtual display:\n"
              "    xvfb-run -a awb [CASE]\n"
              "or without any display (nothing is shown; for scripted checks):\n"
              "    QT_QPA_PLATFORM=offscreen awb [CASE]\n"
              "For command-line work on a case, use awb-cli.\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(u"AttributionWorkbench"_s);
    QCoreApplication::setApplicationName(u"awb"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(AWB_VERSION));

    // Parsed before QApplication exists, so --version and --help work without a display.
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Attribution Workbench: attribute cryptocurrency thefts to state-sponsored groups, with every claim sourced."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption versionOption({u"v"_s, u"version"_s},
                                           tr("Show the version and the case format, and exit."));
    const QCommandLineOption demoOption(u"demo"_s, tr("Open the bundled demo case, building it on first run."));
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    const QCommandLineOption screenshotsOption(
        u"screenshots"_s, tr("Open the case, save screenshots of its views into DIRECTORY, and quit."), u"directory"_s);
    parser.addOption(demoOption);
    parser.addOption(screenshotsOption);
    parser.addPositionalArgument(
        u"case"_s, tr("The case file to open (default: the last case opened, or the demo case)."), u"[CASE]"_s);
    const QStringList args = arguments(argc, argv);
    parser.parse(args); // errors are reported below, once Qt has removed its own options
    if (parser.isSet(versionOption)) {
        print(stdout, tr("awb %1 (case format %2)\n")
                          .arg(QCoreApplication::applicationVersion())
                          .arg(awb::db::latestSchemaVersion()));
        return 0;
    }
    if (parser.isSet(helpOption)) {
        print(stdout, tr("Usage: awb [options] [CASE]\n%1\n\n"
                         "Arguments:\n"
                         "  CASE           The case file (.awbcase) to open. Without it, awb reopens the last case\n"
                         "                 opened, or the demo case, which it builds on first run.\n\n"
                         "Options:\n"
                         "  -h, --help     Show this help and exit.\n"
                         "  -v, --version  Show the version and the case format, and exit.\n"
                         "  --demo         Open the bundled demo case (the public DPRK theft record).\n"
                         "  --screenshots DIRECTORY\n"
                         "                 Open the case, save screenshots of its views, and quit\n"
                         "                 (scripts/screenshots uses it for the user guide).\n"
                         "Qt's own options (-platform, -style, …) are accepted too.\n")
                          .arg(parser.applicationDescription()));
        return 0;
    }
    if (lacksDisplay(args)) {
        print(stderr, noDisplayMessage());
        return kFailed;
    }

    QApplication app(argc, argv);
    awb::ui::installTranslators(app); // ours and Qt's own, for the system language
    QApplication::setApplicationDisplayName(u"Attribution Workbench"_s);
    // Light or dark before the window exists, so it never flashes in the wrong colours.
    awb::ui::ThemeController::instance()->applyStored();
    // The installed theme icon (hicolor, every size); the compiled-in SVG when run from the build tree.
    QApplication::setWindowIcon(QIcon::fromTheme(u"io.github.attributionworkbench.awb"_s,
                                                 QIcon(u":/icons/io.github.attributionworkbench.awb.svg"_s)));
    // Lets Wayland compositors match the window to the installed .desktop file (its icon and name).
    QGuiApplication::setDesktopFileName(u"io.github.attributionworkbench.awb"_s);
    // QApplication has removed its own options (-platform, -style, …); what is left must be ours.
    if (!parser.parse(app.arguments())) {
        print(stderr, tr("awb: %1\nTry 'awb --help'.\n").arg(parser.errorText()));
        return kUsage;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (parser.isSet(demoOption) && !positional.isEmpty())) {
        print(stderr, tr("awb: open one case at a time.\nTry 'awb --help'.\n"));
        return kUsage;
    }

    awb::ui::MainWindow window;
    window.show();
    if (parser.isSet(screenshotsOption)) {
        // Once a case is shown (the demo may first be built in the background), walk the views and quit.
        QObject::connect(window.document(), &awb::ui::CaseDocument::caseChanged, &window, [&, taken = false]() mutable {
            if (!window.document()->isOpen() || taken) {
                return;
            }
            taken = true;
            QTimer::singleShot(500, &window, [&] {
                auto shots = awb::ui::takeScreenshots(window, parser.value(screenshotsOption));
                if (!shots) {
                    print(stderr, tr("awb: %1\n").arg(shots.error().message));
                    QCoreApplication::exit(kFailed);
                    return;
                }
                print(stdout, shots->join(u'\n') + u'\n');
                QCoreApplication::quit();
            });
        });
    }
    // scripts/bench times start-up to a shown case: with AWB_QUIT_AFTER_SHOWN set, quit once a case is open and
    // the window has been painted with it.
    if (qEnvironmentVariableIsSet("AWB_QUIT_AFTER_SHOWN")) {
        QObject::connect(window.document(), &awb::ui::CaseDocument::caseChanged, &window, [&] {
            if (window.document()->isOpen()) {
                QTimer::singleShot(0, &window, [&window] {
                    (void)window.grab(); // a full paint of the window with the case in it, so the time includes it
                    QCoreApplication::quit();
                });
            }
        });
    }
    if (parser.isSet(demoOption)) {
        window.openDemoCase();
    } else {
        window.openStartupCase(positional.value(0));
    }
    return app.exec();
}
