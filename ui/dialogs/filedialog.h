// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDialog>
#include <QString>

namespace awb::ui {

/**
 * Every file dialog of the application goes through here (cf. KeePassXC's FileDialog): it remembers the last
 * directory in QSettings, and tests answer it with setNextFileName() instead of a native dialog.
 */
class FileDialog final
{
public:
    FileDialog() = delete;

    /** "Attribution Workbench case (*.awbcase)". */
    static QString caseFilter();
    static QString caseSuffix();

    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter);
    /** @p suggestedName is a file name or path; a name is placed in the last directory used. */
    static QString getSaveFileName(QWidget *parent,
                                   const QString &caption,
                                   const QString &suggestedName,
                                   const QString &filter,
                                   QFileDialog::Options options = {});

    /** Test hook: the next dialog is not shown and returns @p fileName (an empty name means Cancel). */
    static void setNextFileName(const QString &fileName);

private:
    static QString lastDirectory();
    static void rememberDirectory(const QString &fileName);
};

} // namespace awb::ui
