// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importfile.h"

#include <QFutureWatcher>
#include <QObject>

namespace awb::ui {

/** What the import dialog asks for. */
struct ImportRequest
{
    QString path;
    QString format;
    import::ParseOptions options;
    QString saveMappingAs; // empty: the mapping is not saved
};

/**
 * Imports a file on a worker thread, which opens its own connection to the case file (a connection is not
 * thread-safe); the GUI stays responsive and rereads the case when the import is done.
 */
class ImportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunner)

public:
    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override;

    bool isRunning() const;
    /** Starts importing into the case at @p casePath; ignored while an import runs. */
    void start(const QString &casePath, const ImportRequest &request);
    /** Blocks until the running import is done; for shutdown and tests. */
    void waitForFinished();

signals:
    void finished(const awb::import::ImportOutcome &outcome);
    void failed(const QString &message, const QString &detail);

private:
    void onFinished();

    QFutureWatcher<Result<import::ImportOutcome>> m_watcher;
};

} // namespace awb::ui
