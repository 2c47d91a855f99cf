// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/suggest.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace awb::graph {

using namespace Qt::Literals::StringLiterals;

namespace {

/** What the evidence searches share: the incident's addresses and the group tags of every address. */
struct Context
{
    const Snapshot &snapshot;
    const GraphData &data;
    const SuggestOptions &options;
    quint32 incident;
    std::vector<quint32> addresses;     // the incident's addresses, ascending
    std::vector<char> inIncident;       // by address index
    std::vector<quint32> tagsByAddress; // group tag indexes ordered by (address, tag)
    std::vector<quint32> firstTag;      // addresses + 1 offsets into tagsByAddress
    bool stoppedByBudget = false;

    std::span<const quint32> groupTags(quint32 address) const
    {
        return std::span(tagsByAddress).subspan(firstTag[address], firstTag[address + 1] - firstTag[address]);
    }
};

void indexTags(Context &c)
{
    const auto &tags = c.data.tags;
    c.firstTag.assign(c.data.addresses.size() + 1, 0);
    for (const GraphTag &tag : tags) {
        if (tag.group != kNone) {
            ++c.firstTag[tag.address + 1];
        }
    }
    for (std::size_t i = 1; i < c.firstTag.size(); ++i) {
        c.firstTag[i] += c.firstTag[i - 1];
    }
    c.tagsByAddress.resize(c.firstTag.back());
    std::vector<quint32> fill(c.firstTag.begin(), c.firstTag.end() - 1);
    for (quint32 t = 0; t < tags.size(); ++t) {
        if (tags[t].group != kNone) {
            c.tagsByAddress[fill[tags[t].address]++] = t;
        }
    }
}

/** One term per group for the address: its strongest tag for that group (two tags of one group are one claim). */
void addTagTerms(const Context &c,
                 std::map<quint32, std::vector<EvidenceTerm>> &terms,
                 EvidenceKind kind,
                 quint32 address,
                 double value,
                 int hops,
                 quint32 origin)
{
    std::map<quint32, quint32> best; // group → tag
    for (quint32 t : c.groupTags(address)) {
        const GraphTag &tag = c.data.tags[t];
        auto [it, added] = best.emplace(tag.group, t);
        if (!added && c.data.tags[it->second].confidenceLevel < tag.confidenceLevel) {
            it->second = t;
        }
    }
    for (const auto &[group, t] : best) {
        EvidenceTerm term;
        term.kind = kind;
        term.value = value;
        term.weight = std::clamp(c.data.tags[t].confidenceLevel, 0, 100) / 100.0 *
                      std::pow(c.options.hopDecay, std::max(0, hops - 1));
        term.tag = t;
        term.incidentAddress = origin;
        term.hops = hops;
        terms[group].push_back(term);
    }
}

struct Share
{
    double share = 0;
    double largestPart = -1;
    quint32 origin = kNone; // the incident address behind the largest part
};

void merge(Share &into, const Share &part)
{
    into.share += part.share;
    if (part.largestPart > into.largestPart) {
        into.largestPart = part.largestPart;
        into.origin = part.origin;
    }
}

/**
 * Proportional ("haircut") propagation of the incident's value along flows, @p out forward or else backward, one
 * hop per layer: a node passes its share on in proportion to the amounts of its flows (equally per asset first, as
 * amounts of different assets do not compare). Value stops at the incident's own addresses, at nodes already
 * reached (the first, shortest arrival counts), at group-tagged addresses (it has arrived) and at services, whose
 * pooled funds say nothing more about the incident.
 */
void flowTerms(Context &c, bool out, std::map<quint32, std::vector<EvidenceTerm>> &terms)
{
    const Snapshot &s = c.snapshot;
    auto flowsOf = [&](NodeIndex n) {
        return out ? s.outFlows(n) : s.inFlows(n);
    };
    auto otherEnd = [&](const Flow &f) {
        return out ? f.to : f.from;
    };

    // Value moving between the incident's own addresses has not left it: such flows are not counted at all.
    auto internal = [&](NodeIndex n) {
        return s.kind(n) == NodeKind::Address && c.inIncident[s.local(n)];
    };
    std::vector<quint32> sources;
    for (quint32 a : c.addresses) {
        for (quint32 f : flowsOf(s.node(NodeKind::Address, a))) {
            if (!internal(otherEnd(s.flow(f)))) {
                sources.push_back(a);
                break;
            }
        }
    }
    if (sources.empty()) {
        return;
    }
    std::vector<char> reached(s.nodeCount(), 0);
    std::map<NodeIndex, Share> layer;
    for (quint32 a : sources) {
        const NodeIndex n = s.node(NodeKind::Address, a);
        layer[n] = Share{1.0 / double(sources.size()), 0, a};
    }
    for (quint32 a : c.addresses) {
        reached[s.node(NodeKind::Address, a)] = 1;
    }
    std::size_t budget = c.options.nodeBudget;

    // Splits a node's share over its flows; transactions pass theirs on within the same hop.
    auto spread = [&](NodeIndex node, const Share &from, std::map<NodeIndex, Share> &into) {
        const auto flows = flowsOf(node);
        std::map<quint16, Amount> totals;
        for (quint32 f : flows) {
            if (!internal(otherEnd(s.flow(f)))) {
                totals[s.flow(f).asset] += s.flow(f).amount;
            }
        }
        for (quint32 f : flows) {
            const Flow &flow = s.flow(f);
            const NodeIndex next = otherEnd(flow);
            if (internal(next)) {
                continue;
            }
            const Amount total = totals[flow.asset];
            if (reached[next] || total == 0) {
                continue;
            }
            const double part = from.share / double(totals.size()) * (toDouble(flow.amount) / toDouble(total));
            merge(into[next], Share{part, part, from.origin});
        }
    };

    for (int hop = 1; hop <= c.options.hops && !layer.empty(); ++hop) {
        // A hop is a transfer, or a transaction from one side to the other: layers hold addresses only.
        std::map<NodeIndex, Share> step, next;
        for (const auto &[node, share] : layer) {
            spread(node, share, step);
        }
        for (const auto &[node, share] : step) {
            if (s.kind(node) == NodeKind::Transaction) {
                reached[node] = 1;
                spread(node, share, next);
            } else {
                merge(next[node], share);
            }
        }
        layer.clear();
        for (const auto &[node, share] : next) {
            if (budget-- == 0) {
                c.stoppedByBudget = true;
                return;
            }
            reached[node] = 1;
            const quint32 address = s.local(node);
            if (!c.groupTags(address).empty()) {
                addTagTerms(c, terms, out ? EvidenceKind::FlowOut : EvidenceKind::FlowIn, address, share.share, hop,
                            share.origin);
            } else if (s.serviceOfAddress(address) == kNone) {
                layer.emplace(node, share);
            }
        }
    }
}

/**
 * Clusters the incident shares with other incidents that are attributed: one term per attribution of such an
 * incident. A service's cluster is skipped and reported, since its customers are unrelated to each other.
 */
void clusterTerms(const Context &c,
                  std::map<quint32, std::vector<EvidenceTerm>> &terms,
                  std::vector<IgnoredCluster> &ignored)
{
    const Clustering &clustering = c.snapshot.clustering();
    std::vector<std::vector<quint32>> rolesByAddress(c.data.addresses.size());
    for (quint32 r = 0; r < c.data.roles.size(); ++r) {
        rolesByAddress[c.data.roles[r].address].push_back(r);
    }

    struct Shared
    {
        quint32 cluster = kNone, own = kNone, other = kNone, clusters = 0;
    };

    std::map<quint32, Shared> byIncident; // other incident → its first shared cluster
    std::vector<quint32> clusters;
    for (quint32 a : c.addresses) {
        clusters.push_back(clustering.clusterOf(a));
    }
    std::ranges::sort(clusters);
    clusters.erase(std::unique(clusters.begin(), clusters.end()), clusters.end());
    for (quint32 cluster : clusters) {
        if (clustering.serviceOf(cluster) != kNone) {
            ignored.push_back({cluster, clustering.serviceOf(cluster)});
            continue;
        }
        quint32 own = kNone;
        for (quint32 a : clustering.members(cluster)) {
            if (c.inIncident[a]) {
                own = a;
                break;
            }
        }
        std::map<quint32, quint32> here; // other incident → its address in this cluster
        for (quint32 a : clustering.members(cluster)) {
            for (quint32 r : rolesByAddress[a]) {
                if (c.data.roles[r].incident != c.incident) {
                    here.emplace(c.data.roles[r].incident, a);
                }
            }
        }
        for (const auto &[other, address] : here) {
            Shared &shared = byIncident[other];
            if (shared.clusters++ == 0) {
                shared = Shared{cluster, own, address, 1};
            }
        }
    }
    for (quint32 a = 0; a < c.data.attributions.size(); ++a) {
        const GraphAttribution &attribution = c.data.attributions[a];
        const auto it = byIncident.find(attribution.incident);
        if (it == byIncident.end() || attribution.rank < 1 || attribution.rank > 3) {
            continue;
        }
        EvidenceTerm term;
        term.kind = EvidenceKind::SharedCluster;
        term.value = 1;
        term.weight = kSharedClusterWeight * attribution.rank / 3.0;
        term.attribution = a;
        term.cluster = it->second.cluster;
        term.sharedClusters = it->second.clusters;
        term.ownAddress = it->second.own;
        term.otherAddress = it->second.other;
        terms[attribution.group].push_back(term);
    }
}

/** The link of @p node of @p kind whose ref is @p ref, as a step leaving @p node. */
std::optional<PathStep> linkAt(const Snapshot &s, NodeIndex node, LinkKind kind, quint32 ref)
{
    for (quint32 l : s.links(node)) {
        if (s.link(l).kind == kind && s.link(l).ref == ref) {
            return PathStep{l, s.link(l).from == node};
        }
    }
    return std::nullopt;
}

/** incident → … → group for one term: the path code finds the way to the evidence, the last link names the group. */
std::optional<Path> explain(const Context &c, const EvidenceTerm &term, quint32 group)
{
    const Snapshot &s = c.snapshot;
    const NodeIndex incidentNode = s.node(NodeKind::Incident, c.incident);
    PathOptions options;
    options.nodeBudget = c.options.nodeBudget;
    NodeIndex target = 0;
    std::optional<PathStep> last;
    if (term.kind == EvidenceKind::SharedCluster) {
        const quint32 other = c.data.attributions[term.attribution].incident;
        target = s.node(NodeKind::Incident, other);
        last = linkAt(s, target, LinkKind::Attribution, term.attribution);
        options.excludedKinds = {LinkKind::Flow, LinkKind::Attribution, LinkKind::GroupTag, LinkKind::ServiceTag};
        options.maxLength = 4;
    } else {
        target = s.node(NodeKind::Address, c.data.tags[term.tag].address);
        last = linkAt(s, target, LinkKind::GroupTag, term.tag);
        options.excludedKinds = {LinkKind::Member, LinkKind::Attribution, LinkKind::GroupTag, LinkKind::ServiceTag};
        options.maxLength = 1 + 2 * c.options.hops; // the role, then a transaction is two flows
    }
    PathResult found = shortestPath(s, incidentNode, target, options);
    if (found.paths.empty() || !last) {
        return std::nullopt;
    }
    Path path = std::move(found.paths.front());
    path.steps.push_back(*last);
    path.nodes.push_back(s.node(NodeKind::Group, group));
    return path;
}

} // namespace

QString evidenceKindName(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::TaggedAddress:
        return u"tagged_address"_s;
    case EvidenceKind::FlowOut:
        return u"flow_out"_s;
    case EvidenceKind::FlowIn:
        return u"flow_in"_s;
    case EvidenceKind::SharedCluster:
        return u"shared_cluster"_s;
    }
    return {};
}

Result<SuggestResult> suggestGroups(const Snapshot &snapshot, quint32 incident, const SuggestOptions &options)
{
    const GraphData &data = snapshot.data();
    if (incident >= data.incidents.size()) {
        return fail(Error::Code::NotFound, u"No such incident in the graph."_s);
    }
    if (options.hops < 1 || options.hops > kMaxSuggestHops) {
        return fail(Error::Code::InvalidInput,
                    u"The number of hops must be between 1 and %1, not %2."_s.arg(kMaxSuggestHops).arg(options.hops));
    }
    Context c{snapshot, data, options, incident, {}, std::vector<char>(data.addresses.size(), 0), {}, {}};
    for (const GraphRole &role : data.roles) {
        if (role.incident == incident && !c.inIncident[role.address]) {
            c.inIncident[role.address] = 1;
            c.addresses.push_back(role.address);
        }
    }
    std::ranges::sort(c.addresses);
    indexTags(c);

    SuggestResult result;
    result.incident = incident;
    for (quint32 a = 0; a < data.attributions.size(); ++a) {
        if (data.attributions[a].incident == incident) {
            result.alreadyAttributed.push_back(a);
        }
    }
    std::map<quint32, std::vector<EvidenceTerm>> terms; // group → terms
    for (quint32 a : c.addresses) {
        // Each of the incident's addresses is an equal share of it, so the component is at most 1 however many
        // addresses a group has tagged.
        addTagTerms(c, terms, EvidenceKind::TaggedAddress, a, 1.0 / double(c.addresses.size()), 0, a);
    }
    flowTerms(c, true, terms);
    flowTerms(c, false, terms);
    clusterTerms(c, terms, result.ignoredClusters);
    result.stoppedByBudget = c.stoppedByBudget;

    for (auto &[group, groupTerms] : terms) {
        Suggestion suggestion;
        suggestion.group = group;
        std::ranges::stable_sort(groupTerms,
                                 [](const EvidenceTerm &a, const EvidenceTerm &b) { return a.score() > b.score(); });
        for (const EvidenceTerm &term : groupTerms) {
            suggestion.score += term.score();
        }
        for (const EvidenceTerm &term : groupTerms) {
            if (int(suggestion.paths.size()) >= options.pathsPerSuggestion) {
                break;
            }
            if (auto path = explain(c, term, group);
                path && std::ranges::find(suggestion.paths, *path) == suggestion.paths.end()) {
                suggestion.paths.push_back(std::move(*path));
            }
        }
        suggestion.breakdown = std::move(groupTerms);
        result.suggestions.push_back(std::move(suggestion));
    }
    std::ranges::stable_sort(result.suggestions, [&](const Suggestion &a, const Suggestion &b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        return data.groups[a.group].name < data.groups[b.group].name;
    });
    return result;
}

} // namespace awb::graph
