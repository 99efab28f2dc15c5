#!/usr/bin/env bash
# Side by side: peacekeeping-graph (examples/graph_once.rs) against python-igraph (and,
# with NETWORKX=1, networkx) on the same graphs: betweenness on G(5000, 50000), PageRank
# on a 100k-node / 1M-edge directed graph, communities on G(5000, 50000). Both sides
# generate the graphs from the same seed (benches/src/graph_input.rs and
# graph_peers.py) and print a checksum of the edges, checked here.
#
#   bash benches/peers/graph_run.sh      # ROUNDS=N rounds (default 3), REPEAT=N runs of
#                                        # each job per round (default 3), NETWORKX=1 to
#                                        # time networkx once at the end
#
# The two sides take turns, ROUNDS times (Rust, then igraph), so that both meet the same
# load on a shared machine; each round's ratio compares them at about the same moment.
# Printed: per job, the median over rounds of each side's median wall time, the ratio,
# and the lowest and highest round ratio; CPU seconds (all threads) for scale. Rust runs
# on all cores (rayon), igraph on one: the ratios are wall-clock ratios.
#
# Needs python3 (with venv) and access to PyPI the first time: networkx and igraph are
# installed into a venv under the cargo target directory ($CARGO_TARGET_DIR, default
# target/), at graph-peers-venv.
set -euo pipefail

NETWORKX_VERSION=3.4.2
IGRAPH_VERSION=0.11.8
ROUNDS=${ROUNDS:-3}
REPEAT=${REPEAT:-3}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
target=${CARGO_TARGET_DIR:-$root/target}
venv=$target/graph-peers-venv
python=$venv/bin/python

if ! "$python" -c "import igraph, networkx, sys; sys.exit(igraph.__version__ != '$IGRAPH_VERSION' or networkx.__version__ != '$NETWORKX_VERSION')" 2>/dev/null; then
    echo "== installing igraph $IGRAPH_VERSION and networkx $NETWORKX_VERSION into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "igraph==$IGRAPH_VERSION" "networkx==$NETWORKX_VERSION" "numpy==2.1.3" "scipy==1.14.1"
fi

echo "== building examples/graph_once (release)"
cargo build --quiet --release -p peacekeeping-benches --example graph_once
rust_bin=$target/release/examples/graph_once

log=$(mktemp)
trap 'rm -f "$log"' EXIT
echo "== machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
for round in $(seq "$ROUNDS"); do
    echo "== round $round: rust"
    "$rust_bin" --repeat "$REPEAT" | sed "s/^/round=$round side=rust /" | tee -a "$log"
    echo "== round $round: igraph"
    "$python" benches/peers/graph_peers.py --repeat "$REPEAT" | sed "s/^/round=$round side=python /" | tee -a "$log"
done
if [[ ${NETWORKX:-0} == 1 ]]; then
    echo "== networkx (once)"
    "$python" benches/peers/graph_peers.py --repeat 1 --networkx | grep networkx | sed "s/^/round=0 side=python /" | tee -a "$log"
fi
echo "== load average $(cut -d' ' -f1-3 /proc/loadavg) at end"

"$python" - "$log" <<'PY'
import statistics, sys

rows = {}
checks = set()
for line in open(sys.argv[1]):
    fields = dict(f.split("=", 1) for f in line.split() if "=" in f)
    if "job" in fields:
        rows.setdefault(fields["job"], {})[int(fields["round"])] = (
            float(fields["median"]), float(fields["cpu"]))
    if line.split()[2:3] == ["checksum"]:
        checks.add(" ".join(line.split()[3:]))
if len(checks) != 1:
    sys.exit(f"checksums differ between the two sides: {checks}")
print(f"== same edges on both sides ({checks.pop()})")

pairs = [
    ("betweenness (unnormalized, unweighted)", "betweenness", "igraph_betweenness", 2.0),
    ("PageRank, Rust tol 1e-15 vs igraph PRPACK", "pagerank_tol1e-15", "igraph_pagerank", 3.0),
    ("PageRank, Rust tol 1e-6 (networkx default) vs igraph", "pagerank_tol1e-6", "igraph_pagerank", 3.0),
    ("communities: Rust louvain vs igraph multilevel", "communities", "igraph_multilevel", 1.0),
    ("communities: Rust louvain vs igraph Leiden", "communities", "igraph_leiden", None),
]
for title, ours, theirs, goal in pairs:
    if ours not in rows or theirs not in rows:
        continue
    rounds = sorted(set(rows[ours]) & set(rows[theirs]))
    ratios = sorted(rows[theirs][r][0] / rows[ours][r][0] for r in rounds)
    o = statistics.median(rows[ours][r][0] for r in rounds)
    t = statistics.median(rows[theirs][r][0] for r in rounds)
    oc = statistics.median(rows[ours][r][1] for r in rounds)
    tc = statistics.median(rows[theirs][r][1] for r in rounds)
    verdict = "" if goal is None else (f" (goal {goal:g}x: {'met' if t / o >= goal else 'NOT met'})")
    print(f"{title}: rust {o:.3f} s (cpu {oc:.2f} s), peer {t:.3f} s (cpu {tc:.2f} s): "
          f"{t / o:.2f}x{verdict}; round ratios {ratios[0]:.2f}x-{ratios[-1]:.2f}x")
# networkx runs once (round 0), after the rounds: against the median of our rounds.
against_networkx = [
    ("betweenness (networkx: 100 of the 5000 sources, times 50)", "betweenness",
     "networkx_betweenness_estimate"),
    ("PageRank, Rust tol 1e-6 (networkx default)", "pagerank_tol1e-6", "networkx_pagerank"),
    ("communities: Rust louvain vs networkx louvain", "communities", "networkx_louvain"),
]
for title, ours, theirs in against_networkx:
    if ours not in rows or theirs not in rows:
        continue
    o = statistics.median(v[0] for v in rows[ours].values())
    t = rows[theirs][0][0]
    print(f"{title}: rust {o:.3f} s, networkx {t:.3f} s (one run): {t / o:.2f}x")
PY
