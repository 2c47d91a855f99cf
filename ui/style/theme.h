// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

#include <optional>

class QDBusVariant;
class QMenu;
class QWidget;

namespace awb::ui {

/** What the user chose in View ▸ Theme. */
enum class ThemeChoice { System, Light, Dark };

/**
 * The light or dark look of the whole application. "Follow System" asks the XDG desktop portal for the desktop's
 * colour scheme (and listens for changes), else GNOME's setting, else takes the platform palette's own lightness:
 * a platform theme that already paints the wanted scheme (KDE's Breeze, Breeze Dark) is kept as it is. Otherwise
 * the application gets the Fusion style with a palette of our own, because other styles may ignore palettes.
 * Qt 6.4 has no QStyleHints::colorScheme, hence the portal.
 *
 * AWB_COLOR_SCHEME=dark|light in the environment overrides the stored choice for one run (tests, screenshots).
 */
class ThemeController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeController)

public:
    static constexpr const char *kSettingsKey = "appearance/theme";

    explicit ThemeController(QObject *parent = nullptr);
    ~ThemeController() override;

    /** The application's one controller (a child of qApp), made on first use; every window's menu shares it. */
    static ThemeController *instance();

    /** Reads the choice from QSettings (or the environment), asks the desktop and applies the result. */
    void applyStored();
    /** Applies @p choice and stores it in QSettings. */
    void setChoice(ThemeChoice choice);
    /** Applies @p choice for this run only, as AWB_COLOR_SCHEME does (the screenshot tour); none: the choice. */
    void overrideChoice(std::optional<ThemeChoice> choice);

    ThemeChoice choice() const { return m_choice; }

    /** Whether the application is dark now. */
    bool isDark() const { return m_dark; }

    /** "The&me" with Follow System, Light and Dark, exclusive and kept in step with the choice. */
    QMenu *createMenu(QWidget *parent);

    /** The desktop's preference as far as it is known: true dark, false light, nullopt no preference. */
    std::optional<bool> systemPrefersDark() const { return m_systemDark; }

    static QPalette lightPalette();
    static QPalette darkPalette();
    static bool isDarkPalette(const QPalette &palette);
    static QString choiceName(ThemeChoice choice);
    static std::optional<ThemeChoice> choiceFromName(QStringView name);

signals:
    void themeChanged(bool dark);
    void choiceChanged(awb::ui::ThemeChoice choice);

private slots:
    // Old-style slot: QDBusConnection::connect() matches the D-Bus signature against it.
    void onPortalSettingChanged(const QString &nameSpace, const QString &key, const QDBusVariant &value);

private:
    void apply();
    void readSystemPreference();
    bool wantDark() const;

    ThemeChoice m_choice = ThemeChoice::System;
    std::optional<ThemeChoice> m_override; // from AWB_COLOR_SCHEME
    std::optional<bool> m_systemDark;
    QPalette m_platformPalette; // the palette the platform gave, before we changed anything
    QString m_platformStyle;
    bool m_overridden = false; // our palette (and Fusion) is applied
    bool m_dark = false;
    bool m_applied = false; // themeChanged() was emitted once
    bool m_listening = false;
};

} // namespace awb::ui
