#!/usr/bin/env python3
"""Reference values for peacekeeping-eval's `compare` module (rank comparison), from pymcdm.

Writes crates/peacekeeping-eval/tests/fixtures/compare_peers.json, which the Rust test
`tests/suite/compare_peers.rs` compares against to 1e-9. 1,000 seeded random pairs of
rankings of 2-12 items: the average ranks (`scipy.stats.rankdata`, ties common) of small
random integers, so constant rankings and pairs without a comparable pair occur; where
pymcdm's measure is undefined (it warns and returns NaN or inf) the fixture says so and
the Rust function must return an error.

    target/peers-venv/bin/pip install pymcdm==1.4.0 scipy numpy
    target/peers-venv/bin/python scripts/check_compare.py
"""
import importlib.metadata
import json
import math
import pathlib
import warnings

import numpy as np
from pymcdm import correlations as corr
from scipy.stats import rankdata

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "crates" / "peacekeeping-eval" / "tests" / "fixtures" / "compare_peers.json"
rng = np.random.default_rng(20261208)
MEASURES = {
    "spearman": corr.spearman,
    "weighted_spearman": corr.weighted_spearman,
    "ws": corr.rank_similarity_coef,
    "kendall_tau": corr.kendall_tau,
    "goodman_kruskal_gamma": corr.goodman_kruskal_gamma,
}

cases = []
for _ in range(1000):
    n = int(rng.integers(2, 13))
    top = int(rng.integers(1, n + 3))
    x = rankdata(rng.integers(0, top, size=n)).tolist()
    y = rankdata(rng.integers(0, top, size=n)).tolist()
    expected = {}
    for name, f in MEASURES.items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                v = float(f(np.array(x), np.array(y)))
            except ZeroDivisionError:
                v = math.nan
        expected[name] = v if math.isfinite(v) else None
    cases.append({"x": x, "y": y, "expected": expected})

OUT.write_text(json.dumps({
    "generator": "scripts/check_compare.py",
    "peers": {p: importlib.metadata.version(p) for p in ["pymcdm", "scipy", "numpy"]},
    "cases": cases,
}, separators=(",", ":")) + "\n")
undefined = {k: sum(c["expected"][k] is None for c in cases) for k in MEASURES}
print(f"{len(cases)} cases -> {OUT}; undefined: {undefined}")
