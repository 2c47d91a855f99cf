// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Filter semantics and rollups on a hand-built case whose figures are counted by hand in the comments.
#include "core/query/incidentfilter.h"

#include "core/report/incidentsreport.h"
#include "tests/core/testcase.h"

namespace awb {
namespace {

using namespace Qt::Literals::StringLiterals;

class IncidentFilterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = test::memoryStore();
        m_misp = test::ok(m_store->addSource(test::makeSource(u"misp"_s)));
        m_mitre = test::ok(m_store->addSource(test::makeSource(u"mitre"_s)));
        m_treasury = test::ok(m_store->addSource(test::makeSource(u"treasury"_s)));
        m_lazarus = addGroup(u"Lazarus Group"_s, {{u"Andariel"_s, m_misp}, {u"Bluenoroff"_s, m_misp}});
        m_apt38 = addGroup(u"APT38"_s, {{u"BlueNoroff"_s, m_mitre}, {u"Bluenoroff"_s, m_treasury}});
        m_andariel = addGroup(u"Andariel"_s, {{u"Silent Chollima"_s, m_mitre}});
        m_trader = addGroup(u"TraderTraitor"_s, {{u"Jade Sleet"_s, m_mitre}});
        test::ok(m_store->addRelation({0, m_lazarus, m_apt38, u"sub-unit"_s, m_treasury, {}}));
        test::ok(m_store->addRelation({0, m_lazarus, m_andariel, u"sub-unit"_s, m_treasury, {}}));
        test::ok(m_store->addRelation({0, m_lazarus, m_trader, u"overlaps"_s, m_mitre, {}}));

        // Loss: recorded figure and the sources' claims (low–high).
        m_bank = addIncident(u"Central bank heist"_s, u"2016-02-04"_s, u"BD"_s, u"bank"_s, {}, 81'000'000,
                             {101'000'000}, {{m_apt38, u"high"_s}});
        m_coincheck = addIncident(u"Exchange NEM theft"_s, u"2018-01-26"_s, u"JP"_s, u"exchange"_s, {u"nem"_s},
                                  530'000'000, {}, {});
        m_upbit = addIncident(u"Exchange hot wallet"_s, u"2019-11-27"_s, u"KR"_s, u"exchange"_s, {u"ethereum"_s},
                              49'000'000, {48'500'000}, {{m_andariel, u"moderate"_s}});
        m_ronin =
            addIncident(u"Ronin bridge validators"_s, u"2022-03-23"_s, u"VN"_s, u"bridge"_s,
                        {u"ethereum"_s, u"ronin"_s}, 620'000'000, {}, {{m_trader, u"low"_s}, {m_lazarus, u"high"_s}});
        m_bybit = addIncident(u"Cold wallet theft"_s, u"2025-02-21"_s, u"AE"_s, u"exchange"_s, {u"ethereum"_s},
                              1'500'000'000, {1'460'000'000}, {{m_trader, u"high"_s}});
        m_atomic = addIncident(u"Wallet users drained"_s, u"2023-06-03"_s, u"EE"_s, u"wallet"_s, {u"bitcoin"_s},
                               100'000'000, {}, {{m_lazarus, u"moderate"_s}}, true);

        m_incidents = test::ok(m_store->incidentSummaries());
        m_directory = GroupDirectory(test::ok(m_store->groups()), test::ok(m_store->relations()));
    }

    GroupId addGroup(const QString &name, const std::vector<std::pair<QString, SourceId>> &aliases)
    {
        ActorGroup g;
        g.name = name;
        for (const auto &[alias, source] : aliases) {
            g.aliases.push_back({alias, source, {}});
        }
        return test::ok(m_store->addGroup(g));
    }

    IncidentId addIncident(const QString &title,
                           const QString &date,
                           const QString &country,
                           const QString &sector,
                           const QStringList &chains,
                           std::optional<qint64> loss,
                           const std::vector<qint64> &claims,
                           const std::vector<std::pair<GroupId, QString>> &attributions,
                           bool synthetic = false)
    {
        Incident i;
        i.title = title;
        i.startDate = date;
        i.victim = title + u" victim"_s;
        i.victimCountry = country;
        i.sector = sector;
        i.chains = chains;
        i.lossUsd = loss;
        i.lossUsdSource = loss ? std::optional(m_mitre) : std::nullopt;
        i.synthetic = synthetic;
        i.sources = {m_mitre};
        for (qint64 claim : claims) {
            i.claims.push_back({u"loss_usd"_s, QString::number(claim), m_misp, {}});
        }
        const IncidentId id = test::ok(m_store->addIncident(i));
        for (const auto &[group, confidence] : attributions) {
            Attribution a;
            a.incident = id;
            a.group = group;
            a.confidence = confidence;
            a.party = u"FBI"_s;
            a.source = m_mitre;
            test::ok(m_store->addAttribution(a));
        }
        return id;
    }

    FilterResult run(IncidentFilter filter)
    {
        return test::ok(applyFilter(*m_store, m_incidents, m_directory, test::ok(normalizedFilter(filter))));
    }

    std::vector<IncidentId> ids(IncidentFilter filter)
    {
        std::vector<IncidentId> out;
        for (const IncidentSummary *s : run(std::move(filter)).incidents) {
            out.push_back(s->id);
        }
        return out;
    }

    std::unique_ptr<db::SqliteCaseStore> m_store;
    std::vector<IncidentSummary> m_incidents;
    GroupDirectory m_directory;
    SourceId m_misp, m_mitre, m_treasury;
    GroupId m_lazarus, m_apt38, m_andariel, m_trader;
    IncidentId m_bank, m_coincheck, m_upbit, m_ronin, m_bybit, m_atomic;
};

using Ids = std::vector<IncidentId>;

TEST_F(IncidentFilterTest, SummariesCarryRangesAttributionsAndChains)
{
    ASSERT_EQ(m_incidents.size(), 6u);
    // Ordered by start date: 2016, 2018, 2019, 2022, 2023, 2025.
    EXPECT_EQ(m_incidents[3].id, m_ronin);
    const IncidentSummary &ronin = m_incidents[3];
    EXPECT_EQ(ronin.chains, (QStringList{u"ethereum"_s, u"ronin"_s}));
    ASSERT_EQ(ronin.attributions.size(), 2u);
    EXPECT_EQ(ronin.attributions[0], (AttributionSummary{m_lazarus, 3})); // strongest first
    EXPECT_EQ(ronin.attributions[1], (AttributionSummary{m_trader, 1}));
    EXPECT_EQ(ronin.primaryGroup(), m_lazarus);
    EXPECT_EQ(ronin.sourceCount, 1);
    const IncidentSummary &bybit = m_incidents[5];
    EXPECT_EQ(bybit.lossUsdLow, 1'460'000'000);
    EXPECT_EQ(bybit.lossUsdHigh, 1'500'000'000);
    EXPECT_EQ(m_incidents[0].lossUsdHigh, 101'000'000); // a claim above the recorded figure
    EXPECT_EQ(m_incidents[4].lossUsdLow, 100'000'000);
    EXPECT_TRUE(m_incidents[4].synthetic);
}

TEST_F(IncidentFilterTest, EmptyFilterRollsUpEverything)
{
    const FilterResult r = run({});
    const Rollup expected{
        .incidents = 6,
        .countries = 6,
        .lossUsd = qint64{81'000'000} + 530'000'000 + 49'000'000 + 620'000'000 + 1'500'000'000,
        .lossUsdMin = qint64{81'000'000} + 530'000'000 + 48'500'000 + 620'000'000 + 1'460'000'000,
        .lossUsdMax = qint64{101'000'000} + 530'000'000 + 49'000'000 + 620'000'000 + 1'500'000'000,
        .withoutLoss = 0,
        .disputedLoss = 3,
        .synthetic = 1, // its $100m is in no total
    };
    EXPECT_EQ(r.rollup, expected);
    EXPECT_EQ(report::rollupText(r.rollup), u"6 incidents · 6 countries · $2.74B–$2.80B total (sources disagree on 3 "
                                            u"figures) · 1 SYNTHETIC, not in the total"_s);
}

TEST(Rollup, CountsMissingFiguresAndSaysWhenThereIsNoTotal)
{
    IncidentSummary known;
    known.victimCountry = u"KR"_s;
    known.lossUsd = known.lossUsdLow = known.lossUsdHigh = 7'000'000;
    IncidentSummary unknown;
    unknown.victimCountry = u"KR"_s;
    IncidentSummary generated = known;
    generated.synthetic = true;
    const Rollup r = rollup({&known, &unknown, &generated});
    EXPECT_EQ(r, (Rollup{3, 1, 7'000'000, 7'000'000, 7'000'000, 1, 0, 1}));
    EXPECT_EQ(report::rollupText(r),
              u"3 incidents · 1 country · $7.00M total · 1 without a loss figure · 1 SYNTHETIC, not in the total"_s);
    EXPECT_EQ(report::rollupText(rollup({&unknown})), u"1 incident · 1 country · 1 without a loss figure"_s);
    EXPECT_EQ(report::rollupText(rollup({})), u"0 incidents · 0 countries"_s);
}

TEST_F(IncidentFilterTest, AGroupIncludesItsSubUnitsButNotOverlaps)
{
    IncidentFilter f;
    f.groups = {u"Lazarus Group"_s};
    EXPECT_EQ(ids(f), (Ids{m_bank, m_upbit, m_ronin, m_atomic}));
    f.groups = {u"APT38"_s};
    EXPECT_EQ(ids(f), (Ids{m_bank}));
}

TEST_F(IncidentFilterTest, AnAliasFindsEveryGroupItIsClaimedFor)
{
    IncidentFilter f;
    f.groups = {u"bluenoroff"_s};
    const FilterResult r = run(f);
    ASSERT_EQ(r.groups.size(), 1u);
    const GroupResolution &g = r.groups.front();
    ASSERT_EQ(g.matches.size(), 2u); // MISP says Lazarus Group; MITRE and Treasury say APT38
    EXPECT_TRUE(g.ambiguous());
    // Groups come in name order: APT38, then Lazarus Group.
    EXPECT_EQ(g.matches[0].group, m_apt38);
    EXPECT_EQ(g.matches[0].sources, (std::vector<SourceId>{m_mitre, m_treasury}));
    EXPECT_EQ(g.matches[1].group, m_lazarus);
    EXPECT_EQ(g.matches[1].sources, (std::vector<SourceId>{m_misp}));
    Ids found;
    for (const IncidentSummary *s : r.incidents) {
        found.push_back(s->id);
    }
    EXPECT_EQ(found, (Ids{m_bank, m_upbit, m_ronin, m_atomic})); // APT38's heist among them
    EXPECT_TRUE(report::resolutionText(g, m_directory).contains(u"APT38 (2 sources)"_s));
}

TEST_F(IncidentFilterTest, AGroupsOwnNameWinsOverAliasClaimsWhichAreReported)
{
    IncidentFilter f;
    f.groups = {u"  andariel "_s};
    const FilterResult r = run(f);
    EXPECT_EQ(r.incidents.size(), 1u);
    EXPECT_EQ(r.incidents.front()->id, m_upbit);
    const GroupResolution &g = r.groups.front();
    ASSERT_EQ(g.alsoClaimed.size(), 1u);
    EXPECT_EQ(g.alsoClaimed.front().group, m_lazarus);
    EXPECT_TRUE(g.ambiguous());
    EXPECT_TRUE(report::resolutionText(g, m_directory).contains(u"Lazarus Group"_s));
}

TEST_F(IncidentFilterTest, AnUnknownGroupIsAnErrorNotAnEmptyResult)
{
    IncidentFilter f;
    f.groups = {u"Fancy Bear"_s};
    auto r = applyFilter(*m_store, m_incidents, m_directory, f);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Error::Code::NotFound);
    EXPECT_TRUE(r.error().message.contains(u"Fancy Bear"_s));
}

TEST_F(IncidentFilterTest, ConfidenceHoldsForTheSameAttributionAsTheGroup)
{
    IncidentFilter f;
    f.groups = {u"TraderTraitor"_s};
    EXPECT_EQ(ids(f), (Ids{m_ronin, m_bybit}));
    f.minConfidence = 3; // Ronin's attribution to TraderTraitor is low, its high one is to Lazarus Group
    EXPECT_EQ(ids(f), (Ids{m_bybit}));
    f.groups.clear();
    f.minConfidence = 2;
    EXPECT_EQ(ids(f), (Ids{m_bank, m_upbit, m_ronin, m_atomic, m_bybit}));
}

TEST_F(IncidentFilterTest, CountrySectorChainAndDateCriteria)
{
    IncidentFilter f;
    f.countries = {u"kr"_s, u"JP"_s};
    EXPECT_EQ(ids(f), (Ids{m_coincheck, m_upbit}));
    f = {};
    f.sectors = {u"exchange"_s};
    EXPECT_EQ(ids(f), (Ids{m_coincheck, m_upbit, m_bybit}));
    f.chains = {u"ethereum"_s};
    EXPECT_EQ(ids(f), (Ids{m_upbit, m_bybit}));
    f = {};
    f.from = u"2019"_s;
    f.to = u"2022"_s;
    EXPECT_EQ(ids(f), (Ids{m_upbit, m_ronin}));
    f.from = u"2022-03"_s;
    f.to = u"2022-03"_s;
    EXPECT_EQ(ids(f), (Ids{m_ronin}));
    f.from = u"2022-03-24"_s;
    f.to = std::nullopt;
    EXPECT_EQ(ids(f), (Ids{m_atomic, m_bybit}));
    // The public record dates some incidents only to the year or month.
    const IncidentId vague =
        addIncident(u"Attempted SWIFT fraud"_s, u"2015"_s, u"VN"_s, u"bank"_s, {}, std::nullopt, {}, {});
    m_incidents = test::ok(m_store->incidentSummaries());
    f.from = u"2015"_s;
    f.to = u"2015"_s;
    EXPECT_EQ(ids(f), (Ids{vague}));
    f.from = u"2015-01-01"_s;
    f.to = u"2016-02"_s;
    EXPECT_EQ(ids(f), (Ids{vague, m_bank}));
}

TEST_F(IncidentFilterTest, LossRangeMatchesAnySourcedFigure)
{
    IncidentFilter f;
    f.minLossUsd = 1'470'000'000; // only the recorded $1.5bn is above; the claim of $1.46bn is not
    EXPECT_EQ(ids(f), (Ids{m_bybit}));
    f = {};
    f.maxLossUsd = 48'600'000; // Upbit's claim of $48.5m is below, its recorded $49m is not
    EXPECT_EQ(ids(f), (Ids{m_upbit}));
    f.minLossUsd = 90'000'000; // the heist's claim of $101m lies in no range below $48.6m
    EXPECT_FALSE(normalizedFilter(f));
}

TEST_F(IncidentFilterTest, TextIsMatchedAsLiteralWords)
{
    IncidentFilter f;
    f.text = u"bridge"_s;
    EXPECT_EQ(ids(f), (Ids{m_ronin}));
    f.text = u"\"bridge\" OR exchange*"_s; // query syntax is matched as words, so nothing matches
    EXPECT_EQ(ids(f), Ids{});
    f.text = u"Exchange"_s;
    f.countries = {u"KR"_s};
    EXPECT_EQ(ids(f), (Ids{m_upbit}));
}

TEST_F(IncidentFilterTest, BadValuesAreRefusedWithTheFieldNamed)
{
    for (const QString &date : {u"2019-13"_s, u"2019-02-30"_s, u"yesterday"_s, u"19"_s}) {
        IncidentFilter f;
        f.from = date;
        auto r = normalizedFilter(f);
        ASSERT_FALSE(r) << date.toStdString();
        EXPECT_TRUE(r.error().message.contains(date));
    }
    IncidentFilter f;
    f.from = u"2023"_s;
    f.to = u"2019"_s;
    EXPECT_FALSE(normalizedFilter(f));
    f = {};
    f.countries = {u"XX"_s};
    EXPECT_FALSE(normalizedFilter(f));
    f = {};
    f.minLossUsd = -1;
    EXPECT_FALSE(normalizedFilter(f));
    EXPECT_EQ(confidenceRank(u"High"_s), 3);
    EXPECT_EQ(confidenceRank(u"certain"_s), std::nullopt);
}

TEST_F(IncidentFilterTest, CsvIsRfc4180AndNeutralisesFormulas)
{
    EXPECT_EQ(report::csvCell(u"=HYPERLINK(\"x\")"_s), u"\"'=HYPERLINK(\"\"x\"\")\""_s);
    EXPECT_EQ(report::csvCell(u"-2+3"_s), u"'-2+3"_s);
    EXPECT_EQ(report::csvCell(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
    EXPECT_EQ(report::csvCell(u"a,b"_s), u"\"a,b\""_s);
    EXPECT_EQ(report::csvCell(u"line\nbreak"_s), u"\"line\nbreak\""_s);
    EXPECT_EQ(report::csvCell(u"plain"_s), u"plain"_s);
    IncidentFilter f;
    f.countries = {u"VN"_s};
    const QString csv = report::incidentsToCsv(run(f), m_directory);
    const QStringList lines = csv.split(u"\r\n"_s);
    ASSERT_EQ(lines.size(), 3); // header, one row, and the empty string after the final CRLF
    EXPECT_TRUE(lines[0].startsWith(u"id,start_date,end_date,title"_s));
    EXPECT_TRUE(lines[1].contains(u",ethereum;ronin,620000000,620000000,620000000,Lazarus Group;TraderTraitor,"_s))
        << lines[1].toStdString();
}

TEST(ParseUsdAmount, AcceptsWholeDollarsWithUnits)
{
    EXPECT_EQ(parseUsdAmount(u"250000000"_s), 250'000'000);
    EXPECT_EQ(parseUsdAmount(u"250M"_s), 250'000'000);
    EXPECT_EQ(parseUsdAmount(u" 1.5b "_s), 1'500'000'000);
    EXPECT_EQ(parseUsdAmount(u"$1,000"_s), 1'000);
    EXPECT_EQ(parseUsdAmount(u"0.25k"_s), 250);
    EXPECT_EQ(parseUsdAmount(u"1.5"_s), std::nullopt);
    EXPECT_EQ(parseUsdAmount(u"-5"_s), std::nullopt);
    EXPECT_EQ(parseUsdAmount(u"lots"_s), std::nullopt);
    EXPECT_EQ(parseUsdAmount(u"999999999999999999B"_s), std::nullopt); // past 2^63
}

TEST(CompactUsd, ThreeSignificantFigures)
{
    EXPECT_EQ(report::compactUsd(4'878'492'000), u"$4.88B"_s);
    EXPECT_EQ(report::compactUsd(1'460'000'000), u"$1.46B"_s);
    EXPECT_EQ(report::compactUsd(620'000'000), u"$620M"_s);
    EXPECT_EQ(report::compactUsd(30'700'000), u"$30.7M"_s);
    EXPECT_EQ(report::compactUsd(950'000), u"$950K"_s);
    EXPECT_EQ(report::compactUsd(312), u"$312"_s);
}

} // namespace
} // namespace awb
