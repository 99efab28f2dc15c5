#!/usr/bin/env python3
"""Reference values of networkx for the network algorithms of peacekeeping-graph.

Writes one JSON file per graph into crates/peacekeeping-graph/tests/fixtures/, read by
crates/peacekeeping-graph/tests/suite/algo_networkx.rs. Each file holds the graph (node
count, directedness, edges with weights) and, for each metric, networkx's value (null
where networkx raises, e.g. core_number on a graph with self-loops).

Graphs: Zachary's karate club (networkx's copy, with its interaction counts as weights)
and seeded random graphs, undirected and directed, weighted and not, one with isolated
nodes and components, one with self-loops, one directed with planted communities; and
two with zero-length edges, for betweenness only.

Weight readings (see peacekeeping_graph::Weights): "ignore" (networkx weight=None),
"distance" (weight="w"), "strength" (path measures use weight="inv" = 1/w; strength
measures use weight="w").

Regenerate (from the repository root; needs network access once for pip):

    python3 -m venv /work/target-galgo/venv   # or any venv
    /work/target-galgo/venv/bin/pip install networkx==3.4.2 numpy==2.1.3 scipy==1.14.1
    /work/target-galgo/venv/bin/python scripts/graph_fixtures.py

PageRank, eigenvector and Katz are iterated to tight tolerances (networkx's default
PageRank tolerance stops far too early for a 1e-9 comparison).
"""

import json
import math
import os
import random
import sys

import networkx as nx
import numpy as np

NETWORKX_VERSION = "3.4.2"
OUT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)),
    "..",
    "crates",
    "peacekeeping-graph",
    "tests",
    "fixtures",
)


def per_node(G, values):
    return [float(values[v]) for v in range(G.number_of_nodes())]


def attempt(f):
    try:
        return f()
    except (nx.NetworkXException, ZeroDivisionError, ValueError):
        return None


def path_weight(reading):
    return {"ignore": None, "distance": "w", "strength": "inv"}[reading]


def strength_weight(reading):
    return {"ignore": None, "strength": "w"}[reading]


def efficiency(G, weight):
    """Mean of 1/d over ordered pairs of distinct nodes (0 if unreachable)."""
    n = G.number_of_nodes()
    if n < 2:
        return 0.0
    total = 0.0
    for s in G:
        if weight is None:
            d = nx.single_source_shortest_path_length(G, s)
        else:
            d = nx.single_source_dijkstra_path_length(G, s, weight=weight)
        total += sum(1.0 / x for t, x in d.items() if t != s)
    return total / (n * (n - 1))


def weighted_assortativity(G, labels, weight):
    """Newman's r on the mixing matrix with each edge end counted with its weight."""
    cats = sorted(set(labels))
    index = {c: i for i, c in enumerate(cats)}
    M = np.zeros((len(cats), len(cats)))
    for u, nbrs in G.adjacency():
        for v, d in nbrs.items():
            M[index[labels[u]], index[labels[v]]] += d[weight] if weight else 1.0
    M = M / M.sum()
    s = (M @ M).sum()
    return float((M.trace() - s) / (1 - s))


def compute(G, labels):
    n = G.number_of_nodes()
    directed = G.is_directed()
    for u, v, d in G.edges(data=True):
        d["inv"] = 1.0 / d["w"]
    r = {}
    r["degree"] = per_node(G, dict(G.degree()))
    r["strength"] = per_node(G, dict(G.degree(weight="w")))
    if directed:
        r["in_degree"] = per_node(G, dict(G.in_degree()))
        r["out_degree"] = per_node(G, dict(G.out_degree()))
        r["in_strength"] = per_node(G, dict(G.in_degree(weight="w")))
        r["out_strength"] = per_node(G, dict(G.out_degree(weight="w")))
    for reading in ["ignore", "distance", "strength"]:
        w = path_weight(reading)
        for norm in [True, False]:
            r[f"betweenness_{reading}_{'norm' if norm else 'raw'}"] = per_node(
                G, nx.betweenness_centrality(G, normalized=norm, weight=w)
            )
        for wf in [True, False]:
            r[f"closeness_{reading}_{'wf' if wf else 'raw'}"] = per_node(
                G, nx.closeness_centrality(G, distance=w, wf_improved=wf)
            )
        sources = [0, 1, n // 2]
        dist = {}
        for s in sources:
            if w is None:
                d = nx.single_source_shortest_path_length(G, s)
            else:
                d = nx.single_source_dijkstra_path_length(G, s, weight=w)
            dist[str(s)] = [float(d[t]) if t in d else None for t in range(n)]
        r[f"distances_{reading}"] = dist
        r[f"efficiency_{reading}"] = efficiency(G, w)
    if not directed:
        r["global_efficiency_networkx"] = nx.global_efficiency(G)
    for reading in ["ignore", "strength"]:
        w = strength_weight(reading)
        r[f"eigenvector_{reading}"] = attempt(
            lambda: per_node(
                G, nx.eigenvector_centrality(G, max_iter=100000, tol=1e-13, weight=w)
            )
        )
        r[f"pagerank_{reading}"] = per_node(
            G, nx.pagerank(G, alpha=0.85, tol=1e-14, max_iter=10000, weight=w)
        )
        A = nx.to_numpy_array(G, nodelist=range(n), weight=w)
        lam = max(abs(np.linalg.eigvals(A)))
        alpha = float(0.5 / lam) if lam > 0 else 0.1
        r[f"katz_{reading}_alpha"] = alpha
        for norm in [True, False]:
            r[f"katz_{reading}_{'norm' if norm else 'raw'}"] = per_node(
                G,
                nx.katz_centrality(
                    G, alpha=alpha, beta=1.0, max_iter=100000, tol=1e-13,
                    normalized=norm, weight=w,
                ),
            )
        r[f"clustering_{reading}"] = per_node(G, nx.clustering(G, weight=w))
        r[f"average_clustering_{reading}"] = nx.average_clustering(G, weight=w)
    r["transitivity"] = None if directed else nx.transitivity(G)
    r["density"] = nx.density(G)
    r["core_number"] = attempt(lambda: per_node(G, nx.core_number(G)))
    if directed:
        r["components"] = sorted(sorted(c) for c in nx.weakly_connected_components(G))
        r["strong_components"] = sorted(
            sorted(c) for c in nx.strongly_connected_components(G)
        )
    else:
        r["components"] = sorted(sorted(c) for c in nx.connected_components(G))
        r["articulation_points"] = sorted(nx.articulation_points(G))
        r["bridges"] = sorted(tuple(sorted(e)) for e in nx.bridges(G))
    nx.set_node_attributes(G, {v: labels[v] for v in range(n)}, "label")
    r["labels"] = labels
    r["assortativity_ignore"] = nx.attribute_assortativity_coefficient(G, "label")
    r["assortativity_strength"] = weighted_assortativity(G, labels, "w")
    communities = []
    for reading in ["ignore", "strength"]:
        w = strength_weight(reading)
        for resolution in [1.0, 0.5]:
            comms = nx.community.louvain_communities(
                G, weight=w, resolution=resolution, seed=42
            )
            partition = [0] * n
            for i, c in enumerate(comms):
                for v in c:
                    partition[v] = i
            communities.append(
                {
                    "reading": reading,
                    "resolution": resolution,
                    "partition": partition,
                    "modularity": nx.community.modularity(
                        G, comms, weight=w, resolution=resolution
                    ),
                }
            )
    r["louvain"] = communities
    return r


def write(name, G, labels, note, results=None):
    n = G.number_of_nodes()
    assert list(G.nodes()) == list(range(n))
    edges = [[u, v, d["w"]] for u, v, d in G.edges(data=True)]
    doc = {
        "name": name,
        "note": note,
        "generator": f"scripts/graph_fixtures.py, networkx {nx.__version__}",
        "directed": G.is_directed(),
        "nodes": n,
        "edges": edges,
        "results": compute(G, labels) if results is None else results,
    }
    path = os.path.join(OUT, f"{name}.json")
    with open(path, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {path} ({os.path.getsize(path)} bytes)")


def write_unweighted(name, G, seed, note):
    """Writes G with every weight 1 and labels drawn from `seed`."""
    for u, v, d in G.edges(data=True):
        d["w"] = 1.0
    write(name, G, random_labels(G.number_of_nodes(), seed), note)


def random_labels(n, seed, kinds=("state", "organization", "region")):
    rng = random.Random(seed)
    return [rng.choice(kinds) for _ in range(n)]


def main():
    if nx.__version__ != NETWORKX_VERSION:
        sys.exit(f"networkx {NETWORKX_VERSION} expected, found {nx.__version__}")
    os.makedirs(OUT, exist_ok=True)

    # Zachary's karate club, with networkx's interaction counts as weights.
    G = nx.karate_club_graph()
    for u, v, d in G.edges(data=True):
        d["w"] = float(d["weight"])
    labels = [G.nodes[v]["club"] for v in G]
    write("karate", G, labels, "Zachary's karate club; weights: interaction counts")

    # Undirected, integer weights (ties between path lengths), isolated nodes and
    # several components.
    G = nx.gnm_random_graph(45, 70, seed=2)
    rng = random.Random(2)
    for u, v, d in G.edges(data=True):
        d["w"] = float(rng.randint(1, 5))
    write("gnm_undirected_weighted", G, random_labels(45, 2),
          "gnm_random_graph(45, 70, seed=2); weights randint(1, 5)")

    # Undirected, unweighted (all weights 1), connected core.
    write_unweighted("gnm_undirected_unweighted", nx.gnm_random_graph(40, 120, seed=3), 3,
                     "gnm_random_graph(40, 120, seed=3); unweighted")

    # Directed, real-valued weights.
    G = nx.gnm_random_graph(40, 160, seed=4, directed=True)
    rng = random.Random(4)
    for u, v, d in G.edges(data=True):
        d["w"] = round(rng.uniform(0.1, 3.0), 2)
    write("gnm_directed_weighted", G, random_labels(40, 4),
          "gnm_random_graph(40, 160, seed=4, directed=True); weights round(uniform(0.1, 3), 2)")

    # Directed, unweighted, sparse (several strong components).
    write_unweighted("gnm_directed_unweighted",
                     nx.gnm_random_graph(35, 60, seed=5, directed=True), 5,
                     "gnm_random_graph(35, 60, seed=5, directed=True); unweighted")

    # Directed, integer weights, four planted communities (directed Louvain).
    P = nx.planted_partition_graph(4, 15, 0.3, 0.03, seed=7, directed=True)
    G = nx.DiGraph()
    G.add_nodes_from(range(60))
    G.add_edges_from(sorted(P.edges()))
    rng = random.Random(7)
    for u, v, d in G.edges(data=True):
        d["w"] = float(rng.randint(1, 3))
    write("planted_directed_weighted", G, random_labels(60, 7),
          "planted_partition_graph(4, 15, 0.3, 0.03, seed=7, directed=True); "
          "weights randint(1, 3)")

    # Directed, unweighted, denser random graph (directed Louvain without structure).
    write_unweighted("gnm_directed_dense",
                     nx.gnm_random_graph(60, 240, seed=8, directed=True), 8,
                     "gnm_random_graph(60, 240, seed=8, directed=True); unweighted")

    # Zero-length edges (weights 0, 1 or 2 read as distances): betweenness only, where
    # ties between a node and its zero-length neighbours are hardest. With zero lengths,
    # networkx's result depends on the order of its adjacency lists, so the edges are
    # added in sorted order, which makes them sorted as ours are.
    for directed in (False, True):
        R = nx.gnm_random_graph(30, 80, seed=11, directed=directed)
        rng = random.Random(11)
        edges = sorted(
            (u, v) if directed else (min(u, v), max(u, v)) for u, v in R.edges()
        )
        G = nx.DiGraph() if directed else nx.Graph()
        G.add_nodes_from(range(30))
        for u, v in edges:
            G.add_edge(u, v, w=float(rng.randint(0, 2)))
        kind = "directed" if directed else "undirected"
        b = nx.betweenness_centrality(G, normalized=False, weight="w")
        write(f"zero_lengths_{kind}", G, None,
              f"gnm_random_graph(30, 80, seed=11, directed={directed}), edges added in "
              "sorted order; weights randint(0, 2); betweenness only",
              results={"betweenness_distance_raw": per_node(G, b)})

    # Undirected with self-loops.
    G = nx.gnm_random_graph(25, 50, seed=6)
    G.add_edge(0, 0)
    G.add_edge(3, 3)
    G.add_edge(7, 7)
    rng = random.Random(6)
    for u, v, d in G.edges(data=True):
        d["w"] = float(rng.randint(1, 4))
    write("gnm_undirected_selfloops", G, random_labels(25, 6),
          "gnm_random_graph(25, 50, seed=6) + self-loops on 0, 3, 7; weights randint(1, 4)")


if __name__ == "__main__":
    main()
