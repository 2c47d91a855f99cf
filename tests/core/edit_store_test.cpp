// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The store's support for editing with undo: explicit-id inserts, usage counts and refused deletes.
#include "tests/core/testcase.h"

#include <QTemporaryDir>

namespace awb {
namespace {

using namespace Qt::Literals::StringLiterals;

class EditStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = test::memoryStore();
        m_fbi = test::ok(m_store->addSource(test::makeSource(u"fbi"_s)));
        m_mitre = test::ok(m_store->addSource(test::makeSource(u"mitre"_s)));
    }

    ActorGroup makeGroup(const QString &name)
    {
        ActorGroup g;
        g.name = name;
        g.country = u"KP"_s;
        g.sponsor = u"Reconnaissance General Bureau"_s;
        g.sponsorSource = m_fbi;
        g.aliases = {AliasClaim{u"Hidden Cobra"_s, m_mitre, u"MITRE"_s}};
        g.externalIds = {ExternalId{u"mitre-attack"_s, u"G0032"_s, std::nullopt, m_mitre}};
        g.sources = {m_fbi};
        return g;
    }

    Incident makeIncident()
    {
        Incident i;
        i.title = u"Bridge theft"_s;
        i.startDate = u"2022-03-23"_s;
        i.victim = u"Sky Mavis"_s;
        i.victimCountry = u"VN"_s;
        i.lossUsd = 620000000;
        i.lossUsdSource = m_fbi;
        i.chains = {u"ethereum"_s};
        i.losses = {NativeLoss{u"ethereum"_s, u"ETH"_s, u"173600"_s, m_fbi}};
        i.sources = {m_fbi};
        i.claims = {Claim{u"loss_usd"_s, u"625000000"_s, m_fbi, {}}};
        return i;
    }

    Attribution makeAttribution(IncidentId incident, GroupId group, SourceId source)
    {
        return Attribution{{}, incident, group, u"high"_s, u"FBI"_s, u"2022-04-14"_s, u"PSA"_s, source, false};
    }

    Tag makeTag(AddressId address, GroupId group, SourceId source)
    {
        Tag t;
        t.address = address;
        t.label = u"Ronin exploiter"_s;
        t.group = group;
        t.confidence = u"authority_data"_s;
        t.source = source;
        return t;
    }

    AddressId addAddress(const QString &hexDigit)
    {
        return test::ok(
            m_store->addAddress(Address{{}, u"ethereum"_s, u"0x"_s + QString(40, hexDigit[0]), {}, false, {}}));
    }

    qint64 count(const char *sql) { return test::ok(m_store->database().queryInt(sql)); }

    std::unique_ptr<db::SqliteCaseStore> m_store;
    SourceId m_fbi;
    SourceId m_mitre;
};

TEST_F(EditStoreTest, RecordsWithAnIdAreInsertedUnderThatId)
{
    Source source = test::makeSource(u"restored"_s);
    source.id = SourceId{40};
    EXPECT_EQ(test::ok(m_store->addSource(source)), SourceId{40});
    EXPECT_EQ(test::ok(m_store->source(SourceId{40})), source);

    ActorGroup group = makeGroup(u"APT38"_s);
    group.id = GroupId{17};
    EXPECT_EQ(test::ok(m_store->addGroup(group)), GroupId{17});
    EXPECT_EQ(test::ok(m_store->group(GroupId{17})), group);
    const GroupId parent = test::ok(m_store->addGroup(makeGroup(u"Lazarus Group"_s)));
    EXPECT_EQ(parent, GroupId{18}); // ids after an explicit one continue above it

    GroupRelation relation{33, parent, group.id, u"sub-unit"_s, m_fbi, u"Treasury"_s};
    EXPECT_EQ(test::ok(m_store->addRelation(relation)), 33);
    EXPECT_EQ(test::ok(m_store->relations()), std::vector<GroupRelation>{relation});

    Incident incident = makeIncident();
    incident.id = IncidentId{9};
    EXPECT_EQ(test::ok(m_store->addIncident(incident)), IncidentId{9});
    EXPECT_EQ(test::ok(m_store->incident(IncidentId{9})), incident);

    Attribution attribution = makeAttribution(incident.id, group.id, m_fbi);
    attribution.id = AttributionId{77};
    EXPECT_EQ(test::ok(m_store->addAttribution(attribution)), AttributionId{77});
    EXPECT_EQ(test::ok(m_store->attributions(incident.id)), std::vector<Attribution>{attribution});

    IncidentAddress role{55, incident.id, addAddress(u"1"_s), u"exploiter"_s, m_fbi, u"FBI list"_s, false};
    EXPECT_EQ(test::ok(m_store->addIncidentAddress(role)), 55);
    EXPECT_EQ(test::ok(m_store->incidentAddresses(incident.id)), std::vector<IncidentAddress>{role});

    // The search index follows the explicit ids (its rowids encode them).
    const auto hits = test::ok(m_store->search(u"restored"_s, 10));
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].kind, SearchHit::Kind::Source);
    EXPECT_EQ(hits[0].id, 40);
}

TEST_F(EditStoreTest, ADeletedRecordComesBackUnderItsOldId)
{
    Incident incident = makeIncident();
    incident.id = test::ok(m_store->addIncident(incident));
    const GroupId group = test::ok(m_store->addGroup(makeGroup(u"Lazarus Group"_s)));
    Attribution attribution = makeAttribution(incident.id, group, m_fbi);
    attribution.id = test::ok(m_store->addAttribution(attribution));
    // Another incident after it, so the deleted one is not simply the next rowid.
    test::ok(m_store->addIncident(makeIncident()));

    test::ok(m_store->removeIncident(incident.id));
    EXPECT_TRUE(test::ok(m_store->attributions(std::nullopt)).empty()); // cascaded
    EXPECT_EQ(test::ok(m_store->addIncident(incident)), incident.id);
    EXPECT_EQ(test::ok(m_store->addAttribution(attribution)), attribution.id);
    EXPECT_EQ(test::ok(m_store->incident(incident.id)), incident);
    EXPECT_EQ(test::ok(m_store->attributions(incident.id)), std::vector<Attribution>{attribution});
}

TEST_F(EditStoreTest, AnIdInUseIsRefused)
{
    Source duplicate = test::makeSource(u"duplicate"_s);
    duplicate.id = m_fbi;
    auto r = m_store->addSource(duplicate);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Error::Code::Constraint);
    EXPECT_EQ(test::ok(m_store->source(m_fbi)).title, u"fbi"_s);
}

TEST_F(EditStoreTest, SourceUsageCountsEveryKindOfCitation)
{
    EXPECT_EQ(test::ok(m_store->sourceUsage(m_mitre)).total(), 0);

    Incident cited = makeIncident(); // source, loss source, a claim and a native loss: all m_fbi
    cited.usdRateSource = m_fbi;
    cited.id = test::ok(m_store->addIncident(cited));
    Incident rateOnly = makeIncident();
    rateOnly.lossUsdSource = m_mitre;
    rateOnly.sources = {m_mitre};
    rateOnly.losses.clear();
    rateOnly.claims.clear();
    rateOnly.usdRateSource = m_fbi;
    test::ok(m_store->addIncident(rateOnly));
    const GroupId lazarus = test::ok(m_store->addGroup(makeGroup(u"Lazarus Group"_s))); // sponsor and source
    ActorGroup sponsorOnly = makeGroup(u"APT38"_s);
    sponsorOnly.sources.clear();
    sponsorOnly.aliases = {AliasClaim{u"BlueNoroff"_s, m_fbi, {}}, AliasClaim{u"Stardust Chollima"_s, m_fbi, {}}};
    sponsorOnly.externalIds = {ExternalId{u"mitre-attack"_s, u"G0082"_s, std::nullopt, m_fbi}};
    const GroupId apt38 = test::ok(m_store->addGroup(sponsorOnly));
    test::ok(m_store->addRelation(GroupRelation{0, lazarus, apt38, u"sub-unit"_s, m_fbi, {}}));
    test::ok(m_store->addAttribution(makeAttribution(cited.id, lazarus, m_fbi)));
    const AddressId address = addAddress(u"2"_s);
    test::ok(m_store->addIncidentAddress(IncidentAddress{0, cited.id, address, u"exploiter"_s, m_fbi, {}, false}));
    test::ok(m_store->addTag(makeTag(address, lazarus, m_fbi)));
    test::ok(m_store->addNote(Note{{}, u"UN panel"_s, u"58 attacks"_s, m_fbi}));

    RecordUsage expected;
    expected.incidents = 2;
    expected.claims = 1;
    expected.nativeLosses = 1;
    expected.attributions = 1;
    expected.groups = 2;
    expected.aliases = 2;
    expected.externalIds = 1;
    expected.relations = 1;
    expected.walletRoles = 1;
    expected.tags = 1;
    expected.notes = 1;
    EXPECT_EQ(test::ok(m_store->sourceUsage(m_fbi)), expected);
    // m_mitre: rateOnly cites it as a source and for the loss; both groups' first alias and external id.
    const RecordUsage mitre = test::ok(m_store->sourceUsage(m_mitre));
    EXPECT_EQ(mitre.incidents, 1);
    EXPECT_EQ(mitre.aliases, 1);
    EXPECT_EQ(mitre.externalIds, 1);
    EXPECT_EQ(m_store->sourceUsage(SourceId{999}).error().code, Error::Code::NotFound);
}

TEST_F(EditStoreTest, GroupUsageCountsAttributionsTagsAndRelations)
{
    const GroupId lazarus = test::ok(m_store->addGroup(makeGroup(u"Lazarus Group"_s)));
    const GroupId apt38 = test::ok(m_store->addGroup(makeGroup(u"APT38"_s)));
    const IncidentId incident = test::ok(m_store->addIncident(makeIncident()));
    for (int i = 0; i < 3; ++i) {
        test::ok(m_store->addAttribution(makeAttribution(incident, apt38, m_fbi)));
    }
    test::ok(m_store->addTag(makeTag(addAddress(u"3"_s), apt38, m_fbi)));
    test::ok(m_store->addRelation(GroupRelation{0, lazarus, apt38, u"sub-unit"_s, m_fbi, {}}));
    test::ok(m_store->addRelation(GroupRelation{0, apt38, lazarus, u"overlaps"_s, m_fbi, {}}));

    const RecordUsage usage = test::ok(m_store->groupUsage(apt38));
    EXPECT_EQ(usage.attributions, 3);
    EXPECT_EQ(usage.tags, 1);
    EXPECT_EQ(usage.relations, 2);
    EXPECT_EQ(usage.incidents + usage.claims + usage.groups + usage.aliases + usage.notes, 0);
    EXPECT_EQ(test::ok(m_store->groupUsage(lazarus)).relations, 2);
    EXPECT_EQ(m_store->groupUsage(GroupId{999}).error().code, Error::Code::NotFound);
}

TEST_F(EditStoreTest, ACitedSourceIsRefusedWithWhatCitesIt)
{
    Incident incident = makeIncident();
    incident.sources = {m_fbi, m_mitre};
    test::ok(m_store->addIncident(incident));
    test::ok(m_store->addIncident(incident));
    test::ok(m_store->addGroup(makeGroup(u"Lazarus Group"_s)));

    auto r = m_store->removeUnusedSource(m_mitre);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Error::Code::Constraint);
    EXPECT_EQ(r.error().message, u"“mitre” is cited by 2 incidents, 1 alias claim and 1 external id; remove or "
                                 u"replace those citations first."_s)
        << r.error().message.toStdString();
    EXPECT_EQ(test::ok(m_store->source(m_mitre)).title, u"mitre"_s);

    const SourceId unused = test::ok(m_store->addSource(test::makeSource(u"unused"_s)));
    test::ok(m_store->removeUnusedSource(unused));
    EXPECT_EQ(m_store->source(unused).error().code, Error::Code::NotFound);
    EXPECT_EQ(m_store->removeUnusedSource(unused).error().code, Error::Code::NotFound);
}

TEST_F(EditStoreTest, ANamedGroupIsRefusedAndAnUnnamedOneGoesWithItsRelations)
{
    const GroupId lazarus = test::ok(m_store->addGroup(makeGroup(u"Lazarus Group"_s)));
    const GroupId apt38 = test::ok(m_store->addGroup(makeGroup(u"APT38"_s)));
    const IncidentId incident = test::ok(m_store->addIncident(makeIncident()));
    for (int i = 0; i < 7; ++i) {
        test::ok(m_store->addAttribution(makeAttribution(incident, apt38, m_fbi)));
    }
    test::ok(m_store->addTag(makeTag(addAddress(u"4"_s), apt38, m_fbi)));
    test::ok(m_store->addTag(makeTag(addAddress(u"5"_s), apt38, m_fbi)));
    test::ok(m_store->addRelation(GroupRelation{0, lazarus, apt38, u"sub-unit"_s, m_fbi, {}}));

    auto r = m_store->removeUnusedGroup(apt38);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Error::Code::Constraint);
    EXPECT_EQ(r.error().message, u"APT38 is named by 7 attributions and 2 tags; remove or reassign them first."_s)
        << r.error().message.toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM tags WHERE group_id IS NOT NULL"), 2); // not set to NULL

    // Lazarus Group is only part of a relation: it goes, and the relation with it.
    test::ok(m_store->removeUnusedGroup(lazarus));
    EXPECT_EQ(m_store->group(lazarus).error().code, Error::Code::NotFound);
    EXPECT_TRUE(test::ok(m_store->relations()).empty());
    EXPECT_EQ(test::ok(m_store->groupUsage(apt38)).relations, 0);
}

TEST_F(EditStoreTest, ReadOnlyCasesRefuseTheDeletes)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"case.awbcase"_s);
    SourceId source;
    {
        auto store = test::ok(db::SqliteCaseStore::create(path));
        source = test::ok(store->addSource(test::makeSource(u"kept"_s)));
    }
    auto store = test::ok(db::SqliteCaseStore::open(path, true));
    EXPECT_EQ(test::ok(store->sourceUsage(source)).total(), 0);
    EXPECT_EQ(store->removeUnusedSource(source).error().code, Error::Code::ReadOnly);
    Source restored = test::makeSource(u"restored"_s);
    restored.id = SourceId{5};
    EXPECT_EQ(store->addSource(restored).error().code, Error::Code::ReadOnly);
    EXPECT_EQ(test::ok(store->sources()).size(), 1u);
}

} // namespace
} // namespace awb
