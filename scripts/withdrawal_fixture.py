#!/usr/bin/env python3
"""Reference values of networkx for `peacekeeping_graph::withdrawal` on the reference
dataset's partnership graph of 31 December 2013.

Writes crates/peacekeeping-graph/tests/fixtures/withdrawal_2013.json, read by
crates/peacekeeping-graph/tests/suite/withdrawal.rs. For each withdrawal (actors, edge
kinds) it holds, before and after, what the report gives: nodes, edges (linked pairs of
different nodes), connected components, the largest component and networkx's
`global_efficiency`, and the pairs of remaining nodes connected before and not after.

The graph is read from the JSON node-link file that the `export_graphml` example writes
(`partnership.json`: `ExportGraph::from_partnership_graph`, not the `to_network` that
`withdrawal` reads), as an undirected simple graph over actors and missions: an edge of
a kind asked for links its two ends, parallel edges merge, self-loops are left out (they
change no component and no distance). Everything else is networkx's.

Regenerate (from the repository root; needs network access once for pip):

    cargo run -q -p peacekeeping-graph --example export_graphml -- /tmp/graphml
    python3 -m venv /tmp/venv    # or any venv
    /tmp/venv/bin/pip install networkx==3.4.2
    /tmp/venv/bin/python scripts/withdrawal_fixture.py /tmp/graphml/partnership.json
"""

import json
import os
import sys

import networkx as nx

NETWORKX_VERSION = "3.4.2"
DATE = "2013-12-31"
ALL = ["membership", "partnership", "contribution", "joint-exercise", "participation"]
# (actors withdrawn, edge kinds kept): the withdrawals of the tests of the reference
# data, and the UN, whose withdrawal cuts the graph apart.
CASES = [
    (["FRA"], ALL),
    (["NPL", "IND"], ALL),
    (["FJI"], ["contribution"]),
    (["PAK"], ["contribution"]),
    (["UN"], ALL),
    (["AU", "UN"], ["membership", "partnership"]),
]
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "crates/peacekeeping-graph/tests/fixtures/withdrawal_2013.json")


def graph(doc, kinds):
    """The undirected simple graph of the edges of `kinds`, every node kept."""
    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in doc["nodes"])
    for e in doc["edges"]:
        if e["kind"] in kinds and e["source"] != e["target"]:
            g.add_edge(e["source"], e["target"])
    return g


def summary(g):
    components = list(nx.connected_components(g))
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "components": len(components),
        "largest_component": max((len(c) for c in components), default=0),
        "global_efficiency": nx.global_efficiency(g),
    }


def connected_pairs(g, nodes):
    """Pairs of `nodes` in the same component of `g`."""
    sizes = [len(c & nodes) for c in nx.connected_components(g)]
    return sum(s * (s - 1) // 2 for s in sizes)


def main(path):
    assert nx.__version__ == NETWORKX_VERSION, nx.__version__
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    cases = []
    for actors, kinds in CASES:
        before = graph(doc, kinds)
        gone = {f"actor:{a}" for a in actors}
        assert gone <= set(before.nodes), gone
        after = before.copy()
        after.remove_nodes_from(gone)
        stay = set(after.nodes)
        cases.append(
            {
                "actors": actors,
                "kinds": kinds,
                "before": summary(before),
                "after": summary(after),
                "disconnected_pairs": connected_pairs(before, stay)
                - connected_pairs(after, stay),
            }
        )
    out = {
        "networkx": NETWORKX_VERSION,
        "date": DATE,
        "source": "export_graphml's partnership.json",
        "cases": cases,
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(f"wrote {os.path.normpath(OUT)}: {len(cases)} withdrawals")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: withdrawal_fixture.py PARTNERSHIP_JSON (export_graphml's partnership.json)")
    main(sys.argv[1])
