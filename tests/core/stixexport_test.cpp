// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The STIX 2.1 export: checked against the JSON Schemas in tests/data/stix21 (written by us from the specification)
// by python3-jsonschema, against a golden file, and read back with hostile text in every field.
#include "core/stix/stixexport.h"

#include "core/demo/demorecord.h"
#include "tests/core/testcase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

#include <functional>
#include <map>
#include <set>
#include <tuple>

// Readable failure messages (gtest finds these by argument-dependent lookup: QString is in the global namespace).
void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

void PrintTo(const QJsonValue &value, std::ostream *os)
{
    *os << QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).toStdString();
}

namespace awb::stix {
namespace {

using namespace Qt::Literals::StringLiterals;

const QString kDataDir = QString::fromUtf8(AWB_SOURCE_DIR) + u"/tests/data/stix21"_s;
const QString kPython = u"/usr/bin/python3"_s;
const QString kExtension = u"extension-definition--31c1f193-8e16-58a2-89d9-9c2c972964bc"_s;

ExportOptions pinned()
{
    ExportOptions o;
    o.timestamp = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc());
    return o;
}

QByteArray exportOf(CaseStore &store, const ExportOptions &options = pinned())
{
    return test::ok(exportBundle(store, options));
}

QJsonArray objectsOf(const QByteArray &bundle)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bundle, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    return doc.object()[u"objects"_s].toArray();
}

std::vector<QJsonObject> ofType(const QJsonArray &objects, const QString &type)
{
    std::vector<QJsonObject> out;
    for (const QJsonValue &v : objects) {
        if (v[u"type"_s].toString() == type) {
            out.push_back(v.toObject());
        }
    }
    return out;
}

QJsonObject named(const QJsonArray &objects, const QString &type, const QString &name)
{
    for (const QJsonObject &o : ofType(objects, type)) {
        if (o[u"name"_s].toString() == name) {
            return o;
        }
    }
    ADD_FAILURE() << "no " << type.toStdString() << " named " << name.toStdString();
    return {};
}

QJsonObject extensionOf(const QJsonObject &o)
{
    return o[u"extensions"_s][kExtension].toObject();
}

/** The claims: relationships from a campaign, attributed-to an intrusion-set. */
std::vector<QJsonObject> claimsFrom(const QJsonArray &objects, const QString &campaignId)
{
    std::vector<QJsonObject> out;
    for (const QJsonObject &r : ofType(objects, u"relationship"_s)) {
        if (r[u"relationship_type"_s] == u"attributed-to"_s && r[u"source_ref"_s] == campaignId) {
            out.push_back(r);
        }
    }
    return out;
}

QString campaignOf(const QJsonArray &objects, const QString &incidentId)
{
    for (const QJsonObject &r : ofType(objects, u"relationship"_s)) {
        if (r[u"relationship_type"_s] == u"related-to"_s && r[u"target_ref"_s] == incidentId &&
            r[u"source_ref"_s].toString().startsWith(u"campaign--"_s)) {
            return r[u"source_ref"_s].toString();
        }
    }
    return {};
}

bool hasJsonschema()
{
    QProcess p;
    p.start(kPython, {u"-c"_s, u"import jsonschema"_s});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

struct Validation
{
    int exitCode = -1;
    QString output;
};

/** Runs tests/data/stix21/validate.py on @p bundle. */
Validation validate(const QByteArray &bundle)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bundle.json"_s);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bundle);
    file.close();
    QProcess p;
    p.start(kPython, {kDataDir + u"/validate.py"_s, kDataDir + u"/schemas"_s, path});
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

#define REQUIRE_JSONSCHEMA()                                                                                           \
    if (!hasJsonschema()) {                                                                                            \
        GTEST_SKIP() << "python3-jsonschema is not installed (scripts/deps.sh installs it)";                           \
    }

/** The demo case, loaded once into memory: every test only reads it. */
class StixDemoTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_store = test::memoryStore();
        auto r = demo::loadDemoRecord(*s_store);
        ASSERT_TRUE(r) << describe(r.error()).toStdString();
        s_bundle = exportOf(*s_store);
    }

    static void TearDownTestSuite() { s_store.reset(); }

    static inline std::unique_ptr<db::SqliteCaseStore> s_store;
    static inline QByteArray s_bundle;
};

TEST_F(StixDemoTest, ValidatesAgainstOurSchemas)
{
    REQUIRE_JSONSCHEMA();
    const Validation v = validate(s_bundle);
    EXPECT_EQ(v.exitCode, 0) << v.output.toStdString();
}

/** A broken copy of the demo bundle, @p change applied to its first object of @p type, and that object's id. */
struct Broken
{
    QByteArray bundle;
    QString id;
};

Broken broken(const QByteArray &bundle, const QString &type, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject doc = QJsonDocument::fromJson(bundle).object();
    QJsonArray objects = doc[u"objects"_s].toArray();
    QString id;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        if (objects[i][u"type"_s] == type) {
            QJsonObject o = objects[i].toObject();
            change(o);
            id = o[u"id"_s].toString();
            objects[i] = o;
            break;
        }
    }
    doc[u"objects"_s] = objects;
    return {QJsonDocument(doc).toJson(), id};
}

TEST_F(StixDemoTest, ValidatorRejectsBrokenCopies)
{
    REQUIRE_JSONSCHEMA();
    const std::vector<std::pair<QString, Broken>> cases{
        {u"spec_version missing"_s,
         broken(s_bundle, u"incident"_s, [](QJsonObject &o) { o.remove(u"spec_version"_s); })},
        {u"timestamp without T"_s,
         broken(s_bundle, u"campaign"_s, [](QJsonObject &o) { o[u"created"_s] = u"2026-01-02 03:04:05.678Z"_s; })},
        {u"confidence above 100"_s,
         broken(s_bundle, u"relationship"_s, [](QJsonObject &o) { o[u"confidence"_s] = 150; })},
        {u"id of another type"_s,
         broken(s_bundle, u"identity"_s,
                [](QJsonObject &o) { o[u"id"_s] = u"campaign--0b3d2f1e-6f4c-5a5b-9c8d-7e6f5a4b3c2d"_s; })},
        {u"dangling target_ref"_s,
         broken(s_bundle, u"relationship"_s,
                [](QJsonObject &o) { o[u"target_ref"_s] = u"intrusion-set--0b3d2f1e-6f4c-5a5b-9c8d-7e6f5a4b3c2d"_s; })},
        {u"unknown type"_s, broken(s_bundle, u"location"_s, [](QJsonObject &o) { o[u"type"_s] = u"x-unknown"_s; })},
        {u"unknown property"_s,
         broken(s_bundle, u"intrusion-set"_s, [](QJsonObject &o) { o[u"fist_seen"_s] = u"2020"_s; })},
        {u"synthetic flag without the label"_s, broken(s_bundle, u"incident"_s,
                                                       [](QJsonObject &o) {
                                                           QJsonObject ext = extensionOf(o);
                                                           ext[u"synthetic"_s] = true;
                                                           o[u"extensions"_s] = QJsonObject{{kExtension, ext}};
                                                       })},
    };
    for (const auto &[what, copy] : cases) {
        const Validation v = validate(copy.bundle);
        EXPECT_EQ(v.exitCode, 1) << what.toStdString() << ": " << v.output.toStdString();
        EXPECT_TRUE(v.output.startsWith(copy.id + u": "_s)) << what.toStdString() << ": errors name the object's id\n"
                                                            << v.output.toStdString();
    }
    QJsonObject withVersion = QJsonDocument::fromJson(s_bundle).object();
    withVersion[u"spec_version"_s] = u"2.1"_s;
    EXPECT_EQ(validate(QJsonDocument(withVersion).toJson()).exitCode, 1) << "a bundle has no spec_version";
}

TEST_F(StixDemoTest, LazarusGroupCarriesItsAliasesAndAttackId)
{
    const QJsonArray objects = objectsOf(s_bundle);
    const QJsonObject lazarus = named(objects, u"intrusion-set"_s, u"Lazarus Group"_s);
    const QJsonArray aliases = lazarus[u"aliases"_s].toArray();
    for (const QString &alias : {u"Labyrinth Chollima"_s, u"HIDDEN COBRA"_s, u"Diamond Sleet"_s, u"APT38"_s}) {
        EXPECT_TRUE(aliases.contains(alias)) << alias.toStdString();
    }
    std::set<QString> distinct;
    for (const QJsonValue &alias : aliases) {
        distinct.insert(alias.toString());
    }
    EXPECT_EQ(distinct.size(), size_t(aliases.size())) << "each alias once, though several sources claim it";
    EXPECT_EQ(lazarus[u"external_references"_s][0].toObject(),
              (QJsonObject{{u"source_name"_s, u"mitre-attack"_s},
                           {u"external_id"_s, u"G0032"_s},
                           {u"url"_s, u"https://attack.mitre.org/groups/G0032"_s}}));
    // Every alias claim keeps its source: "Andariel" is claimed by MISP only.
    bool andariel = false;
    for (const QJsonValue &claim : extensionOf(lazarus)[u"alias_claims"_s].toArray()) {
        andariel = andariel || claim[u"alias"_s] == u"Andariel"_s;
    }
    EXPECT_TRUE(andariel);

    const QJsonObject rgb = named(objects, u"threat-actor"_s, u"Reconnaissance General Bureau (RGB)"_s);
    EXPECT_EQ(rgb[u"threat_actor_types"_s].toArray(), QJsonArray{u"nation-state"_s});
    bool sponsored = false;
    for (const QJsonObject &r : ofType(objects, u"relationship"_s)) {
        sponsored = sponsored || (r[u"source_ref"_s] == lazarus[u"id"_s] && r[u"target_ref"_s] == rgb[u"id"_s] &&
                                  r[u"relationship_type"_s] == u"attributed-to"_s);
    }
    EXPECT_TRUE(sponsored);
}

TEST_F(StixDemoTest, EveryAttributionIsOneClaimWithItsConfidence)
{
    const QJsonArray objects = objectsOf(s_bundle);
    std::map<QString, QString> groupIds; // intrusion-set id -> group name
    for (const QJsonObject &o : ofType(objects, u"intrusion-set"_s)) {
        groupIds[o[u"id"_s].toString()] = o[u"name"_s].toString();
    }
    std::map<qint64, QString> groupNames;
    for (const ActorGroup &g : test::ok(s_store->groups())) {
        groupNames[g.id.value] = g.name;
    }
    std::map<qint64, std::vector<Attribution>> byIncident;
    for (const Attribution &a : test::ok(s_store->attributions(std::nullopt))) {
        byIncident[a.incident.value].push_back(a);
    }
    int competing = 0;
    for (const Incident &i : test::ok(s_store->incidents())) {
        SCOPED_TRACE(i.title.toStdString());
        const QJsonObject incident = named(objects, u"incident"_s, i.title);
        const std::vector<QJsonObject> claims = claimsFrom(objects, campaignOf(objects, incident[u"id"_s].toString()));
        const std::vector<Attribution> &expected = byIncident[i.id.value];
        ASSERT_EQ(claims.size(), expected.size());
        std::multiset<std::tuple<QString, QString, int>> got, want;
        for (const QJsonObject &c : claims) {
            got.emplace(groupIds[c[u"target_ref"_s].toString()], extensionOf(c)[u"party"_s].toString(),
                        c[u"confidence"_s].toInt(-1));
            EXPECT_FALSE(c[u"external_references"_s].toArray().isEmpty());
        }
        for (const Attribution &a : expected) {
            want.emplace(groupNames[a.group.value], a.party, *confidenceValue(a.confidence));
        }
        EXPECT_EQ(got, want);
        competing += expected.size() > 1 ? 1 : 0;
    }
    EXPECT_GT(competing, 5);

    // Bangladesh Bank: APT38 (high) and two DOJ claims naming Lazarus Group (high), never merged.
    const QJsonObject bangladesh = named(
        objects, u"incident"_s, u"Bangladesh Bank SWIFT heist (account at the Federal Reserve Bank of New York)"_s);
    const auto claims = claimsFrom(objects, campaignOf(objects, bangladesh[u"id"_s].toString()));
    ASSERT_EQ(claims.size(), 3u);
    std::multiset<QString> targets;
    for (const QJsonObject &c : claims) {
        targets.insert(groupIds[c[u"target_ref"_s].toString()]);
        EXPECT_EQ(c[u"confidence"_s].toInt(), 85);
    }
    EXPECT_EQ(targets, (std::multiset<QString>{u"APT38"_s, u"Lazarus Group"_s, u"Lazarus Group"_s}));
}

TEST_F(StixDemoTest, LossRangeWhenSourcesDisagree)
{
    const QJsonObject bangladesh =
        named(objectsOf(s_bundle), u"incident"_s,
              u"Bangladesh Bank SWIFT heist (account at the Federal Reserve Bank of New York)"_s);
    const QJsonObject ext = extensionOf(bangladesh);
    EXPECT_EQ(ext[u"loss_usd"_s].toInteger(), 81000000);
    EXPECT_EQ(ext[u"loss_usd_low"_s].toInteger(), 81000000);
    EXPECT_EQ(ext[u"loss_usd_high"_s].toInteger(), 101000000);
    EXPECT_EQ(ext[u"start_date"_s], u"2016-02-04"_s);
    EXPECT_EQ(ext[u"victim_country"_s], u"BD"_s);
    EXPECT_TRUE(bangladesh[u"description"_s].toString().contains(u"Sources give USD 81000000 to 101000000."_s));
}

TEST_F(StixDemoTest, NothingRealIsMarkedSyntheticAndEveryObjectIsVersioned)
{
    for (const QJsonValue &o : objectsOf(s_bundle)) {
        EXPECT_FALSE(o[u"labels"_s].toArray().contains(u"synthetic"_s)) << o[u"id"_s].toString().toStdString();
        EXPECT_EQ(o[u"spec_version"_s], u"2.1"_s);
    }
    const QJsonObject bundle = QJsonDocument::fromJson(s_bundle).object();
    EXPECT_EQ(bundle[u"type"_s], u"bundle"_s);
    EXPECT_FALSE(bundle.contains(u"spec_version"_s));
}

TEST_F(StixDemoTest, IdsAreStableAcrossExports)
{
    ExportOptions later = pinned();
    later.timestamp = later.timestamp.addDays(30);
    EXPECT_EQ(exportOf(*s_store), s_bundle) << "the same case and options give the same bytes";
    const QJsonArray a = objectsOf(s_bundle);
    const QJsonArray b = objectsOf(exportOf(*s_store, later));
    ASSERT_EQ(a.size(), b.size());
    std::set<QString> ids;
    for (qsizetype i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i][u"id"_s], b[i][u"id"_s]);
        ids.insert(a[i][u"id"_s].toString());
    }
    EXPECT_EQ(ids.size(), size_t(a.size())) << "ids are unique";

    ExportOptions otherCase = pinned();
    otherCase.idScope = u"another case"_s;
    const QJsonArray c = objectsOf(exportOf(*s_store, otherCase));
    EXPECT_NE(ofType(a, u"incident"_s)[0][u"id"_s], ofType(c, u"incident"_s)[0][u"id"_s]);
    EXPECT_EQ(ofType(c, u"extension-definition"_s)[0][u"id"_s], kExtension) << "the extension is the same for all";
}

TEST(StixExport, ConfidenceFollowsTheNoneLowMedHighScale)
{
    EXPECT_EQ(confidenceValue(u"low"_s), 15);
    EXPECT_EQ(confidenceValue(u"moderate"_s), 50);
    EXPECT_EQ(confidenceValue(u"high"_s), 85);
    EXPECT_EQ(confidenceValue(u"certain"_s), std::nullopt);
    EXPECT_EQ(extensionDefinitionId(), kExtension) << "the schemas in tests/data/stix21 name this id";
}

/** A tiny hand-built case: two groups with a sponsor, one incident with competing claims, one synthetic incident. */
struct TinyCase
{
    std::unique_ptr<db::SqliteCaseStore> store = test::memoryStore();
    SourceId mitre, press, generated;
    GroupId lazarus, apt38;
    IncidentId theft, fake;

    TinyCase()
    {
        mitre = test::ok(store->addSource(test::makeSource(u"mitre"_s)));
        press = test::ok(store->addSource(test::makeSource(u"press"_s)));
        Source g = test::makeSource(u"generator"_s);
        g.synthetic = true;
        g.kind = u"synthetic"_s;
        g.url.reset();
        generated = test::ok(store->addSource(g));

        ActorGroup l;
        l.name = u"Lazarus Group"_s;
        l.country = u"KP"_s;
        l.sponsor = u"Reconnaissance General Bureau (RGB)"_s;
        l.sponsorSource = mitre;
        l.description = u"A group."_s;
        l.aliases = {{u"HIDDEN COBRA"_s, mitre, {}}, {u"HIDDEN COBRA"_s, press, u"also the press"_s}};
        l.externalIds = {{u"mitre-attack"_s, u"G0032"_s, u"https://attack.mitre.org/groups/G0032"_s, mitre}};
        l.sources = {mitre};
        lazarus = test::ok(store->addGroup(l));
        ActorGroup a;
        a.name = u"APT38"_s;
        a.kind = u"sub-unit"_s;
        a.sponsor = l.sponsor;
        apt38 = test::ok(store->addGroup(a));
        test::ok(store->addRelation({0, lazarus, apt38, u"sub-unit"_s, press, u"per Treasury"_s}));

        const Incident i{.id = {},
                         .title = u"Exchange hot wallet theft"_s,
                         .startDate = u"2018-01"_s,
                         .endDate = u"2018-02-03"_s,
                         .victim = u"Example Exchange"_s,
                         .victimCountry = u"JP"_s,
                         .sector = u"exchange"_s,
                         .status = u"confirmed"_s,
                         .lossUsd = 1000,
                         .lossUsdSource = press,
                         .usdRateSource = std::nullopt,
                         .description = {},
                         .chains = {u"ethereum"_s},
                         .assets = {u"ETH"_s},
                         .losses = {{u"ethereum"_s, u"ETH"_s, u"1.5"_s, press}},
                         .sources = {press},
                         .claims = {{u"loss_usd"_s, u"1200"_s, mitre, u"a later estimate"_s}}};
        theft = test::ok(store->addIncident(i));
        test::ok(store->addAttribution(
            {{}, theft, lazarus, u"high"_s, u"FBI"_s, u"2018-03-01"_s, u"Code reuse."_s, press, false}));
        test::ok(store->addAttribution({{}, theft, apt38, u"low"_s, u"A vendor"_s, std::nullopt, {}, mitre, false}));

        Incident s;
        s.title = u"Generated theft"_s;
        s.startDate = u"2020"_s;
        s.victim = u"Nobody Ltd"_s;
        s.synthetic = true;
        s.sources = {generated};
        fake = test::ok(store->addIncident(s));
        test::ok(store->addAttribution(
            {{}, fake, lazarus, u"moderate"_s, u"Generator"_s, std::nullopt, {}, generated, true}));
    }
};

TEST(StixExport, MatchesTheGoldenFileOfATinyCase)
{
    TinyCase tiny;
    const QByteArray bundle = exportOf(*tiny.store);
    const QString golden = kDataDir + u"/golden-tiny.json"_s;
    if (qEnvironmentVariableIsSet("AWB_UPDATE_GOLDEN")) {
        QFile out(golden);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bundle);
    }
    QFile file(golden);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << "run with AWB_UPDATE_GOLDEN=1 to write " << golden.toStdString();
    EXPECT_EQ(QString::fromUtf8(bundle), QString::fromUtf8(file.readAll()))
        << "if the change is intended, run with AWB_UPDATE_GOLDEN=1 and review the diff";
    REQUIRE_JSONSCHEMA();
    const Validation v = validate(bundle);
    EXPECT_EQ(v.exitCode, 0) << v.output.toStdString();
}

TEST(StixExport, SyntheticRecordsStayMarked)
{
    TinyCase tiny;
    const QJsonArray objects = objectsOf(exportOf(*tiny.store));
    const QJsonObject fake = named(objects, u"incident"_s, u"SYNTHETIC: Generated theft"_s);
    EXPECT_EQ(fake[u"labels"_s].toArray(), QJsonArray{u"synthetic"_s});
    EXPECT_EQ(extensionOf(fake)[u"synthetic"_s], true);
    EXPECT_TRUE(fake[u"description"_s].toString().contains(u"SYNTHETIC"_s));
    EXPECT_TRUE(fake[u"external_references"_s][0][u"description"_s].toString().startsWith(u"SYNTHETIC source: "_s));
    const auto claims = claimsFrom(objects, campaignOf(objects, fake[u"id"_s].toString()));
    ASSERT_EQ(claims.size(), 1u);
    EXPECT_EQ(claims[0][u"labels"_s].toArray(), QJsonArray{u"synthetic"_s});
    EXPECT_EQ(extensionOf(claims[0])[u"synthetic"_s], true);
    EXPECT_EQ(claims[0][u"confidence"_s], 50);
    const QJsonObject victim = named(objects, u"identity"_s, u"SYNTHETIC: Nobody Ltd"_s);
    EXPECT_EQ(victim[u"labels"_s].toArray(), QJsonArray{u"synthetic"_s});

    const QJsonObject real = named(objects, u"incident"_s, u"Exchange hot wallet theft"_s);
    EXPECT_FALSE(real.contains(u"labels"_s));
    EXPECT_EQ(extensionOf(real)[u"synthetic"_s], false);
}

// Text that breaks naive writers and readers: markup, a spreadsheet formula, QString::arg placeholders, a bidi
// override, quotes, line breaks, control characters other than NUL and a trailing backslash.
const QString kHostile = u"<script>alert(1)</script> \"><svg onload=alert(1)> =cmd|' /C calc'!A0 %1 %2 \u202Eevil "
                         u"<img src=\"file:///etc/passwd\"> \"quoted\" 'single'\nline\r\ntab\t"_s +
                         QChar(0x01) + QChar(0x1b) + QChar(0x1f) + QChar(0x7f) + u" \\"_s;

QString hostile(const QString &field)
{
    return field + u": "_s + kHostile;
}

TEST(StixExport, HostileTextSurvivesAsData)
{
    auto store = test::memoryStore();
    Source s;
    s.title = hostile(u"title"_s);
    s.publisher = hostile(u"publisher"_s);
    s.url = u"https://example.org/a?q='x'&y=(1)!"_s;
    const SourceId source = test::ok(store->addSource(s));
    ActorGroup g;
    g.name = hostile(u"group"_s);
    g.description = hostile(u"group description"_s);
    g.sponsor = hostile(u"sponsor"_s);
    g.sponsorSource = source;
    g.aliases = {{hostile(u"alias"_s), source, hostile(u"alias note"_s)}};
    g.externalIds = {{u"mitre-attack"_s, hostile(u"external id"_s), std::nullopt, source}};
    const GroupId group = test::ok(store->addGroup(g));
    ActorGroup other;
    other.name = hostile(u"other group"_s);
    const GroupId otherGroup = test::ok(store->addGroup(other));
    test::ok(store->addRelation({0, group, otherGroup, u"overlaps"_s, source, hostile(u"relation note"_s)}));
    Incident i;
    i.title = hostile(u"incident"_s);
    i.startDate = u"2024-05-06"_s;
    i.victim = hostile(u"victim"_s);
    i.sector = hostile(u"sector"_s);
    i.description = hostile(u"incident description"_s);
    i.chains = {hostile(u"chain"_s)};
    i.assets = {hostile(u"asset"_s)};
    i.losses = {{hostile(u"loss chain"_s), hostile(u"loss asset"_s), u"12.5"_s, source}};
    i.sources = {source};
    i.claims = {{u"loss_native"_s, hostile(u"claim value"_s), source, hostile(u"claim note"_s)}};
    const IncidentId incident = test::ok(store->addIncident(i));
    test::ok(store->addAttribution({{},
                                    incident,
                                    group,
                                    u"moderate"_s,
                                    hostile(u"party"_s),
                                    std::nullopt,
                                    hostile(u"evidence"_s),
                                    source,
                                    false}));

    const QByteArray bundle = exportOf(*store);
    for (const char c : bundle) {
        EXPECT_TRUE(uchar(c) >= 0x20 || c == '\n') << "an unescaped control character " << int(c);
    }
    const QJsonArray objects = objectsOf(bundle);
    const QJsonObject set = named(objects, u"intrusion-set"_s, g.name);
    EXPECT_EQ(set[u"description"_s], g.description);
    EXPECT_EQ(set[u"aliases"_s].toArray(), QJsonArray{hostile(u"alias"_s)});
    EXPECT_EQ(extensionOf(set)[u"alias_claims"_s][0][u"note"_s], hostile(u"alias note"_s));
    EXPECT_EQ(set[u"external_references"_s][0][u"external_id"_s], hostile(u"external id"_s));
    const QJsonObject reference = set[u"external_references"_s][1].toObject();
    EXPECT_EQ(reference[u"source_name"_s], s.publisher);
    EXPECT_TRUE(reference[u"description"_s].toString().startsWith(s.title + u". Cited for: "_s));
    EXPECT_EQ(reference[u"url"_s], QString::fromLatin1(QUrl(*s.url).toEncoded()));
    EXPECT_FALSE(named(objects, u"threat-actor"_s, g.sponsor).isEmpty());
    EXPECT_FALSE(named(objects, u"identity"_s, i.victim).isEmpty());

    const QJsonObject inc = named(objects, u"incident"_s, i.title);
    EXPECT_TRUE(inc[u"description"_s].toString().startsWith(i.description + u"\n\n"_s));
    const QJsonObject ext = extensionOf(inc);
    EXPECT_EQ(ext[u"victim"_s], i.victim);
    EXPECT_EQ(ext[u"sector"_s], i.sector);
    EXPECT_EQ(ext[u"chains"_s].toArray(), QJsonArray{i.chains[0]});
    EXPECT_EQ(ext[u"assets"_s].toArray(), QJsonArray{i.assets[0]});
    EXPECT_EQ(ext[u"native_losses"_s][0][u"chain"_s], hostile(u"loss chain"_s));
    EXPECT_EQ(ext[u"native_losses"_s][0][u"asset"_s], hostile(u"loss asset"_s));
    EXPECT_EQ(ext[u"native_losses"_s][0][u"source"_s], s.title);
    EXPECT_EQ(ext[u"claims"_s][0][u"value"_s], hostile(u"claim value"_s));
    EXPECT_EQ(ext[u"claims"_s][0][u"note"_s], hostile(u"claim note"_s));

    const auto claims = claimsFrom(objects, campaignOf(objects, inc[u"id"_s].toString()));
    ASSERT_EQ(claims.size(), 1u);
    EXPECT_EQ(extensionOf(claims[0])[u"party"_s], hostile(u"party"_s));
    EXPECT_EQ(extensionOf(claims[0])[u"evidence"_s], hostile(u"evidence"_s));
    const QString expected = hostile(u"party"_s) + u" attributes \""_s + i.title + u"\" to "_s + g.name +
                             u" (moderate confidence). Evidence: "_s + hostile(u"evidence"_s);
    EXPECT_EQ(claims[0][u"description"_s].toString(), expected) << "placeholders in case text are not expanded";
    bool relationNote = false;
    for (const QJsonObject &r : ofType(objects, u"relationship"_s)) {
        relationNote = relationNote || r[u"description"_s].toString().endsWith(hostile(u"relation note"_s));
    }
    EXPECT_TRUE(relationNote);

    REQUIRE_JSONSCHEMA();
    const Validation v = validate(bundle);
    EXPECT_EQ(v.exitCode, 0) << v.output.toStdString();
}

} // namespace
} // namespace awb::stix
