// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interop/tagpack.h"

#include "core/interop/vocabulary.h"
#include "core/interop/yamlfields.h"
#include "core/model/validation.h"

#include <QCoreApplication>

#include <map>
#include <set>

namespace awb::interop {

using namespace Qt::Literals::StringLiterals;
using yamlfields::Inherited;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::interop", text);
}

/** A tag's lastmod as a source's date: the day of a timestamp, or a date as precise as the pack gives it. */
std::optional<QString> lastmodDate(const QString &text)
{
    return isIsoDate(text) ? std::optional(text) : isoDayOf(text);
}

/** The TagPack's header as the Sources of its tags need it. */
struct PackHeader
{
    QString title;
    QString creator;
    QString description;
    QString fileName;
};

/** The reading of one pack: its data, and a Source per distinct (source, lastmod). */
class TagPackReader
{
public:
    TagPackReader(PackHeader header, InteropData &data)
        : m_header(std::move(header))
        , m_data(data)
    {}

    /** Reads one tag; a refusal ends the import, a skip is recorded. */
    Result<void> read(const Inherited &fields);

    const std::set<QString> &concepts() const { return m_concepts; }

private:
    std::size_t sourceIndex(const QString &source, const std::optional<QString> &lastmod);

    void skip(const Inherited &fields, const QString &what, const QString &reason)
    {
        m_data.skipped.push_back({fields.location(), what, reason});
    }

    PackHeader m_header;
    InteropData &m_data;
    std::map<std::pair<QString, QString>, std::size_t> m_sources;
    std::set<QString> m_concepts;
};

std::size_t TagPackReader::sourceIndex(const QString &source, const std::optional<QString> &lastmod)
{
    const auto key = std::pair{source, lastmod.value_or(QString())};
    if (const auto it = m_sources.find(key); it != m_sources.end()) {
        return it->second;
    }
    Source s;
    s.publisher = m_header.creator;
    s.published = lastmod;
    s.kind = u"dataset"_s;
    if (isWebUrl(source)) {
        s.title = m_header.title;
        s.url = source;
    } else {
        s.title = source; // a source that is not a link is named by its text
    }
    s.excerpt = tr("TagPack \"%1\" (%2). %3").arg(m_header.title, m_header.fileName, m_header.description).trimmed();
    m_data.sources.push_back(s);
    m_sources.emplace(key, m_data.sources.size() - 1);
    return m_data.sources.size() - 1;
}

Result<void> TagPackReader::read(const Inherited &fields)
{
    std::map<QString, std::optional<QString>> v;
    for (const char *key : {"address", "tx_hash", "label", "source", "currency", "network", "confidence", "category",
                            "abuse", "actor", "context", "tag_type", "lastmod"}) {
        auto value = fields.text(key);
        if (!value) {
            return std::unexpected(value.error());
        }
        v[QString::fromLatin1(key)] = value->transform([](const QString &t) { return t.trimmed(); });
    }
    auto concepts = fields.list("concepts");
    if (!concepts) {
        return std::unexpected(concepts.error());
    }
    m_concepts.insert(concepts->begin(), concepts->end());
    const QString address = v[u"address"_s].value_or(QString());
    if (address.isEmpty()) {
        skip(fields, v[u"tx_hash"_s].value_or(QString()),
             v[u"tx_hash"_s] ? tr("a transaction tag (only address tags are imported)")
                             : tr("a tag without an address"));
        return {};
    }
    for (const QString &required : {u"label"_s, u"source"_s, u"currency"_s, u"confidence"_s}) {
        if (v[required].value_or(QString()).isEmpty()) {
            skip(fields, address, tr("no %1, in the tag or the header").arg(required));
            return {};
        }
    }
    TagRecord tag;
    auto chain = chainOfCode(v[u"network"_s].value_or(*v[u"currency"_s])); // network defaults to currency
    if (!chain) {
        skip(fields, address, chain.error().message);
        return {};
    }
    const auto confidence = confidenceId(*v[u"confidence"_s]);
    if (!confidence) {
        skip(fields, address, tr("confidence \"%1\" is not one of the GraphSense levels").arg(*v[u"confidence"_s]));
        return {};
    }
    tag.tagType = v[u"tag_type"_s].value_or(u"actor"_s);
    if (!tagTypes().contains(tag.tagType)) {
        skip(fields, address, tr("tag type \"%1\" is not actor, event or mention").arg(tag.tagType));
        return {};
    }
    tag.chain = *chain;
    tag.address = address;
    tag.label = *v[u"label"_s];
    tag.category = v[u"category"_s].value_or(QString());
    tag.abuse = v[u"abuse"_s].value_or(QString());
    tag.confidence = *confidence;
    tag.context = v[u"context"_s].value_or(QString());
    tag.actor = v[u"actor"_s].value_or(QString());
    tag.location = fields.location();
    tag.source = sourceIndex(*v[u"source"_s], v[u"lastmod"_s].and_then(&lastmodDate));
    m_data.tags.push_back(std::move(tag));
    return {};
}

Result<InteropData> readTagPack(const QByteArray &bytes, const QString &fileName)
{
    auto pack = yamlfields::loadPack(bytes, fileName, "tags", u"TagPack"_s);
    if (!pack) {
        return std::unexpected(pack.error());
    }
    InteropData data;
    data.format = u"tagpack"_s;
    TagPackReader reader({yamlfields::headerText(pack->root, "title", fileName),
                          yamlfields::headerText(pack->root, "creator"),
                          yamlfields::headerText(pack->root, "description"), fileName},
                         data);
    if (auto r = pack->forEach(data.recordsRead, [&](const Inherited &tag) { return reader.read(tag); }); !r) {
        return std::unexpected(r.error());
    }
    if (!reader.concepts().empty()) {
        data.warnings << tr("The case does not store TagPack concepts; these were not imported: %1.")
                             .arg(QStringList(reader.concepts().begin(), reader.concepts().end()).join(u", "_s));
    }
    return data;
}

} // namespace

Result<InteropData> parseTagPack(const QByteArray &bytes, const QString &fileName)
{
    return yamlfields::guarded([&] { return readTagPack(bytes, fileName); }, fileName);
}

} // namespace awb::interop
