// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #9 §3: a screen reader names every control of every view and dialog, and every control whose purpose is not
// written on it has a tooltip. The walk is the one the plain-text test uses (dialogwalk.h), on the small case.
#include "core/db/sqlitecasestore.h"
#include "dialogwalk.h"
#include "testcase.h"
#include "ui/casecontroller.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolButton>

#include <gtest/gtest.h>

#include <iostream>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

/** True when @p text says something: not empty and not just punctuation or mnemonics. */
bool meaningful(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

/** The name a screen reader announces for @p w (button texts and label buddies included). */
QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

/**
 * A user reaches @p w from @p root: neither it nor a parent is hidden, except a page of a stacked widget (a tab the
 * user can switch to).
 */
bool reachable(QWidget *w, QWidget *root)
{
    for (QWidget *p = w; p && p != root; p = p->parentWidget()) {
        if (p->isHidden() && !qobject_cast<QStackedWidget *>(p->parentWidget())) {
            return false;
        }
    }
    return true;
}

/** A part Qt builds inside a compound control (a combo's line edit, a spin box's arrows, a view's scroll bars). */
bool internalPart(QWidget *w)
{
    if (w->objectName().startsWith(u"qt_"_s) || qobject_cast<QScrollBar *>(w) || qobject_cast<QHeaderView *>(w)) {
        return true;
    }
    // The corner button and cell editors of a table belong to the table, which a screen reader reads as a whole.
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QTabBar *>(p) ||
            qobject_cast<QLineEdit *>(p) || qobject_cast<QAbstractItemView *>(p)) {
            return true;
        }
    }
    return false;
}

/** A control the user focuses or acts on; Qt's own classes by type, ours (the timeline, the canvas) by focus. */
bool actionable(QWidget *w)
{
    if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QTextEdit *>(w) ||
        qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
        qobject_cast<QAbstractSlider *>(w) || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QTabBar *>(w) ||
        qobject_cast<QGraphicsView *>(w)) {
        return true;
    }
    // A tab widget is a container; its tab bar is the control.
    const bool ours =
        !QString::fromLatin1(w->metaObject()->className()).startsWith(u'Q') && !qobject_cast<QTabWidget *>(w);
    return ours && (w->focusPolicy() & Qt::TabFocus);
}

/** A view of many items; its tooltips are its items' own, so it says what it shows in its description instead. */
bool isView(QWidget *w)
{
    return qobject_cast<QAbstractItemView *>(w) || qobject_cast<QGraphicsView *>(w) ||
           !QString::fromLatin1(w->metaObject()->className()).startsWith(u'Q');
}

/**
 * The tooltip rule (KDE HIG, KeePassXC): a control whose purpose is written on it (a button with text, a check box,
 * a read-only text) needs no tooltip; every input (line edit, editable text, combo, spin box, slider) and every
 * icon-only button has one, since its label, if any, sits elsewhere. A view (table, list, timeline, graph, chart)
 * shows its items' tooltips, so it may say what it shows in its accessible description instead.
 */
bool needsToolTip(QWidget *w)
{
    if (auto *button = qobject_cast<QAbstractButton *>(w)) {
        auto *tool = qobject_cast<QToolButton *>(w);
        const bool iconOnly = tool && !tool->icon().isNull() && tool->toolButtonStyle() == Qt::ToolButtonIconOnly;
        return iconOnly || !meaningful(button->text());
    }
    if (auto *edit = qobject_cast<QTextEdit *>(w)) {
        return !edit->isReadOnly();
    }
    if (auto *edit = qobject_cast<QPlainTextEdit *>(w)) {
        return !edit->isReadOnly();
    }
    return !qobject_cast<QTabBar *>(w); // a tab bar's tabs are checked one by one
}

class AccessibilityTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(u"small.awbcase"_s);
        auto small = test::writeSmallCase(m_path);
        ASSERT_TRUE(small) << describe(small.error()).toStdString();
        m_small = *small;
    }

    void TearDown() override { QSettings().clear(); }

    /** Records each control of @p root that has no name or lacks a tooltip, as "view › class › objectName". */
    void check(const QString &view, QWidget &root)
    {
        QList<QWidget *> all = root.findChildren<QWidget *>();
        all.prepend(&root);
        for (QWidget *w : std::as_const(all)) {
            if (!reachable(w, &root) || internalPart(w) || !actionable(w)) {
                continue;
            }
            ++m_controls;
            const QString where = view + u" › "_s + QString::fromLatin1(w->metaObject()->className()) + u" › "_s +
                                  (w->objectName().isEmpty() ? u"(no objectName)"_s : w->objectName());
            if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
                for (int i = 0; i < tabs->count(); ++i) {
                    QAccessibleInterface *tab = iface ? iface->child(i) : nullptr;
                    if (!tab || !meaningful(tab->text(QAccessible::Name))) {
                        m_offenders.insert(where + u" tab "_s + QString::number(i) + u": no accessible name"_s);
                    }
                    if (!meaningful(tabs->tabText(i)) && tabs->tabToolTip(i).isEmpty()) {
                        m_offenders.insert(where + u" tab "_s + QString::number(i) + u": no tooltip"_s);
                    }
                }
                continue;
            }
            if (!meaningful(accessibleName(w))) {
                m_offenders.insert(where + u": no accessible name"_s);
            }
            const bool described = isView(w) && meaningful(w->accessibleDescription());
            if (needsToolTip(w) && w->toolTip().trimmed().isEmpty() && !described) {
                m_offenders.insert(where + u": no tooltip"_s);
            }
        }
    }

    QTemporaryDir m_dir;
    QString m_path;
    test::SmallCase m_small;
    std::set<QString> m_offenders;
    int m_controls = 0;
};

TEST_F(AccessibilityTest, EveryControlOfEveryViewAndDialogHasANameAndItsToolTip)
{
    MainWindow window;
    window.resize(1400, 1000);
    window.show();
    ASSERT_TRUE(window.controller()->openCaseFile(m_path));
    ASSERT_TRUE(test::selectIncident(window, m_small.bybit));
    const auto visit = [this](const QString &view, QWidget &root) {
        check(view, root);
    };
    test::walkViews(window, m_small.bybit, visit);
    const test::DialogWalk walk = test::walkMenuDialogs(
        window, [&] { EXPECT_TRUE(test::selectIncident(window, m_small.bybit)); }, visit);
    EXPECT_TRUE(walk.unexpected.isEmpty()) << walk.unexpected.join(u", "_s).toStdString();
    EXPECT_GE(walk.dialogs, 8); // the walk reached the dialogs, so an empty offender list means something
    EXPECT_GE(m_controls, 150);
    for (const QString &offender : m_offenders) {
        std::cout << "[ a11y ] " << offender.toStdString() << "\n";
    }
    std::cout << "[ a11y ] " << walk.dialogs << " dialogs, " << m_controls << " controls, " << m_offenders.size()
              << " offenders\n";
    EXPECT_TRUE(m_offenders.empty()) << m_offenders.size() << " controls lack a name or a tooltip (listed above)";
}

} // namespace
} // namespace awb::ui
