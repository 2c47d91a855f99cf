// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSettingsKey = u"recentFiles"_s;
constexpr qsizetype kMaxDirectoryChars = 60;

QString normalized(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

/** "…/the/end/of/a/long/directory", so menu entries stay readable. */
QString shortDirectory(const QString &path)
{
    QString dir = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    if (dir.size() > kMaxDirectoryChars) {
        dir = u"…"_s + dir.right(kMaxDirectoryChars - 1);
    }
    return dir;
}

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{}

QStringList RecentFiles::files() const
{
    QStringList files = QSettings().value(kSettingsKey).toStringList();
    files.removeAll(QString());
    return files.mid(0, kMaxFiles);
}

void RecentFiles::add(const QString &path)
{
    const QString file = normalized(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    store(list.mid(0, kMaxFiles));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    if (list.removeAll(normalized(path)) > 0) {
        store(list);
    }
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::attachMenu(QMenu *menu)
{
    m_menu = menu;
    rebuildMenu();
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(kSettingsKey, files);
    rebuildMenu();
    emit changed();
}

void RecentFiles::rebuildMenu()
{
    if (!m_menu) {
        return;
    }
    m_menu->clear();
    const QStringList list = files();
    int number = 0;
    for (const QString &file : list) {
        ++number;
        // '&' in a file name would otherwise become a mnemonic.
        const QString name = QFileInfo(file).fileName().replace(u'&', u"&&"_s);
        const QString dir = shortDirectory(file).replace(u'&', u"&&"_s);
        QAction *action = m_menu->addAction(tr("&%1 %2  (%3)").arg(number).arg(name, dir));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { emit openRequested(file); });
    }
    if (!list.isEmpty()) {
        m_menu->addSeparator();
    }
    QAction *clearAction = m_menu->addAction(tr("&Clear Recent Cases"));
    clearAction->setObjectName(u"clearRecentCasesAction"_s);
    clearAction->setStatusTip(tr("Forget the list of recent cases; the files stay where they are"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
    m_menu->setEnabled(true);
}

} // namespace awb::ui
