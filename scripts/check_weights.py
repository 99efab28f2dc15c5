#!/usr/bin/env python3
"""Reference weights for peacekeeping-eval's `standard_deviation_weights`, from its peers.

Writes crates/peacekeeping-eval/tests/fixtures/weights_peers.json, which the Rust test
`tests/suite/weights_peers.rs` compares against to 1e-9 (no Python needed there; the
weights are written to 13 decimals). 1,000
seeded random decision matrices of 2-12 alternatives x 1-6 criteria, small integers (so
ties are common), mixed criterion directions, and constant columns (about one in six);
matrices whose every column is constant are left out (every peer divides by zero there).

    python3 -m venv target/peers-venv
    target/peers-venv/bin/pip install pymcdm==1.4.0 scikit-criteria==0.10 numpy
    target/peers-venv/bin/python scripts/check_weights.py

Each case of `cases` holds:
- `raw`: pymcdm's `weights.standard_deviation_weights` (raw columns, sample standard
  deviation) and scikit-criteria's `std_weights` (raw columns, population standard
  deviation): the two must agree with each other, and `Spread::Raw` with both;
- `normalized`: pymcdm's `standard_deviation_weights` of the matrix pymcdm's
  `minmax_normalization` gives column by column (cost columns reversed); a constant
  column, which pymcdm normalizes to all ones, has spread 0 either way: `Spread::Normalized`.
Each case of `objective` (positive matrices without a constant column) holds pymcdm's
MEREC, CILOS and IDOCRIW (with the criterion types), Gini (equal to scikit-criteria's
`gini_weights`, which the script asserts), variance and angle weights.
"""
import importlib.metadata
import json
import pathlib

import numpy as np
from pymcdm import normalizations as norm
from pymcdm import weights as pw
from skcriteria.preprocessing import weighters

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "crates" / "peacekeeping-eval" / "tests" / "fixtures" / "weights_peers.json"
rng = np.random.default_rng(20261208)

cases = []
while len(cases) < 1000:
    m = int(rng.integers(2, 13))
    n = int(rng.integers(1, 7))
    matrix = rng.integers(0, 10, size=(m, n)).astype(float)
    for j in range(n):
        if rng.random() < 1 / 6:
            matrix[:, j] = float(rng.integers(0, 10))
    if all(np.ptp(matrix[:, j]) == 0 for j in range(n)):
        continue
    types = rng.choice([1, -1], size=n)
    raw_pymcdm = pw.standard_deviation_weights(matrix)
    raw_skc = weighters.std_weights(matrix)
    assert np.allclose(raw_pymcdm, raw_skc, rtol=0, atol=1e-12), (matrix, raw_pymcdm, raw_skc)
    normalized = np.column_stack([
        norm.minmax_normalization(matrix[:, j], cost=bool(types[j] == -1)) for j in range(n)
    ])
    cases.append({
        "matrix": matrix.astype(int).tolist(),
        "types": [int(t) for t in types],
        "raw": [round(float(w), 13) for w in raw_pymcdm],
        "normalized": [round(float(w), 13) for w in pw.standard_deviation_weights(normalized)],
    })

# The other objective weightings, on positive matrices (MEREC's logarithms, Gini's mean and
# the angle's shares need them) of 2-12 alternatives x 1-6 criteria, values with two
# decimals in [1, 100), mixed directions; a second generator, so that the cases above stay
# as they were.
rng2 = np.random.default_rng(20261209)
objective = []
while len(objective) < 1000:
    m = int(rng2.integers(2, 13))
    n = int(rng2.integers(1, 7))
    matrix = rng2.uniform(1, 100, size=(m, n)).round(2)
    if any(np.ptp(matrix[:, j]) == 0 for j in range(n)):
        continue
    types = rng2.choice([1, -1], size=n)
    gini = pw.gini_weights(matrix)
    assert np.allclose(gini, weighters.gini_weights(matrix), rtol=0, atol=1e-12)
    cilos = pw.cilos_weights(matrix, types)
    cilos = [round(float(w), 13) for w in cilos] if len(cilos) == n else None
    objective.append({
        "matrix": matrix.tolist(),
        "types": [int(t) for t in types],
        "merec": [round(float(w), 13) for w in pw.merec_weights(matrix, types)],
        "gini": [round(float(w), 13) for w in gini],
        "variance": [round(float(w), 13) for w in pw.variance_weights(matrix)],
        "angle": [round(float(w), 13) for w in pw.angle_weights(matrix)],
        # CILOS's system has one solution only when F's null space is a line; where it is
        # not (pymcdm then returns several vectors, flattened), null: ours must refuse.
        "cilos": cilos,
        "idocriw": None if cilos is None
        else [round(float(w), 13) for w in pw.idocriw_weights(matrix, types)],
    })

OUT.write_text(json.dumps({
    "generator": "scripts/check_weights.py",
    "peers": {p: importlib.metadata.version(p) for p in ["pymcdm", "scikit-criteria", "numpy"]},
    "cases": cases,
    "objective": objective,
}, separators=(",", ":")) + "\n")
print(f"{len(cases)} + {len(objective)} cases -> {OUT}; CILOS without a single solution: "
      f"{sum(c['cilos'] is None for c in objective)}")
