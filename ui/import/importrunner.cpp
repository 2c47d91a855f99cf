// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importrunner.h"

#include "core/db/sqlitecasestore.h"
#include "core/import/importmapping.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace awb::ui {

namespace {

/** Runs on the worker thread; nothing may throw past it (STYLE.md §5). */
Result<import::ImportOutcome> runImport(const QString &casePath, const ImportRequest &request)
{
    try {
        auto store = db::SqliteCaseStore::open(casePath);
        if (!store) {
            return std::unexpected(store.error());
        }
        auto outcome = import::importFile(**store, request.path, request.format, request.options);
        if (outcome && !request.saveMappingAs.isEmpty()) {
            if (auto saved = import::saveMapping(**store, request.saveMappingAs, request.options.mapping); !saved) {
                return std::unexpected(saved.error());
            }
        }
        return outcome;
    } catch (const std::exception &e) {
        return fail(Error::Code::Io, QCoreApplication::translate("awb::ui::ImportRunner", "The import failed."),
                    QString::fromLocal8Bit(e.what()));
    }
}

} // namespace

ImportRunner::ImportRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<import::ImportOutcome>>::finished, this, &ImportRunner::onFinished);
}

ImportRunner::~ImportRunner()
{
    // The import is one transaction: finishing it is quick to decide, and never leaves half a file behind.
    m_watcher.waitForFinished();
}

bool ImportRunner::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportRunner::start(const QString &casePath, const ImportRequest &request)
{
    if (isRunning()) {
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(runImport, casePath, request));
}

void ImportRunner::waitForFinished()
{
    m_watcher.waitForFinished();
}

void ImportRunner::onFinished()
{
    const Result<import::ImportOutcome> result = m_watcher.result();
    if (result) {
        emit finished(*result);
    } else {
        emit failed(result.error().message, result.error().detail);
    }
}

} // namespace awb::ui
