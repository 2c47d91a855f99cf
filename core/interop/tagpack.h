// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/interop/interopdata.h"
#include "core/result.h"

#include <QByteArray>

namespace awb::interop {

/**
 * Reads a GraphSense TagPack (YAML). Each tag inherits the header's label, source, currency, network,
 * confidence, category, abuse, actor, context, tag_type, lastmod and concepts unless it gives its own; network
 * defaults to currency and decides the chain. A file that is not YAML, has no tags list, or holds a field of the
 * wrong type is refused (InvalidInput, naming the line); a tag without an address (a transaction tag), without a
 * mandatory field, with an unknown confidence, tag type or network is skipped and reported. One Source per
 * distinct tag source: its URL (or its text as the title), the pack's creator, and lastmod as its date.
 */
Result<InteropData> parseTagPack(const QByteArray &bytes, const QString &fileName);

/**
 * Reads a GraphSense ActorPack (YAML): each actor (id, label, aliases, uri, jurisdictions, categories, context;
 * the header's fields inherited) becomes an ActorRecord with a "graphsense-actor" external id, citing one
 * Source for the file. Refusals and skips as for parseTagPack.
 */
Result<InteropData> parseActorPack(const QByteArray &bytes, const QString &fileName);

} // namespace awb::interop
