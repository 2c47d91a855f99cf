// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demorecord.h"

#include "core/db/sqlitecasestore.h"
#include "core/demo/syntheticscenario.h"
#include "core/demo/yamlrecord.h"
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <map>

namespace awb::demo {

using namespace Qt::Literals::StringLiterals;

namespace {

/** Resolves keys to ids while the record is loaded. */
struct Keys
{
    std::map<QString, SourceId> sources;
    std::map<QString, GroupId> groups;
    std::map<QString, IncidentId> incidents;
};

class RecordLoader
{
public:
    RecordLoader(CaseStore &store, QString directory)
        : m_store(store)
        , m_dir(std::move(directory))
    {}

    Result<void> run()
    {
        return loadSources()
            .and_then([&] { return loadGroups(); })
            .and_then([&] { return loadIncidents(); })
            .and_then([&] { return loadAddresses(); })
            .and_then([&] { return loadNotes(); })
            .and_then([&] { return loadScenario(); })
            .and_then([&] { return m_store.setMeta(u"demo_record"_s, u"bundled"_s); });
    }

private:
    Result<void> loadSources();
    Result<void> loadGroups();
    Result<void> loadIncidents();
    Result<void> loadIncident(const YamlNode &node);
    Result<void> loadAddresses();
    Result<void> loadNotes();
    Result<void> loadScenario();

    template <typename Id>
    Result<Id> resolve(const std::map<QString, Id> &keys, const YamlNode &node, const char *field, const char *what)
    {
        auto key = node.text(field);
        if (!key) {
            return std::unexpected(key.error());
        }
        if (auto it = keys.find(*key); it != keys.end()) {
            return it->second;
        }
        return node.error(u"unknown %1 key \"%2\""_s.arg(QString::fromLatin1(what), *key));
    }

    Result<SourceId> source(const YamlNode &node, const char *field = "source")
    {
        return resolve(m_keys.sources, node, field, "source");
    }

    CaseStore &m_store;
    QString m_dir;
    Keys m_keys;
};

Result<void> RecordLoader::loadSources()
{
    auto doc = YamlDocument::load(m_dir + u"/sources.yaml"_s);
    if (!doc) {
        return std::unexpected(doc.error());
    }
    return doc->root().forEachIn("sources", [&](const YamlNode &node) -> Result<void> {
        Source s;
        auto key = node.text("key");
        auto title = node.text("title");
        if (!key || !title) {
            return std::unexpected(!key ? key.error() : title.error());
        }
        s.title = *title;
        s.publisher = node.optText("publisher").value_or(QString());
        s.published = node.optText("date");
        s.url = node.optText("url");
        s.kind = node.optText("kind").value_or(u"other"_s);
        s.excerpt = node.optText("excerpt").value_or(QString());
        if (auto r = validate(s); !r) {
            return node.error(r.error().message);
        }
        if (m_keys.sources.contains(*key)) {
            return node.error(u"duplicate source key \"%1\""_s.arg(*key));
        }
        return m_store.addSource(s).transform([&](SourceId id) { m_keys.sources[*key] = id; });
    });
}

Result<void> RecordLoader::loadGroups()
{
    auto doc = YamlDocument::load(m_dir + u"/groups.yaml"_s);
    if (!doc) {
        return std::unexpected(doc.error());
    }
    auto r = doc->root().forEachIn("groups", [&](const YamlNode &node) -> Result<void> {
        ActorGroup g;
        auto key = node.text("key");
        auto name = node.text("name");
        if (!key || !name) {
            return std::unexpected(!key ? key.error() : name.error());
        }
        g.name = *name;
        g.kind = node.optText("kind").value_or(u"group"_s);
        g.country = node.optText("country");
        g.sponsor = node.optText("sponsor").value_or(QString());
        g.description = node.optText("description").value_or(QString());
        if (node.has("sponsor_source")) {
            auto s = source(node, "sponsor_source");
            if (!s) {
                return std::unexpected(s.error());
            }
            g.sponsorSource = *s;
        }
        Result<void> children =
            node.forEachText("sources", [&](const YamlNode &item, const QString &k) -> Result<void> {
                if (auto it = m_keys.sources.find(k); it != m_keys.sources.end()) {
                    g.sources.push_back(it->second);
                    return {};
                }
                return item.error(u"unknown source key \"%1\""_s.arg(k));
            });
        children = children.and_then([&] {
            return node.forEachIn("aliases", [&](const YamlNode &a) -> Result<void> {
                auto alias = a.text("alias");
                auto s = source(a);
                if (!alias || !s) {
                    return std::unexpected(!alias ? alias.error() : s.error());
                }
                g.aliases.push_back(AliasClaim{*alias, *s, a.optText("note").value_or(QString())});
                return {};
            });
        });
        children = children.and_then([&] {
            return node.forEachIn("external_ids", [&](const YamlNode &e) -> Result<void> {
                auto system = e.text("system");
                auto id = e.text("id");
                auto s = source(e);
                if (!system || !id || !s) {
                    return std::unexpected(!system ? system.error() : !id ? id.error() : s.error());
                }
                g.externalIds.push_back(ExternalId{*system, *id, e.optText("url"), *s});
                return {};
            });
        });
        if (!children) {
            return children;
        }
        if (auto v = validate(g); !v) {
            return node.error(v.error().message);
        }
        if (g.sources.empty()) {
            return node.error(u"a group needs at least one source"_s);
        }
        return m_store.addGroup(g).transform([&](GroupId id) { m_keys.groups[*key] = id; });
    });
    return r.and_then([&] {
        return doc->root().forEachIn("relations", [&](const YamlNode &node) -> Result<void> {
            auto parent = resolve(m_keys.groups, node, "parent", "group");
            auto child = resolve(m_keys.groups, node, "child", "group");
            auto kind = node.text("kind");
            auto s = source(node);
            if (!parent || !child || !kind || !s) {
                return std::unexpected(!parent  ? parent.error()
                                       : !child ? child.error()
                                       : !kind  ? kind.error()
                                                : s.error());
            }
            GroupRelation rel{0, *parent, *child, *kind, *s, node.optText("note").value_or(QString())};
            return m_store.addRelation(rel).transform([](qint64) {});
        });
    });
}

Result<void> RecordLoader::loadIncidents()
{
    auto doc = YamlDocument::load(m_dir + u"/incidents.yaml"_s);
    if (!doc) {
        return std::unexpected(doc.error());
    }
    return doc->root().forEachIn("incidents", [&](const YamlNode &node) { return loadIncident(node); });
}

Result<void> RecordLoader::loadIncident(const YamlNode &node)
{
    Incident i;
    auto key = node.text("key");
    auto title = node.text("title");
    auto start = node.text("start");
    if (!key || !title || !start) {
        return std::unexpected(!key ? key.error() : !title ? title.error() : start.error());
    }
    i.title = *title;
    i.startDate = *start;
    i.endDate = node.optText("end");
    i.victim = node.optText("victim").value_or(QString());
    i.victimCountry = node.optText("country");
    i.sector = node.optText("sector").value_or(u"other"_s);
    i.status = node.optText("status").value_or(u"reported"_s);
    i.description = node.optText("description").value_or(QString());
    i.chains = node.textList("chains");
    i.assets = node.textList("assets");
    Result<void> r;
    if (node.has("loss_usd")) {
        auto loss = node.integer("loss_usd");
        auto s = source(node, "loss_usd_source");
        if (!loss || !s) {
            return std::unexpected(!loss ? loss.error() : s.error());
        }
        i.lossUsd = *loss;
        i.lossUsdSource = *s;
        // The recorded figure is a claim of its source too, so every range includes it.
        i.claims.push_back(Claim{u"loss_usd"_s, QString::number(*loss), *s, u"recorded figure"_s});
    }
    if (node.has("usd_rate_source")) {
        auto s = source(node, "usd_rate_source");
        if (!s) {
            return std::unexpected(s.error());
        }
        i.usdRateSource = *s;
    }
    r = node.forEachText("sources", [&](const YamlNode &item, const QString &k) -> Result<void> {
        if (auto it = m_keys.sources.find(k); it != m_keys.sources.end()) {
            i.sources.push_back(it->second);
            return {};
        }
        return item.error(u"unknown source key \"%1\""_s.arg(k));
    });
    if (r && i.sources.empty()) {
        return node.error(u"an incident needs at least one source"_s);
    }
    if (r) {
        i.claims.push_back(Claim{u"start_date"_s, i.startDate, i.sources.front(), u"recorded date"_s});
    }
    r = r.and_then([&] {
        return node.forEachIn("losses", [&](const YamlNode &l) -> Result<void> {
            auto chain = l.text("chain");
            auto asset = l.text("asset");
            auto amount = l.text("amount");
            auto s = source(l);
            if (!chain || !asset || !amount || !s) {
                return std::unexpected(!chain    ? chain.error()
                                       : !asset  ? asset.error()
                                       : !amount ? amount.error()
                                                 : s.error());
            }
            i.losses.push_back(NativeLoss{*chain, *asset, *amount, *s});
            return {};
        });
    });
    r = r.and_then([&] {
        return node.forEachIn("claims", [&](const YamlNode &c) -> Result<void> {
            auto field = c.text("field");
            auto value = c.text("value");
            auto s = source(c);
            if (!field || !value || !s) {
                return std::unexpected(!field ? field.error() : !value ? value.error() : s.error());
            }
            i.claims.push_back(Claim{*field, *value, *s, c.optText("note").value_or(QString())});
            return {};
        });
    });
    if (!r) {
        return r;
    }
    if (auto v = validate(i); !v) {
        return node.error(v.error().message);
    }
    auto id = m_store.addIncident(i);
    if (!id) {
        return node.error(describe(id.error()));
    }
    m_keys.incidents[*key] = *id;
    return node.forEachIn("attributions", [&](const YamlNode &a) -> Result<void> {
        Attribution attribution;
        auto group = resolve(m_keys.groups, a, "group", "group");
        auto confidence = a.text("confidence");
        auto party = a.text("party");
        auto s = source(a);
        if (!group || !confidence || !party || !s) {
            return std::unexpected(!group        ? group.error()
                                   : !confidence ? confidence.error()
                                   : !party      ? party.error()
                                                 : s.error());
        }
        attribution.incident = *id;
        attribution.group = *group;
        attribution.confidence = *confidence;
        attribution.party = *party;
        attribution.date = a.optText("date");
        attribution.evidence = a.optText("evidence").value_or(QString());
        attribution.source = *s;
        auto added = m_store.addAttribution(attribution);
        return added ? Result<void>{} : a.error(describe(added.error()));
    });
}

Result<void> RecordLoader::loadAddresses()
{
    auto doc = YamlDocument::load(m_dir + u"/addresses.yaml"_s);
    if (!doc) {
        return std::unexpected(doc.error());
    }
    return doc->root().forEachIn("addresses", [&](const YamlNode &node) -> Result<void> {
        auto chainName = node.text("chain");
        auto text = node.text("address");
        if (!chainName || !text) {
            return std::unexpected(!chainName ? chainName.error() : text.error());
        }
        auto existing = m_store.findAddress(*chainName, *text);
        if (!existing) {
            return node.error(describe(existing.error()));
        }
        AddressId address;
        if (*existing) {
            address = (*existing)->id;
        } else {
            auto added = m_store.addAddress(
                Address{{}, *chainName, *text, node.optText("label").value_or(QString()), false, {}});
            if (!added) {
                return node.error(describe(added.error()));
            }
            address = *added;
        }
        Result<void> r;
        if (node.has("incident")) {
            auto incident = resolve(m_keys.incidents, node, "incident", "incident");
            auto role = node.text("role");
            auto s = source(node);
            if (!incident || !role || !s) {
                return std::unexpected(!incident ? incident.error() : !role ? role.error() : s.error());
            }
            IncidentAddress link{0, *incident, address, *role, *s, node.optText("label").value_or(QString()), false};
            auto added = m_store.addIncidentAddress(link);
            if (!added && added.error().code != Error::Code::Constraint) {
                return node.error(describe(added.error()));
            }
        }
        return node.forEachIn("tags", [&](const YamlNode &t) -> Result<void> {
            Tag tag;
            auto label = t.text("label");
            auto s = source(t);
            if (!label || !s) {
                return std::unexpected(!label ? label.error() : s.error());
            }
            tag.address = address;
            tag.label = *label;
            tag.category = t.optText("category").value_or(QString());
            tag.confidence = t.optText("confidence").value_or(u"unknown"_s);
            tag.source = *s;
            if (t.has("actor")) {
                auto group = resolve(m_keys.groups, t, "actor", "group");
                if (!group) {
                    return std::unexpected(group.error());
                }
                tag.group = *group;
            }
            auto added = m_store.addTag(tag);
            return added ? Result<void>{} : t.error(describe(added.error()));
        });
    });
}

Result<void> RecordLoader::loadNotes()
{
    auto doc = YamlDocument::load(m_dir + u"/notes.yaml"_s);
    if (!doc) {
        return std::unexpected(doc.error());
    }
    return doc->root().forEachIn("notes", [&](const YamlNode &node) -> Result<void> {
        auto title = node.text("title");
        auto body = node.text("body");
        auto s = source(node);
        if (!title || !body || !s) {
            return std::unexpected(!title ? title.error() : !body ? body.error() : s.error());
        }
        return m_store.addNote(Note{{}, *title, *body, *s}).transform([](NoteId) {});
    });
}

Result<void> RecordLoader::loadScenario()
{
    auto doc = YamlDocument::load(m_dir + u"/synthetic.yaml"_s);
    if (!doc) {
        return std::unexpected(doc.error());
    }
    auto node = doc->root().child("scenario");
    if (!node) {
        return std::unexpected(node.error());
    }
    auto incident = resolve(m_keys.incidents, *node, "incident", "incident");
    auto start = node->text("start");
    if (!incident || !start) {
        return std::unexpected(!incident ? incident.error() : start.error());
    }
    ScenarioParameters p;
    const QDateTime startTime = QDateTime::fromString(*start, Qt::ISODate);
    if (!startTime.isValid()) {
        return node->error(u"start is not an ISO 8601 date-time"_s);
    }
    p.startTime = startTime.toSecsSinceEpoch();
    const std::pair<const char *, qint64 *> numbers[] = {
        {"stolen_eth_per_exploiter", &p.stolenEthPerExploiter},
        {"mixer_denomination_eth", &p.mixerDenominationEth},
        {"mixer_fee_gwei", &p.mixerFeeGwei},
        {"btc_per_eth_milli", &p.btcPerEthMilli},
        {"peel_min_btc_milli", &p.peelMinBtcMilli},
        {"peel_max_btc_milli", &p.peelMaxBtcMilli},
    };
    const std::pair<const char *, int *> counts[] = {
        {"exploiters", &p.exploiters},        {"depositors", &p.depositors},
        {"mixer_deposits", &p.mixerDeposits}, {"withdrawal_addresses", &p.withdrawalAddresses},
        {"peel_hops", &p.peelHops},           {"exchange_deposit_addresses", &p.exchangeDepositAddresses},
    };
    auto seed = node->integer("seed");
    if (!seed) {
        return std::unexpected(seed.error());
    }
    p.seed = quint64(*seed);
    for (const auto &[field, target] : numbers) {
        auto v = node->integer(field);
        if (!v) {
            return std::unexpected(v.error());
        }
        *target = *v;
    }
    for (const auto &[field, target] : counts) {
        auto v = node->integer(field);
        if (!v || *v < 1 || *v > 10000) {
            return node->error(u"%1 must be a whole number from 1 to 10000"_s.arg(QString::fromLatin1(field)));
        }
        *target = int(*v);
    }
    return writeSyntheticScenario(m_store, *incident, p).transform([](ScenarioSummary) {});
}

void removeCaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        QFile::remove(path + suffix);
    }
}

} // namespace

Result<void> loadDemoRecord(CaseStore &store, const QString &directory)
{
    return store.inTransaction([&] { return RecordLoader(store, directory).run(); });
}

Result<void> writeDemoCase(const QString &path)
{
    if (QFileInfo::exists(path)) {
        return fail(Error::Code::InvalidInput,
                    QCoreApplication::translate("awb::demo", "%1 already exists; choose another name.").arg(path));
    }
    // Built beside its final name and renamed when complete, so an interrupted build never leaves a
    // half-filled case where the demo case is expected.
    const QString partial = path + u".building"_s;
    removeCaseFiles(partial);
    auto r = db::SqliteCaseStore::create(partial).and_then([](std::unique_ptr<db::SqliteCaseStore> store) {
        return loadDemoRecord(*store).and_then(
            [&] { return store->setMeta(u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)); });
    }); // the store is closed here, so its WAL is checkpointed into the file
    if (!r) {
        removeCaseFiles(partial);
        return r;
    }
    removeCaseFiles(path); // a stale -wal or -shm left beside a deleted case must not meet the new file
    if (!QFile::rename(partial, path)) {
        removeCaseFiles(partial);
        return fail(Error::Code::Io,
                    QCoreApplication::translate("awb::demo", "Could not write the demo case to %1.").arg(path),
                    u"rename from %1 failed"_s.arg(partial));
    }
    return {};
}

} // namespace awb::demo
