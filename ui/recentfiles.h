// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QMenu;

namespace awb::ui {

/** The most recently opened cases, newest first, kept in QSettings and listed in File ▸ Open Recent. */
class RecentFiles final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentFiles)

public:
    static constexpr int kMaxFiles = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    /** Moves @p path to the top of the list. */
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    /** Keeps @p menu filled with the list and a Clear entry. */
    void attachMenu(QMenu *menu);

signals:
    void openRequested(const QString &path);
    void changed();

private:
    void store(const QStringList &files);
    void rebuildMenu();

    QPointer<QMenu> m_menu;
};

} // namespace awb::ui
