// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/filedialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <optional>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

std::optional<QString> s_nextFileName;
const QString kLastDirectoryKey = u"fileDialog/lastDirectory"_s;

} // namespace

QString FileDialog::caseFilter()
{
    return QCoreApplication::translate("awb::ui::FileDialog", "Attribution Workbench case (*.awbcase)");
}

QString FileDialog::caseSuffix()
{
    return u"awbcase"_s;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    QString fileName = s_nextFileName ? *std::exchange(s_nextFileName, std::nullopt)
                                      : QFileDialog::getOpenFileName(parent, caption, lastDirectory(), filter);
    rememberDirectory(fileName);
    return fileName;
}

QString FileDialog::getSaveFileName(QWidget *parent,
                                    const QString &caption,
                                    const QString &suggestedName,
                                    const QString &filter,
                                    QFileDialog::Options options)
{
    if (s_nextFileName) {
        QString fileName = *std::exchange(s_nextFileName, std::nullopt);
        rememberDirectory(fileName);
        return fileName;
    }
    const QString start =
        QFileInfo(suggestedName).isAbsolute() ? suggestedName : QDir(lastDirectory()).filePath(suggestedName);
    QString fileName = QFileDialog::getSaveFileName(parent, caption, start, filter, nullptr, options);
    rememberDirectory(fileName);
    return fileName;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    s_nextFileName = fileName;
}

QString FileDialog::lastDirectory()
{
    const QString dir = QSettings().value(kLastDirectoryKey).toString();
    return !dir.isEmpty() && QFileInfo(dir).isDir() ? dir : QDir::homePath();
}

void FileDialog::rememberDirectory(const QString &fileName)
{
    if (!fileName.isEmpty()) {
        QSettings().setValue(kLastDirectoryKey, QFileInfo(fileName).absolutePath());
    }
}

} // namespace awb::ui
