// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace awb {
class CaseStore;
}

namespace awb::interop {

struct TagPackExportOptions
{
    QString title;   // the pack's title; empty: "Tags of an Attribution Workbench case"
    QString creator; // empty: "Attribution Workbench"
    QString description;
};

struct TagPackExport
{
    QByteArray yaml;
    qint64 tags = 0;
    qint64 syntheticLeftOut = 0; // synthetic (demo) tags are never exported as if they were claims
};

/**
 * The case's tags as one GraphSense TagPack (UTF-8 YAML, every value a double-quoted scalar with control and
 * bidi characters escaped). A field every tag shares (label, source, currency, confidence, category, abuse,
 * actor, tag_type, context, lastmod) is written once in the header and inherited; the others are written per
 * tag, which are ordered by currency, label and address. source is the tag's source's URL, else its title;
 * lastmod its date; actor the group's GraphSense actor id, else a key or name that parseTagPack's import
 * matches back to the same group. parseTagPack reads the pack back to the same tags.
 */
Result<TagPackExport> exportTagPack(CaseStore &store, const TagPackExportOptions &options = {});

/** @p text as a YAML double-quoted scalar that any YAML 1.1 or 1.2 reader reads back to the same text. */
QString yamlQuoted(const QString &text);

} // namespace awb::interop
