// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/graph/trace.h"

#include <algorithm>
#include <tuple>

namespace awb::graph {

using namespace Qt::Literals::StringLiterals;

namespace {

Error invalid(const QString &message)
{
    return Error{Error::Code::InvalidInput, message, {}};
}

void addUnique(std::vector<NodeIndex> &nodes, NodeIndex n)
{
    if (std::find(nodes.begin(), nodes.end(), n) == nodes.end()) {
        nodes.push_back(n);
    }
}

/** The flows into (@p incoming) or out of @p nodes inside the window, each once, ascending. */
std::vector<quint32>
flowsOf(const Snapshot &s, const std::vector<NodeIndex> &nodes, bool incoming, const TimeWindow &window)
{
    std::vector<quint32> out;
    for (NodeIndex n : nodes) {
        for (quint32 f : incoming ? s.inFlows(n) : s.outFlows(n)) {
            if (window.contains(s.flow(f).timestamp)) {
                out.push_back(f);
            }
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace

std::optional<Amount> minAmountUnits(const QString &text, int decimals)
{
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    const auto digits = [](const QString &s) {
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (whole.isEmpty() || !digits(whole) || !digits(fraction) || (dot >= 0 && fraction.isEmpty())) {
        return std::nullopt;
    }
    // Digits finer than the asset's base unit round the threshold up: "ignore below 0.5" of a 0-decimal token is 1.
    const QString finer = fraction.size() > decimals ? fraction.mid(decimals) : QString();
    const bool roundUp = std::any_of(finer.begin(), finer.end(), [](QChar c) { return c != u'0'; });
    const QString kept = fraction.left(decimals);
    auto units = parseDecimalUnits(kept.isEmpty() ? whole : QString(whole + u'.' + kept), decimals);
    if (!units) {
        return std::nullopt;
    }
    return *units + (roundUp ? 1 : 0);
}

Result<TraceSeeds> addressSeeds(const Snapshot &snapshot, const QString &text, const TraceOptions &options)
{
    const auto node = snapshot.resolve(text.trimmed());
    if (!node || snapshot.kind(*node) != NodeKind::Address) {
        return std::unexpected(
            Error{Error::Code::NotFound, u"The case has no address \"%1\"."_s.arg(text.trimmed()), {}});
    }
    TraceSeeds seeds;
    seeds.nodes = {*node};
    seeds.sourceFlows = flowsOf(snapshot, seeds.nodes, true, options.window);
    seeds.basis = u"everything the address received inside the window"_s;
    return seeds;
}

Result<TraceSeeds> incidentSeeds(const Snapshot &snapshot, qint64 incidentRowId, const TraceOptions &options)
{
    const GraphData &data = snapshot.data();
    const auto incident = std::find_if(data.incidents.begin(), data.incidents.end(),
                                       [&](const GraphIncident &i) { return i.rowId == incidentRowId; });
    if (incident == data.incidents.end()) {
        return std::unexpected(Error{Error::Code::NotFound, u"The case has no incident %1."_s.arg(incidentRowId), {}});
    }
    const quint32 index = quint32(incident - data.incidents.begin());
    std::vector<NodeIndex> victims, exploiters, cashOuts;
    for (const GraphRole &r : data.roles) {
        if (r.incident != index) {
            continue;
        }
        const NodeIndex n = snapshot.node(NodeKind::Address, r.address);
        if (r.role == u"victim"_s) {
            addUnique(victims, n);
        } else if (r.role == u"exploiter"_s) {
            addUnique(exploiters, n);
        } else if (r.role == u"cash-out"_s) {
            addUnique(cashOuts, n);
        }
    }
    TraceSeeds seeds;
    if (options.direction == TraceDirection::Backward) {
        seeds.nodes = cashOuts.empty() ? exploiters : cashOuts;
        seeds.sourceFlows = flowsOf(snapshot, seeds.nodes, true, options.window);
        seeds.basis = cashOuts.empty() ? u"everything the incident's exploiter addresses received"_s
                                       : u"everything the incident's cash-out addresses received"_s;
    } else if (!exploiters.empty()) {
        seeds.nodes = exploiters;
        const auto isVictim = [&](NodeIndex n) {
            return std::find(victims.begin(), victims.end(), n) != victims.end();
        };
        for (quint32 f : flowsOf(snapshot, exploiters, true, options.window)) {
            // A UTXO payment comes from a transaction: it is the victims' when one of its inputs is.
            const Flow &flow = snapshot.flow(f);
            const auto inputs =
                flow.kind == FlowKind::Output ? snapshot.inFlows(flow.from) : std::span<const quint32>();
            if (victims.empty() || isVictim(flow.from) ||
                std::any_of(inputs.begin(), inputs.end(), [&](quint32 i) { return isVictim(snapshot.flow(i).from); })) {
                seeds.sourceFlows.push_back(f);
            }
        }
        seeds.basis = victims.empty() ? u"everything the incident's exploiter addresses received"_s
                                      : u"what the exploiter addresses received from the victim addresses"_s;
    } else {
        seeds.nodes = victims;
        seeds.sourceFlows = flowsOf(snapshot, victims, false, options.window);
        seeds.basis = u"everything the incident's victim addresses sent"_s;
    }
    if (seeds.nodes.empty()) {
        return std::unexpected(
            invalid(options.direction == TraceDirection::Backward
                        ? u"Incident %1 has no cash-out or exploiter addresses to trace back from."_s.arg(incidentRowId)
                        : u"Incident %1 has no exploiter or victim addresses to trace from."_s.arg(incidentRowId)));
    }
    return seeds;
}

struct Tracer::Work
{
    explicit Work(const Snapshot &s)
        : epoch(s.nodeCount(), 0)
        , hop(s.nodeCount(), 0)
        , flags(s.nodeCount(), 0)
        , flowEpoch(s.flowCount(), 0)
        , sim(s.nodeCount())
    {}

    enum Flag : quint8 { Seed = 1, Expanded = 2, FollowedOut = 4, Stop = 8, Source = 16 };

    std::vector<quint32> epoch;
    std::vector<int> hop;
    std::vector<quint8> flags;
    std::vector<quint32> flowEpoch;
    quint32 current = 0;
    std::vector<NodeIndex> visited, level, nextLevel;
    std::vector<quint32> flows;
    std::vector<SimFlow> simFlows;
    TaintSimulation sim;
};

Tracer::Tracer(std::shared_ptr<const Snapshot> snapshot)
    : m_snapshot(std::move(snapshot))
    , m_work(std::make_unique<Work>(*m_snapshot))
{}

Tracer::~Tracer() = default;

Result<TraceResult> Tracer::run(const TraceSeeds &seeds, const TraceOptions &options)
{
    const Snapshot &s = *m_snapshot;
    const GraphData &data = s.data();
    Work &w = *m_work;
    const bool forward = options.direction == TraceDirection::Forward;

    std::vector<Amount> minimum(data.assets.size(), 0);
    if (!options.minAmount.isEmpty()) {
        for (size_t a = 0; a < data.assets.size(); ++a) {
            const auto units = minAmountUnits(options.minAmount, data.assets[a].decimals);
            if (!units) {
                return std::unexpected(
                    invalid(u"The minimum amount \"%1\" is not a decimal number of whole units (such as 0.5)."_s.arg(
                        options.minAmount)));
            }
            minimum[a] = *units;
        }
    }
    std::vector<bool> passes(data.services.size(), false);
    for (size_t i = 0; i < data.services.size(); ++i) {
        passes[i] = options.through.contains(data.services[i].category, Qt::CaseInsensitive);
    }

    if (++w.current == 0) {
        std::fill(w.epoch.begin(), w.epoch.end(), 0);
        std::fill(w.flowEpoch.begin(), w.flowEpoch.end(), 0);
        w.current = 1;
    }
    const quint32 cur = w.current;
    w.visited.clear();
    w.flows.clear();
    w.level.clear();
    w.nextLevel.clear();

    // Visiting a node sets its hop; a node found again at a smaller hop (through a peel chain's change) is lowered.
    const auto visit = [&](NodeIndex n, int h, bool sameLevel) {
        if (w.epoch[n] == cur && w.hop[n] <= h) {
            return;
        }
        if (w.epoch[n] != cur) {
            w.epoch[n] = cur;
            w.flags[n] = 0;
            w.visited.push_back(n);
            if (s.kind(n) == NodeKind::Address) {
                const quint32 service = s.serviceOfAddress(s.local(n));
                if (service != kNone && !passes[service]) {
                    w.flags[n] |= Work::Stop;
                }
            }
        }
        w.hop[n] = h;
        (sameLevel ? w.level : w.nextLevel).push_back(n);
    };
    const auto addFlow = [&](quint32 f) {
        if (w.flowEpoch[f] != cur) {
            w.flowEpoch[f] = cur;
            w.flows.push_back(f);
        }
    };
    for (NodeIndex n : seeds.nodes) {
        visit(n, 0, true);
        w.flags[n] |= Work::Seed;
    }
    for (quint32 f : seeds.sourceFlows) {
        addFlow(f);
        const NodeIndex to = forward ? s.flow(f).to : s.flow(f).from;
        const bool isSeed = w.epoch[to] == cur && (w.flags[to] & Work::Seed);
        visit(to, isSeed ? 0 : 1, isSeed);
    }
    const std::vector<quint32> sourceList = w.flows;

    for (int h = 0; !w.level.empty(); ++h) {
        while (!w.level.empty()) {
            const NodeIndex n = w.level.back();
            w.level.pop_back();
            if (w.hop[n] != h || (w.flags[n] & Work::Expanded)) {
                continue;
            }
            const bool tx = s.kind(n) == NodeKind::Transaction;
            const bool seed = w.flags[n] & Work::Seed;
            if (!tx && (!seed && (w.flags[n] & Work::Stop))) {
                continue;
            }
            if (!tx && options.maxHops >= 0 && h >= options.maxHops) {
                continue;
            }
            w.flags[n] |= Work::Expanded;
            std::optional<PeelStep> peel = forward ? peelStep(s, n, options.window) : std::nullopt;
            for (quint32 f : forward ? s.outFlows(n) : s.inFlows(n)) {
                const Flow &flow = s.flow(f);
                if (!options.window.contains(flow.timestamp)) {
                    continue;
                }
                addFlow(f);
                if (flow.amount < minimum[flow.asset]) {
                    continue;
                }
                w.flags[n] |= Work::FollowedOut;
                const NodeIndex to = forward ? flow.to : flow.from;
                bool free = s.kind(to) != NodeKind::Address;
                if (!free && forward) {
                    free = peel && peel->change == f;
                } else if (!free && flow.kind == FlowKind::Transfer) {
                    const auto back = peelStep(s, to, options.window);
                    free = back && back->change == f;
                }
                visit(to, free ? h : h + 1, free);
            }
            // Everything the node receives counts in its balance, traced or not: haircut dilutes by it and FIFO
            // queues it. What comes from nodes the trace does not follow is untainted (role External below).
            for (quint32 f : forward ? s.inFlows(n) : s.outFlows(n)) {
                if (options.window.contains(s.flow(f).timestamp)) {
                    addFlow(f);
                }
            }
        }
        std::swap(w.level, w.nextLevel);
    }

    // Roles: the traced value, value from nodes not followed, dust not followed, and everything else.
    for (quint32 f : sourceList) {
        w.flowEpoch[f] = cur - 1; // marks "source" for the pass below; flowEpoch is rewritten before next use
    }
    w.simFlows.clear();
    for (quint32 f : w.flows) {
        const Flow &flow = s.flow(f);
        const NodeIndex from = forward ? flow.from : flow.to;
        const NodeIndex to = forward ? flow.to : flow.from;
        SimFlow::Role role = SimFlow::Role::Normal;
        if (w.flowEpoch[f] != cur) {
            role = SimFlow::Role::Source;
        } else if (w.epoch[from] != cur || !(w.flags[from] & Work::Expanded)) {
            role = SimFlow::Role::External;
        } else if (flow.amount < minimum[flow.asset]) {
            role = SimFlow::Role::BelowMin;
        }
        w.simFlows.push_back({f, from, to, role});
    }
    for (quint32 f : sourceList) {
        w.flowEpoch[f] = cur;
    }
    // Chronological order (reversed backward); a transaction's inputs enter before its outputs leave, in index order.
    const auto key = [&](const SimFlow &sf) {
        const Flow &f = s.flow(sf.flow);
        const bool isTx = f.kind != FlowKind::Transfer;
        const quint32 major = !isTx ? f.ref : s.local(f.kind == FlowKind::Input ? f.to : f.from);
        return std::tuple(f.timestamp, int(isTx), major, int(f.kind == FlowKind::Output));
    };
    std::sort(w.simFlows.begin(), w.simFlows.end(), [&](const SimFlow &a, const SimFlow &b) {
        const auto ka = key(a), kb = key(b);
        if (ka != kb) {
            return forward ? ka < kb : kb < ka;
        }
        return s.flow(a.flow).ref < s.flow(b.flow).ref;
    });
    w.sim.run(s, w.simFlows);

    TraceResult result;
    result.direction = options.direction;
    result.seeds = seeds;
    result.flowsVisited = w.simFlows.size();
    result.nodesVisited = w.visited.size();
    std::vector<AssetTotals> totals(data.assets.size());
    for (size_t a = 0; a < totals.size(); ++a) {
        totals[a].asset = quint16(a);
        totals[a].traced = w.sim.traced()[a];
        totals[a].belowMin = w.sim.belowMin()[a];
    }
    for (const TaintSimulation::Slot &slot : w.sim.slotStates()) {
        AssetTotals &t = totals[slot.asset];
        const TaintAmounts held = slot.held();
        if (s.kind(slot.node) == NodeKind::Transaction) {
            t.fees += held;
        } else if (w.flags[slot.node] & Work::FollowedOut) {
            t.held += held;
        } else if (slot.poisonIn > 0) {
            const quint8 f = w.flags[slot.node];
            const StopReason reason = (f & Work::Stop) && !(f & Work::Seed) ? StopReason::Service
                                      : !(f & Work::Expanded)               ? StopReason::HopLimit
                                                                            : StopReason::Holding;
            const TraceEndpoint e{
                slot.node,     slot.asset, w.hop[slot.node], reason, {slot.poisonIn, held.haircut, held.fifo},
                slot.reachedAt};
            t.endpoints += e.taint;
            result.endpoints.push_back(e);
        } else {
            t.held += held;
        }
    }
    for (const AssetTotals &t : totals) {
        if (t.traced > 0 || t.endpoints.poison > 0) {
            result.totals.push_back(t);
        }
    }
    std::sort(result.endpoints.begin(), result.endpoints.end(), [](const TraceEndpoint &a, const TraceEndpoint &b) {
        return std::tuple(b.taint.haircut, b.taint.poison, a.node, a.asset) <
               std::tuple(a.taint.haircut, a.taint.poison, b.node, b.asset);
    });
    result.peelChains = findPeelChains(s, w.visited, options.window);
    if (forward) {
        result.bridges = findBridgeCrossings(s, result.endpoints, options.bridgeWindowSeconds);
    }
    return result;
}

Result<TraceResult>
trace(std::shared_ptr<const Snapshot> snapshot, const TraceSeeds &seeds, const TraceOptions &options)
{
    return Tracer(std::move(snapshot)).run(seeds, options);
}

std::vector<NodeIndex> downstream(const Snapshot &snapshot,
                                  std::span<const NodeIndex> seeds,
                                  int maxHops,
                                  bool stopAtServices,
                                  const QStringList &through)
{
    std::vector<quint64> seen((snapshot.nodeCount() + 63) / 64, 0);
    std::vector<NodeIndex> order;
    const auto mark = [&](NodeIndex n) {
        quint64 &word = seen[n >> 6];
        const quint64 bit = quint64(1) << (n & 63);
        if (word & bit) {
            return;
        }
        word |= bit;
        order.push_back(n);
    };
    for (NodeIndex n : seeds) {
        mark(n);
    }
    const size_t seedCount = order.size();
    size_t begin = 0;
    for (int h = 0; begin < order.size() && (maxHops < 0 || h < maxHops); ++h) {
        const size_t end = order.size();
        for (size_t i = begin; i < end; ++i) {
            const NodeIndex n = order[i];
            if (stopAtServices && i >= seedCount && snapshot.kind(n) == NodeKind::Address) {
                const quint32 service = snapshot.serviceOfAddress(snapshot.local(n));
                if (service != kNone && !through.contains(snapshot.data().services[service].category)) {
                    continue;
                }
            }
            for (NodeIndex to : snapshot.outTargets(n)) {
                mark(to);
            }
        }
        begin = end;
    }
    return order;
}

} // namespace awb::graph
