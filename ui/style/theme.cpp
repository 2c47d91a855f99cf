// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/style/theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QMenu>
#include <QPointer>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kPortalService = u"org.freedesktop.portal.Desktop"_s;
const QString kPortalPath = u"/org/freedesktop/portal/desktop"_s;
const QString kPortalSettings = u"org.freedesktop.portal.Settings"_s;
const QString kAppearance = u"org.freedesktop.appearance"_s;
const QString kColorScheme = u"color-scheme"_s;
// A missing portal must not hold up start-up: the bus answers "not registered" at once, and a registered
// portal that does not answer within this many milliseconds is taken as no preference.
constexpr int kPortalTimeoutMs = 250;
constexpr int kGsettingsTimeoutMs = 300;

/** The portal's color-scheme: 1 prefers dark, 2 prefers light, 0 (or anything else) no preference. */
std::optional<bool> fromPortalValue(QVariant value)
{
    // Read() wraps the value in a variant inside a variant; unwrap whatever nesting arrives.
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>()) {
        value = qvariant_cast<QDBusVariant>(value).variant();
    }
    bool ok = false;
    const uint scheme = value.toUInt(&ok);
    if (!ok || (scheme != 1 && scheme != 2)) {
        return std::nullopt;
    }
    return scheme == 1;
}

/** GNOME before the portal had the setting: color-scheme 'prefer-dark', or a theme named "…-dark". */
std::optional<bool> fromGsettings()
{
    const QString desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP");
    const QString gsettings = QStandardPaths::findExecutable(u"gsettings"_s);
    if (gsettings.isEmpty() || !desktop.contains(u"GNOME"_s, Qt::CaseInsensitive)) {
        return std::nullopt; // elsewhere the answer would describe a desktop that is not running
    }
    const auto read = [&gsettings](const QString &key) -> QString {
        QProcess process;
        process.start(gsettings, {u"get"_s, u"org.gnome.desktop.interface"_s, key});
        if (!process.waitForFinished(kGsettingsTimeoutMs) || process.exitCode() != 0) {
            process.kill();
            process.waitForFinished(50);
            return {};
        }
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    };
    const QString scheme = read(u"color-scheme"_s);
    if (scheme.contains(u"prefer-dark"_s)) {
        return true;
    }
    if (scheme.contains(u"prefer-light"_s)) {
        return false;
    }
    if (read(u"gtk-theme"_s).contains(u"dark"_s, Qt::CaseInsensitive)) {
        return true;
    }
    return std::nullopt;
}

void setBoth(QPalette &p, QPalette::ColorRole role, const QColor &normal, const QColor &disabled)
{
    p.setColor(QPalette::Active, role, normal);
    p.setColor(QPalette::Inactive, role, normal);
    p.setColor(QPalette::Disabled, role, disabled);
}

} // namespace

ThemeController::ThemeController(QObject *parent)
    : QObject(parent)
    , m_platformPalette(QGuiApplication::palette())
    , m_platformStyle(QApplication::style() ? QApplication::style()->name() : QString())
{
    if (const QString env = qEnvironmentVariable("AWB_COLOR_SCHEME"); !env.isEmpty()) {
        m_override = choiceFromName(env.trimmed().toLower());
    }
}

ThemeController::~ThemeController() = default;

QString ThemeController::choiceName(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return u"light"_s;
    case ThemeChoice::Dark:
        return u"dark"_s;
    case ThemeChoice::System:
        break;
    }
    return u"system"_s;
}

std::optional<ThemeChoice> ThemeController::choiceFromName(QStringView name)
{
    for (const ThemeChoice c : {ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark}) {
        if (name == choiceName(c)) {
            return c;
        }
    }
    return std::nullopt;
}

bool ThemeController::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette ThemeController::darkPalette()
{
    // After KDE's Breeze Dark, with a deeper highlight so white text on it keeps a 4.5:1 contrast.
    QPalette p;
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor disabledText(0x82, 0x86, 0x8a);
    setBoth(p, QPalette::Window, QColor(0x2a, 0x2e, 0x32), QColor(0x2a, 0x2e, 0x32));
    setBoth(p, QPalette::WindowText, text, disabledText);
    setBoth(p, QPalette::Base, QColor(0x1b, 0x1e, 0x20), QColor(0x22, 0x25, 0x28));
    setBoth(p, QPalette::AlternateBase, QColor(0x23, 0x27, 0x2a), QColor(0x26, 0x29, 0x2c));
    setBoth(p, QPalette::Text, text, disabledText);
    setBoth(p, QPalette::Button, QColor(0x31, 0x36, 0x3b), QColor(0x2c, 0x30, 0x34));
    setBoth(p, QPalette::ButtonText, text, disabledText);
    setBoth(p, QPalette::BrightText, QColor(0xff, 0x8a, 0x80), QColor(0xff, 0x8a, 0x80));
    setBoth(p, QPalette::Light, QColor(0x40, 0x46, 0x4c), QColor(0x40, 0x46, 0x4c));
    setBoth(p, QPalette::Midlight, QColor(0x36, 0x3b, 0x40), QColor(0x36, 0x3b, 0x40));
    setBoth(p, QPalette::Mid, QColor(0x20, 0x23, 0x26), QColor(0x20, 0x23, 0x26));
    setBoth(p, QPalette::Dark, QColor(0x14, 0x16, 0x18), QColor(0x14, 0x16, 0x18));
    setBoth(p, QPalette::Shadow, QColor(0x0a, 0x0b, 0x0c), QColor(0x0a, 0x0b, 0x0c));
    setBoth(p, QPalette::Highlight, QColor(0x2a, 0x72, 0xb8), QColor(0x45, 0x4a, 0x4f));
    setBoth(p, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff), disabledText);
    setBoth(p, QPalette::Link, QColor(0x6c, 0xb8, 0xf5), QColor(0x5a, 0x7c, 0x99));
    setBoth(p, QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xe0), QColor(0x7d, 0x6a, 0x8c));
    setBoth(p, QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b), QColor(0x31, 0x36, 0x3b));
    setBoth(p, QPalette::ToolTipText, text, text);
    setBoth(p, QPalette::PlaceholderText, QColor(0xa4, 0xa8, 0xac), QColor(0x6a, 0x6e, 0x72));
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x2f, 0x5a, 0x82));
    return p;
}

QPalette ThemeController::lightPalette()
{
    // After KDE's Breeze, for desktops whose own style would not paint a palette it is given.
    QPalette p;
    const QColor text(0x23, 0x26, 0x29);
    const QColor disabledText(0x8c, 0x90, 0x94);
    setBoth(p, QPalette::Window, QColor(0xef, 0xf0, 0xf1), QColor(0xef, 0xf0, 0xf1));
    setBoth(p, QPalette::WindowText, text, disabledText);
    setBoth(p, QPalette::Base, QColor(0xff, 0xff, 0xff), QColor(0xf6, 0xf6, 0xf7));
    setBoth(p, QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf7), QColor(0xf2, 0xf3, 0xf4));
    setBoth(p, QPalette::Text, text, disabledText);
    setBoth(p, QPalette::Button, QColor(0xfc, 0xfc, 0xfc), QColor(0xf0, 0xf0, 0xf0));
    setBoth(p, QPalette::ButtonText, text, disabledText);
    setBoth(p, QPalette::BrightText, QColor(0xc0, 0x1c, 0x28), QColor(0xc0, 0x1c, 0x28));
    setBoth(p, QPalette::Light, QColor(0xff, 0xff, 0xff), QColor(0xff, 0xff, 0xff));
    setBoth(p, QPalette::Midlight, QColor(0xe4, 0xe5, 0xe7), QColor(0xe4, 0xe5, 0xe7));
    setBoth(p, QPalette::Mid, QColor(0xb8, 0xbb, 0xbe), QColor(0xb8, 0xbb, 0xbe));
    setBoth(p, QPalette::Dark, QColor(0x88, 0x8e, 0x93), QColor(0x88, 0x8e, 0x93));
    setBoth(p, QPalette::Shadow, QColor(0x47, 0x4a, 0x4c), QColor(0x47, 0x4a, 0x4c));
    setBoth(p, QPalette::Highlight, QColor(0x2a, 0x72, 0xb8), QColor(0xd0, 0xd3, 0xd6));
    setBoth(p, QPalette::HighlightedText, QColor(0xff, 0xff, 0xff), disabledText);
    setBoth(p, QPalette::Link, QColor(0x1a, 0x5f, 0xa8), QColor(0x7a, 0x9c, 0xbf));
    setBoth(p, QPalette::LinkVisited, QColor(0x73, 0x3e, 0x9c), QColor(0xa0, 0x8a, 0xb0));
    setBoth(p, QPalette::ToolTipBase, QColor(0xf7, 0xf7, 0xf7), QColor(0xf7, 0xf7, 0xf7));
    setBoth(p, QPalette::ToolTipText, text, text);
    setBoth(p, QPalette::PlaceholderText, QColor(0x6a, 0x6e, 0x73), QColor(0xa0, 0xa3, 0xa6));
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x8c, 0xb4, 0xdc));
    return p;
}

void ThemeController::applyStored()
{
    const QString stored = QSettings().value(QLatin1StringView(kSettingsKey)).toString();
    m_choice = choiceFromName(stored).value_or(ThemeChoice::System);
    readSystemPreference();
    apply();
}

void ThemeController::setChoice(ThemeChoice choice)
{
    m_override.reset(); // the user's own choice beats the environment from now on
    QSettings().setValue(QLatin1StringView(kSettingsKey), choiceName(choice));
    if (choice != m_choice) {
        m_choice = choice;
        emit choiceChanged(choice);
    }
    apply();
}

void ThemeController::readSystemPreference()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected() && bus.interface() && bus.interface()->isServiceRegistered(kPortalService).value()) {
        QDBusMessage read = QDBusMessage::createMethodCall(kPortalService, kPortalPath, kPortalSettings, u"Read"_s);
        read << kAppearance << kColorScheme;
        const QDBusMessage reply = bus.call(read, QDBus::Block, kPortalTimeoutMs);
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
            m_systemDark = fromPortalValue(reply.arguments().constFirst());
        }
        if (!m_listening) {
            m_listening = bus.connect(kPortalService, kPortalPath, kPortalSettings, u"SettingChanged"_s, this,
                                      SLOT(onPortalSettingChanged(QString, QString, QDBusVariant)));
        }
        if (m_systemDark) {
            return;
        }
    }
    m_systemDark = fromGsettings();
}

void ThemeController::onPortalSettingChanged(const QString &nameSpace, const QString &key, const QDBusVariant &value)
{
    if (nameSpace != kAppearance || key != kColorScheme) {
        return;
    }
    m_systemDark = fromPortalValue(value.variant());
    apply();
}

bool ThemeController::wantDark() const
{
    switch (m_override.value_or(m_choice)) {
    case ThemeChoice::Light:
        return false;
    case ThemeChoice::Dark:
        return true;
    case ThemeChoice::System:
        break;
    }
    return m_systemDark.value_or(isDarkPalette(m_platformPalette));
}

void ThemeController::apply()
{
    const bool dark = wantDark();
    if (isDarkPalette(m_platformPalette) == dark) {
        // The platform already paints this scheme (Breeze Dark, a dark GTK theme): keep its palette and style.
        if (m_overridden) {
            if (!m_platformStyle.isEmpty() && QApplication::style()->name() != m_platformStyle) {
                QApplication::setStyle(m_platformStyle);
            }
            QApplication::setPalette(m_platformPalette);
            m_overridden = false;
        }
    } else {
        if (QApplication::style()->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0) {
            QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        }
        QApplication::setPalette(dark ? darkPalette() : lightPalette());
        m_overridden = true;
    }
    if (dark != m_dark || !m_applied) {
        m_dark = dark;
        m_applied = true;
        emit themeChanged(dark);
    }
}

void ThemeController::overrideChoice(std::optional<ThemeChoice> choice)
{
    m_override = choice;
    apply();
}

ThemeController *ThemeController::instance()
{
    static QPointer<ThemeController> theInstance;
    if (!theInstance) {
        theInstance = new ThemeController(QCoreApplication::instance());
    }
    return theInstance;
}

QMenu *ThemeController::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("The&me"), parent); // T, h and e are taken in the View menu
    menu->setObjectName(u"themeMenu"_s);
    menu->menuAction()->setStatusTip(tr("Light or dark colours, or as the desktop prefers"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const auto add = [&](ThemeChoice choice, const QString &text, const QString &toolTip) {
        QAction *action = menu->addAction(text);
        action->setObjectName(u"theme"_s + choiceName(choice).replace(0, 1, choiceName(choice).at(0).toUpper()) +
                              u"Action"_s);
        action->setCheckable(true);
        action->setChecked(m_override.value_or(m_choice) == choice);
        action->setStatusTip(toolTip);
        action->setData(choiceName(choice));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] { setChoice(choice); });
        connect(this, &ThemeController::choiceChanged, action,
                [action, choice](ThemeChoice now) { action->setChecked(now == choice); });
    };
    add(ThemeChoice::System, tr("Follow &System"), tr("Light or dark as the desktop prefers"));
    add(ThemeChoice::Light, tr("&Light"), tr("Always use the light colours"));
    add(ThemeChoice::Dark, tr("&Dark"), tr("Always use the dark colours"));
    return menu;
}

} // namespace awb::ui
