"""Reads the GraphML files written by the `export_graphml` example with networkx, as a
user would (`networkx.read_graphml(path)`, no options), and checks that they hold the
same nodes, edges and weights as the CSV node and edge lists written beside them; then
the same for the GEXF (`networkx.read_gexf`) and JSON node-link
(`networkx.node_link_graph`) files of the same graphs.

Usage: python scripts/check_graphml.py DIR (run by .ci/run, after
`cargo run -p peacekeeping-graph --example export_graphml -- DIR`)."""
import csv
import json
import sys
from collections import Counter

import networkx as nx

GRAPHS = ["co_deployment", "partnership", "partnership_2012"]


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def edge_key(source, target, weight, directed):
    if not directed and target < source:
        source, target = target, source
    # Weights are written in Rust's shortest round-trip form: they parse back exactly.
    return (source, target, float(weight))


READERS = {
    "graphml": nx.read_graphml,
    "gexf": nx.read_gexf,
    "json": lambda path: nx.node_link_graph(
        json.load(open(path, encoding="utf-8")), edges="edges"
    ),
}


def check(directory, name, fmt):
    graph = READERS[fmt](f"{directory}/{name}.{fmt}")
    nodes = rows(f"{directory}/{name}_nodes.csv")
    edges = rows(f"{directory}/{name}_edges.csv")
    name = f"{name}.{fmt}"
    directed = graph.is_directed()
    problems = []
    expected_nodes = {r["id"] for r in nodes}
    if set(graph.nodes) != expected_nodes:
        problems.append(
            f"{name}: nodes differ: {sorted(set(graph.nodes) ^ expected_nodes)[:5]}"
        )
    expected = Counter(
        edge_key(r["source"], r["target"], r["weight"], directed) for r in edges
    )
    found = Counter(
        edge_key(a, b, data["weight"], directed) for a, b, data in graph.edges(data=True)
    )
    if found != expected:
        problems.append(
            f"{name}: edges differ: missing {list((expected - found).items())[:3]}, "
            f"extra {list((found - expected).items())[:3]}"
        )
    for node, data in graph.nodes(data=True):
        if data.get("label") is None:
            problems.append(f"{name}: node {node} lost its label")
            break
    kind = type(graph).__name__
    print(
        f"networkx {nx.__version__}: {name}: {graph.number_of_nodes()} nodes, "
        f"{graph.number_of_edges()} edges ({kind}), total weight "
        f"{sum(w for _, _, w in graph.edges(data='weight')):.6g}"
    )
    return problems


def main(directory):
    problems = [
        p for name in GRAPHS for fmt in READERS for p in check(directory, name, fmt)
    ]
    for p in problems:
        print(f"PROBLEM: {p}", file=sys.stderr)
    if problems:
        sys.exit(1)
    print("GraphML, GEXF and JSON node-link: same nodes, edges and weights as the CSV lists")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/check_graphml.py DIR")
    main(sys.argv[1])
