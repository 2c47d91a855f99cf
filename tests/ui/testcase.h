// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/result.h"

#include <QString>

namespace awb {
class CaseStore;
}

namespace awb::test {

/** Case text that would render as markup if any widget interpreted it. */
inline const QString kHostileText = QStringLiteral("<b>x</b><img src=file:///etc/passwd>");

/** The ids of a small hand-built case: three incidents, two of them with competing figures and attributions. */
struct SmallCase
{
    SourceId fbi;
    SourceId press;
    SourceId synthetic;
    GroupId lazarus;
    GroupId traderTraitor;
    IncidentId bybit;   // $1.5bn recorded by the FBI, $1.46bn claimed by the press; two attributions
    IncidentId ronin;   // $620m; one attribution; one exploiter wallet with a tag
    IncidentId hostile; // synthetic; title and victim are kHostileText; no loss figure
};

/** Adds the small case to @p store through the CaseStore API. */
Result<SmallCase> fillSmallCase(CaseStore &store);
/** Creates a case file at @p path holding the small case. */
Result<SmallCase> writeSmallCase(const QString &path);
/** Writes @p bytes to @p path; for files that are not cases. */
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace awb::test
