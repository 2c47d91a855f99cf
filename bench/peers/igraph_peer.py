#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The python3-igraph peer of scripts/bench. Reads the edge list awb-bench wrote (untimed) and times only the
igraph library call, with time.perf_counter_ns around it. Prints one JSON object.

  igraph_peer.py components --edges FILE --nodes N [--runs R]   connected components (undirected)
  igraph_peer.py bfs --edges FILE --nodes N --seeds FILE --hops H [--runs R]
  igraph_peer.py closure --edges FILE --nodes N --seeds FILE [--runs R]
  igraph_peer.py build --edges FILE --nodes N [--runs R]        Graph(n, edges) from a Python list
  igraph_peer.py rss --edges FILE --nodes N                     peak RSS after Graph.Read_Edgelist
"""
import argparse
import json
import resource
import statistics
import time

import igraph


def read_edges(path):
    edges = []
    with open(path) as f:
        for line in f:
            a, b = line.split()
            edges.append((int(a), int(b)))
    return edges


def timed(runs, call):
    samples, result = [], None
    for _ in range(max(runs, 1)):
        start = time.perf_counter_ns()
        result = call()
        samples.append((time.perf_counter_ns() - start) / 1e6)
    return samples, result


def summary(samples, **work):
    return {"samples_ms": samples, "median_ms": statistics.median(samples), "min_ms": min(samples),
            "max_ms": max(samples), "work": work, "status": "ok",
            "timed": "inside Python, around the igraph call only"}


def multi_source(graph, seeds):
    """One BFS from all seeds at once, as awb does: a virtual source joined to every seed (added untimed)."""
    source = graph.vcount()
    graph.add_vertices(1)
    graph.add_edges([(source, s) for s in seeds])
    return source


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["components", "bfs", "closure", "build", "rss"])
    parser.add_argument("--edges", required=True)
    parser.add_argument("--nodes", type=int, required=True)
    parser.add_argument("--seeds")
    parser.add_argument("--hops", type=int, default=6)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    version = igraph.__version__

    if args.what == "rss":
        graph = igraph.Graph.Read_Edgelist(args.edges, directed=True)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
        print(json.dumps({"status": "ok", "peak_rss_mb": peak, "igraph": version,
                          "work": {"nodes": graph.vcount(), "edges": graph.ecount()},
                          "timed": "ru_maxrss of the Python process after Graph.Read_Edgelist"}))
        return

    edges = read_edges(args.edges)
    if args.what == "build":
        samples, graph = timed(args.runs, lambda: igraph.Graph(n=args.nodes, edges=edges, directed=True))
        out = summary(samples, nodes=graph.vcount(), edges=graph.ecount())
    elif args.what == "components":
        graph = igraph.Graph(n=args.nodes, edges=edges, directed=False)
        samples, comps = timed(args.runs, lambda: graph.connected_components())
        out = summary(samples, nodes=graph.vcount(), edges=graph.ecount(), components=len(comps))
    else:
        graph = igraph.Graph(n=args.nodes, edges=edges, directed=True)
        with open(args.seeds) as f:
            seeds = [int(line) for line in f if line.strip()]
        source = multi_source(graph, seeds)
        if args.what == "bfs":
            samples, reached = timed(args.runs, lambda: graph.neighborhood(source, order=args.hops + 1, mode="out"))
        else:
            samples, reached = timed(args.runs, lambda: graph.subcomponent(source, mode="out"))
        out = summary(samples, seeds=len(seeds), hops=args.hops if args.what == "bfs" else None,
                      reached=len(reached) - 1 - len(set(seeds)))  # not counting the seeds, like the CTEs
    out["igraph"] = version
    print(json.dumps(out))


if __name__ == "__main__":
    main()
