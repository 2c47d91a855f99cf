// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #9 §3: every string of the GUI's chrome goes through tr(), so a translation reaches it. A pseudo-translation
// wraps each translated text in ⟦ ⟧; a walk over every menu, view and dialog (dialogwalk.h) then finds each string a
// user reads that carries no marker. What is not chrome is exempt:
//  - case data (titles, names, dates, amounts), the case file's name, and numbers: they are the user's, not ours;
//  - texts with no letter ("—", "$1.5B", "2025-02-21");
//  - lower-case identifiers ("tx_hash", "transfers-csv", "defi"): the columns and formats of import files and the
//    vocabulary stored in a case, which files, the CLI and other cases share, so they must read the same everywhere;
//  - country names from QLocale (Qt's locale data, not a translation catalogue);
//  - the detail of a message box, which holds core's error text: core's messages are data-like (they are written
//    to logs and the CLI too) and stay English; the title and the sentence around them are translated.
#include "core/db/sqlitecasestore.h"
#include "dialogwalk.h"
#include "testcase.h"
#include "ui/casecontroller.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextEdit>
#include <QTranslator>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <iostream>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace awb::ui {
namespace {

const QString kOpen = u"⟦"_s;

/** Wraps every source text in ⟦ ⟧; "&" and "%1" stay inside, so mnemonics and arguments keep working. */
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        if (!sourceText || !*sourceText) {
            return {};
        }
        return kOpen + QString::fromUtf8(sourceText) + u"⟧"_s;
    }

    bool isEmpty() const override { return false; }
};

/** Every text value stored in the case file at @p path: the case's data, which no translation touches. */
QStringList caseStrings(const QString &path)
{
    QStringList out{path, QDir::toNativeSeparators(path), QFileInfo(path).fileName(),
                    QFileInfo(path).completeBaseName()};
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return out;
    }
    QStringList tables;
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    for (const QString &table : std::as_const(tables)) {
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\"";
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            continue;
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                if (sqlite3_column_type(stmt, c) == SQLITE_TEXT) {
                    out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
                }
            }
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return out;
}

class TranslationTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_TRUE(m_dir.isValid());
        QCoreApplication::installTranslator(&m_translator);
    }

    void TearDown() override
    {
        QCoreApplication::removeTranslator(&m_translator);
        QSettings().clear();
    }

    /** True when @p text is the user's own data rather than our chrome. */
    bool isData(const QString &text) const
    {
        static const QRegularExpression identifier(u"^[a-z0-9_-]+$"_s);
        QString t = text.trimmed();
        if (identifier.match(t).hasMatch()) {
            return true;
        }
        // Case text within a sentence of ours is fine when nothing but the case text has letters.
        for (const QString &data : m_data) { // longest first, so "stETH" goes before "ETH"
            if (t == data) {
                return true;
            }
            if (data.size() >= 2) {
                t.replace(data, u" "_s);
            }
        }
        if (std::none_of(t.begin(), t.end(), [](QChar c) { return c.isLetter(); })) {
            return true;
        }
        for (int territory = 1; territory <= int(QLocale::LastTerritory); ++territory) {
            if (t == QLocale::territoryToString(QLocale::Territory(territory))) {
                return true;
            }
        }
        return false;
    }

    void text(const QString &place, const QString &text)
    {
        ++m_surfaces;
        const bool hasLetter = std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
        if (hasLetter && !text.contains(kOpen) && !isData(text)) {
            m_offenders.insert(place + u": \""_s + text.left(80) + u"\""_s);
        }
    }

    /** Rich text is read as what it shows. */
    void autoText(const QString &place, const QString &value)
    {
        if (Qt::mightBeRichText(value)) {
            QTextDocument doc;
            doc.setHtml(value);
            text(place, doc.toPlainText());
        } else {
            text(place, value);
        }
    }

    void actions(const QString &place, const QList<QAction *> &list)
    {
        for (QAction *action : list) {
            if (action->isSeparator()) {
                continue;
            }
            const QString where = place + u" › "_s + action->objectName();
            text(where + u" text"_s, action->text());
            autoText(where + u" tooltip"_s, action->toolTip());
            text(where + u" status tip"_s, action->statusTip());
            if (QMenu *menu = action->menu()) {
                text(where + u" menu title"_s, menu->title());
                actions(where, menu->actions());
            }
        }
    }

    void headers(const QString &place, const QAbstractItemModel *model)
    {
        for (int s = 0; model && s < model->columnCount(); ++s) {
            text(place + u" header"_s, model->headerData(s, Qt::Horizontal).toString());
            autoText(place + u" header tooltip"_s, model->headerData(s, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
    }

    /** Every chrome surface of @p root and its children, hidden ones too (a hidden tab is one click away). */
    void widgets(const QString &view, QWidget &root)
    {
        QList<QWidget *> all = root.findChildren<QWidget *>();
        all.prepend(&root);
        for (QWidget *w : std::as_const(all)) {
            if (w->objectName().startsWith(u"qt_"_s)) {
                continue;
            }
            const QString place =
                view + u" › "_s + QString::fromLatin1(w->metaObject()->className()) + u" › "_s + w->objectName();
            autoText(place + u" tooltip"_s, w->toolTip());
            autoText(place + u" what's this"_s, w->whatsThis());
            text(place + u" status tip"_s, w->statusTip());
            text(place + u" accessible name"_s, w->accessibleName());
            text(place + u" accessible description"_s, w->accessibleDescription());
            if (w->isWindow()) {
                text(place + u" window title"_s, w->windowTitle());
            }
            actions(place, w->actions());
            if (auto *label = qobject_cast<QLabel *>(w)) {
                label->textFormat() == Qt::PlainText ? text(place, label->text()) : autoText(place, label->text());
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                text(place, button->text());
            } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
                text(place + u" placeholder"_s, edit->placeholderText());
            } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
                text(place + u" placeholder"_s, combo->placeholderText());
                for (int i = 0; i < combo->count(); ++i) {
                    text(place + u" item"_s, combo->itemText(i));
                }
            } else if (auto *textEdit = qobject_cast<QTextEdit *>(w)) {
                text(place + u" placeholder"_s, textEdit->placeholderText());
            } else if (auto *plainEdit = qobject_cast<QPlainTextEdit *>(w)) {
                text(place + u" placeholder"_s, plainEdit->placeholderText());
            } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
                text(place, box->title());
            } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    text(place + u" tab"_s, tabs->tabText(i));
                    autoText(place + u" tab tooltip"_s, tabs->tabToolTip(i));
                }
            }
            if (auto *items = qobject_cast<QAbstractItemView *>(w); items && !qobject_cast<QComboBox *>(w->parent())) {
                headers(place, items->model());
            }
        }
    }

    /** Walks the window's menus, views and dialogs, with @p incident current when there is one. */
    void walk(const QString &state, MainWindow &window, std::optional<IncidentId> incident)
    {
        text(state + u" › main window title"_s, window.windowTitle());
        actions(state + u" › menu bar"_s, window.menuBar()->actions());
        const auto visit = [this, &state](const QString &view, QWidget &root) {
            widgets(state + u" › "_s + view, root);
        };
        test::walkViews(window, incident, visit);
        const test::DialogWalk walk = test::walkMenuDialogs(
            window,
            [&] {
                if (incident) {
                    test::selectIncident(window, *incident);
                }
            },
            visit,
            [this, &state](const QString &view, const MessageBox::Shown &shown) {
                text(state + u" › "_s + view + u" › message box title"_s, shown.title);
                text(state + u" › "_s + view + u" › message box text"_s, shown.text);
            });
        EXPECT_TRUE(walk.unexpected.isEmpty()) << walk.unexpected.join(u", "_s).toStdString();
        m_dialogs += walk.dialogs;
    }

    QTemporaryDir m_dir;
    MarkingTranslator m_translator;
    QStringList m_data;
    std::set<QString> m_offenders;
    int m_surfaces = 0;
    int m_dialogs = 0;
};

TEST_F(TranslationTest, EveryStringOfTheChromeGoesThroughTr)
{
    const QString emptyPath = m_dir.filePath(u"empty.awbcase"_s);
    ASSERT_TRUE(db::SqliteCaseStore::create(emptyPath));
    const QString smallPath = m_dir.filePath(u"small.awbcase"_s);
    auto small = test::writeSmallCase(smallPath);
    ASSERT_TRUE(small) << describe(small.error()).toStdString();
    m_data = caseStrings(emptyPath) + caseStrings(smallPath);
    std::sort(m_data.begin(), m_data.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    ASSERT_TRUE(m_data.contains(u"Lazarus Group"_s)); // the exemption list holds the case, and only the case

    MainWindow window;
    window.resize(1400, 1000);
    window.show();
    walk(u"no case"_s, window, std::nullopt);
    ASSERT_TRUE(window.controller()->openCaseFile(emptyPath));
    walk(u"empty case"_s, window, std::nullopt);
    ASSERT_TRUE(window.controller()->openCaseFile(smallPath));
    ASSERT_TRUE(test::selectIncident(window, small->bybit));
    walk(u"small case"_s, window, small->bybit);

    for (const QString &offender : m_offenders) {
        std::cout << "[ tr ] " << offender.toStdString() << "\n";
    }
    std::cout << "[ tr ] " << m_dialogs << " dialogs, " << m_surfaces << " surfaces, " << m_offenders.size()
              << " untranslated\n";
    EXPECT_GE(m_dialogs, 15);
    EXPECT_TRUE(m_offenders.empty()) << m_offenders.size() << " strings bypass tr() (listed above)";
}

/** The English catalogue is built into the program and loaded for an English locale: its plural forms show. */
TEST(Translations, TheEnglishCatalogueIsBuiltInAndLoaded)
{
    const QString untranslated = QCoreApplication::translate("awb::ui::ExportActions", "%n tag(s)", nullptr, 1);
    ASSERT_EQ(untranslated, u"1 tag(s)"_s);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_GE(installTranslators(*QCoreApplication::instance()), 1);
    EXPECT_EQ(QCoreApplication::translate("awb::ui::ExportActions", "%n tag(s)", nullptr, 1), u"1 tag"_s);
    EXPECT_EQ(QCoreApplication::translate("awb::ui::ExportActions", "%n tag(s)", nullptr, 3), u"3 tags"_s);
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(previous);
}

/** A bare shell's C locale, or a language we have no catalogue for, still gets English plural forms. */
TEST(Translations, ALanguageWithoutACatalogueGetsTheEnglishOne)
{
    const QLocale previous;
    for (const QLocale &locale : {QLocale::c(), QLocale(QLocale::Icelandic, QLocale::Iceland)}) {
        QLocale::setDefault(locale);
        EXPECT_GE(installTranslators(*QCoreApplication::instance()), 1) << locale.name().toStdString();
        EXPECT_EQ(QCoreApplication::translate("awb::ui::ExportActions", "%n tag(s)", nullptr, 1), u"1 tag"_s)
            << locale.name().toStdString();
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    QLocale::setDefault(previous);
}

} // namespace
} // namespace awb::ui
