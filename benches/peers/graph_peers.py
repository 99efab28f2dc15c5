#!/usr/bin/env python3
"""The Python side of benches/peers/graph_run.sh: networkx and python-igraph on the
graphs of benches/src/graph_input.rs, generated here identically (SplitMix64, same
draws, same order; the checksums printed must equal the Rust side's).

Jobs (one line each, "job=NAME median=S min=S max=S cpu=S runs=N": wall-clock seconds,
median, fastest and slowest run, and the median CPU seconds of a run):
  igraph_betweenness        Graph.betweenness(directed=False) on G(5000, 50000)
  igraph_pagerank           Graph.pagerank() (PRPACK) on the 100k / 1M directed graph
  igraph_multilevel         Graph.community_multilevel() on G(5000, 50000)
  igraph_leiden             Graph.community_leiden("modularity", n_iterations=-1)
  networkx_pagerank         nx.pagerank(tol=1e-6, networkx's default)       (--networkx)
  networkx_louvain          nx.community.louvain_communities(seed=0)        (--networkx)
  networkx_betweenness_k    nx.betweenness_centrality(k=100), times 50 = an estimate of
                            the full run (100 of 5000 sources)              (--networkx)

Usage: graph_peers.py [--repeat N] [--networkx]
"""

import statistics
import sys
import time

MASK = (1 << 64) - 1
SMALL = (5_000, 50_000, 1)
LARGE = (100_000, 1_000_000, 2)


def splitmix64(seed):
    state = seed
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def gnm_edges(n, m, seed, directed):
    rng = splitmix64(seed)
    seen = set()
    edges = []
    while len(edges) < m:
        a = next(rng) % n
        b = next(rng) % n
        if a == b:
            continue
        key = (a, b) if directed or a < b else (b, a)
        if key not in seen:
            seen.add(key)
            edges.append(key)
    return edges


def checksum(edges):
    acc = 0
    for i, (a, b) in enumerate(edges):
        acc = (acc + (i + 1) * ((a * 1_000_003 + b) & MASK)) & MASK
    return acc


def timed(job, repeat, fn):
    seconds = []
    cpu = []
    result = None
    for _ in range(max(repeat, 1)):
        cpu_start = time.process_time()
        start = time.perf_counter()
        result = fn()
        seconds.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    seconds.sort()
    print(
        f"job={job} median={statistics.median(seconds):.6f} min={seconds[0]:.6f} "
        f"max={seconds[-1]:.6f} cpu={statistics.median(cpu):.3f} runs={len(seconds)}",
        flush=True,
    )
    return result


def main():
    args = sys.argv[1:]
    repeat = int(args[args.index("--repeat") + 1]) if "--repeat" in args else 5
    with_networkx = "--networkx" in args

    import igraph

    small_edges = gnm_edges(*SMALL, directed=False)
    large_edges = gnm_edges(*LARGE, directed=True)
    print(f"checksum small={checksum(small_edges)} large={checksum(large_edges)}")
    small = igraph.Graph(n=SMALL[0], edges=small_edges, directed=False)
    large = igraph.Graph(n=LARGE[0], edges=large_edges, directed=True)
    print(f"igraph {igraph.__version__}")

    timed("igraph_betweenness", repeat, lambda: small.betweenness(directed=False))
    pr = timed("igraph_pagerank", repeat, lambda: large.pagerank(directed=True))
    top = max(range(len(pr)), key=lambda v: pr[v])
    print(f"igraph_pagerank_top node={top} value={pr[top]:.12f}")
    found = timed("igraph_multilevel", repeat, lambda: small.community_multilevel())
    print(f"igraph_multilevel modularity={found.modularity:.6f} communities={len(found)}")
    found = timed(
        "igraph_leiden",
        repeat,
        lambda: small.community_leiden(objective_function="modularity", n_iterations=-1),
    )
    print(f"igraph_leiden modularity={small.modularity(found.membership):.6f} communities={len(found)}")

    if with_networkx:
        import networkx as nx

        print(f"networkx {nx.__version__}")
        g_small = nx.Graph()
        g_small.add_nodes_from(range(SMALL[0]))
        g_small.add_edges_from(small_edges)
        g_large = nx.DiGraph()
        g_large.add_nodes_from(range(LARGE[0]))
        g_large.add_edges_from(large_edges)
        timed("networkx_pagerank", 1, lambda: nx.pagerank(g_large))
        comms = timed(
            "networkx_louvain", 1, lambda: nx.community.louvain_communities(g_small, seed=0)
        )
        print(f"networkx_louvain modularity={nx.community.modularity(g_small, comms):.6f}")
        start = time.perf_counter()
        nx.betweenness_centrality(g_small, k=100, seed=0)
        sampled = time.perf_counter() - start
        full = sampled * SMALL[0] / 100
        print(f"job=networkx_betweenness_estimate median={full:.6f} min={full:.6f} "
              f"max={full:.6f} cpu={full:.3f} runs=1")


if __name__ == "__main__":
    main()
