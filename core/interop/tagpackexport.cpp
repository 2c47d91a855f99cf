// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/tagpackexport.h"

#include "core/interop/groupmatch.h"
#include "core/interop/vocabulary.h"
#include "core/store/casestore.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <map>

namespace awb::interop {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::interop", text);
}

// The fields a header may carry for every tag, in the order they are written.
constexpr std::array kInherited{u"label", u"source", u"currency", u"confidence", u"category",
                                u"abuse", u"actor",  u"tag_type", u"context",    u"lastmod"};

using Fields = std::map<QString, QString>; // one tag: field → value ("" for none)

/** "lazarus_group" for "Lazarus Group": lower case, other characters as one underscore. */
QString slugOf(const QString &name)
{
    QString out;
    for (QChar c : name.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128) {
            out += c;
        } else if (!out.isEmpty() && !out.endsWith(u'_')) {
            out += u'_';
        }
    }
    while (out.endsWith(u'_')) {
        out.chop(1);
    }
    return out;
}

/** The actor a group is exported as: one the TagPack import matches back to this group alone. */
QString actorOf(const std::vector<ActorGroup> &groups, std::size_t index)
{
    const ActorGroup &g = groups[index];
    for (const ExternalId &e : g.externalIds) {
        if (e.system == u"graphsense-actor"_s) {
            return e.externalId;
        }
    }
    for (const QString &candidate : {slugOf(g.name), g.name}) {
        const GroupCandidates found = matchActorReference(groups, candidate);
        if (!candidate.isEmpty() && found.unique() && found.indices.front() == index) {
            return candidate;
        }
    }
    return g.name;
}

/** Every tag of the case as TagPack fields, synthetic ones counted and left out. */
Result<std::vector<Fields>> tagFields(CaseStore &store, TagPackExport &out)
{
    auto tags = store.tags(std::nullopt);
    auto groups = store.groups();
    if (!tags || !groups) {
        return std::unexpected(!tags ? tags.error() : groups.error());
    }
    std::map<qint64, QString> actors;
    for (std::size_t i = 0; i < groups->size(); ++i) {
        actors.emplace((*groups)[i].id.value, actorOf(*groups, i));
    }
    std::map<qint64, Address> addresses;
    std::map<qint64, Source> sources;
    std::vector<Fields> rows;
    for (const Tag &t : *tags) {
        if (!addresses.contains(t.address.value)) {
            auto a = store.address(t.address);
            if (!a) {
                return std::unexpected(a.error());
            }
            addresses.emplace(t.address.value, *a);
        }
        if (!sources.contains(t.source.value)) {
            auto s = store.source(t.source);
            if (!s) {
                return std::unexpected(s.error());
            }
            sources.emplace(t.source.value, *s);
        }
        const Address &a = addresses.at(t.address.value);
        const Source &s = sources.at(t.source.value);
        if (t.synthetic || a.synthetic || s.synthetic) {
            ++out.syntheticLeftOut;
            continue;
        }
        rows.push_back({{u"address"_s, a.address},
                        {u"currency"_s, codeOfChain(a.chain)},
                        {u"label"_s, t.label},
                        {u"source"_s, s.url.value_or(s.title)},
                        {u"confidence"_s, t.confidence},
                        {u"category"_s, t.category},
                        {u"abuse"_s, t.abuse},
                        {u"actor"_s, t.group ? actors[t.group->value] : QString()},
                        {u"tag_type"_s, t.tagType},
                        {u"context"_s, t.context},
                        {u"lastmod"_s, s.published.value_or(QString())}});
    }
    std::ranges::stable_sort(rows, [](const Fields &x, const Fields &y) {
        return std::tie(x.at(u"currency"_s), x.at(u"label"_s), x.at(u"address"_s)) <
               std::tie(y.at(u"currency"_s), y.at(u"label"_s), y.at(u"address"_s));
    });
    return rows;
}

} // namespace

QString yamlQuoted(const QString &text)
{
    QString out = u"\""_s;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        const bool invisible = u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) ||
                               (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029 || u == 0xFEFF;
        if (u == u'"' || u == u'\\') {
            out += u'\\';
            out += c;
        } else if (u == u'\n') {
            out += u"\\n"_s;
        } else if (u == u'\t') {
            out += u"\\t"_s;
        } else if (u < 0x20 || (u >= 0x7F && u <= 0x9F)) {
            out += u"\\x%1"_s.arg(QString::number(u, 16).toUpper().rightJustified(2, u'0'));
        } else if (invisible) {
            out += u"\\u%1"_s.arg(QString::number(u, 16).toUpper().rightJustified(4, u'0'));
        } else {
            out += c;
        }
    }
    return out + u'"';
}

Result<TagPackExport> exportTagPack(CaseStore &store, const TagPackExportOptions &options)
{
    TagPackExport out;
    auto rows = tagFields(store, out);
    if (!rows) {
        return std::unexpected(rows.error());
    }
    out.tags = qint64(rows->size());
    // A field goes to the header when every tag has the same value there, so each tag inherits it.
    Fields header;
    for (const char16_t *key : kInherited) {
        const QString field = QString::fromUtf16(key);
        if (!rows->empty() && !rows->front().at(field).isEmpty() &&
            std::ranges::all_of(*rows, [&](const Fields &r) { return r.at(field) == rows->front().at(field); })) {
            header[field] = rows->front().at(field);
        }
    }
    QString yaml;
    yaml += u"title: "_s +
            yamlQuoted(options.title.isEmpty() ? tr("Tags of an Attribution Workbench case") : options.title) + u'\n';
    yaml +=
        u"creator: "_s + yamlQuoted(options.creator.isEmpty() ? u"Attribution Workbench"_s : options.creator) + u'\n';
    if (!options.description.isEmpty()) {
        yaml += u"description: "_s + yamlQuoted(options.description) + u'\n';
    }
    yaml += u"is_public: false\n"_s;
    for (const char16_t *key : kInherited) {
        if (const QString field = QString::fromUtf16(key); header.contains(field)) {
            yaml += field + u": "_s + yamlQuoted(header[field]) + u'\n';
        }
    }
    yaml += rows->empty() ? u"tags: []\n"_s : u"tags:\n"_s;
    for (const Fields &r : *rows) {
        yaml += u"- address: "_s + yamlQuoted(r.at(u"address"_s)) + u'\n';
        for (const char16_t *key : kInherited) {
            const QString field = QString::fromUtf16(key);
            if (!header.contains(field) && !r.at(field).isEmpty()) {
                yaml += u"  "_s + field + u": "_s + yamlQuoted(r.at(field)) + u'\n';
            }
        }
    }
    out.yaml = yaml.toUtf8();
    return out;
}

} // namespace awb::interop
