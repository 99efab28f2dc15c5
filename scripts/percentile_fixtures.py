#!/usr/bin/env python3
"""Reference percentile ranks for peacekeeping-eval's `percentile-rank` normalization.

Writes crates/peacekeeping-eval/tests/fixtures/percentile_ranks.json, which the Rust test
`tests/suite/pipeline.rs` (`percentile_ranks_match_pandas_and_coinr`) compares against to
1e-9: 300 seeded random columns of 1-15 small integers (ties common), higher is better.

- `share`: pandas' `Series.rank(pct=True, method=m) * 100` for m = average, min, max,
  first (pandas' "first" is our `Ordinal`); pandas' "dense" divides by the number of
  distinct values, not of units, so it is not compared.
- `inclusive_min`: COINr's `n_prank` formula, `(rank(x, ties.method = "min") - 1) /
  (n - 1)`, times 100, with pandas' min ranks, for columns of two values or more (COINr
  gives 0/0 for one value; this crate gives 50).

    target/peers-venv/bin/pip install pandas numpy
    target/peers-venv/bin/python scripts/percentile_fixtures.py
"""
import importlib.metadata
import json
import pathlib

import numpy as np
import pandas as pd

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "crates" / "peacekeeping-eval" / "tests" / "fixtures" / "percentile_ranks.json"
rng = np.random.default_rng(20261208)

cases = []
for _ in range(300):
    n = int(rng.integers(1, 16))
    x = pd.Series(rng.integers(0, 7, size=n).astype(float))
    case = {"values": [int(v) for v in x], "share": {}}
    for method in ["average", "min", "max", "first"]:
        case["share"][method] = [float(v) for v in x.rank(pct=True, method=method) * 100]
    if n > 1:
        case["inclusive_min"] = [float(v) for v in (x.rank(method="min") - 1) / (n - 1) * 100]
    cases.append(case)

OUT.write_text(json.dumps({
    "generator": "scripts/percentile_fixtures.py",
    "peers": {p: importlib.metadata.version(p) for p in ["pandas", "numpy"]},
    "cases": cases,
}, separators=(",", ":")) + "\n")
print(f"{len(cases)} cases -> {OUT}")
