// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// parseActorPack (declared in tagpack.h): GraphSense actors as groups with their alias claims.
#include "core/interop/tagpack.h"
#include "core/interop/vocabulary.h"
#include "core/interop/yamlfields.h"
#include "core/model/validation.h"

#include <QCoreApplication>

namespace awb::interop {

using namespace Qt::Literals::StringLiterals;
using yamlfields::Inherited;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("awb::interop", text);
}

Source packSource(const YAML::Node &root, const QString &fileName)
{
    Source s;
    s.title = yamlfields::headerText(root, "title", fileName);
    s.publisher = yamlfields::headerText(root, "creator");
    s.published = isoDayOf(yamlfields::headerText(root, "lastmod"));
    s.kind = u"dataset"_s;
    s.excerpt =
        tr("ActorPack \"%1\" (%2). %3").arg(s.title, fileName, yamlfields::headerText(root, "description")).trimmed();
    return s;
}

/** What the group a new actor creates says about it: the pack's categories, jurisdictions, uri and context. */
QString actorDescription(const QString &id,
                         const QStringList &categories,
                         const QStringList &jurisdictions,
                         const QString &uri,
                         const QString &context)
{
    QStringList lines{tr("GraphSense actor \"%1\".").arg(id)};
    if (!categories.isEmpty()) {
        lines << tr("Categories: %1.").arg(categories.join(u", "_s));
    }
    if (!jurisdictions.isEmpty()) {
        lines << tr("Jurisdictions: %1.").arg(jurisdictions.join(u", "_s));
    }
    if (!uri.isEmpty()) {
        lines << tr("URI: %1").arg(uri);
    }
    if (!context.isEmpty()) {
        lines << tr("Context: %1").arg(context);
    }
    return lines.join(u'\n');
}

/** Reads one actor into @p data: a record, or a skip. */
Result<void> readActor(const Inherited &fields, InteropData &data)
{
    QString id;
    QString label;
    QString uri;
    QString context;
    for (auto [key, out] : {std::pair{"id", &id}, {"label", &label}, {"uri", &uri}, {"context", &context}}) {
        auto value = fields.text(key);
        if (!value) {
            return std::unexpected(value.error());
        }
        *out = value->value_or(QString()).trimmed();
    }
    auto aliases = fields.list("aliases");
    auto jurisdictions = fields.list("jurisdictions");
    auto categories = fields.list("categories");
    if (!aliases || !jurisdictions || !categories) {
        return std::unexpected(!aliases         ? aliases.error()
                               : !jurisdictions ? jurisdictions.error()
                                                : categories.error());
    }
    if (id.isEmpty() || label.isEmpty()) {
        data.skipped.push_back({fields.location(), id.isEmpty() ? label : id,
                                id.isEmpty() ? tr("an actor without an id") : tr("an actor without a label")});
        return {};
    }
    ActorRecord r;
    r.name = label;
    r.aliases = *aliases;
    r.ownSystem = u"graphsense-actor"_s;
    r.ownId = id;
    if (isWebUrl(uri)) {
        r.ownUrl = uri;
    }
    // A group's country is one place; an actor with several jurisdictions keeps them in its description.
    if (jurisdictions->size() == 1 && isCountryCode(jurisdictions->front().trimmed().toUpper())) {
        r.country = jurisdictions->front().trimmed().toUpper();
    }
    r.description = actorDescription(id, *categories, *jurisdictions, uri, context);
    r.aliasNote = tr("GraphSense ActorPack alias of \"%1\" (actor %2)").arg(label, id);
    r.location = fields.location();
    data.actors.push_back(std::move(r));
    return {};
}

Result<InteropData> readActorPack(const QByteArray &bytes, const QString &fileName)
{
    auto pack = yamlfields::loadPack(bytes, fileName, "actors", u"ActorPack"_s);
    if (!pack) {
        return std::unexpected(pack.error());
    }
    InteropData data;
    data.format = u"actorpack"_s;
    data.sources.push_back(packSource(pack->root, fileName));
    if (auto r = pack->forEach(data.recordsRead, [&](const Inherited &actor) { return readActor(actor, data); }); !r) {
        return std::unexpected(r.error());
    }
    return data;
}

} // namespace

Result<InteropData> parseActorPack(const QByteArray &bytes, const QString &fileName)
{
    return yamlfields::guarded([&] { return readActorPack(bytes, fileName); }, fileName);
}

} // namespace awb::interop
