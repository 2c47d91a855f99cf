// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/suggest.h"

#include "tests/core/testcase.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace awb;
using namespace awb::graph;

namespace {

enum Address : quint32 { Victim, Exploiter, StrongTagged, WeakTagged, Hop, FarTagged, Funder, Shared, Count };

enum Group : quint32 { Alpha, Beta, Gamma, Delta, Epsilon };

/**
 * Incident 0 (victim, exploiter, shared address) and incident 1 (the shared address only). The exploiter pays
 * 100 to a wallet tagged Alpha (confidence 90), 100 to one tagged Beta (30) and 200 to an untagged hop that pays a
 * wallet tagged Gamma (100). A wallet tagged Beta (50) funded the victim. The exploiter itself is tagged Epsilon
 * (60). Incident 1 is attributed to Delta (high) and Beta (low); incident 0 to Alpha, which must not count.
 */
GraphData handCase()
{
    GraphData d;
    const quint16 eth = d.chainIndex(u"ethereum"_s);
    d.assets.push_back({eth, u"ETH"_s, 18, {}});
    for (quint32 a = 0; a < Count; ++a) {
        d.addAddress(eth, u"0x%1"_s.arg(a + 1, 40, 10, QLatin1Char('0')), a + 1);
    }
    auto transfer = [&](quint32 from, quint32 to, Amount amount) {
        const auto n = qint64(d.transfers.size());
        d.transfers.push_back({from, to, 0, TransferKind::Normal, false, amount, 100 + n, n + 1});
    };
    transfer(Victim, Exploiter, 1000); // inside the incident: not value leaving it
    transfer(Exploiter, StrongTagged, 100);
    transfer(Exploiter, WeakTagged, 100);
    transfer(Exploiter, Hop, 200);
    transfer(Hop, FarTagged, 50);
    transfer(Funder, Victim, 10);
    d.incidents.push_back({10, u"Theft"_s, u"2024-01-01"_s, false});
    d.incidents.push_back({11, u"Earlier theft"_s, u"2023-01-01"_s, false});
    for (const char *name : {"Alpha", "Beta", "Gamma", "Delta", "Epsilon"}) {
        d.groups.push_back({qint64(d.groups.size() + 1), QString::fromLatin1(name)});
    }
    d.roles.push_back({1, 0, Victim, u"victim"_s, false});
    d.roles.push_back({2, 0, Exploiter, u"exploiter"_s, false});
    d.roles.push_back({3, 0, Shared, u"laundering"_s, false});
    d.roles.push_back({4, 1, Shared, u"laundering"_s, false});
    d.attributions.push_back({1, 0, Alpha, u"high"_s, 3, u"FBI"_s, false});
    d.attributions.push_back({2, 1, Delta, u"high"_s, 3, u"FBI"_s, false});
    d.attributions.push_back({3, 1, Beta, u"low"_s, 1, u"Vendor"_s, false});
    auto tag = [&](quint32 address, quint32 group, int level) {
        GraphTag t;
        t.rowId = qint64(d.tags.size() + 1);
        t.address = address;
        t.group = group;
        t.label = d.groups[group].name + u" wallet"_s;
        t.confidenceLevel = level;
        d.tags.push_back(t);
    };
    tag(StrongTagged, Alpha, 90);
    tag(WeakTagged, Beta, 30);
    tag(FarTagged, Gamma, 100);
    tag(Funder, Beta, 50);
    tag(Exploiter, Epsilon, 60);
    tag(Exploiter, Epsilon, 20); // a weaker second claim of the same group is not counted twice
    d.deriveServices();
    return d;
}

const Suggestion &suggestionFor(const SuggestResult &r, quint32 group)
{
    const auto it = std::ranges::find(r.suggestions, group, &Suggestion::group);
    EXPECT_NE(it, r.suggestions.end()) << "no suggestion for group " << group;
    return *it;
}

TEST(Suggest, RanksGroupsByTheDocumentedScore)
{
    const auto s = Snapshot::build(handCase());
    const SuggestResult r = test::ok(suggestGroups(*s, 0));
    // Alpha: 100/400 of the exploiter's value × 0.9; Gamma: 200/400 two hops out × 1.0 × 0.5; Beta: 100/400 × 0.3
    // out, all the victim's inflow × 0.5 in, and a shared cluster with a low (rank 1) attribution: 0.5 × 1/3;
    // Delta: the shared cluster with a high attribution, 0.5 × 3/3; Epsilon: one of the incident's three
    // addresses carries its tag, 1/3 × 0.6.
    const std::vector<std::pair<Group, double>> expected{
        {Beta, 0.075 + 0.5 + 0.5 / 3}, {Delta, 0.5}, {Gamma, 0.25}, {Alpha, 0.225}, {Epsilon, 0.2}};
    ASSERT_EQ(r.suggestions.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(r.suggestions[i].group, expected[i].first) << i;
        EXPECT_NEAR(r.suggestions[i].score, expected[i].second, 1e-12) << i;
        double sum = 0;
        for (const EvidenceTerm &term : r.suggestions[i].breakdown) {
            sum += term.value * term.weight;
        }
        EXPECT_DOUBLE_EQ(sum, r.suggestions[i].score);
    }
    // A flow into a strongly tagged wallet beats the same flow into a weakly tagged one.
    const EvidenceTerm &alpha = suggestionFor(r, Alpha).breakdown.front();
    EXPECT_EQ(alpha.kind, EvidenceKind::FlowOut);
    EXPECT_EQ(alpha.hops, 1);
    EXPECT_EQ(alpha.incidentAddress, quint32(Exploiter));
    const auto &beta = suggestionFor(r, Beta).breakdown;
    const auto weakOut = std::ranges::find(beta, EvidenceKind::FlowOut, &EvidenceTerm::kind);
    ASSERT_NE(weakOut, beta.end());
    EXPECT_GT(alpha.score(), weakOut->score());
    EXPECT_EQ(std::ranges::count(beta, EvidenceKind::FlowIn, &EvidenceTerm::kind), 1);
    EXPECT_EQ(suggestionFor(r, Gamma).breakdown.front().hops, 2);
    ASSERT_EQ(suggestionFor(r, Epsilon).breakdown.size(), 1u);
    EXPECT_EQ(suggestionFor(r, Epsilon).breakdown.front().kind, EvidenceKind::TaggedAddress);
    const EvidenceTerm &delta = suggestionFor(r, Delta).breakdown.front();
    EXPECT_EQ(delta.kind, EvidenceKind::SharedCluster);
    EXPECT_EQ(delta.attribution, 1u);
    EXPECT_EQ(delta.ownAddress, quint32(Shared));
    EXPECT_EQ(delta.cluster, s->clustering().clusterOf(Shared));
}

TEST(Suggest, OwnAttributionsAreListedNotCounted)
{
    const auto s = Snapshot::build(handCase());
    const SuggestResult r = test::ok(suggestGroups(*s, 0));
    EXPECT_EQ(r.alreadyAttributed, std::vector<quint32>{0});
    for (const Suggestion &suggestion : r.suggestions) {
        for (const EvidenceTerm &term : suggestion.breakdown) {
            EXPECT_NE(term.attribution, 0u);
        }
        for (const Path &path : suggestion.paths) {
            for (const PathStep &step : path.steps) {
                const Link &link = s->link(step.link);
                EXPECT_FALSE(link.kind == LinkKind::Attribution && link.ref == 0u) << "own attribution used";
            }
        }
    }
    // Alpha is suggested on its flow evidence alone, although incident 0 is already attributed to it.
    EXPECT_EQ(suggestionFor(r, Alpha).breakdown.size(), 1u);

    // Seen from incident 1, the shared address points at Alpha through incident 0's attribution.
    const SuggestResult other = test::ok(suggestGroups(*s, 1));
    EXPECT_EQ(other.alreadyAttributed, (std::vector<quint32>{1, 2}));
    const Suggestion &alpha = suggestionFor(other, Alpha);
    EXPECT_EQ(alpha.breakdown.front().kind, EvidenceKind::SharedCluster);
    EXPECT_DOUBLE_EQ(alpha.score, 0.5);
}

TEST(Suggest, ExplanationPathsRunFromTheIncidentToTheGroup)
{
    const auto s = Snapshot::build(handCase());
    const SuggestResult r = test::ok(suggestGroups(*s, 0));
    const NodeIndex incident = s->node(NodeKind::Incident, 0);
    for (const Suggestion &suggestion : r.suggestions) {
        ASSERT_FALSE(suggestion.paths.empty()) << suggestion.group;
        for (const Path &path : suggestion.paths) {
            ASSERT_EQ(path.nodes.size(), path.steps.size() + 1);
            EXPECT_EQ(path.nodes.front(), incident);
            EXPECT_EQ(path.nodes.back(), s->node(NodeKind::Group, suggestion.group));
            for (std::size_t i = 0; i < path.steps.size(); ++i) {
                const Link &link = s->link(path.steps[i].link);
                EXPECT_EQ(path.steps[i].forward ? link.from : link.to, path.nodes[i]);
                EXPECT_EQ(path.steps[i].forward ? link.to : link.from, path.nodes[i + 1]);
            }
        }
    }
    const Path &gamma = suggestionFor(r, Gamma).paths.front();
    EXPECT_EQ(gamma.length(), 4u); // role, two transfers, the tag
    EXPECT_EQ(s->link(gamma.steps.back().link).kind, LinkKind::GroupTag);
    const Path &delta = suggestionFor(r, Delta).paths.front();
    EXPECT_EQ(s->link(delta.steps.back().link).kind, LinkKind::Attribution);
    EXPECT_EQ(delta.nodes[delta.nodes.size() - 2], s->node(NodeKind::Incident, 1));
}

TEST(Suggest, HopsBoundTheFlowSearch)
{
    const auto s = Snapshot::build(handCase());
    SuggestOptions options;
    options.hops = 1;
    const SuggestResult r = test::ok(suggestGroups(*s, 0, options));
    EXPECT_EQ(std::ranges::find(r.suggestions, quint32(Gamma), &Suggestion::group), r.suggestions.end());
    options.hops = 0;
    EXPECT_EQ(suggestGroups(*s, 0, options).error().code, Error::Code::InvalidInput);
    EXPECT_EQ(suggestGroups(*s, 7).error().code, Error::Code::NotFound);
}

} // namespace
