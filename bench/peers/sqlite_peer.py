#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The SQLite peers of scripts/bench, through Python's sqlite3 module (the same Debian libsqlite3). Timing is
inside Python around execute() + fetchall() only. Prints one JSON object.

  sqlite_peer.py edges-db --edges FILE --db DB            build edges(src, dst) + index on src (untimed setup)
  sqlite_peer.py trace --db DB --seeds FILE --hops H [--runs R]   trace_cte.sql
  sqlite_peer.py closure --db DB --seeds FILE [--runs R]          closure_cte.sql
  sqlite_peer.py fts --case CASE --terms FILE --limit L   the FTS5 query CaseStore::search runs, per term (p99)
"""
import argparse
import json
import os
import sqlite3
import statistics
import time

HERE = os.path.dirname(os.path.abspath(__file__))
# The statement core/db/sqlitecasestore.cpp runs for CaseStore::search; terms are quoted the same way.
FTS_SQL = ("SELECT rowid, title, snippet(search_index, 1, '', '', '…', 16) FROM search_index "
           "WHERE search_index MATCH ?1 ORDER BY rank LIMIT ?2")


def summary(samples, **work):
    ordered = sorted(samples)
    return {"status": "ok", "samples_ms": samples, "median_ms": statistics.median(samples), "min_ms": ordered[0],
            "max_ms": ordered[-1], "p99_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))],
            "work": work, "sqlite": sqlite3.sqlite_version,
            "timed": "inside Python, around execute() and fetchall() only"}


def seeds_json(path):
    with open(path) as f:
        return json.dumps([int(line) for line in f if line.strip()])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["edges-db", "trace", "closure", "fts"])
    parser.add_argument("--edges")
    parser.add_argument("--db")
    parser.add_argument("--seeds")
    parser.add_argument("--hops", type=int, default=6)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--case")
    parser.add_argument("--terms")
    parser.add_argument("--limit", type=int, default=20)
    args = parser.parse_args()

    if args.what == "edges-db":
        db = sqlite3.connect(args.db)
        db.execute("CREATE TABLE edges (src INTEGER NOT NULL, dst INTEGER NOT NULL)")
        with open(args.edges) as f:
            db.executemany("INSERT INTO edges VALUES (?, ?)", (tuple(map(int, line.split())) for line in f))
        db.execute("CREATE INDEX edges_src ON edges(src, dst)")
        db.commit()
        print(json.dumps({"status": "ok"}))
        return

    if args.what == "fts":
        db = sqlite3.connect(f"file:{args.case}?mode=ro", uri=True)
        with open(args.terms) as f:
            terms = [line.strip() for line in f if line.strip()]
        samples, hits = [], 0
        for term in terms:
            start = time.perf_counter_ns()
            rows = db.execute(FTS_SQL, ('"' + term.replace('"', '""') + '"', args.limit)).fetchall()
            samples.append((time.perf_counter_ns() - start) / 1e6)
            hits += len(rows)
        print(json.dumps(summary(samples, queries=len(terms), limit=args.limit, hits=hits)))
        return

    db = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    script = "trace_cte.sql" if args.what == "trace" else "closure_cte.sql"
    with open(os.path.join(HERE, script)) as f:
        sql = f.read()
    params = (seeds_json(args.seeds), args.hops) if args.what == "trace" else (seeds_json(args.seeds),)
    samples, reached = [], None
    for _ in range(max(args.runs, 1)):
        start = time.perf_counter_ns()
        reached = db.execute(sql, params).fetchall()[0][0]
        samples.append((time.perf_counter_ns() - start) / 1e6)
    print(json.dumps(summary(samples, reached=reached, hops=args.hops if args.what == "trace" else None)))


if __name__ == "__main__":
    main()
