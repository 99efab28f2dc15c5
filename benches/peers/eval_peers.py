#!/usr/bin/env python3
"""The Python side of benches/peers/run_eval.sh: a multi-criteria method (TOPSIS with
min-max normalization by default; MOORA, ARAS, EDAS, MABAC, MAIRCA) on the 100,000 x 20
matrix of peacekeeping_benches::topsis_job, generated identically (splitmix64 of the cell
index), with pymcdm; and, for scale, TOPSIS hand-vectorized in numpy.

    python eval_peers.py [--method NAME] [--repeat N] [--numpy]

Prints the checksum of the scores (to compare with the Rust side) and best_seconds=…
of N runs (the matrix generation is not timed).
"""
import argparse
import time

import numpy as np

ALTERNATIVES, CRITERIA = 100_000, 20


def splitmix64(k):
    with np.errstate(over="ignore"):
        z = (k + np.uint64(1)) * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def problem():
    k = np.arange(ALTERNATIVES * CRITERIA, dtype=np.uint64)
    u = (splitmix64(k) >> np.uint64(11)).astype(np.float64) / float(1 << 53)
    matrix = (1.0 + 99.0 * u).reshape(ALTERNATIVES, CRITERIA)
    types = np.array([-1 if j % 3 == 2 else 1 for j in range(CRITERIA)])
    weights = np.arange(1, CRITERIA + 1, dtype=np.float64)
    return matrix, types, weights / weights.sum()


def numpy_topsis(matrix, weights, types):
    lo, hi = matrix.min(axis=0), matrix.max(axis=0)
    n = (matrix - lo) / (hi - lo)
    n[:, types < 0] = 1.0 - n[:, types < 0]
    v = n * weights
    plus = np.sqrt(((v - v.max(axis=0)) ** 2).sum(axis=1))
    minus = np.sqrt(((v - v.min(axis=0)) ** 2).sum(axis=1))
    return minus / (plus + minus)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--numpy", action="store_true", help="time hand-written numpy TOPSIS, not pymcdm")
    parser.add_argument("--method", default="topsis",
                        choices=["topsis", "moora", "aras", "edas", "mabac", "mairca", "spotis", "ocra",
                                 "marcos"])
    args = parser.parse_args()
    matrix, types, weights = problem()
    if args.numpy:
        job, name = (lambda: numpy_topsis(matrix, weights, types)), f"numpy {np.__version__} hand-vectorized"
        args.method = "topsis"
    else:
        import importlib.metadata

        from pymcdm import methods
        from pymcdm.normalizations import minmax_normalization

        body = {
            "topsis": lambda: methods.TOPSIS(minmax_normalization),
            "moora": methods.MOORA,
            "aras": methods.ARAS,
            "edas": methods.EDAS,
            "mabac": methods.MABAC,
            "mairca": methods.MAIRCA,
            "spotis": lambda: methods.SPOTIS(methods.SPOTIS.make_bounds(matrix)),
            "ocra": methods.OCRA,
            "marcos": methods.MARCOS,
        }[args.method]()
        job, name = (lambda: body(matrix, weights, types)), f"pymcdm {importlib.metadata.version('pymcdm')}"
    best, scores = float("inf"), None
    for _ in range(max(1, args.repeat)):
        start = time.perf_counter()
        scores = job()
        best = min(best, time.perf_counter() - start)
    label = "topsis min-max" if args.method == "topsis" else args.method
    print(f"python {name} {label} {ALTERNATIVES} x {CRITERIA}")
    print(f"checksum={scores.sum():.9f}")
    print(f"best_seconds={best:.6f}")


if __name__ == "__main__":
    main()
