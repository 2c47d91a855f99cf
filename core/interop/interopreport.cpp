// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// reportText() and reportJson() of interopimport.h.
#include "core/interop/interopimport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace awb::interop {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::interop", text);
}

/** Case text on a terminal: control and bidi-override characters shown as <U+XXXX>, so a line reads as stored. */
QString visible(const QString &text)
{
    QString out;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool bidi = u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
        if (bidi || c.category() == QChar::Other_Control) {
            out += u"<U+%1>"_s.arg(QString::number(u, 16).toUpper().rightJustified(4, u'0'));
        } else {
            out += c;
        }
    }
    return out;
}

QString earlierText(const InteropReport &r)
{
    const ImportBatch &b = *r.earlier;
    return tr("%1 was already imported as batch %2 (%3) on %4: %5 records read, %6 imported, %7 skipped. "
              "Nothing was written.")
               .arg(visible(r.fileName))
               .arg(b.id.value)
               .arg(visible(b.fileName), b.finishedAt.value_or(b.startedAt))
               .arg(b.rowsRead)
               .arg(b.rowsImported)
               .arg(b.rowsSkipped) +
           u'\n';
}

} // namespace

QString reportText(const InteropReport &r)
{
    if (r.earlier) {
        return earlierText(r);
    }
    QString text = tr("Imported %1 (%2) as batch %3: %4 records read; %5 sources added; groups: %6 created, %7 "
                      "matched; %8 alias claims and %9 external ids added; ")
                       .arg(visible(r.fileName), r.format)
                       .arg(r.batchId)
                       .arg(r.recordsRead)
                       .arg(r.sourcesAdded)
                       .arg(r.groupsAdded)
                       .arg(r.groupsMatched)
                       .arg(r.aliasesAdded)
                       .arg(r.externalIdsAdded) +
                   tr("addresses: %1 added, %2 already in the case; %3 tags added; %4 skipped; %5 flagged.")
                       .arg(r.addressesAdded)
                       .arg(r.addressesMatched)
                       .arg(r.tagsAdded)
                       .arg(r.skipped.size())
                       .arg(r.flagged.size()) +
                   u'\n';
    for (const GroupOutcome &g : r.groups) {
        text += (g.created ? tr("Group \"%1\": created, %2 alias claims.").arg(visible(g.name)).arg(g.aliasesAdded)
                           : tr("Group \"%1\": matched by %2, %3 alias claims added.")
                                 .arg(visible(g.name), g.matchedBy)
                                 .arg(g.aliasesAdded)) +
                u'\n';
    }
    for (const Flag &f : r.flagged) {
        text += tr("Flagged (%1): %2: %3").arg(f.kind, visible(f.subject), visible(f.detail)) + u'\n';
    }
    for (const Skipped &s : r.skipped) {
        text += tr("Skipped: %1: \"%2\": %3").arg(visible(s.location), visible(s.what), visible(s.reason)) + u'\n';
    }
    for (const QString &w : r.warnings) {
        text += tr("Warning: %1").arg(visible(w)) + u'\n';
    }
    return text;
}

QJsonObject batchJson(const ImportBatch &b)
{
    return QJsonObject{{u"id"_s, b.id.value},
                       {u"file_name"_s, b.fileName},
                       {u"importer"_s, b.importer},
                       {u"started_at"_s, b.startedAt},
                       {u"finished_at"_s, b.finishedAt.value_or(QString())},
                       {u"rows_read"_s, b.rowsRead},
                       {u"rows_imported"_s, b.rowsImported},
                       {u"rows_skipped"_s, b.rowsSkipped}};
}

QJsonObject reportJson(const InteropReport &r)
{
    QJsonObject json{{u"file"_s, r.fileName},
                     {u"format"_s, r.format},
                     {u"sha256"_s, r.sha256},
                     {u"size_bytes"_s, r.sizeBytes},
                     {u"already_imported"_s, r.alreadyImported()}};
    if (r.earlier) {
        json[u"batch_id"_s] = r.earlier->id.value;
        json[u"earlier_batch"_s] = batchJson(*r.earlier);
        return json;
    }
    json[u"batch_id"_s] = r.batchId;
    for (auto [key, value] : {std::pair{u"records_read"_s, r.recordsRead},
                              {u"sources_added"_s, r.sourcesAdded},
                              {u"groups_added"_s, r.groupsAdded},
                              {u"groups_matched"_s, r.groupsMatched},
                              {u"aliases_added"_s, r.aliasesAdded},
                              {u"external_ids_added"_s, r.externalIdsAdded},
                              {u"addresses_added"_s, r.addressesAdded},
                              {u"addresses_matched"_s, r.addressesMatched},
                              {u"tags_added"_s, r.tagsAdded}}) {
        json[key] = value;
    }
    QJsonArray groups;
    for (const GroupOutcome &g : r.groups) {
        groups.append(QJsonObject{{u"name"_s, g.name},
                                  {u"action"_s, g.created ? u"created"_s : u"matched"_s},
                                  {u"matched_by"_s, g.matchedBy},
                                  {u"aliases_added"_s, g.aliasesAdded}});
    }
    QJsonArray skipped;
    for (const Skipped &s : r.skipped) {
        skipped.append(QJsonObject{{u"location"_s, s.location}, {u"what"_s, s.what}, {u"reason"_s, s.reason}});
    }
    QJsonArray flagged;
    for (const Flag &f : r.flagged) {
        flagged.append(QJsonObject{{u"kind"_s, f.kind},
                                   {u"subject"_s, f.subject},
                                   {u"detail"_s, f.detail},
                                   {u"groups"_s, QJsonArray::fromStringList(f.groups)}});
    }
    json[u"groups"_s] = groups;
    json[u"skipped"_s] = skipped;
    json[u"flagged"_s] = flagged;
    json[u"warnings"_s] = QJsonArray::fromStringList(r.warnings);
    return json;
}

} // namespace awb::interop
