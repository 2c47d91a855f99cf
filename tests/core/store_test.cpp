// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/core/testcase.h"

namespace awb {
namespace {

using namespace Qt::Literals::StringLiterals;

class StoreTest : public ::testing::Test
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
        g.description = u"desc"_s;
        g.aliases = {AliasClaim{u"HIDDEN COBRA"_s, m_mitre, {}}, AliasClaim{u"Andariel"_s, m_fbi, u"disputed"_s}};
        g.externalIds = {
            ExternalId{u"mitre-attack"_s, u"G0032"_s, u"https://attack.mitre.org/groups/G0032/"_s, m_mitre}};
        g.sources = {m_fbi, m_mitre};
        return g;
    }

    Incident makeIncident()
    {
        Incident i;
        i.title = u"Bridge theft"_s;
        i.startDate = u"2022-03-23"_s;
        i.endDate = u"2022-03-29"_s;
        i.victim = u"Sky Mavis"_s;
        i.victimCountry = u"VN"_s;
        i.sector = u"bridge"_s;
        i.status = u"confirmed"_s;
        i.lossUsd = 620000000;
        i.lossUsdSource = m_fbi;
        i.usdRateSource = m_mitre;
        i.description = u"Validator keys compromised."_s;
        i.chains = {u"ethereum"_s};
        i.assets = {u"ETH"_s, u"USDC"_s};
        i.losses = {NativeLoss{u"ethereum"_s, u"ETH"_s, u"173600"_s, m_fbi}};
        i.sources = {m_fbi, m_mitre};
        i.claims = {Claim{u"loss_usd"_s, u"620000000"_s, m_fbi, {}},
                    Claim{u"loss_usd"_s, u"625000000"_s, m_mitre, u"later estimate"_s}};
        return i;
    }

    std::unique_ptr<db::SqliteCaseStore> m_store;
    SourceId m_fbi;
    SourceId m_mitre;
};

TEST_F(StoreTest, SourceRoundTrip)
{
    Source s = test::ok(m_store->source(m_fbi));
    EXPECT_EQ(s.title, u"fbi"_s);
    EXPECT_EQ(s.published, u"2024-01-02"_s);
    s.excerpt = u"changed"_s;
    s.url.reset();
    test::ok(m_store->updateSource(s));
    EXPECT_EQ(test::ok(m_store->source(m_fbi)), s);
    const SourceId unused = test::ok(m_store->addSource(test::makeSource(u"unused"_s)));
    test::ok(m_store->removeSource(unused));
    EXPECT_EQ(m_store->source(unused).error().code, Error::Code::NotFound);
}

TEST_F(StoreTest, GroupRoundTripKeepsEveryAliasClaimWithItsSource)
{
    ActorGroup g = makeGroup(u"Lazarus Group"_s);
    g.id = test::ok(m_store->addGroup(g));
    EXPECT_EQ(test::ok(m_store->group(g.id)), g);
    g.aliases.pop_back();
    g.description = u"updated"_s;
    test::ok(m_store->updateGroup(g));
    EXPECT_EQ(test::ok(m_store->group(g.id)), g);
}

TEST_F(StoreTest, GroupsSharingAnAliasStayTwoGroups)
{
    const GroupId lazarus = test::ok(m_store->addGroup(makeGroup(u"Lazarus Group"_s)));
    ActorGroup andariel = makeGroup(u"Andariel"_s);
    andariel.aliases = {AliasClaim{u"Andariel"_s, m_mitre, {}}};
    const GroupId andarielId = test::ok(m_store->addGroup(andariel));
    EXPECT_NE(lazarus, andarielId);
    EXPECT_EQ(test::ok(m_store->groups()).size(), 2u);
    EXPECT_EQ(test::ok(m_store->database().queryInt("SELECT count(*) FROM group_aliases WHERE alias = 'Andariel'")), 2);
}

TEST_F(StoreTest, RelationRoundTrip)
{
    const GroupId parent = test::ok(m_store->addGroup(makeGroup(u"Lazarus Group"_s)));
    const GroupId child = test::ok(m_store->addGroup(makeGroup(u"APT38"_s)));
    GroupRelation rel{0, parent, child, u"sub-unit"_s, m_fbi, u"OFAC"_s};
    rel.id = test::ok(m_store->addRelation(rel));
    EXPECT_EQ(test::ok(m_store->relations()), std::vector<GroupRelation>{rel});
    GroupRelation self{0, parent, parent, u"sub-unit"_s, m_fbi, {}};
    EXPECT_EQ(m_store->addRelation(self).error().code, Error::Code::Constraint);
    test::ok(m_store->removeRelation(rel.id));
    EXPECT_TRUE(test::ok(m_store->relations()).empty());
}

TEST_F(StoreTest, IncidentRoundTripWithEveryList)
{
    Incident i = makeIncident();
    i.id = test::ok(m_store->addIncident(i));
    EXPECT_EQ(test::ok(m_store->incident(i.id)), i);
    i.claims.push_back(Claim{u"start_date"_s, u"2022-03-29"_s, m_mitre, u"disclosed"_s});
    i.chains = {u"ethereum"_s, u"ronin"_s};
    i.victimCountry.reset();
    test::ok(m_store->updateIncident(i));
    EXPECT_EQ(test::ok(m_store->incident(i.id)), i);
    EXPECT_EQ(test::ok(m_store->incidents()), std::vector<Incident>{i});
    test::ok(m_store->removeIncident(i.id));
    EXPECT_EQ(m_store->incident(i.id).error().code, Error::Code::NotFound);
}

TEST_F(StoreTest, InvalidIncidentFieldsAreRefusedWithTheFieldNamed)
{
    Incident i = makeIncident();
    i.victimCountry = u"XX"_s;
    auto r = m_store->addIncident(i);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Error::Code::InvalidInput);
    EXPECT_TRUE(r.error().message.startsWith(u"Victim country"_s));
    i = makeIncident();
    i.startDate = u"2022-02-30"_s;
    EXPECT_TRUE(m_store->addIncident(i).error().message.startsWith(u"Start date"_s));
    i = makeIncident();
    i.lossUsd = -5;
    EXPECT_TRUE(m_store->addIncident(i).error().message.startsWith(u"Loss"_s));
    EXPECT_TRUE(test::ok(m_store->incidents()).empty());
}

TEST_F(StoreTest, CompetingAttributionsCoexist)
{
    const IncidentId incident = test::ok(m_store->addIncident(makeIncident()));
    const GroupId lazarus = test::ok(m_store->addGroup(makeGroup(u"Lazarus Group"_s)));
    const GroupId andariel = test::ok(m_store->addGroup(makeGroup(u"Andariel"_s)));
    Attribution a{{}, incident, lazarus, u"moderate"_s, u"Chainalysis"_s, u"2020-10-01"_s, u"flows"_s, m_mitre, false};
    Attribution b{{}, incident, andariel, u"high"_s, u"KNPA"_s, u"2024-11-21"_s, u"police"_s, m_fbi, false};
    a.id = test::ok(m_store->addAttribution(a));
    b.id = test::ok(m_store->addAttribution(b));
    // Highest confidence first; both kept.
    EXPECT_EQ(test::ok(m_store->attributions(incident)), (std::vector<Attribution>{b, a}));
    a.confidence = u"low"_s;
    test::ok(m_store->updateAttribution(a));
    Attribution bad = a;
    bad.confidence = u"certain"_s;
    EXPECT_EQ(m_store->updateAttribution(bad).error().code, Error::Code::Constraint);
    test::ok(m_store->removeAttribution(b.id));
    EXPECT_EQ(test::ok(m_store->attributions(std::nullopt)), std::vector<Attribution>{a});
}

TEST_F(StoreTest, WalletRecordsRoundTrip)
{
    const IncidentId incident = test::ok(m_store->addIncident(makeIncident()));
    const GroupId lazarus = test::ok(m_store->addGroup(makeGroup(u"Lazarus Group"_s)));
    ImportBatch batch{{},
                      u"export.csv"_s,
                      QString(64, u'a'),
                      1234,
                      u"etherscan"_s,
                      u"2026-01-01T00:00:00Z"_s,
                      u"2026-01-01T00:00:01Z"_s,
                      10,
                      9,
                      1,
                      u"one row skipped"_s};
    batch.id = test::ok(m_store->addBatch(batch));
    EXPECT_EQ(test::ok(m_store->batches()), std::vector<ImportBatch>{batch});

    // EVM addresses are stored in EIP-55 form whatever case they arrive in.
    Address from{{}, u"ethereum"_s, u"0x098b716b8aaf21512996dc57eb0615e2383e2f96"_s, u"exploiter"_s, false, batch.id};
    from.id = test::ok(m_store->addAddress(from));
    from.address = u"0x098B716B8Aaf21512996dC57EB0615e2383E2f96"_s;
    EXPECT_EQ(test::ok(m_store->address(from.id)), from);
    Address to{{}, u"bitcoin"_s, u"3LU8wRu4ZnXP4UM8Yo6kkTiGHM9BubgyiG"_s, {}, true, {}};
    to.id = test::ok(m_store->addAddress(to));
    EXPECT_EQ(test::ok(m_store->findAddress(u"ethereum"_s, u"0x098B716B8AAF21512996DC57EB0615E2383E2F96"_s)), from);
    EXPECT_EQ(test::ok(m_store->addresses()), (std::vector<Address>{from, to}));
    EXPECT_EQ(m_store->addAddress(from).error().code, Error::Code::Constraint);

    Transfer t{{}, u"ethereum"_s, u"0xabc"_s, from.id, to.id,    u"ETH"_s,    u"401346000000000000000000"_s,
               18, 1740130000,    21895238,   true,    batch.id, u"normal"_s, std::nullopt};
    t.id = test::ok(m_store->addTransfer(t));
    EXPECT_EQ(test::ok(m_store->transfers()), std::vector<Transfer>{t});
    Transfer negative = t;
    negative.amount = u"-1"_s;
    EXPECT_EQ(m_store->addTransfer(negative).error().code, Error::Code::Constraint);

    IncidentAddress role{0, incident, from.id, u"exploiter"_s, m_fbi, u"FBI list"_s, false};
    role.id = test::ok(m_store->addIncidentAddress(role));
    EXPECT_EQ(test::ok(m_store->incidentAddresses(incident)), std::vector<IncidentAddress>{role});

    Tag tag;
    tag.address = from.id;
    tag.label = u"Lazarus Group (OFAC SDN)"_s;
    tag.category = u"sanctioned"_s;
    tag.group = lazarus;
    tag.confidence = u"authority_data"_s;
    tag.source = m_fbi;
    tag.batch = batch.id;
    tag.id = test::ok(m_store->addTag(tag));
    EXPECT_EQ(test::ok(m_store->tags(from.id)), std::vector<Tag>{tag});
    tag.confidence = u"very sure"_s;
    EXPECT_EQ(m_store->addTag(tag).error().code, Error::Code::Constraint);
    tag.confidence = u"authority_data"_s;

    // The same records, read together for the detail pane; an address outside the incident is not included.
    const auto wallets = test::ok(m_store->incidentWallets(incident));
    ASSERT_EQ(wallets.size(), 1u);
    EXPECT_EQ(wallets[0].role, role);
    EXPECT_EQ(wallets[0].address, from);
    EXPECT_EQ(wallets[0].tags, std::vector<Tag>{tag});
    EXPECT_TRUE(test::ok(m_store->incidentWallets(IncidentId{999})).empty());
}

TEST_F(StoreTest, NoteAndMetaRoundTrip)
{
    Note n{{}, u"UN panel"_s, u"35 attacks"_s, m_fbi};
    n.id = test::ok(m_store->addNote(n));
    EXPECT_EQ(test::ok(m_store->notes()), std::vector<Note>{n});
    EXPECT_EQ(test::ok(m_store->meta(u"x"_s)), std::nullopt);
    test::ok(m_store->setMeta(u"x"_s, u"1"_s));
    test::ok(m_store->setMeta(u"x"_s, u"2"_s));
    EXPECT_EQ(test::ok(m_store->meta(u"x"_s)), u"2"_s);
}

TEST_F(StoreTest, AFailedStepRollsBackTheWholeTransaction)
{
    auto r = m_store->inTransaction([&]() -> Result<void> {
        test::ok(m_store->addSource(test::makeSource(u"inside"_s)));
        Incident bad = makeIncident();
        bad.sources = {SourceId{999}}; // no such source: the foreign key fails
        return m_store->addIncident(bad).transform([](IncidentId) {});
    });
    ASSERT_FALSE(r);
    EXPECT_EQ(test::ok(m_store->sources()).size(), 2u);
    EXPECT_TRUE(test::ok(m_store->incidents()).empty());
}

TEST_F(StoreTest, StatsCountRecordedFiguresAndRanges)
{
    Incident a = makeIncident();
    test::ok(m_store->addIncident(a));
    Incident b = makeIncident();
    b.startDate = u"2023-06-03"_s;
    b.endDate.reset();
    b.victimCountry = u"EE"_s;
    b.lossUsd = 100000000;
    b.claims = {Claim{u"loss_usd"_s, u"35000000"_s, m_mitre, u"initial"_s}};
    test::ok(m_store->addIncident(b));
    Incident unknown = makeIncident();
    unknown.lossUsd.reset();
    unknown.claims.clear();
    test::ok(m_store->addIncident(unknown));

    const CaseStats s = test::ok(m_store->stats());
    EXPECT_EQ(s.incidents, 3);
    EXPECT_EQ(s.countries, 2);
    EXPECT_EQ(s.lossUsdTotal, 720000000);
    EXPECT_EQ(s.lossUsdMin, 620000000 + 35000000);
    EXPECT_EQ(s.lossUsdMax, 625000000 + 100000000);
    EXPECT_EQ(s.incidentsWithoutLoss, 1);
    EXPECT_EQ(s.lossUsdByYear.at(u"2022"_s), 620000000);
    EXPECT_EQ(s.lossUsdByYear.at(u"2023"_s), 100000000);
    EXPECT_EQ(s.incidentsByYear.at(u"2022"_s), 2);
}

} // namespace
} // namespace awb
