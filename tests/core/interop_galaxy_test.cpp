// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// MISP threat-actor galaxies and GraphSense ActorPacks: groups matched or created, alias claims with their source,
// shared aliases flagged and never merged.
#include "core/interop/groupmatch.h"
#include "core/interop/mispgalaxy.h"
#include "core/query/groupdirectory.h"
#include "tests/core/interop_testutil.h"

#include <gtest/gtest.h>

namespace awb::test {
namespace {

using namespace Qt::Literals::StringLiterals;

/** Two groups before any import: Ember Lynx (alias Cinder) and Frost Heron (a STIX intrusion-set id); both claim
 * "Dual". */
class GalaxyImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = memoryStore();
        m_setup = ok(m_store->addSource(makeSource(u"setup"_s)));
        ActorGroup ember;
        ember.name = u"Ember Lynx"_s;
        ember.aliases = {{u"Cinder"_s, m_setup, {}}, {u"Dual"_s, m_setup, {}}};
        ember.sources = {m_setup};
        ok(m_store->addGroup(ember));
        ActorGroup frost;
        frost.name = u"Frost Heron"_s;
        frost.country = u"CN"_s;
        frost.aliases = {{u"Dual"_s, m_setup, {}}};
        frost.externalIds = {{u"stix"_s, u"intrusion-set--22222222-2222-4222-8222-222222222222"_s, {}, m_setup}};
        frost.sources = {m_setup};
        ok(m_store->addGroup(frost));
    }

    std::unique_ptr<db::SqliteCaseStore> m_store;
    SourceId m_setup;
};

QStringList aliasesBy(const ActorGroup &g, SourceId source)
{
    QStringList out;
    for (const AliasClaim &a : g.aliases) {
        if (a.source == source) {
            out << a.alias;
        }
    }
    return out;
}

TEST_F(GalaxyImport, MatchesByNameRelatedAndAliasAndCreatesTheRest)
{
    const interop::InteropReport r = importFixture(*m_store, u"galaxy-actors.json"_s, u"misp-galaxy"_s);
    EXPECT_EQ(r.recordsRead, 6);
    EXPECT_EQ(r.groupsMatched, 3);
    EXPECT_EQ(r.groupsAdded, 1);
    EXPECT_EQ(r.aliasesAdded, 12);
    EXPECT_EQ(r.externalIdsAdded, 4);
    EXPECT_EQ(r.sourcesAdded, 1);
    ASSERT_EQ(r.groups.size(), 4u);
    EXPECT_EQ(r.groups[0].name, u"Ember Lynx"_s);
    EXPECT_EQ(r.groups[0].matchedBy, u"name"_s);
    EXPECT_EQ(r.groups[1].name, u"Frost Heron"_s);
    EXPECT_EQ(r.groups[1].matchedBy, u"related"_s);
    EXPECT_EQ(r.groups[2].name, u"Ember Lynx"_s);
    EXPECT_EQ(r.groups[2].matchedBy, u"alias"_s);
    EXPECT_TRUE(r.groups[3].created);
    EXPECT_EQ(r.groups[3].name, u"Obsidian Owl"_s);

    const std::vector<Source> sources = ok(m_store->sources());
    ASSERT_EQ(sources.size(), 2u);
    const Source &galaxy = sources.back();
    EXPECT_EQ(galaxy.publisher, u"MISP galaxy"_s);
    EXPECT_TRUE(galaxy.title.contains(u"Test Actors"_s) && galaxy.title.contains(u"version 7"_s))
        << galaxy.title.toStdString();

    const ActorGroup ember = groupNamed(*m_store, u"Ember Lynx"_s);
    EXPECT_EQ(aliasesBy(ember, galaxy.id),
              (QStringList{u"Ember Team"_s, u"Glacier Team"_s, u"<script>alert(1)</script>"_s, u"=cmd|' /C calc'!A0"_s,
                           u"\u202Egnp.exe"_s, u"C:\\temp\\"_s, u"Cinder"_s, u"Cinder Cell"_s}));
    EXPECT_EQ(aliasesBy(ember, m_setup), (QStringList{u"Cinder"_s, u"Dual"_s})); // the earlier claims stay
    EXPECT_EQ(ember.country, u"KP"_s);
    EXPECT_EQ(ember.externalIds.size(), 2u);
    EXPECT_EQ(ember.externalIds.front().system, u"misp-galaxy"_s);
    EXPECT_EQ(ember.externalIds.front().externalId, u"0b0e7a2c-0000-4000-8000-0000000000a1"_s);
    EXPECT_NE(std::ranges::find(ember.sources, galaxy.id), ember.sources.end());
    EXPECT_EQ(ember.aliases.back().note, u"MISP galaxy synonym of \"Cinder\""_s);

    const ActorGroup frost = groupNamed(*m_store, u"Frost Heron"_s);
    EXPECT_EQ(aliasesBy(frost, galaxy.id), (QStringList{u"Glacier Crew"_s, u"Frost Unit"_s}));
    const ActorGroup owl = groupNamed(*m_store, u"Obsidian Owl"_s);
    EXPECT_EQ(aliasesBy(owl, galaxy.id), (QStringList{u"Glacier Team"_s, u"Night Owl"_s}));
    EXPECT_FALSE(owl.country.has_value()); // "XX" is no country
    EXPECT_TRUE(owl.description.contains(u"https://example.org/owl"_s)) << owl.description.toStdString();
}

TEST_F(GalaxyImport, AnAliasOfTwoGroupsIsFlaggedAndBothGroupsStay)
{
    const interop::InteropReport r = importFixture(*m_store, u"galaxy-actors.json"_s, u"misp-galaxy"_s);
    ASSERT_EQ(r.flagged.size(), 2u);
    EXPECT_EQ(r.flagged[1].kind, u"shared-alias"_s);
    EXPECT_EQ(r.flagged[1].subject, u"Glacier Team"_s);
    EXPECT_EQ(r.flagged[1].groups, (QStringList{u"Ember Lynx"_s, u"Obsidian Owl"_s}));
    // A file's other country for a group is said, and the case keeps its own.
    EXPECT_EQ(r.flagged[0].kind, u"country-differs"_s);
    EXPECT_EQ(r.flagged[0].subject, u"Frost Heron"_s);
    EXPECT_TRUE(r.flagged[0].detail.contains(u"KP"_s) && r.flagged[0].detail.contains(u"CN"_s));
    EXPECT_EQ(groupNamed(*m_store, u"Frost Heron"_s).country, u"CN"_s);
    EXPECT_EQ(ok(m_store->groups()).size(), 3u);
    // The browser's alias display (GroupDirectory) shows the name as one that denotes both groups.
    const GroupDirectory directory(ok(m_store->groups()), ok(m_store->relations()));
    const GroupResolution resolved = directory.resolve(u"glacier team"_s);
    ASSERT_EQ(resolved.matches.size(), 2u);
    EXPECT_TRUE(resolved.ambiguous());
    EXPECT_NE(resolved.matches[0].group, resolved.matches[1].group);
}

TEST_F(GalaxyImport, ReportsWhatItSkippedAndWhy)
{
    const interop::InteropReport r = importFixture(*m_store, u"galaxy-actors.json"_s, u"misp-galaxy"_s);
    QStringList reasons;
    for (const interop::Skipped &s : r.skipped) {
        reasons << s.what + u" | "_s + s.reason;
    }
    EXPECT_EQ(r.skipped.size(), 7u) << reasons.join(u'\n').toStdString();
    const auto has = [&](const QString &what, const QString &reasonPart) {
        return std::ranges::any_of(
            r.skipped, [&](const interop::Skipped &s) { return s.what == what && s.reason.contains(reasonPart); });
    };
    EXPECT_TRUE(has(u"[42]"_s, u"not text"_s)) << reasons.join(u'\n').toStdString();
    EXPECT_TRUE(has(u"XX"_s, u"ISO"_s));
    EXPECT_TRUE(has(u"Ember Team"_s, u"again"_s));
    EXPECT_TRUE(has(u"ember lynx"_s, u"own name"_s));
    EXPECT_TRUE(has(u"Dual"_s, u"several groups by alias (Ember Lynx, Frost Heron)"_s));
    EXPECT_TRUE(has(u"0b0e7a2c-0000-4000-8000-0000000000a6"_s, u"without a value"_s));
    // The ambiguous cluster added nothing to either group.
    for (const ActorGroup &g : ok(m_store->groups())) {
        EXPECT_FALSE(g.aliases.end() !=
                     std::ranges::find_if(g.aliases, [](const AliasClaim &a) { return a.alias == u"Never Added"_s; }));
    }
}

TEST_F(GalaxyImport, AReimportIsRefusedAndAMalformedFileChangesNothing)
{
    importFixture(*m_store, u"galaxy-actors.json"_s, u"misp-galaxy"_s);
    const CaseCounts before = countsOf(*m_store);
    const interop::InteropReport again = importFixture(*m_store, u"galaxy-actors.json"_s, u"misp-galaxy"_s);
    ASSERT_TRUE(again.alreadyImported());
    EXPECT_EQ(again.earlier->importer, u"misp-galaxy"_s);
    EXPECT_EQ(countsOf(*m_store), before);

    auto broken =
        interop::importInteropFile(*m_store, interopFixture(u"galaxy-malformed.json"_s), u"misp-galaxy"_s, {});
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().code, Error::Code::InvalidInput);
    EXPECT_TRUE(broken.error().message.startsWith(u"galaxy-malformed.json: not JSON"_s))
        << broken.error().message.toStdString();
    EXPECT_EQ(countsOf(*m_store), before);
    // A galaxy of tools is not one of actors.
    EXPECT_FALSE(interop::parseMispGalaxy(R"({"type": "tool", "category": "tool", "values": []})", u"t.json"_s));
    EXPECT_FALSE(interop::parseMispGalaxy(R"({"values": [1]})", u"t.json"_s));
    EXPECT_FALSE(interop::parseMispGalaxy(R"([])", u"t.json"_s));
}

TEST(ActorPackImport, ActorsBecomeGroupsWithTheirAliasesAndIds)
{
    auto store = memoryStore();
    const SourceId setup = ok(store->addSource(makeSource(u"setup"_s)));
    ActorGroup ember;
    ember.name = u"Ember Lynx"_s;
    ember.sources = {setup};
    ok(store->addGroup(ember));

    const interop::InteropReport r = importFixture(*store, u"actorpack.yaml"_s, u"actorpack"_s);
    EXPECT_EQ(r.recordsRead, 3);
    EXPECT_EQ(r.groupsMatched, 1);
    EXPECT_EQ(r.groupsAdded, 1);
    ASSERT_EQ(r.skipped.size(), 1u);
    EXPECT_EQ(r.skipped[0].what, u"no_label_actor"_s);
    EXPECT_EQ(r.skipped[0].location, u"actorpack.yaml:20"_s);

    const Source pack = ok(store->sources()).back();
    EXPECT_EQ(pack.title, u"Test ActorPack"_s);
    EXPECT_EQ(pack.publisher, u"AWB test suite"_s);
    EXPECT_EQ(pack.published, u"2024-01-10"_s);

    const ActorGroup matched = groupNamed(*store, u"Ember Lynx"_s);
    EXPECT_EQ(aliasesBy(matched, pack.id), (QStringList{u"EL Group"_s, u"Glacier Team"_s}));
    ASSERT_EQ(matched.externalIds.size(), 1u);
    EXPECT_EQ(matched.externalIds[0].system, u"graphsense-actor"_s);
    EXPECT_EQ(matched.externalIds[0].externalId, u"ember_lynx"_s);
    EXPECT_EQ(matched.externalIds[0].url, u"https://example.org/actors/ember-lynx"_s);
    EXPECT_EQ(matched.country, u"KP"_s);

    const ActorGroup created = groupNamed(*store, u"Quartz Viper"_s);
    EXPECT_EQ(aliasesBy(created, pack.id), (QStringList{u"QV"_s, u"Viper Crew"_s}));
    EXPECT_FALSE(created.country.has_value()); // two jurisdictions: no single country
    EXPECT_TRUE(created.description.contains(u"Jurisdictions: KP, CN."_s)) << created.description.toStdString();
}

TEST(GroupMatch, TiersStopAtTheFirstThatFindsAGroup)
{
    std::vector<ActorGroup> groups(2);
    groups[0].name = u"Lazarus Group"_s;
    groups[0].aliases = {{u"Hidden Cobra"_s, SourceId{1}, {}}};
    groups[1].name = u"APT38"_s;
    groups[1].aliases = {{u"Lazarus Group"_s, SourceId{1}, {}}, {u"Hidden Cobra"_s, SourceId{1}, {}}};
    // A group's own name wins over another group's alias claim.
    const interop::GroupCandidates byName = interop::matchActorReference(groups, u"lazarus  group"_s);
    ASSERT_TRUE(byName.unique());
    EXPECT_EQ(byName.indices.front(), 0u);
    EXPECT_EQ(interop::matchActorReference(groups, u"lazarusgroup"_s).via, u"actor key"_s);
    EXPECT_TRUE(interop::matchActorReference(groups, u"Hidden Cobra"_s).ambiguous());
    EXPECT_TRUE(interop::matchActorReference(groups, u"Kimsuky"_s).indices.empty());
    EXPECT_EQ(interop::slugKey(u"Lazarus_Group"_s), interop::slugKey(u"lazarus group"_s));
}

} // namespace
} // namespace awb::test
