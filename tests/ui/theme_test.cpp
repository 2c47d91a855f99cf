// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/style/theme.h"

#include "core/query/incidentsummary.h"
#include "ui/charts/chartspanel.h"
#include "ui/graph/canvasscene.h"
#include "ui/graph/graphcanvas.h"
#include "ui/messagewidget.h"
#include "ui/style/grouppalette.h"
#include "ui/style/iconengine.h"
#include "ui/style/icons.h"
#include "ui/timeline/timelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QChartView>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;

namespace awb::test {
std::vector<IncidentSummary> chartSample(); // chartdata_test.cpp
} // namespace awb::test

namespace awb::ui {
namespace {

/** Mean HSL lightness (0–255) of @p image, and the share of its pixels that are light (also a translucent white). */
struct Lightness
{
    double mean = 0;
    double light = 0;
};

Lightness lightnessOf(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    qint64 white = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const int l = QColor::fromRgb(line[x]).lightness();
            sum += l;
            white += l > 150 ? 1 : 0;
        }
    }
    const double n = double(rgb.width()) * rgb.height();
    return {sum / n, double(white) / n};
}

/** Applies @p choice and lets the palette reach the widgets: Qt posts that to the event loop. */
void switchTo(ThemeController &theme, ThemeChoice choice)
{
    theme.setChoice(choice);
    QCoreApplication::processEvents();
}

/** Every test starts from, and leaves, the application's own look and an empty theme setting. */
class ThemeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_palette = QApplication::palette();
        m_style = QApplication::style()->name();
        m_env = qgetenv("AWB_COLOR_SCHEME");
        qunsetenv("AWB_COLOR_SCHEME");
        QSettings().remove(QLatin1StringView(ThemeController::kSettingsKey));
    }

    void TearDown() override
    {
        QApplication::setStyle(m_style);
        QApplication::setPalette(m_palette);
        QCoreApplication::processEvents();
        QSettings().remove(QLatin1StringView(ThemeController::kSettingsKey));
        if (!m_env.isEmpty()) {
            qputenv("AWB_COLOR_SCHEME", m_env);
        }
    }

    QPalette m_palette;
    QString m_style;
    QByteArray m_env;
};

TEST_F(ThemeTest, DarkGivesADarkWindowWithReadableText)
{
    ThemeController theme;
    QSignalSpy changed(&theme, &ThemeController::themeChanged);
    theme.setChoice(ThemeChoice::Dark);
    const QPalette p = QApplication::palette();
    EXPECT_TRUE(theme.isDark());
    ASSERT_FALSE(changed.isEmpty());
    EXPECT_TRUE(changed.last().at(0).toBool());
    EXPECT_LT(p.color(QPalette::Window).lightness(), 80);
    EXPECT_LT(p.color(QPalette::Base).lightness(), 80);
    EXPECT_GT(p.color(QPalette::Text).lightness(), 200);
    EXPECT_GT(p.color(QPalette::WindowText).lightness(), 200);
    // WCAG AA for text; disabled text only has to stay visible.
    const QColor base = p.color(QPalette::Base);
    EXPECT_GE(GroupPalette::contrastRatio(p.color(QPalette::Text), base), 7.0);
    EXPECT_GE(GroupPalette::contrastRatio(p.color(QPalette::Link), base), 4.5);
    EXPECT_GE(GroupPalette::contrastRatio(p.color(QPalette::PlaceholderText), base), 4.5);
    EXPECT_GE(GroupPalette::contrastRatio(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)), 4.5);
    EXPECT_GE(GroupPalette::contrastRatio(p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase)), 7.0);
    EXPECT_GE(GroupPalette::contrastRatio(p.color(QPalette::Disabled, QPalette::WindowText), p.color(QPalette::Window)),
              2.5);

    theme.setChoice(ThemeChoice::Light);
    EXPECT_FALSE(theme.isDark());
    EXPECT_GT(QApplication::palette().color(QPalette::Window).lightness(), 180);
    EXPECT_LT(QApplication::palette().color(QPalette::Text).lightness(), 80);
    EXPECT_FALSE(changed.last().at(0).toBool());
}

TEST_F(ThemeTest, TheLightPaletteKeepsContrastToo)
{
    const QPalette p = ThemeController::lightPalette();
    EXPECT_GE(GroupPalette::contrastRatio(p.color(QPalette::Text), p.color(QPalette::Base)), 7.0);
    EXPECT_GE(GroupPalette::contrastRatio(p.color(QPalette::Link), p.color(QPalette::Base)), 4.5);
    EXPECT_GE(GroupPalette::contrastRatio(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)), 4.5);
    EXPECT_GE(GroupPalette::contrastRatio(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)), 4.5);
}

TEST_F(ThemeTest, ChoicePersistsAndTheMenuFollowsIt)
{
    {
        ThemeController theme;
        QMenu *menu = theme.createMenu(nullptr);
        const QList<QAction *> actions = menu->actions();
        ASSERT_EQ(actions.size(), 3);
        ASSERT_NE(actions[0]->actionGroup(), nullptr);
        EXPECT_TRUE(actions[0]->actionGroup()->isExclusive());
        EXPECT_TRUE(actions[0]->isChecked()); // Follow System when nothing is stored
        actions[2]->trigger();                // Dark
        EXPECT_EQ(theme.choice(), ThemeChoice::Dark);
        EXPECT_TRUE(theme.isDark());
        EXPECT_EQ(QSettings().value(QLatin1StringView(ThemeController::kSettingsKey)).toString(), u"dark"_s);
        theme.setChoice(ThemeChoice::Light);
        EXPECT_TRUE(actions[1]->isChecked());
        EXPECT_FALSE(actions[2]->isChecked());
        actions[2]->trigger();
        delete menu;
    }
    ThemeController again; // as at the next start
    again.applyStored();
    EXPECT_EQ(again.choice(), ThemeChoice::Dark);
    EXPECT_TRUE(again.isDark());
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 80);
}

TEST_F(ThemeTest, EnvironmentOverridesTheStoredChoiceWithoutChangingIt)
{
    QSettings().setValue(QLatin1StringView(ThemeController::kSettingsKey), u"light"_s);
    qputenv("AWB_COLOR_SCHEME", "dark");
    ThemeController theme;
    theme.applyStored();
    qunsetenv("AWB_COLOR_SCHEME");
    EXPECT_TRUE(theme.isDark());
    EXPECT_EQ(QSettings().value(QLatin1StringView(ThemeController::kSettingsKey)).toString(), u"light"_s);
}

TEST_F(ThemeTest, FollowSystemKeepsAPlatformPaletteThatAlreadyMatches)
{
    // A platform theme that is dark already (Breeze Dark) is kept, not replaced by ours.
    QPalette platform = ThemeController::darkPalette();
    platform.setColor(QPalette::Window, QColor(0x10, 0x20, 0x30));
    QApplication::setPalette(platform);
    ThemeController theme;
    theme.applyStored();
    if (theme.systemPrefersDark() == std::optional<bool>(false)) {
        GTEST_SKIP() << "this desktop prefers light";
    }
    EXPECT_TRUE(theme.isDark());
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), QColor(0x10, 0x20, 0x30));
}

TEST_F(ThemeTest, GroupColoursKeepContrastOnDarkBackgrounds)
{
    std::vector<ActorGroup> groups(20);
    for (int i = 0; i < 20; ++i) {
        groups[std::size_t(i)].id = GroupId{i + 1};
    }
    const GroupPalette palette(groups);
    const QColor dark = ThemeController::darkPalette().color(QPalette::Base);
    const QColor light = ThemeController::lightPalette().color(QPalette::Base);
    int lightened = 0;
    for (int i = 1; i <= 20; ++i) {
        const QColor c = palette.color(GroupId{i});
        const QColor shown = GroupPalette::onBackground(c, dark);
        EXPECT_GE(GroupPalette::contrastRatio(shown, dark), 3.0) << i;
        EXPECT_EQ(GroupPalette::onBackground(c, light), c);
        lightened += shown != c ? 1 : 0;
    }
    EXPECT_GT(lightened, 0); // the palette has dark colours (indigo, wine) that need it
}

std::vector<TimelineEvent> timelineEvents()
{
    std::vector<TimelineEvent> events;
    for (int i = 0; i < 12; ++i) {
        TimelineEvent e;
        e.id = IncidentId{i + 1};
        e.startDay = e.endDay = QDate(2019 + i / 3, 1 + i % 12, 10).toJulianDay();
        e.group = i % 3 == 0 ? std::nullopt : std::optional<GroupId>(GroupId{1 + i % 2});
        e.lossUsd = (i + 1) * 1e7;
        e.title = u"Incident %1"_s.arg(i);
        events.push_back(e);
    }
    return events;
}

TEST_F(ThemeTest, TimelineIsDarkInDarkModeAndLightInLight)
{
    ThemeController theme;
    TimelineView view;
    ActorGroup a, b;
    a.id = GroupId{1};
    b.id = GroupId{2};
    view.setEvents(timelineEvents(), GroupPalette({a, b}), {{GroupId{1}, u"One"_s}, {GroupId{2}, u"Two"_s}});
    view.resize(800, 300);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    switchTo(theme, ThemeChoice::Dark); // switched while shown: the view must follow
    const Lightness dark = lightnessOf(view.grab().toImage());
    EXPECT_LT(dark.mean, 80);
    EXPECT_LT(dark.light, 0.03);
    switchTo(theme, ThemeChoice::Light);
    EXPECT_GT(lightnessOf(view.grab().toImage()).mean, 180);
}

TEST_F(ThemeTest, GraphCanvasIsDarkInDarkModeWithoutWhitePlates)
{
    CanvasScene scene;
    const std::array kinds{graph::NodeKind::Address, graph::NodeKind::Transaction, graph::NodeKind::Incident,
                           graph::NodeKind::Group,   graph::NodeKind::Service,     graph::NodeKind::Cluster};
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        CanvasNode n;
        n.pos = QPointF(double(i % 3) * 120, double(i / 3) * 110);
        n.kind = kinds[i];
        n.label = u"node label %1"_s.arg(i);
        n.synthetic = i == 2;
        scene.nodes.push_back(n);
    }
    for (quint32 i = 0; i + 1 < scene.nodes.size(); ++i) {
        scene.edges.push_back(CanvasEdge{i, i + 1, 2, i % 2 == 0, 0});
    }
    ThemeController theme;
    switchTo(theme, ThemeChoice::Dark);
    GraphCanvas canvas;
    canvas.setScene(&scene);
    canvas.resize(600, 450);
    canvas.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&canvas));
    canvas.fitAll();
    const QImage darkImage = canvas.grab().toImage();
    const Lightness dark = lightnessOf(darkImage);
    EXPECT_LT(dark.mean, 80);
    // White label plates and a white legend (the look before dark mode) would cover several per cent.
    EXPECT_LT(dark.light, 0.02) << dark.light;
    switchTo(theme, ThemeChoice::Light);
    EXPECT_GT(lightnessOf(canvas.grab().toImage()).mean, 180);
}

TEST_F(ThemeTest, ChartsAreDarkInDarkMode)
{
    ThemeController theme;
    ChartsPanel panel;
    ActorGroup a, b;
    a.id = GroupId{1};
    b.id = GroupId{2};
    panel.setIncidents(test::chartSample(), GroupPalette({a, b}), {{GroupId{1}, u"A"_s}, {GroupId{2}, u"B"_s}});
    panel.resize(800, 500);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    auto *view = panel.findChild<QChartView *>(u"lossByYearChartView"_s);
    ASSERT_NE(view, nullptr);
    switchTo(theme, ThemeChoice::Dark);
    EXPECT_LT(lightnessOf(view->grab().toImage()).mean, 90);
    switchTo(theme, ThemeChoice::Light);
    EXPECT_GT(lightnessOf(view->grab().toImage()).mean, 170);
}

TEST_F(ThemeTest, MessageBannerFollowsTheTheme)
{
    ThemeController theme;
    MessageWidget banner;
    banner.showMessage(u"The case is read-only."_s, MessageWidget::Type::Warning);
    EXPECT_GT(banner.palette().color(QPalette::Window).lightness(), 180);
    switchTo(theme, ThemeChoice::Dark);
    EXPECT_LT(banner.palette().color(QPalette::Window).lightness(), 100);
    EXPECT_GE(GroupPalette::contrastRatio(banner.palette().color(QPalette::WindowText),
                                          banner.palette().color(QPalette::Window)),
              4.5);
}

/** Colour of the most opaque pixel: the icon's ink. */
QColor inkOf(const QImage &image)
{
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > best.alpha()) {
                best = c;
            }
        }
    }
    return best;
}

TEST_F(ThemeTest, IconsAreDrawnAtTheDevicePixelRatio)
{
    const QStringList names = icons::builtinNames();
    for (const char *wanted : {"document-new",
                               "document-open",
                               "document-save-as",
                               "document-import",
                               "document-export",
                               "awb-evidence-pack",
                               "window-close",
                               "edit-undo",
                               "edit-redo",
                               "list-add",
                               "document-edit",
                               "edit-delete",
                               "awb-add-attribution",
                               "awb-groups",
                               "awb-sources",
                               "edit-find",
                               "edit-clear",
                               "awb-timeline",
                               "awb-charts",
                               "awb-graph",
                               "zoom-fit-best",
                               "zoom-in",
                               "zoom-out",
                               "awb-trace",
                               "awb-find-path",
                               "preferences-desktop-keyboard-shortcuts",
                               "help-about"}) {
        EXPECT_TRUE(names.contains(QLatin1StringView(wanted))) << wanted;
    }
    for (const QString &name : names) {
        const QIcon icon = icons::builtin(name);
        ASSERT_FALSE(icon.isNull()) << name.toStdString();
        const QPixmap one = icon.pixmap(QSize(16, 16), 1.0);
        const QPixmap two = icon.pixmap(QSize(16, 16), 2.0);
        EXPECT_EQ(one.size(), QSize(16, 16)) << name.toStdString();
        EXPECT_EQ(two.size(), QSize(32, 32)) << name.toStdString();
        EXPECT_EQ(two.devicePixelRatio(), 2.0);
        // Drawn at 32 px, not scaled up from 16: it differs from the 16 px image blown up.
        const QImage sharp = two.toImage().convertToFormat(QImage::Format_ARGB32);
        const QImage blown = one.toImage().scaled(32, 32).convertToFormat(QImage::Format_ARGB32);
        EXPECT_NE(sharp, blown) << name.toStdString();
        EXPECT_GT(inkOf(sharp).alpha(), 200) << name.toStdString();
    }
    EXPECT_TRUE(icons::builtin(u"no-such-icon").isNull());
    EXPECT_TRUE(icons::builtin(u"../theme").isNull());
}

TEST_F(ThemeTest, IconsTakeThePaletteColourForEachMode)
{
    ThemeController theme;
    const QIcon icon = icons::builtin(u"document-open");
    switchTo(theme, ThemeChoice::Dark);
    EXPECT_GT(inkOf(icon.pixmap(QSize(16, 16), 2.0).toImage()).lightness(), 200);
    const QColor disabled = inkOf(icon.pixmap(QSize(16, 16), 1.0, QIcon::Disabled).toImage());
    EXPECT_EQ(disabled.rgb(), QApplication::palette().color(QPalette::Disabled, QPalette::WindowText).rgb());
    switchTo(theme, ThemeChoice::Light);
    EXPECT_LT(inkOf(icon.pixmap(QSize(16, 16), 2.0).toImage()).lightness(), 80);
}

TEST_F(ThemeTest, TheDesktopIconThemeWinsForStandardNames)
{
    // A one-icon theme: document-open is a red square there.
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(u"awbtest/actions"_s));
    QFile index(dir.filePath(u"awbtest/index.theme"_s));
    ASSERT_TRUE(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=awbtest\nDirectories=actions\n\n[actions]\nSize=16\nType=Scalable\n"
                "MinSize=8\nMaxSize=512\n");
    index.close();
    QFile svg(dir.filePath(u"awbtest/actions/document-open.svg"_s));
    ASSERT_TRUE(svg.open(QIODevice::WriteOnly));
    svg.write(R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" )"
              R"(fill="#ff0000"/></svg>)");
    svg.close();
    const QStringList paths = QIcon::themeSearchPaths();
    const QString name = QIcon::themeName();
    QIcon::setThemeSearchPaths({dir.path()});
    QIcon::setThemeName(u"awbtest"_s);
    const QColor themed = inkOf(icons::get(u"document-open").pixmap(QSize(16, 16)).toImage());
    const QColor ours = inkOf(icons::get(u"zoom-in").pixmap(QSize(16, 16)).toImage());
    QIcon::setThemeName(name);
    QIcon::setThemeSearchPaths(paths);
    EXPECT_EQ(themed.rgb(), QColor(Qt::red).rgb());
    EXPECT_EQ(ours.rgb(), PaletteSvgIconEngine::colorFor(QIcon::Normal).rgb());
}

} // namespace
} // namespace awb::ui
