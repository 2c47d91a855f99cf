// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Kept apart from importrun.cpp: only this file needs the parsers linked in.
#include "core/import/importfile.h"

#include "core/import/inputlimits.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace awb::import {

Result<ImportOutcome> importFile(
    CaseStore &store, const QString &path, const QString &format, const ParseOptions &options, const Progress *progress)
{
    if (progress) {
        progress->step(QCoreApplication::translate("awb::import", "Reading the file"));
    }
    const auto bytes = limits::readInputFile(path);
    if (!bytes) {
        return std::unexpected(bytes.error());
    }
    return importBytes(store, *bytes, QFileInfo(path).fileName(), format, options, &parseBytes, progress);
}

} // namespace awb::import
