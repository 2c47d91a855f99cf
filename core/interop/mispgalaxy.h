// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interop/interopdata.h"
#include "core/result.h"

#include <QByteArray>

namespace awb::interop {

/**
 * Reads a MISP galaxy cluster file of threat actors (JSON: name, type, uuid, version, and values[] with value,
 * uuid, description, meta.synonyms, meta.country, meta.refs, related[]). Each cluster becomes an ActorRecord
 * citing one Source for the whole file. A file that is not JSON, has no values list, holds a value that is not an
 * object, or is a galaxy of something other than actors is refused (InvalidInput); a cluster without a value,
 * a synonym that is not text and a country that is not an ISO code are skipped and reported.
 */
Result<InteropData> parseMispGalaxy(const QByteArray &bytes, const QString &fileName);

} // namespace awb::interop
