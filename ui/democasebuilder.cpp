// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/democasebuilder.h"

#include "core/demo/demorecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

/** Runs on the worker thread; nothing may throw past it (STYLE.md §5). */
Result<void> buildDemoCase(const QString &path)
{
    try {
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            return fail(Error::Code::Io,
                        QCoreApplication::translate("awb::ui::DemoCaseBuilder", "Could not create the folder for %1.")
                            .arg(path));
        }
        return demo::writeDemoCase(path);
    } catch (const std::exception &e) {
        return fail(Error::Code::Io,
                    QCoreApplication::translate("awb::ui::DemoCaseBuilder", "Building the demo case failed."),
                    QString::fromLocal8Bit(e.what()));
    }
}

} // namespace

DemoCaseBuilder::DemoCaseBuilder(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<void>>::finished, this, &DemoCaseBuilder::onFinished);
}

DemoCaseBuilder::~DemoCaseBuilder()
{
    // The worker only touches files, but finishing it keeps a quit during the build from leaving a partial file.
    m_watcher.waitForFinished();
}

QString DemoCaseBuilder::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo.awbcase"_s);
}

bool DemoCaseBuilder::isRunning() const
{
    return m_watcher.isRunning();
}

void DemoCaseBuilder::build(const QString &path)
{
    if (isRunning()) {
        return;
    }
    m_path = path;
    m_watcher.setFuture(QtConcurrent::run(buildDemoCase, path));
}

void DemoCaseBuilder::waitForFinished()
{
    m_watcher.waitForFinished();
}

void DemoCaseBuilder::onFinished()
{
    const Result<void> result = m_watcher.result();
    if (result) {
        emit finished(m_path);
    } else {
        emit failed(result.error().message, result.error().detail);
    }
}

} // namespace awb::ui
