// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The STIX import: an ATT&CK-shaped 2.0 bundle and our own 2.1 export read back, matching against existing groups,
// malformed input refused without a trace, a 50 MB bundle read as a stream in bounded memory, hostile text kept.
#include "core/stix/stiximport.h"

#include "core/stix/stixexport.h"
#include "tests/core/testcase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <chrono>
#include <fstream>
#include <set>
#include <sys/resource.h>

void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace awb::stix {
namespace {

using namespace Qt::Literals::StringLiterals;
using test::ok;

const QString kData = QString::fromUtf8(AWB_SOURCE_DIR) + u"/tests/data/stiximport/"_s;
const QString kAttack = kData + u"attack20-bundle.json"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

/** Every row of every table (FTS shadow tables included), so a refused import can be shown to leave no trace. */
QString dump(db::SqliteCaseStore &store)
{
    db::Database &db = store.database();
    QStringList tables;
    auto list = ok(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    ok(list.forEach([&](const db::Statement &row) { tables << row.text(0); }));
    QString out;
    for (const QString &table : tables) {
        QStringList columns;
        auto info = ok(db.prepare("SELECT name FROM pragma_table_info(?1)"));
        info.bind(1, table);
        ok(info.forEach([&](const db::Statement &row) { columns << u"quote(\"%1\")"_s.arg(row.text(0)); }));
        const QString sql = u"SELECT %1 FROM \"%2\" ORDER BY 1"_s.arg(columns.join(u" || '|' || "_s), table);
        auto rows = ok(db.prepare(sql.toStdString()));
        out += table + u":\n"_s;
        ok(rows.forEach([&](const db::Statement &row) { out += row.text(0) + u'\n'; }));
    }
    return out;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

const ActorGroup *named(const std::vector<ActorGroup> &groups, const QString &name)
{
    const auto it = std::ranges::find(groups, name, &ActorGroup::name);
    return it == groups.end() ? nullptr : &*it;
}

std::set<QString> aliasTexts(const ActorGroup &group)
{
    std::set<QString> out;
    for (const AliasClaim &a : group.aliases) {
        out.insert(a.alias);
    }
    return out;
}

class StixImport : public ::testing::Test
{
protected:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    StixImportReport import(const QString &path) { return ok(importStix(*m_store, path)); }

    QTemporaryDir m_dir;
    std::unique_ptr<db::SqliteCaseStore> m_store = test::memoryStore();
};

TEST_F(StixImport, ReadsAttackBundleWithoutTouchingACase)
{
    QFile file(kAttack);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    qint64 progressed = 0;
    StixReadOptions options;
    options.fileName = u"enterprise.json"_s;
    options.progress = [&](qint64 bytes) {
        progressed = bytes;
    };
    const StixBundle bundle = ok(readStixBundle(file, options));

    const QByteArray bytes = readAll(kAttack);
    EXPECT_EQ(bundle.sha256, sha256Hex(bytes));
    EXPECT_EQ(bundle.sizeBytes, bytes.size());
    EXPECT_EQ(progressed, bytes.size());
    EXPECT_EQ(bundle.bundleId, u"bundle--6f0c2a53-1d0e-4b8e-9a53-0f3b2c7d9e01"_s);
    EXPECT_EQ(bundle.objectsRead, 17);
    ASSERT_EQ(bundle.groups.size(), 3u);
    const StixGroup &lazarus = bundle.groups[0];
    EXPECT_EQ(lazarus.name, u"Lazarus Group"_s);
    EXPECT_EQ(lazarus.index, 3);
    EXPECT_TRUE(lazarus.description.startsWith(u"A test description of a North Korean group"_s));
    EXPECT_EQ(lazarus.aliases.size(), 4u);     // the plan drops the group's own name
    ASSERT_EQ(lazarus.externalIds.size(), 1u); // the citations carry no external_id
    EXPECT_EQ(lazarus.externalIds[0],
              (ExternalId{u"mitre-attack"_s, u"G0032"_s, u"https://attack.mitre.org/groups/G0032"_s, {}}));
    EXPECT_EQ(bundle.groups[1].name, u"APT38"_s);
    EXPECT_EQ(bundle.groups[2].name, u"Kimsuky"_s);

    const std::map<QString, qint64> skipped{
        {u"attack-pattern"_s, 4},     {u"identity"_s, 1},     {u"intrusion-set"_s, 2},      {u"malware"_s, 1},
        {u"marking-definition"_s, 1}, {u"relationship"_s, 4}, {u"x-mitre-collection"_s, 1},
    };
    EXPECT_EQ(bundle.skippedByType, skipped);
    ASSERT_EQ(bundle.withdrawn.size(), 3u);
    EXPECT_EQ(bundle.withdrawn[0].name, u"Revoked Test Group"_s);
    EXPECT_TRUE(bundle.withdrawn[0].revoked);
    EXPECT_EQ(bundle.withdrawn[1].name, u"Deprecated Test Group"_s);
    EXPECT_FALSE(bundle.withdrawn[1].revoked);
    EXPECT_EQ(bundle.withdrawn[2].type, u"attack-pattern"_s);

    EXPECT_EQ(bundle.source.title, u"Enterprise ATT&CK v15.1 (STIX bundle enterprise.json)"_s);
    EXPECT_EQ(bundle.source.publisher, u"MITRE ATT&CK"_s);
    EXPECT_EQ(bundle.source.published, u"2024-04-23"_s);
    EXPECT_EQ(bundle.source.kind, u"dataset"_s);
    EXPECT_TRUE(bundle.source.excerpt.contains(bundle.sha256));
}

TEST_F(StixImport, ImportsAttackGroupsWithSourcedAliasesAndIds)
{
    const StixImportReport report = import(kAttack);
    EXPECT_FALSE(report.alreadyImported());
    EXPECT_EQ(report.groupsAdded, 3);
    EXPECT_EQ(report.groupsMatched, 0);
    EXPECT_EQ(report.aliasesAdded, 3 + 3 + 2);
    EXPECT_EQ(report.externalIdsAdded, 3);
    EXPECT_EQ(report.skippedByType.at(u"attack-pattern"_s), 4);
    ASSERT_TRUE(report.source.isValid());

    const Source source = ok(m_store->source(report.source));
    EXPECT_EQ(source.publisher, u"MITRE ATT&CK"_s);
    EXPECT_EQ(source.title, u"Enterprise ATT&CK v15.1 (STIX bundle attack20-bundle.json)"_s);
    const auto groups = ok(m_store->groups());
    ASSERT_EQ(groups.size(), 3u);
    const ActorGroup *lazarus = named(groups, u"Lazarus Group"_s);
    ASSERT_NE(lazarus, nullptr);
    EXPECT_EQ(aliasTexts(*lazarus), (std::set<QString>{u"HIDDEN COBRA"_s, u"ZINC"_s, u"Diamond Sleet"_s}));
    for (const AliasClaim &a : lazarus->aliases) {
        EXPECT_EQ(a.source, report.source) << a.alias.toStdString();
    }
    EXPECT_EQ(lazarus->externalIds,
              (std::vector<ExternalId>{
                  {u"mitre-attack"_s, u"G0032"_s, u"https://attack.mitre.org/groups/G0032"_s, report.source}}));
    EXPECT_EQ(lazarus->sources, std::vector<SourceId>{report.source});
    EXPECT_EQ(lazarus->kind, u"group"_s);
    EXPECT_EQ(named(groups, u"Kimsuky"_s)->externalIds.at(0).externalId, u"G0094"_s);
    EXPECT_EQ(named(groups, u"Revoked Test Group"_s), nullptr);
    EXPECT_EQ(named(groups, u"Deprecated Test Group"_s), nullptr);

    const auto batches = ok(m_store->batches());
    ASSERT_EQ(batches.size(), 1u);
    EXPECT_EQ(batches[0].id.value, report.batchId);
    EXPECT_EQ(batches[0].importer, u"stix"_s);
    EXPECT_EQ(batches[0].sha256, sha256Hex(readAll(kAttack)));
    EXPECT_EQ(batches[0].rowsRead, 17);
    EXPECT_EQ(batches[0].rowsImported, 3);
    EXPECT_EQ(batches[0].rowsSkipped, 14);

    const QString text = stixImportText(report);
    EXPECT_TRUE(text.contains(u"3 groups added"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Revoked, skipped: Revoked Test Group"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Deprecated, skipped: Deprecated Test Group"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"4 attack-pattern"_s)) << text.toStdString();
}

TEST_F(StixImport, RoundTripsGroupsOfOurOwnExport)
{
    const SourceId mitre = ok(m_store->addSource(test::makeSource(u"MITRE G0032"_s)));
    const SourceId misp = ok(m_store->addSource(test::makeSource(u"MISP galaxy"_s)));
    ActorGroup lazarus;
    lazarus.name = u"Lazarus Group"_s;
    lazarus.country = u"KP"_s;
    lazarus.description = u"Umbrella name."_s;
    lazarus.sources = {mitre, misp};
    lazarus.aliases = {{u"HIDDEN COBRA"_s, mitre, {}},
                       {u"Bluenoroff"_s, misp, u"MISP lists it as a synonym"_s},
                       {u"HIDDEN COBRA"_s, misp, {}}};
    lazarus.externalIds = {{u"mitre-attack"_s, u"G0032"_s, u"https://attack.mitre.org/groups/G0032"_s, mitre},
                           {u"misp-galaxy"_s, u"68391641-859f-4a9a-9a1e-3e5cf71ec376"_s, std::nullopt, misp}};
    ActorGroup apt38;
    apt38.name = u"APT38"_s;
    apt38.kind = u"sub-unit"_s;
    apt38.aliases = {{u"Bluenoroff"_s, mitre, {}}};
    ActorGroup cluster;
    cluster.name = u"Test cluster"_s;
    cluster.kind = u"cluster"_s;
    cluster.synthetic = true;
    ok(m_store->addGroup(lazarus));
    ok(m_store->addGroup(apt38));
    ok(m_store->addGroup(cluster));
    ExportOptions options;
    options.timestamp = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
    const QString path = write(u"own.json"_s, ok(exportBundle(*m_store, options)));

    auto empty = test::memoryStore();
    const StixImportReport report = ok(importStix(*empty, path));
    EXPECT_EQ(report.groupsAdded, 3);
    EXPECT_EQ(report.skippedByType.at(u"extension-definition"_s), 1);
    EXPECT_EQ(report.skippedByType.at(u"relationship"_s), 1); // Lazarus Group originates-from KP
    const auto before = ok(m_store->groups());
    const auto after = ok(empty->groups());
    ASSERT_EQ(after.size(), before.size());
    for (const ActorGroup &original : before) {
        const ActorGroup *copy = named(after, original.name);
        ASSERT_NE(copy, nullptr) << original.name.toStdString();
        EXPECT_EQ(copy->kind, original.kind);
        EXPECT_EQ(copy->country, original.country);
        EXPECT_EQ(copy->description, original.description);
        EXPECT_EQ(copy->synthetic, original.synthetic);
        EXPECT_EQ(aliasTexts(*copy), aliasTexts(original));
        ASSERT_EQ(copy->externalIds.size(), original.externalIds.size());
        for (std::size_t i = 0; i < copy->externalIds.size(); ++i) {
            EXPECT_EQ(copy->externalIds[i].system, original.externalIds[i].system);
            EXPECT_EQ(copy->externalIds[i].externalId, original.externalIds[i].externalId);
            EXPECT_EQ(copy->externalIds[i].url, original.externalIds[i].url);
            EXPECT_EQ(copy->externalIds[i].source, report.source);
        }
    }
    // Two sources claimed HIDDEN COBRA: one claim of the bundle, whose note names both.
    const ActorGroup *copy = named(after, u"Lazarus Group"_s);
    const auto cobra = std::ranges::find(copy->aliases, u"HIDDEN COBRA"_s, &AliasClaim::alias);
    EXPECT_EQ(cobra->note, u"Source in the bundle: MITRE G0032; Source in the bundle: MISP galaxy"_s);
    const auto blue = std::ranges::find(copy->aliases, u"Bluenoroff"_s, &AliasClaim::alias);
    EXPECT_EQ(blue->note, u"MISP lists it as a synonym (source in the bundle: MISP galaxy)"_s);
}

class StixImportMatching : public StixImport
{
protected:
    void SetUp() override
    {
        m_misp = ok(m_store->addSource(test::makeSource(u"MISP"_s)));
        ActorGroup lazarus;
        lazarus.name = u"Lazarus"_s;
        lazarus.externalIds = {{u"mitre-attack"_s, u"G0032"_s, std::nullopt, m_misp}};
        lazarus.aliases = {{u"Bluenoroff"_s, m_misp, {}}};
        m_lazarus = ok(m_store->addGroup(lazarus));
        ActorGroup kimsuky;
        kimsuky.name = u"kimsuky"_s;
        m_kimsuky = ok(m_store->addGroup(kimsuky));
        ActorGroup andariel;
        andariel.name = u"Andariel"_s;
        andariel.aliases = {{u"Stardust Chollima"_s, m_misp, {}}};
        m_andariel = ok(m_store->addGroup(andariel));
    }

    SourceId m_misp;
    GroupId m_lazarus;
    GroupId m_kimsuky;
    GroupId m_andariel;
};

TEST_F(StixImportMatching, FindsGroupsByExternalIdThenNameAndNeverMergesOnSharedAliases)
{
    const ActorGroup andarielBefore = ok(m_store->group(m_andariel));
    const StixImportReport report = import(kAttack);
    EXPECT_EQ(report.groupsMatched, 2);
    EXPECT_EQ(report.groupsAdded, 1);
    const auto groups = ok(m_store->groups());
    ASSERT_EQ(groups.size(), 4u);

    // Lazarus Group matched by G0032: the case's name stays, the bundle's name is the bundle's alias claim.
    const ActorGroup lazarus = ok(m_store->group(m_lazarus));
    EXPECT_EQ(lazarus.name, u"Lazarus"_s);
    EXPECT_EQ(aliasTexts(lazarus), (std::set<QString>{u"Bluenoroff"_s, u"Lazarus Group"_s, u"HIDDEN COBRA"_s, u"ZINC"_s,
                                                      u"Diamond Sleet"_s}));
    EXPECT_EQ(lazarus.externalIds.size(), 1u);
    EXPECT_EQ(lazarus.externalIds[0].source, m_misp); // the id it had keeps its source
    EXPECT_EQ(lazarus.sources, std::vector<SourceId>{report.source});
    EXPECT_EQ(lazarus.description.isEmpty(), false); // an empty description is filled, never overwritten

    // Kimsuky matched by name (case ignored): it gains the ATT&CK id.
    const ActorGroup kimsuky = ok(m_store->group(m_kimsuky));
    EXPECT_EQ(kimsuky.name, u"kimsuky"_s);
    ASSERT_EQ(kimsuky.externalIds.size(), 1u);
    EXPECT_EQ(kimsuky.externalIds[0].externalId, u"G0094"_s);

    // APT38 is new: Bluenoroff and Stardust Chollima are also claimed for other groups, which are not merged.
    const ActorGroup *apt38 = named(groups, u"APT38"_s);
    ASSERT_NE(apt38, nullptr);
    EXPECT_TRUE(aliasTexts(*apt38).contains(u"Bluenoroff"_s));
    EXPECT_EQ(ok(m_store->group(m_andariel)), andarielBefore);
    std::map<QString, std::pair<QString, QStringList>> shared;
    for (const StixSharedName &s : report.sharedNames) {
        shared[s.name] = {s.group, s.otherGroups};
    }
    EXPECT_EQ(shared[u"Bluenoroff"_s], std::pair(u"APT38"_s, QStringList{u"Lazarus"_s}));
    EXPECT_EQ(shared[u"Stardust Chollima"_s], std::pair(u"APT38"_s, QStringList{u"Andariel"_s}));
    EXPECT_TRUE(stixImportText(report).contains(u"\"Bluenoroff\", now claimed for APT38, is also a name or alias of "
                                                "Lazarus; the groups were not merged."_s));
}

StixGroup incoming(const QString &name, const QString &attackId = {})
{
    static qint64 counter = 0;
    StixGroup g;
    g.stixId = u"intrusion-set--%1"_s.arg(++counter);
    g.name = name;
    if (!attackId.isEmpty()) {
        g.externalIds.push_back({u"mitre-attack"_s, attackId, std::nullopt, {}});
    }
    return g;
}

ActorGroup existing(qint64 id, const QString &name, const QStringList &aliases, const QString &attackId = {})
{
    ActorGroup g;
    g.id = GroupId{id};
    g.name = name;
    for (const QString &alias : aliases) {
        g.aliases.push_back({alias, SourceId{7}, {}});
    }
    if (!attackId.isEmpty()) {
        g.externalIds.push_back({u"mitre-attack"_s, attackId, std::nullopt, SourceId{7}});
    }
    return g;
}

TEST(StixImportPlan, MatchesAnAliasOnlyWithoutConflictAndReportsWhatItLeavesOut)
{
    StixBundle bundle;
    bundle.groups = {incoming(u"APT38"_s, u"G0082"_s),
                     incoming(u"hidden cobra"_s),
                     incoming(u"Andariel"_s, u"G0138"_s),
                     incoming(u"Dup"_s),
                     incoming(u"DUP"_s),
                     incoming(u"Shared"_s)};
    const std::vector<ActorGroup> groups{
        existing(1, u"Lazarus Group"_s, {u"APT38"_s, u"HIDDEN COBRA"_s}, u"G0032"_s),
        existing(2, u"Andariel"_s, {}, u"G0999"_s),
        existing(3, u"X"_s, {u"Shared"_s}),
        existing(4, u"Y"_s, {u"shared"_s}),
    };
    const StixImportPlan plan = planStixImport(bundle, groups);
    using Match = StixGroupChange::Match;
    ASSERT_EQ(plan.changes.size(), 4u);
    // APT38 is claimed as an alias of Lazarus Group, whose other ATT&CK id says it is another group.
    EXPECT_EQ(plan.changes[0].match, Match::New);
    EXPECT_EQ(plan.changes[0].group.name, u"APT38"_s);
    // "hidden cobra" is an alias of exactly one group, with no conflicting id.
    EXPECT_EQ(plan.changes[1].match, Match::Alias);
    EXPECT_EQ(plan.changes[1].group.id, GroupId{1});
    EXPECT_EQ(plan.changes[1].aliasesAdded, 1);
    // Andariel: the name matches, the id does not: left out.
    EXPECT_EQ(plan.notImported, 1);
    EXPECT_TRUE(plan.notices.join(u'\n').contains(u"\"Andariel\""_s)) << plan.notices.join(u'\n').toStdString();
    // Two intrusion-sets of one name are one group.
    EXPECT_EQ(plan.changes[2].group.name, u"Dup"_s);
    EXPECT_EQ(plan.changes[2].stixIds.size(), 2);
    // An alias of two existing groups becomes a group of its own; neither is changed.
    EXPECT_EQ(plan.changes[3].match, Match::New);
    EXPECT_EQ(plan.changes[3].group.name, u"Shared"_s);
    const auto shared = std::ranges::find(plan.sharedNames, u"Shared"_s, &StixSharedName::name);
    ASSERT_NE(shared, plan.sharedNames.end());
    EXPECT_EQ(shared->otherGroups, (QStringList{u"X"_s, u"Y"_s}));
    const auto apt = std::ranges::find(plan.sharedNames, u"APT38"_s, &StixSharedName::name);
    ASSERT_NE(apt, plan.sharedNames.end());
    EXPECT_EQ(apt->otherGroups, QStringList{u"Lazarus Group"_s});
}

QByteArray bundleWith(const QByteArray &objects)
{
    return R"({"type": "bundle", "id": "bundle--1", "objects": [)" + objects + "]}";
}

TEST_F(StixImport, RefusesMalformedInputAndChangesNothing)
{
    import(kAttack); // a case with content, which must survive every refused file as it is
    const QString before = dump(*m_store);
    const QByteArray good = readAll(kAttack);
    const QByteArray beforeBadBytes = R"({"type": "bundle", "id": "bundle--1", "objects": [{"type": "intrusion-set", )"
                                      R"("id": "intrusion-set--1", "name": "A)";
    const QByteArray badUtf8 = beforeBadBytes + "\xff\xfe" + R"("}]})";
    const QByteArray noId =
        bundleWith(R"({"type": "identity", "id": "identity--1"}, {"type": "intrusion-set", "name": "X"})");
    const QByteArray deep = bundleWith(R"({"type": "x-test", "id": "x-test--1", "extensions": )" +
                                       QByteArray(10000, '[') + QByteArray(10000, ']') + "}");
    const std::vector<std::tuple<const char *, QByteArray, QString>> cases{
        {"truncated", good.left(good.size() / 2), u"is not valid JSON at byte %1: "_s.arg(good.size() / 2)},
        {"empty", {}, u"is not valid JSON at byte 0"_s},
        {"array", R"([{"type": "bundle", "id": "bundle--1", "objects": []}])", u"the top level is a JSON array"_s},
        {"scalar", R"("bundle")", u"the top level is not a JSON object"_s},
        {"type", R"({"type": "report", "id": "report--1", "objects": []})", u"its top-level \"type\" is \"report\""_s},
        {"no type", R"({"id": "bundle--1", "objects": []})", u"has no \"type\""_s},
        {"objects", R"({"type": "bundle", "objects": {}})", u"\"objects\" is not a JSON array"_s},
        {"element", bundleWith(R"({"type": "identity", "id": "identity--1"}, 42)"), u"object 2 of \"objects\""_s},
        {"no id", noId,
         u"object 2 of \"objects\" (at byte %1) has no \"id\""_s.arg(noId.indexOf(R"({"type": "intrusion-set")"))},
        {"object type", bundleWith(R"({"id": "intrusion-set--1", "name": "X"})"), u"object 1 of \"objects\""_s},
        {"id type", bundleWith(R"({"type": "intrusion-set", "id": "malware--1", "name": "X"})"), u"not of its type"_s},
        {"utf-8", badUtf8, u"is not valid JSON at byte %1: "_s.arg(beforeBadBytes.size())},
        {"deep", deep, u"nests deeper than 64 levels"_s},
        {"trailing", good + "x", u"is not valid JSON at byte %1"_s.arg(good.size())},
    };
    for (const auto &[name, bytes, expected] : cases) {
        SCOPED_TRACE(name);
        const auto result = importStix(*m_store, write(QString::fromLatin1(name) + u".json"_s, bytes));
        ASSERT_FALSE(result.has_value());
        EXPECT_EQ(result.error().code, Error::Code::InvalidInput);
        EXPECT_TRUE(result.error().message.contains(expected)) << result.error().message.toStdString();
        EXPECT_EQ(dump(*m_store), before);
    }
}

TEST_F(StixImport, RefusesTheSameFileTwice)
{
    const StixImportReport first = import(kAttack);
    const QString before = dump(*m_store);
    const StixImportReport second = import(kAttack);
    ASSERT_TRUE(second.alreadyImported());
    EXPECT_EQ(second.earlier->id.value, first.batchId);
    EXPECT_EQ(dump(*m_store), before);
    EXPECT_TRUE(stixImportText(second).contains(u"already imported"_s));
}

TEST_F(StixImport, CancelledReadWritesNothing)
{
    const QString before = dump(*m_store);
    StixReadOptions options;
    options.cancelled = [] {
        return true;
    };
    const auto result = importStix(*m_store, kAttack, options);
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().code, Error::Code::Cancelled);
    EXPECT_EQ(dump(*m_store), before);
}

TEST_F(StixImport, KeepsHostileTextAsData)
{
    const StixImportReport report = import(kData + u"hostile-bundle.json"_s);
    EXPECT_EQ(report.groupsAdded, 2);
    const auto groups = ok(m_store->groups());
    const ActorGroup *script = named(groups, u"<script>alert(\"awb\")</script>"_s);
    ASSERT_NE(script, nullptr);
    EXPECT_EQ(script->description, u"<b>not bold</b> & %1 %2 stays text"_s);
    EXPECT_EQ(aliasTexts(*script), (std::set<QString>{u"=cmd|' /C calc'!A0"_s, u"\u202eevil\u202c"_s, u"trailing\\"_s,
                                                      u"%1 of %2"_s, u"中文 🐍"_s}));
    ASSERT_EQ(script->externalIds.size(), 1u);
    EXPECT_EQ(script->externalIds[0].externalId, u"G0666<img>"_s);
    EXPECT_EQ(script->externalIds[0].url, std::nullopt); // only http(s) URLs are kept
    const ActorGroup *back = named(groups, u"Back\\"_s);
    ASSERT_NE(back, nullptr);
    EXPECT_EQ(aliasTexts(*back), std::set<QString>{u"@SUM(1+1)*cmd|' /C calc'!A0"_s});
}

/** The peak resident memory (kB) from now on: resets the kernel's high-water mark when it may. */
struct PeakMemory
{
    bool reset = false;

    PeakMemory() { reset = std::ofstream("/proc/self/clear_refs") << "5" << std::flush ? true : false; }

    static qint64 status(const QByteArray &field)
    {
        QFile file(u"/proc/self/status"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            return 0;
        }
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith(QByteArray(field + ':'))) {
                return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
            }
        }
        return 0;
    }
};

/** A bundle of about @p bytes: attack-patterns with long descriptions, and an intrusion-set every 5000 objects. */
qint64 writeLargeBundle(const QString &path, qint64 bytes)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"type": "bundle", "id": "bundle--5a0c2a53-1d0e-4b8e-9a53-0f3b2c7d9e03", "spec_version": "2.0", )"
               R"("objects": [)");
    const QByteArray filler =
        QByteArray("Adversaries in this generated technique do one thing after another. ").repeated(30);
    qint64 groups = 0;
    for (qint64 i = 0; file.size() < bytes; ++i) {
        if (i % 5000 == 0) {
            file.write(QByteArray(R"({"type": "intrusion-set", "id": "intrusion-set--0-%1", "name": "Group %1", )"
                                  R"("aliases": ["Alias %1"], "external_references": [{"source_name": )"
                                  R"("mitre-attack", "external_id": "G9%1"}]}, )")
                           .replace("%1", QByteArray::number(++groups)));
        }
        file.write(QByteArray(R"({"type": "attack-pattern", "id": "attack-pattern--0-%1", "name": "T%1", )"
                              R"("description": ")")
                       .replace("%1", QByteArray::number(i)) +
                   filler + QByteArray::number(i) + R"(", "x_mitre_platforms": ["Linux", "Windows"]}, )");
    }
    file.write(R"({"type": "intrusion-set", "id": "intrusion-set--0-last", "name": "Last Group"}]})");
    return groups + 1;
}

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer keeps freed memory in quarantine, so resident memory grows with what was allocated in total.
constexpr bool kMeasureMemory = false;
constexpr qint64 kLargeBundleBytes = 10ll * 1024 * 1024;
#else
constexpr bool kMeasureMemory = true;
constexpr qint64 kLargeBundleBytes = 50ll * 1024 * 1024;
#endif

TEST_F(StixImport, StreamsALargeBundleInBoundedMemory)
{
    const QString path = m_dir.filePath(u"large.json"_s);
    const qint64 groups = writeLargeBundle(path, kLargeBundleBytes);
    const qint64 size = QFileInfo(path).size();

    const PeakMemory peak;
    const qint64 rssBefore = PeakMemory::status("VmRSS");
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const qint64 maxBefore = usage.ru_maxrss;
    const auto start = std::chrono::steady_clock::now();
    const StixImportReport report = import(path);
    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    getrusage(RUSAGE_SELF, &usage);
    const qint64 growthKb = peak.reset ? PeakMemory::status("VmHWM") - rssBefore : usage.ru_maxrss - maxBefore;

    EXPECT_EQ(report.groupsAdded, groups);
    EXPECT_GT(report.skippedByType.at(u"attack-pattern"_s), kLargeBundleBytes / 2500);
    EXPECT_EQ(ok(m_store->groups()).size(), std::size_t(groups));
    std::cout << "[ STIX     ] " << size / (1024 * 1024) << " MiB bundle, " << report.objectsRead << " objects in "
              << seconds << " s; peak RSS growth " << growthKb << " kB ("
              << (peak.reset ? "VmHWM after clear_refs" : "ru_maxrss, may under-count") << ")\n";
    if (kMeasureMemory) {
        EXPECT_LT(growthKb * 1024, size / 8) << "the reader must not hold the document";
    }
}

} // namespace
} // namespace awb::stix
