"""Recomputes with networkx what the `co_deployment_2013` example prints about the
co-deployment network of 31 December 2013 (built from ipi-tcc/Gender.Full.csv), on the
example's own edge list, and exits non-zero on a mismatch.

Checks:
- the same node and edge counts (nodes: every actor of the partition file, isolated ones
  included; edges: the edge list);
- betweenness: networkx's `betweenness_centrality(G)` (unweighted, normalized) gives the
  same top 10 (same actors in the same order, ties within 1e-9 in either order) and
  every top-10 value to 1e-9;
- communities: networkx's `modularity(G, our partition, weight="weight")` equals our
  modularity to 1e-9. networkx's own `louvain_communities(G, weight="weight", seed=0)` is
  printed beside ours but not required to match: two Louvain implementations visit the
  nodes in different random orders (different generators even for the same seed), and
  ours adds a refinement step, so they stop at different local optima of modularity with
  different counts. What is required is that ours is not a worse optimum: our
  modularity is at least networkx's minus 0.01.

Usage: python scripts/check_co_deployment.py DIR, where DIR holds edges.csv,
partition.csv, betweenness.csv and summary.csv (run by .ci/run, after
`cargo run -p peacekeeping-graph --example co_deployment_2013 -- --edges DIR/edges.csv
--partition DIR/partition.csv --betweenness DIR/betweenness.csv --summary DIR/summary.csv`).
Needs networkx 3.4.2."""
import csv
import sys

import networkx as nx

TOLERANCE = 1e-9
TOP = 10
LOUVAIN_SLACK = 0.01


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def top(scores):
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]


def same_ranking(ours, theirs):
    """Position by position, the same actor, or two actors whose values are within
    TOLERANCE (a tie, which either side may order differently)."""
    return len(ours) == len(theirs) and all(
        a == b or abs(va - vb) <= TOLERANCE for (a, va), (b, vb) in zip(ours, theirs)
    )


def main(directory):
    summary = {r["key"]: r["value"] for r in rows(f"{directory}/summary.csv")}
    partition = {r["actor"]: int(r["community"]) for r in rows(f"{directory}/partition.csv")}
    ours_b = {r["actor"]: float(r["betweenness"]) for r in rows(f"{directory}/betweenness.csv")}
    graph = nx.Graph()
    graph.add_nodes_from(partition)
    for r in rows(f"{directory}/edges.csv"):
        graph.add_edge(r["source"], r["target"], weight=float(r["weight"]))
    problems = []

    counts = (graph.number_of_nodes(), graph.number_of_edges())
    expected = (int(summary["nodes"]), int(summary["edges"]))
    print(f"nodes, edges: networkx {counts}, ours {expected}")
    if counts != expected:
        problems.append(f"node/edge counts differ: networkx {counts}, ours {expected}")

    theirs_b = nx.betweenness_centrality(graph)
    ours_top, theirs_top = top(ours_b), top(theirs_b)
    print("top 10 by betweenness (unweighted, normalized): ours | networkx")
    for (a, va), (b, vb) in zip(ours_top, theirs_top):
        print(f"  {a:<4} {va:.12f} | {b:<4} {vb:.12f}")
    if not same_ranking(ours_top, theirs_top):
        problems.append("betweenness: the top 10 differ")
    for actor, value in ours_top:
        if abs(theirs_b[actor] - value) > TOLERANCE:
            problems.append(
                f"betweenness of {actor}: ours {value!r}, networkx {theirs_b[actor]!r}"
            )

    groups = {}
    for actor, c in partition.items():
        groups.setdefault(c, set()).add(actor)
    q_ours = float(summary["modularity"])
    q_nx_of_ours = nx.community.modularity(graph, list(groups.values()), weight="weight")
    seed = int(summary["seed"])
    louvain = nx.community.louvain_communities(graph, weight="weight", seed=seed)
    q_louvain = nx.community.modularity(graph, louvain, weight="weight")
    print(
        f"our partition: {len(groups)} communities, modularity ours {q_ours!r}, "
        f"networkx {q_nx_of_ours!r}"
    )
    print(
        f"networkx louvain_communities(seed={seed}): {len(louvain)} communities, "
        f"modularity {q_louvain!r}"
    )
    if abs(q_nx_of_ours - q_ours) > TOLERANCE:
        problems.append(f"modularity of our partition: ours {q_ours!r}, networkx {q_nx_of_ours!r}")
    if len(groups) != int(summary["communities"]):
        problems.append(f"partition has {len(groups)} communities, summary says {summary['communities']}")
    if q_ours < q_louvain - LOUVAIN_SLACK:
        problems.append(
            f"our Louvain optimum {q_ours!r} is worse than networkx's {q_louvain!r} "
            f"by more than {LOUVAIN_SLACK}"
        )

    for p in problems:
        print(f"MISMATCH: {p}")
    print("co-deployment 2013: " + ("FAILED" if problems else "networkx agrees"))
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1]))
