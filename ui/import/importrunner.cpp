// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/import/importrunner.h"

#include "core/db/sqlitecasestore.h"
#include "core/import/importmapping.h"
#include "core/interop/interopimport.h"
#include "core/stix/stiximport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace awb::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

Result<ImportResult>
importTransactions(db::SqliteCaseStore &store, const ImportRequest &request, const Progress &progress)
{
    auto outcome = import::importFile(store, request.path, request.format, request.options, &progress);
    if (!outcome) {
        return std::unexpected(outcome.error());
    }
    if (!request.saveMappingAs.isEmpty()) {
        if (auto saved = import::saveMapping(store, request.saveMappingAs, request.options.mapping); !saved) {
            return std::unexpected(saved.error());
        }
    }
    const QString &name = outcome->fileName; // importFile gives the file's name, not its path
    return ImportResult{
        name, import::outcomeText(*outcome),
        outcome->alreadyImported()
            ? ImportRunner::tr("%1 was imported before; nothing changed.").arg(name)
            : ImportRunner::tr("Imported %1: %n row(s) read", nullptr, int(outcome->report.rowsRead)).arg(name)};
}

Result<ImportResult>
importAttribution(db::SqliteCaseStore &store, const ImportRequest &request, const Progress &progress)
{
    const QString name = QFileInfo(request.path).fileName();
    progress.step(ImportRunner::tr("Reading and writing the attribution data"));
    if (request.format == u"stix"_s) {
        return stix::importStix(store, request.path).transform([&](const stix::StixImportReport &r) {
            return ImportResult{name, stix::stixImportText(r),
                                ImportRunner::tr("Imported the STIX bundle %1").arg(name)};
        });
    }
    return interop::importInteropFile(store, request.path, request.format, {request.options.chain, request.listDate})
        .transform([&](const interop::InteropReport &r) {
            return ImportResult{name, interop::reportText(r),
                                ImportRunner::tr("Imported %1 (%2)").arg(name, request.format)};
        });
}

/** Runs on the worker thread; nothing may throw past it (STYLE.md §5). */
Result<ImportResult> runImport(const QString &casePath, const ImportRequest &request, const Progress &progress)
{
    try {
        auto store = db::SqliteCaseStore::open(casePath);
        if (!store) {
            return std::unexpected(store.error());
        }
        (*store)->database().setStopToken(progress.stop); // a cancel interrupts SQLite mid-statement too
        auto result = import::formatNames().contains(request.format) ? importTransactions(**store, request, progress)
                                                                     : importAttribution(**store, request, progress);
        // An interrupted statement fails like any other: said as the cancel it was.
        if (!result && progress.cancelled()) {
            return std::unexpected(
                cancelledError(ImportRunner::tr("The import of %1").arg(QFileInfo(request.path).fileName())));
        }
        return result;
    } catch (const std::exception &e) {
        return fail(Error::Code::Io, ImportRunner::tr("The import failed."), QString::fromLocal8Bit(e.what()));
    }
}

} // namespace

ImportRunner::ImportRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportRunner::onFinished);
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
    m_stop = {};
    // The worker reports its stages through queued calls; this object outlives the worker (see the destructor).
    Progress progress{m_stop.get_token(), [this](const QString &stage, qint64, qint64) {
                          QMetaObject::invokeMethod(
                              this, [this, stage] { emit stageChanged(stage); }, Qt::QueuedConnection);
                      }};
    m_watcher.setFuture(QtConcurrent::run(runImport, casePath, request, std::move(progress)));
}

void ImportRunner::cancel()
{
    if (isRunning()) {
        m_stop.request_stop();
    }
}

void ImportRunner::waitForFinished()
{
    m_watcher.waitForFinished();
}

void ImportRunner::onFinished()
{
    const Result<ImportResult> result = m_watcher.result();
    if (result) {
        emit finished(*result);
    } else if (result.error().code == Error::Code::Cancelled) {
        emit cancelled(result.error().message);
    } else {
        emit failed(result.error().message, result.error().detail);
    }
}

} // namespace awb::ui
