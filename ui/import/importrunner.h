// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/import/importfile.h"

#include <QFutureWatcher>
#include <QObject>

#include <stop_token>

namespace awb::ui {

/** What the import dialog asks for. */
struct ImportRequest
{
    QString path;
    QString format;
    import::ParseOptions options;
    QString saveMappingAs; // empty: the mapping is not saved
    QString listDate;      // ofac: the list's date when the file does not carry it
};

/** What an import did, in words. */
struct ImportResult
{
    QString fileName;
    QString report;  // the whole report, for the dialog
    QString summary; // one line, for the status bar
};

/**
 * Imports a file of any format File ▸ Import offers (transactions, or attribution data: STIX, MISP galaxy,
 * TagPack, ActorPack, OFAC) on a worker thread, which opens its own connection to the case file (a connection is not
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
    /** Asks the running import to stop; it ends with cancelled(), and the case is as it was before. */
    void cancel();
    /** Blocks until the running import is done; for shutdown and tests. */
    void waitForFinished();

signals:
    /** The stage the import is in ("Reading the rows", "Writing to the case"), for the status bar. */
    void stageChanged(const QString &stage);
    void finished(const awb::ui::ImportResult &result);
    void failed(const QString &message, const QString &detail);
    void cancelled(const QString &message);

private:
    void onFinished();

    QFutureWatcher<Result<ImportResult>> m_watcher;
    std::stop_source m_stop;
};

} // namespace awb::ui
