// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QFutureWatcher>
#include <QObject>

namespace awb::ui {

/**
 * Builds the demo case on a worker thread. demo::writeDemoCase writes it beside its final path and renames it
 * when complete, so an interrupted build never leaves a half-filled demo case behind.
 */
class DemoCaseBuilder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoCaseBuilder)

public:
    explicit DemoCaseBuilder(QObject *parent = nullptr);
    ~DemoCaseBuilder() override;

    /** QStandardPaths::AppDataLocation/demo.awbcase. */
    static QString defaultPath();

    bool isRunning() const;
    /** Starts building the case at @p path; ignored while a build runs. */
    void build(const QString &path);
    /** Blocks until the running build is done; for shutdown and tests. */
    void waitForFinished();

signals:
    void finished(const QString &path);
    void failed(const QString &message, const QString &detail);

private:
    void onFinished();

    QFutureWatcher<Result<void>> m_watcher;
    QString m_path;
};

} // namespace awb::ui
