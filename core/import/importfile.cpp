// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Kept apart from importrun.cpp: only this file needs the parsers linked in.
#include "core/import/importfile.h"

#include "core/import/inputlimits.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace awb::import {

Result<ImportOutcome>
importFile(CaseStore &store, const QString &path, const QString &format, const ParseOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::Io,
                    QCoreApplication::translate("awb::import", "Could not read %1: %2.").arg(path, file.errorString()));
    }
    // Checked before reading, so an oversized file is never loaded.
    if (auto r = limits::checkFileSize(file.size(), path); !r) {
        return std::unexpected(r.error());
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return fail(Error::Code::Io,
                    QCoreApplication::translate("awb::import", "Could not read %1: %2.").arg(path, file.errorString()));
    }
    return importBytes(store, bytes, QFileInfo(path).fileName(), format, options, &parseBytes);
}

} // namespace awb::import
