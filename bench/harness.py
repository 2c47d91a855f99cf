#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 Attribution Workbench contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The benchmark harness behind scripts/bench (issue #8): every hot path of awb against the tool a user would
otherwise pick, in the same run, on the same generated data, awb and peer runs interleaved.

Each row is one function decorated with @row; it returns (awb, peer) measurements. The table goes to stdout and,
between <!-- bench:begin --> and <!-- bench:end -->, into the --doc file with the machine and the date.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PEERS = os.path.join(HERE, "peers")
PYTHON = "/usr/bin/python3"  # Debian's python3-igraph is installed for the system interpreter
SEED = 20261121
HEADER = "| work | awb | peer | ratio | target | status |"
STATUSES = ("meets target", "OVER TARGET", "measured", "not built yet", "not measured", "peer missing", "failed")

SIZES = {  # full tier, quick tier
    "transfers": (1_000_000, 5_000), "addresses": (100_000, 1_000),
    "cluster_addresses": (1_000_000, 5_000), "cluster_links": (2_000_000, 10_000),
    "incidents": (1_000_000, 2_000), "layout_small": (5_000, 300), "layout_large": (20_000, 600),
    "timeline": (100_000, 10_000), "queries": (200, 20),
    "canvas_small": (5_000, 1_000), "canvas_large": (20_000, 2_000), "gui_block": (20_000, 2_000),
}


class Side:
    """One side of a row: timings (ms) or a value (MB), or why there is none."""

    def __init__(self, samples=None, unit="ms", why=None, note=""):
        self.samples, self.unit, self.why, self.note = samples or [], unit, why, note

    @property
    def ok(self):
        return bool(self.samples) and not self.why

    def median(self):
        return statistics.median(self.samples)

    def text(self):
        if not self.ok:
            return self.why or "—"
        if self.unit == "MB":
            return f"{self.median():.0f} MB"
        lo, hi = min(self.samples), max(self.samples)
        return f"{fmt_ms(self.median())} ({fmt_ms(lo, False)}–{fmt_ms(hi, False)})"


def fmt_ms(ms, unit=True):
    s = f"{ms:.3f}" if ms < 1 else f"{ms:.1f}" if ms < 100 else f"{ms:.0f}"
    return s + (" ms" if unit else "")


class Row:
    def __init__(self, name, work, target, func, limit=None):
        self.name, self.work, self.target, self.func, self.limit = name, work, target, func, limit


ROWS = []


def row(name, work, target="—", limit=None):
    """Registers a row. limit: the target as a number in the row's unit (awb must be at most that),
    "peer" (awb must beat the peer), ("ratio", x) (awb must take at most x times the peer's time), or None."""
    def register(func):
        ROWS.append(Row(name, work, target, func, limit))
        return func
    return register


class Context:
    def __init__(self, args):
        self.quick, self.runs, self.bin = args.quick, args.runs, os.path.abspath(args.bin_dir)
        self.data = os.path.abspath(args.data_dir or tempfile.mkdtemp(prefix="awb-bench-"))
        self.keep = bool(args.data_dir)
        self.callgrind = args.callgrind
        os.makedirs(self.data, exist_ok=True)

    def size(self, key):
        return SIZES[key][1 if self.quick else 0]

    def tool(self, *parts):
        path = os.path.join(self.bin, *parts)
        return path if os.path.exists(path) else None

    def awb_bench(self, *args):
        return [self.tool("bench", "awb-bench"), *map(str, args)]

    def case_format(self):
        """The case format this build writes, from `awb-cli --version` ("… (case format 4)")."""
        if not hasattr(self, "_case_format"):
            out = run_checked([self.tool("app", "awb-cli"), "--version"])
            match = re.search(r"case format (\d+)", out)
            self._case_format = match.group(1) if match else "unknown"
        return self._case_format

    def generated(self, name, *gen_args):
        """The path of a generated file, generating it once (data dirs are reused between runs). A case file's name
        carries the case format, so a kept data dir never hands a newer build a case it would have to upgrade."""
        if name.endswith(".awbcase"):
            name = f"{name[:-len('.awbcase')]}-format{self.case_format()}.awbcase"
        path = os.path.join(self.data, name)
        if not os.path.exists(path):
            tmp = path + ".part"
            run_checked(self.awb_bench("generate", *gen_args, "--out", tmp, "--seed", SEED))
            os.replace(tmp, path)
        return path


def run_checked(cmd, **kw):
    cmd = [str(c) for c in cmd]
    done = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.strip()[-400:]}")
    return done.stdout


def run_json(cmd, **kw):
    out = run_checked(cmd, **kw)
    try:
        return json.loads(out)
    except json.JSONDecodeError:  # a tool that prints progress lines first: its JSON is the last line
        return json.loads([ln for ln in out.splitlines() if ln.startswith("{")][-1])


def wall_ms(cmd, **kw):
    cmd = [str(c) for c in cmd]
    start = time.perf_counter_ns()
    run_checked(cmd, **kw)
    return (time.perf_counter_ns() - start) / 1e6


def interleave(ctx, awb, peer):
    """Runs awb and the peer alternately, ctx.runs times each. awb/peer: () -> list of samples, or a Side when
    the side cannot run. Returns (Side, Side)."""
    sides = [Side(), Side()]
    for _ in range(ctx.runs):
        for i, fn in enumerate((awb, peer)):
            if sides[i].why or fn is None:
                continue
            try:
                got = fn()
            except Exception as e:  # a failing side is reported in its cell, the other side still runs
                sides[i] = Side(why=f"failed: {e}"[:160])
                continue
            if isinstance(got, Side):
                sides[i] = got
            else:
                sides[i].samples.extend(got)
    if peer is None:
        sides[1].why = "—"
    return sides


class JsonRun:
    """Runs a command printing JSON, once per call: its value at key, or the reason it cannot run. The last
    output stays in .last (for the work it did: nodes reached, components …)."""

    def __init__(self, cmd, key="median_ms"):
        self.cmd, self.key, self.last = cmd, key, {}

    def __call__(self):
        self.last = run_json(self.cmd)
        if self.last.get("status", "ok") != "ok":
            return Side(why=f"{self.last.get('status')}: {self.last.get('why', '')}")
        return [self.last[self.key]]

    def work(self, field):
        value = self.last.get("work", {}).get(field)
        return "" if value is None else f"{field} {value:,}"


def bench_json_side(ctx, *args, key="median_ms"):
    return JsonRun(ctx.awb_bench("run", *args), key)


def peer_json(cmd, key="median_ms"):
    return JsonRun(cmd, key)


def have(program):
    return shutil.which(program) is not None


def have_igraph():
    return subprocess.run([PYTHON, "-c", "import igraph"], capture_output=True).returncode == 0


def missing(what):
    return lambda: Side(why=f"peer missing ({what})")


# ---- data ----

def transfer_data(ctx, shape="laundering"):
    n, m = ctx.size("transfers"), ctx.size("addresses")
    base = f"transfers-{shape}-{n}-{m}"
    edges = ctx.generated(base + ".edges", "transfers", "--n", n, "--addresses", m, "--shape", shape,
                          "--format", "edges", "--seeds-out", os.path.join(ctx.data, base + ".seeds"))
    return {"n": n, "m": m, "shape": shape, "edges": edges, "seeds": os.path.join(ctx.data, base + ".seeds"),
            "args": ["--n", n, "--addresses", m, "--shape", shape, "--seed", SEED]}


def edges_db(ctx, data):
    path = data["edges"] + ".sqlite"
    if not os.path.exists(path):
        run_checked([PYTHON, os.path.join(PEERS, "sqlite_peer.py"), "edges-db", "--edges", data["edges"],
                     "--db", path + ".part"])
        os.replace(path + ".part", path)
    return path


# ---- rows ----

@row("import", "import {transfers} transfers (CSV) + indexes on from, to, tx_hash (vs sqlite3 .import + the same indexes)", "faster than peer", "peer")
def import_row(ctx):
    n, m = ctx.size("transfers"), ctx.size("addresses")
    csv = ctx.generated(f"transfers-uniform-{n}-{m}.csv", "transfers", "--n", n, "--addresses", m,
                        "--shape", "uniform", "--format", "csv")
    cli = ctx.tool("app", "awb-cli")
    usage = subprocess.run([cli, "--help"], capture_output=True, text=True).stdout if cli else ""
    has_import = re.search(r"^\s+import\s", usage, re.MULTILINE) is not None
    work = tempfile.mkdtemp(dir=ctx.data)
    os.symlink(csv, os.path.join(work, "transfers.csv"))
    counter = iter(range(1_000_000))

    def awb():
        case = os.path.join(work, f"a{next(counter)}.awbcase")
        run_checked([cli, "new", case])  # an empty case is not part of the import
        return [wall_ms([cli, "import", case, csv, "--format", "transfers-csv"])]

    def peer():
        db = os.path.join(work, f"p{next(counter)}.db")
        with open(os.path.join(PEERS, "import.sql")) as script:
            start = time.perf_counter_ns()
            run_checked(["sqlite3", db], stdin=script, cwd=work)
            return [(time.perf_counter_ns() - start) / 1e6]

    a, p = interleave(ctx, awb if has_import else lambda: Side(why="not built yet (importer, #4)"),
                      peer if have("sqlite3") else missing("sqlite3"))
    shutil.rmtree(work, ignore_errors=True)
    p.note = "whole commands, wall time; sqlite3 shell defaults"
    return a, p


@row("cluster", "clustering {cluster_addresses} addresses / {cluster_links} co-spend links (vs igraph connected components)", "≤ 60 ms", 60)
def cluster_row(ctx):
    m, links = ctx.size("cluster_addresses"), ctx.size("cluster_links")
    edges = ctx.generated(f"cospend-{m}-{links}.edges", "cospend", "--addresses", m, "--links", links)
    args = ["cluster", "--addresses", m, "--links", links, "--seed", SEED, "--runs", 3]
    peer = peer_json([PYTHON, os.path.join(PEERS, "igraph_peer.py"), "components", "--edges", edges,
                      "--nodes", m, "--runs", 3]) if have_igraph() else missing("python3-igraph")
    awb = bench_json_side(ctx, *args)
    a, p = interleave(ctx, awb, peer)
    a.note = "; ".join(x for x in (awb.work("clusters"), callgrind_note(ctx, args)) if x)
    if p.ok:
        p.note = peer.work("components")
    return a, p


def reached(ctx, awb, peer):
    """Interleaves, then notes how many nodes each side reached: the same seeds should reach the same set."""
    a, p = interleave(ctx, awb, peer)
    for side, run in ((a, awb), (p, peer)):
        if side.ok and isinstance(run, JsonRun):
            side.note = run.work("reached")
    return a, p


def trace_rows(ctx, what, hops, shape="laundering"):
    data = transfer_data(ctx, shape)
    awb_args = [what, *data["args"], "--runs", 5] + (["--hops", hops] if hops else [])
    igraph_args = [PYTHON, os.path.join(PEERS, "igraph_peer.py"), "bfs" if hops else "closure",
                   "--edges", data["edges"], "--nodes", data["m"], "--seeds", data["seeds"], "--runs", 5]
    if hops:
        igraph_args += ["--hops", hops]
    return data, awb_args, igraph_args


@row("trace6-igraph", "6-hop downstream trace, {transfers} transfers, laundering shape (vs igraph BFS)", "≤ 1 ms", 1)
def trace6_igraph(ctx):
    _, awb_args, peer_args = trace_rows(ctx, "trace6", 6)
    return reached(ctx, bench_json_side(ctx, *awb_args),
                   peer_json(peer_args) if have_igraph() else missing("python3-igraph"))


@row("trace6-sqlite", "6-hop downstream trace, {transfers} transfers (vs SQLite recursive CTE)", "≤ 1 ms", 1)
def trace6_sqlite(ctx):
    data, awb_args, _ = trace_rows(ctx, "trace6", 6)
    db = edges_db(ctx, data)
    return reached(ctx, bench_json_side(ctx, *awb_args),
                   peer_json([PYTHON, os.path.join(PEERS, "sqlite_peer.py"), "trace", "--db", db,
                              "--seeds", data["seeds"], "--hops", 6, "--runs", 3]))


@row("closure-igraph", "full downstream closure, {transfers} transfers (vs igraph BFS)", "≤ 50 ms", 50)
def closure_igraph(ctx):
    _, awb_args, peer_args = trace_rows(ctx, "closure", None)
    a, p = reached(ctx, bench_json_side(ctx, *awb_args),
                   peer_json(peer_args) if have_igraph() else missing("python3-igraph"))
    a.note = "; ".join(x for x in (a.note, callgrind_note(ctx, awb_args)) if x)
    return a, p


@row("closure-sqlite", "full downstream closure, {transfers} transfers (vs SQLite recursive CTE)", "≤ 50 ms", 50)
def closure_sqlite(ctx):
    data, awb_args, _ = trace_rows(ctx, "closure", None)
    db = edges_db(ctx, data)
    return reached(ctx, bench_json_side(ctx, *awb_args),
                   peer_json([PYTHON, os.path.join(PEERS, "sqlite_peer.py"), "closure", "--db", db,
                              "--seeds", data["seeds"], "--runs", 1]))


# Seeded at the hub, six hops reach the whole component (about 79k nodes): the time is bounded by what is reached,
# so this row is measured against the peer, not held to the 1 ms of a trace that reaches hundreds of nodes.
@row("trace6-hub", "6-hop downstream trace from the hub, {transfers} transfers, heavy tail: Zipf degrees and one hub in 100k transfers (vs igraph BFS)", "—")
def trace6_hub(ctx):
    _, awb_args, peer_args = trace_rows(ctx, "trace6", 6, "zipf")
    return reached(ctx, bench_json_side(ctx, *awb_args),
                   peer_json(peer_args) if have_igraph() else missing("python3-igraph"))


@row("closure-hub", "full downstream closure, {transfers} transfers, heavy tail (vs igraph BFS)", "≤ 50 ms", 50)
def closure_hub(ctx):
    _, awb_args, peer_args = trace_rows(ctx, "closure", None, "zipf")
    return reached(ctx, bench_json_side(ctx, *awb_args),
                   peer_json(peer_args) if have_igraph() else missing("python3-igraph"))


@row("snapshot", "snapshot build, {transfers} transfers (vs igraph Graph construction)", "≤ 150 ms", 150)
def snapshot_row(ctx):
    data = transfer_data(ctx)
    peer = peer_json([PYTHON, os.path.join(PEERS, "igraph_peer.py"), "build", "--edges", data["edges"],
                      "--nodes", data["m"], "--runs", 3]) if have_igraph() else missing("python3-igraph")
    return interleave(ctx, bench_json_side(ctx, "snapshot", *data["args"], "--runs", 3), peer)


def layout_row(ctx, nodes, shape="case"):
    name = f"graph-{nodes}" if shape == "case" else f"graph-{shape}-{nodes}"  # the case shape keeps its old names
    edges = os.path.join(ctx.data, f"{name}.edges")
    dot = ctx.generated(f"{name}.dot", "graph", "--nodes", nodes, "--shape", shape, "--edges-out", edges)
    out = os.path.join(ctx.data, f"{name}.sfdp.txt")
    mine = os.path.join(ctx.data, f"{name}.awb.txt")

    def sfdp():
        return [wall_ms(["sfdp", "-Tplain", dot, "-o", out])]

    def awb():  # the whole command too: reading the edges and writing the positions, as sfdp does
        return [wall_ms(ctx.awb_bench("run", "layout", "--edges", edges, "--nodes", nodes, "--out", mine))]

    a, p = interleave(ctx, awb, sfdp if have("sfdp") else missing("graphviz"))
    if have_igraph():
        for side, positions, who in ((a, mine, "awb"), (p, out, "sfdp")):
            if side.ok:
                q = run_json([PYTHON, os.path.join(PEERS, "layout_quality.py"), "--plain", positions, "--edges",
                              edges, "--nodes", str(nodes)])
                side.note = f"{who} quality: stress {q['stress']:.3f}, edge-length CV {q['edge_cv']:.2f}"
    return a, p


@row("layout-5k", "force layout, {layout_small} nodes (vs Graphviz sfdp, whole command)", "≥ 5× faster than peer", ("ratio", 0.2))
def layout_5k(ctx):
    return layout_row(ctx, ctx.size("layout_small"))


@row("layout-20k", "force layout, {layout_large} nodes (vs Graphviz sfdp, whole command)", "≥ 5× faster than peer", ("ratio", 0.2))
def layout_20k(ctx):
    return layout_row(ctx, ctx.size("layout_large"))


HEAVY = "heavy tail: Zipf degrees and one hub on about a fifth of the nodes"


@row("layout-5k-heavy", f"force layout, {{layout_small}} nodes, {HEAVY} (vs Graphviz sfdp, whole command)", "≥ 5× faster than peer", ("ratio", 0.2))
def layout_5k_heavy(ctx):
    return layout_row(ctx, ctx.size("layout_small"), "heavy")


@row("layout-20k-heavy", f"force layout, {{layout_large}} nodes, {HEAVY} (vs Graphviz sfdp, whole command)", "≥ 5× faster than peer", ("ratio", 0.2))
def layout_20k_heavy(ctx):
    return layout_row(ctx, ctx.size("layout_large"), "heavy")


def offscreen():
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def canvas_row(ctx, nodes):
    """awb-bench-canvas paints awb's and the naive QGraphicsScene's frames interleaved, so one call gives both sides:
    each run adds its median frame to each side."""
    exe = ctx.tool("bench", "awb-bench-canvas")
    if not exe:
        return Side(why="not built (needs the GUI)"), Side(why="—")
    frames = 5 if ctx.quick else 20
    a, p = Side(), Side()
    out = {}
    for _ in range(ctx.runs):
        try:
            out = run_json([exe, "--json", "--nodes", nodes, "--frames", frames], env=offscreen(), timeout=1800)
        except Exception as e:
            return Side(why=f"failed: {e}"[:160]), Side(why="—")
        a.samples.append(out["awb"]["median_ms"])
        p.samples.append(out["peer"]["median_ms"])
    st = out["awb"]["stats"]
    a.note = (f"dots: {'yes' if st['dots'] else 'no'}; drew {st['nodes']:,} of {out['nodes']:,} nodes, "
              f"{st['edges']:,} of {out['edges']:,} edges, {st['labels']:,} labels, {st['arrows']:,} arrows; "
              f"frames {out['awb']['min_ms']:.1f}–{out['awb']['max_ms']:.1f} ms (last run)")
    p.note = (f"{out['peer']['items']:,} items, antialiased; "
              f"frames {out['peer']['min_ms']:.0f}–{out['peer']['max_ms']:.0f} ms (last run)")
    return a, p


@row("canvas-5k", "canvas frame, {canvas_small} nodes and 1.5 edges per node, fully visible, 1600×1000 offscreen raster (vs naive QGraphicsScene)", "≤ 16 ms", 16)
def canvas_5k(ctx):
    return canvas_row(ctx, ctx.size("canvas_small"))


@row("canvas-20k", "canvas frame, {canvas_large} nodes and 1.5 edges per node, fully visible, through level of detail (vs naive QGraphicsScene)", "≤ 33 ms", 33)
def canvas_20k(ctx):
    return canvas_row(ctx, ctx.size("canvas_large"))


@row("gui-block", "GUI thread's longest stall during a {gui_block}-node force layout on LayoutRunner (5 ms timer; no peer)", "≤ 50 ms", 50)
def gui_block_row(ctx):
    exe = ctx.tool("bench", "awb-bench-canvas")
    if not exe:
        return Side(why="not built (needs the GUI)"), Side(why="—")
    nodes = ctx.size("gui_block")
    last = {}

    def awb():
        last.update(run_json([exe, "--layout-latency", "--json", "--nodes", nodes], env=offscreen(), timeout=1800))
        return [last["max_gap_ms"]]

    a, p = interleave(ctx, awb, None)
    if a.ok:
        a.note = (f"layout {last['layout_ms']:,.0f} ms, {last['ticks']:,} ticks, "
                  f"applying the positions {last['apply_ms']:.1f} ms (last run)")
    return a, p


@row("timeline", "timeline frame, {timeline} incidents, zoomed out (no peer: no other tool draws this view)", "≤ 16 ms", 16)
def timeline_row(ctx):
    exe = ctx.tool("bench", "awb-bench-timeline")
    events = ctx.size("timeline")

    def awb():
        out = run_json([exe, "--json", "--events", str(events), "--frames", "10" if ctx.quick else "30"],
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}) if exe else None
        return [out["cases"][0]["median_ms"]]

    return interleave(ctx, awb if exe else lambda: Side(why="not built (needs the GUI)"), None)


@row("fts-p99", "FTS search p99 over {incidents} incidents, {queries} terms, LIMIT 20 (vs the same FTS5 query, Python sqlite3)", "—")
def fts_row(ctx):
    n = ctx.size("incidents")
    case = ctx.generated(f"incidents-{n}.awbcase", "incidents", "--n", n)
    queries = ctx.size("queries")
    terms = os.path.join(ctx.data, f"terms-{queries}.txt")
    # awb-bench prints the terms it uses, so the peer runs exactly the same queries.
    with open(terms, "w") as f:
        f.write(run_checked(ctx.awb_bench("terms", "--queries", queries, "--seed", SEED)))
    return interleave(ctx, bench_json_side(ctx, "fts", "--case", case, "--queries", queries, "--seed", SEED,
                                           key="p99_ms"),
                      peer_json([PYTHON, os.path.join(PEERS, "sqlite_peer.py"), "fts", "--case", case,
                                 "--terms", terms, "--limit", "20"], key="p99_ms"))


@row("gui-start", "GUI start to demo case shown (awb --demo, offscreen, whole command; no peer)", "≤ 1 s (#9)", 1000)
def gui_row(ctx):
    exe = ctx.tool("app", "awb")
    if not exe:
        return Side(why="not built (needs the GUI)"), Side(why="—")
    home = tempfile.mkdtemp(dir=ctx.data)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AWB_QUIT_AFTER_SHOWN": "1", "HOME": home,
           "XDG_CONFIG_HOME": os.path.join(home, "config"), "XDG_DATA_HOME": os.path.join(home, "data"),
           "XDG_CACHE_HOME": os.path.join(home, "cache")}
    try:
        wall_ms([exe, "--demo"], env=env, timeout=120)  # the first start builds the demo case; not timed
    except Exception as e:
        return Side(why=f"not measured: {e}"[:160]), Side(why="—")
    return interleave(ctx, lambda: [wall_ms([exe, "--demo"], env=env, timeout=120)], None)


@row("rss", "peak RSS, loaded {transfers}-transfer case (vs igraph graph of the same edges)", "≤ 400 MB", 400)
def rss_row(ctx):
    data = transfer_data(ctx)
    case = ctx.generated(f"case-laundering-{data['n']}-{data['m']}.awbcase", "transfers", *data["args"][:6],
                         "--format", "case")
    awb = bench_json_side(ctx, "rss", "--case", case, key="peak_rss_mb")
    peer = peer_json([PYTHON, os.path.join(PEERS, "igraph_peer.py"), "rss", "--edges", data["edges"],
                      "--nodes", data["m"]], key="peak_rss_mb") if have_igraph() else missing("python3-igraph")
    a, p = interleave(ctx, awb, peer)
    a.unit = p.unit = "MB"
    return a, p


def callgrind_note(ctx, awb_args):
    """Instruction count of the timed awb call alone (collection is toggled around it), with --callgrind."""
    if not ctx.callgrind or not have("valgrind"):
        return ""
    out = os.path.join(ctx.data, "callgrind.out")
    at = awb_args.index("--runs")
    args = awb_args[:at] + ["--runs", 1] + awb_args[at + 2:]
    done = subprocess.run(["valgrind", "--tool=callgrind", "--collect-atstart=no", f"--callgrind-out-file={out}",
                           *ctx.awb_bench("run", *args)], capture_output=True, text=True)
    if done.returncode != 0 or not os.path.exists(out) or '"not built yet"' in done.stdout:
        return ""
    with open(out) as f:
        totals = [ln for ln in f if ln.startswith(("totals:", "summary:"))]
    return f"callgrind: {int(totals[-1].split()[1]):,} instructions" if totals else ""


# ---- the table ----

def evaluate(r, a, p):
    ratio = f"{a.median() / p.median():.2g}×" if a.ok and p.ok and p.median() > 0 else "—"
    if not a.ok:
        why = a.why or ""
        status = next((s for s in STATUSES if why.startswith(s)), "not measured")
    elif r.limit == "peer":
        status = ("meets target" if a.median() < p.median() else "OVER TARGET") if p.ok else "measured"
    elif isinstance(r.limit, tuple):  # ("ratio", x): awb must take at most x times the peer's time
        status = ("meets target" if a.median() <= r.limit[1] * p.median() else "OVER TARGET") if p.ok else "measured"
    elif r.limit is not None:
        status = "meets target" if a.median() <= r.limit else "OVER TARGET"
    else:
        status = "measured"
    return ratio, status


def cell(side):
    text = side.text()
    return text + (f"; {side.note}" if side.note else "")


def machine():
    def first(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True).stdout.strip().splitlines()[0]
        except Exception:
            return "unknown"
    cpu = "unknown"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as f:
        mem = int(f.readline().split()[1]) / 1024 / 1024
    debian = open("/etc/debian_version").read().strip() if os.path.exists("/etc/debian_version") else "?"
    qt = first(["dpkg-query", "-W", "-f=${Version}", "qt6-base-dev"])
    gxx = first(["g++", "--version"])
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} CPUs (`nproc`), `{cpu}`, {mem:.1f} GiB RAM, Debian {debian}, Qt {qt}, {gxx}; "
            f"load average at the end: {load}")


def human(n):
    return f"{n // 1_000_000}M" if n % 1_000_000 == 0 else f"{n // 1000}k" if n % 1000 == 0 else str(n)


def render(results, args):
    lines = [HEADER, "|---|---|---|---|---|---|"]
    sizes = {k: human(v[1 if args.quick else 0]) for k, v in SIZES.items()}
    for r, a, p, ratio, status in results:
        lines.append(f"| {r.work.format(**sizes)} | {cell(a)} | {cell(p)} | {ratio} | {r.target} | {status} |")
    tier = "quick tier (small sizes; not the targets' sizes)" if args.quick else "full tier"
    when = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    return "\n".join([
        f"Generated by `scripts/bench{' --quick' if args.quick else ''}` on {when}, {tier}, "
        f"{args.runs} interleaved runs per side.",
        f"**Machine:** {machine()}.", "", *lines, "",
        "Cells: median (min–max) over the runs. ratio = awb ÷ peer (below 1: awb is faster).",
    ])


def write_doc(path, text):
    begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
    old = open(path).read() if os.path.exists(path) else ""
    block = f"{begin}\n{text}\n{end}"
    if begin in old and end in old:
        new = old[:old.index(begin)] + block + old[old.index(end) + len(end):]
    else:
        new = old + ("\n" if old and not old.endswith("\n") else "") + "\n" + block + "\n"
    with open(path, "w") as f:
        f.write(new)


def check(path, names):
    """The table is well formed: the header, one row per registered row, six cells, a known status."""
    text = open(path).read()
    block = text[text.index("<!-- bench:begin -->"):text.index("<!-- bench:end -->")]
    lines = block.splitlines()
    assert HEADER in lines, "no table header"
    rows = [ln for ln in lines[lines.index(HEADER) + 2:] if ln.startswith("| ")]
    assert len(rows) == len(names), f"{len(rows)} table rows for {len(names)} benchmarks"
    for ln in rows:
        cells = [c.strip() for c in ln.strip().strip("|").split(" | ")]
        assert len(cells) == 6, f"row does not have 6 cells: {ln}"
        assert cells[5] in STATUSES, f"unknown status {cells[5]!r}"
        assert cells[5] != "failed", f"a benchmark failed: {ln}"
        assert all(cells), f"empty cell in {ln}"
    assert "**Machine:**" in block, "no machine description"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes: a minute or two")
    parser.add_argument("--rows", help="comma-separated row names (default: all): " + ",".join(r.name for r in ROWS))
    parser.add_argument("--runs", type=int, help="interleaved runs per side (default 5, quick 2)")
    parser.add_argument("--bin-dir", required=True, help="the CMake build directory (build/release)")
    parser.add_argument("--doc", required=True, help="the Markdown file whose marked section gets the table")
    parser.add_argument("--data-dir", help="keep generated data here and reuse it (default: a temporary directory)")
    parser.add_argument("--callgrind", action="store_true", help="also count instructions of awb's core loops")
    parser.add_argument("--check", action="store_true", help="fail unless the written table is well formed")
    args = parser.parse_args()
    args.runs = args.runs or (2 if args.quick else 5)
    wanted = args.rows.split(",") if args.rows else [r.name for r in ROWS]
    unknown = set(wanted) - {r.name for r in ROWS}
    if unknown:
        parser.error(f"no such row: {', '.join(sorted(unknown))}")
    ctx = Context(args)
    results = []
    try:
        for r in [r for r in ROWS if r.name in wanted]:
            print(f"… {r.name}", file=sys.stderr, flush=True)
            try:
                a, p = r.func(ctx)
            except Exception as e:
                a, p = Side(why=f"failed: {e}"[:200]), Side(why="—")
            results.append((r, a, p, *evaluate(r, a, p)))
    finally:
        if not ctx.keep:
            shutil.rmtree(ctx.data, ignore_errors=True)
    text = render(results, args)
    print(text)
    write_doc(args.doc, text)
    if args.check:
        check(args.doc, wanted)
        print("table well formed", file=sys.stderr)


if __name__ == "__main__":
    main()
