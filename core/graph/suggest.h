// SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/graph/paths.h"
#include "core/graph/snapshot.h"
#include "core/result.h"

#include <vector>

namespace awb::graph {

/**
 * Ranks actor groups for an incident by what the graph shows; docs/attribution.md states the formula and why.
 * A suggestion is never an attribution: everything here reads a const Snapshot and writes nothing.
 */
struct SuggestOptions
{
    int hops = 3;          // flow hops (a transfer, or a UTXO transaction from input to output), 1..kMaxSuggestHops
    double hopDecay = 0.5; // the weight of evidence d hops away is hopDecay^(d - 1)
    int pathsPerSuggestion = 3;
    std::size_t nodeBudget = 2'000'000; // for the flow search and for each explanation path
};

inline constexpr int kMaxSuggestHops = 10;

/** The weight of a shared cluster with an incident attributed to the group, before the attribution's rank. */
inline constexpr double kSharedClusterWeight = 0.5;

enum class EvidenceKind : quint8 {
    TaggedAddress, // an address of the incident itself is tagged to the group
    FlowOut,       // value leaving the incident's addresses reaches an address tagged to the group
    FlowIn,        // value reaching the incident's addresses came from an address tagged to the group
    SharedCluster, // an address of the incident shares a cluster with an address of an incident attributed to it
};

/** "tagged_address", "flow_out", "flow_in", "shared_cluster". */
QString evidenceKindName(EvidenceKind kind);

/** One term of a suggestion's score: score = value × weight, and the facts it rests on. */
struct EvidenceTerm
{
    EvidenceKind kind = EvidenceKind::FlowOut;
    double value = 0;  // flow: the share of the incident's value; tagged address: 1 / its addresses; cluster: 1
    double weight = 0; // tags: confidenceLevel / 100 × hopDecay^(hops - 1); shared cluster: 0.5 × rank / 3

    double score() const { return value * weight; }

    // Tag and flow terms.
    quint32 tag = kNone;             // GraphTag index (the tagged address is tags[tag].address)
    quint32 incidentAddress = kNone; // the incident's address that sent most of the value (address index)
    int hops = 0;                    // 0 for a tagged address of the incident

    // Shared-cluster terms.
    quint32 attribution = kNone;  // GraphAttribution index of the other incident
    quint32 cluster = kNone;      // the smallest shared cluster
    quint32 sharedClusters = 0;   // how many clusters the two incidents share
    quint32 ownAddress = kNone;   // this incident's address in that cluster
    quint32 otherAddress = kNone; // the other incident's address in that cluster
};

struct Suggestion
{
    quint32 group = 0;                   // GraphData::groups index
    double score = 0;                    // the sum of the breakdown's scores
    std::vector<EvidenceTerm> breakdown; // largest score first
    std::vector<Path> paths;             // incident → … → group, one per leading term
};

/** A cluster not used as evidence, and why (a service's cluster is shared by its unrelated customers). */
struct IgnoredCluster
{
    quint32 cluster = 0;
    quint32 service = kNone;
};

struct SuggestResult
{
    quint32 incident = 0;
    std::vector<quint32> alreadyAttributed; // GraphAttribution indexes of the incident itself: never evidence
    std::vector<Suggestion> suggestions;    // highest score first, then by group name
    std::vector<IgnoredCluster> ignoredClusters;
    bool stoppedByBudget = false;
};

/** Suggestions for incident @p incident (GraphData::incidents index). InvalidInput for bad options. */
Result<SuggestResult> suggestGroups(const Snapshot &snapshot, quint32 incident, const SuggestOptions &options = {});

} // namespace awb::graph
