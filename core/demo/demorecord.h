// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace awb {
class CaseStore;
}

namespace awb::demo {

/** Where the bundled record lives: Qt resources compiled into awb_core from resources/demo/. */
inline constexpr char16_t kBundledRecord[] = u":/awb/demo";

/**
 * Loads the sourced record (sources, groups, incidents, addresses, notes) and the synthetic scenario from the
 * YAML files in @p directory into @p store, in one transaction. Every key reference must resolve; the first
 * problem is reported with its file and line, and nothing is written.
 */
Result<void> loadDemoRecord(CaseStore &store, const QString &directory = QString::fromUtf16(kBundledRecord));

/**
 * Creates the demo case at @p path (refusing to overwrite a file) and fills it from the bundled record. The case
 * appears at @p path only when complete; on failure nothing is left behind.
 */
Result<void> writeDemoCase(const QString &path);

} // namespace awb::demo
