#!/usr/bin/env python3
"""Reference scores for peacekeeping-eval's MOORA, ARAS, EDAS, MABAC, MAIRCA, SPOTIS, CODAS,
OCRA and MARCOS, from pymcdm.

Writes crates/peacekeeping-eval/tests/fixtures/mcda_methods.json, which the Rust test
`tests/suite/mcda_methods_peers.rs` compares against to 1e-9 (the scores, written to 13
decimals). SPOTIS takes each column's minimum and maximum as its bounds
(`SPOTIS.make_bounds`), CODAS the threshold 0.02 (pymcdm's). 1,000 seeded random decision matrices of 3-8 alternatives x 2-6
criteria with at least one benefit and one cost criterion (pymcdm's MOORA refuses a
matrix without a cost criterion): half with values of two decimals in [1, 100), half with
small positive integers, so that ties are common, and a column made constant in about one
matrix in six; random weights. Where pymcdm cannot compute a method for a matrix (SPOTIS's
bounds of a constant column; EDAS when no alternative lies off the average) the case
records `null` and the Rust function must return an error.

    target/peers-venv/bin/pip install pymcdm==1.4.0 numpy
    target/peers-venv/bin/python scripts/check_mcda_methods.py
"""
import importlib.metadata
import json
import math
import pathlib
import warnings

import numpy as np
from pymcdm import methods

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "crates" / "peacekeeping-eval" / "tests" / "fixtures" / "mcda_methods.json"
rng = np.random.default_rng(20261210)
METHODS = {
    "moora": methods.MOORA(),
    "aras": methods.ARAS(),
    "edas": methods.EDAS(),
    "mabac": methods.MABAC(),
    "mairca": methods.MAIRCA(),
    "spotis": None,
    "codas": methods.CODAS(),
    "ocra": methods.OCRA(),
    "marcos": methods.MARCOS(),
}

cases = []
while len(cases) < 1000:
    m = int(rng.integers(3, 9))
    n = int(rng.integers(2, 7))
    if len(cases) % 2 == 0:
        matrix = rng.uniform(1, 100, size=(m, n)).round(2)
    else:
        matrix = rng.integers(1, 6, size=(m, n)).astype(float)
    if rng.random() < 1 / 6:
        j = int(rng.integers(0, n))
        matrix[:, j] = matrix[0, j]
    types = rng.choice([1, -1], size=n)
    types[0], types[-1] = 1, -1
    weights = rng.uniform(0.05, 1.0, size=n)
    weights = weights / weights.sum()
    expected = {}
    for name, method in METHODS.items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                if name == "spotis":
                    method = methods.SPOTIS(methods.SPOTIS.make_bounds(matrix))
                scores = method(matrix, weights, types)
            except (ValueError, ZeroDivisionError):
                expected[name] = None
                continue
        if not all(math.isfinite(x) for x in scores):
            expected[name] = None
            continue
        expected[name] = [round(float(x), 13) for x in scores]
    cases.append({
        "matrix": matrix.tolist(),
        "types": [int(t) for t in types],
        "weights": [float(w) for w in weights],
        "expected": expected,
    })

OUT.write_text(json.dumps({
    "generator": "scripts/check_mcda_methods.py",
    "peers": {p: importlib.metadata.version(p) for p in ["pymcdm", "numpy"]},
    "cases": cases,
}, separators=(",", ":")) + "\n")
missing = {k: sum(c["expected"][k] is None for c in cases) for k in METHODS}
print(f"{len(cases)} cases -> {OUT}; not computed by pymcdm: {missing}")
