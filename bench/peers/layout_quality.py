#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The layout quality measure, the same for awb and sfdp: sampled normalised stress and the spread of edge lengths.

Stress: for 20 BFS sources (fixed), every reachable node j, sum ((s·|xi − xj| − dij) / dij)² over the pairs,
divided by the number of pairs, with the scale s that minimises it (so the drawing's size does not matter).
0 means drawn distances are proportional to graph distances. Edge-length CV: standard deviation ÷ mean of the
drawn edge lengths. Reads positions as Graphviz -Tplain ("node NAME X Y …", names n0 … n(N−1)) or "i x y" lines.
"""
import argparse
import json
import math
import random

import igraph


def read_positions(path, nodes):
    pos = [None] * nodes
    with open(path) as f:
        for line in f:
            parts = line.split()
            if parts and parts[0] == "node":
                pos[int(parts[1].lstrip("n"))] = (float(parts[2]), float(parts[3]))
            elif len(parts) == 3 and parts[0].isdigit():
                pos[int(parts[0])] = (float(parts[1]), float(parts[2]))
    return pos


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plain", required=True, help="positions")
    parser.add_argument("--edges", required=True)
    parser.add_argument("--nodes", type=int, required=True)
    args = parser.parse_args()
    pos = read_positions(args.plain, args.nodes)
    with open(args.edges) as f:
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    graph = igraph.Graph(n=args.nodes, edges=edges, directed=False)
    sources = random.Random(20261121).sample(range(args.nodes), min(20, args.nodes))
    pairs = []
    for s, row in zip(sources, graph.distances(source=sources)):
        for j, d in enumerate(row):
            if j != s and math.isfinite(d) and d > 0 and pos[s] and pos[j]:
                pairs.append((math.dist(pos[s], pos[j]), d))
    # Minimise sum((s*e - d)/d)^2 over s: s = sum(e/d) / sum(e^2/d^2).
    scale = sum(e / d for e, d in pairs) / max(sum((e / d) ** 2 for e, d in pairs), 1e-12)
    stress = sum(((scale * e - d) / d) ** 2 for e, d in pairs) / max(len(pairs), 1)
    lengths = [math.dist(pos[a], pos[b]) for a, b in edges if pos[a] and pos[b]]
    mean = sum(lengths) / len(lengths)
    cv = math.sqrt(sum((x - mean) ** 2 for x in lengths) / len(lengths)) / mean
    print(json.dumps({"stress": stress, "edge_cv": cv, "pairs": len(pairs)}))


if __name__ == "__main__":
    main()
