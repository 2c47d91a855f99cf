// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QProgressDialog>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

namespace awb::test {

/**
 * Runs @p open, and @p drive on the modal dialog it shows once that dialog is visible (exec() blocks until the
 * dialog closes). A zero timer alone is not enough: a dialog that works before it shows (the report's preview)
 * lets timers run meanwhile. A progress dialog is not the one awaited. Nothing is driven if @p open shows no
 * modal dialog.
 */
inline void onModalDialog(const std::function<void()> &open, const std::function<void(QDialog &)> &drive)
{
    QTimer poll;
    poll.setInterval(0);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&poll, &drive] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible() && !qobject_cast<QProgressDialog *>(dialog)) {
            poll.stop();
            drive(*dialog);
        }
    });
    poll.start();
    open();
    poll.stop();
}

/** Triggers @p action and runs @p drive on the @p T it shows (failing if it shows none, or another dialog); the
 *  dialog is closed afterwards if still open. */
template <typename T>
void onDialogOf(QAction *action, const std::function<void(T &)> &drive)
{
    ASSERT_NE(action, nullptr);
    bool driven = false;
    onModalDialog([action] { action->trigger(); },
                  [&](QDialog &shown) {
                      auto *dialog = qobject_cast<T *>(&shown);
                      ASSERT_NE(dialog, nullptr);
                      driven = true;
                      drive(*dialog);
                      if (dialog->isVisible()) {
                          dialog->reject();
                      }
                  });
    EXPECT_TRUE(driven);
}

} // namespace awb::test
