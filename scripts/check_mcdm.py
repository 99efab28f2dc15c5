#!/usr/bin/env python3
"""Reference values for peacekeeping-eval's multi-criteria methods, computed with pymcdm.

Writes crates/peacekeeping-eval/tests/fixtures/pymcdm.json, which the Rust test
`tests/suite/mcdm_pymcdm.rs` compares against (no network needed there). Seeded random
decision matrices, so the file is the same on every run with the same pymcdm/numpy.

    python3 -m venv /work/target-emcdm/venv        # or any venv
    /work/target-emcdm/venv/bin/pip install pymcdm==1.3.1 numpy==2.4.6
    /work/target-emcdm/venv/bin/python scripts/check_mcdm.py

What is compared, and the conventions that differ between pymcdm and this crate:
- TOPSIS with min-max, vector, max and sum normalizations (pymcdm's formulas).
- VIKOR (pymcdm's default: no normalization, v = 0.5): S, R, Q.
- PROMETHEE II with the usual, U-shape, V-shape, level and linear ("vshape_2") functions.
- WSM and WPM with pymcdm's default sum normalization, and WSM with min-max.
- Entropy and CRITIC weights (benefit criteria only: pymcdm's CRITIC ignores criterion
  types, ours orients cost columns first); standard-deviation weights of the min-max
  normalized matrix (ours normalizes first; pymcdm's uses the matrix it is given).
"""
import importlib.metadata
import json
import pathlib

import numpy as np
from pymcdm import methods, normalizations as norm, weights as pw

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "crates" / "peacekeeping-eval" / "tests" / "fixtures" / "pymcdm.json"
rng = np.random.default_rng(20261127)


def problem(m, n, low=1.0, high=100.0, all_benefit=False):
    matrix = rng.uniform(low, high, size=(m, n)).round(3)
    types = np.ones(n, dtype=int) if all_benefit else rng.choice([1, -1], size=n)
    if not all_benefit and np.all(types == 1):
        types[-1] = -1
    weights = rng.uniform(0.05, 1.0, size=n)
    weights = weights / weights.sum()
    return matrix, types, weights


def case(method, matrix, types, weights, expected, **params):
    return {
        "method": method,
        "params": params,
        "matrix": matrix.tolist(),
        "types": [int(t) for t in types],
        "weights": [float(w) for w in weights],
        "expected": {k: [float(x) for x in v] for k, v in expected.items()},
    }


cases = []
for m, n in [(6, 4), (10, 5), (25, 7)]:
    matrix, types, weights = problem(m, n)
    for name, f in [("min_max", norm.minmax_normalization), ("vector", norm.vector_normalization),
                    ("max", norm.max_normalization), ("sum", norm.sum_normalization)]:
        scores = methods.TOPSIS(f)(matrix, weights, types)
        cases.append(case("topsis", matrix, types, weights, {"scores": scores}, normalization=name))
    *_, S, R, Q = methods.VIKOR()._method(matrix, weights, types)
    cases.append(case("vikor", matrix, types, weights, {"s": S, "r": R, "q": Q}, v=0.5))
    spread = matrix.max(axis=0) - matrix.min(axis=0)
    q, p = 0.1 * spread, 0.5 * spread
    for fname, kw, ours in [("usual", {}, {}), ("ushape", {"q": q}, {"q": q}),
                            ("vshape", {"p": p}, {"p": p}), ("level", {"q": q, "p": p}, {"q": q, "p": p}),
                            ("vshape_2", {"q": q, "p": p}, {"q": q, "p": p})]:
        flows = methods.PROMETHEE_II(fname, **kw)(matrix, weights, types)
        cases.append(case("promethee_ii", matrix, types, weights, {"net_flow": flows},
                          function=fname, **{k: [float(x) for x in v] for k, v in ours.items()}))
    cases.append(case("wsm", matrix, types, weights,
                      {"scores": methods.WSM()(matrix, weights, types)}, normalization="sum"))
    cases.append(case("wsm", matrix, types, weights,
                      {"scores": methods.WSM(norm.minmax_normalization)(matrix, weights, types)},
                      normalization="min_max"))
    cases.append(case("wpm", matrix, types, weights,
                      {"scores": methods.WPM()(matrix, weights, types)}, normalization="sum"))

for m, n in [(5, 3), (12, 6)]:
    matrix, types, weights = problem(m, n, all_benefit=True)
    cases.append(case("entropy_weights", matrix, types, weights, {"weights": pw.entropy_weights(matrix)}))
    cases.append(case("critic_weights", matrix, types, weights, {"weights": pw.critic_weights(matrix)}))
    mm = np.apply_along_axis(norm.minmax_normalization, 0, matrix)
    cases.append(case("standard_deviation_weights", matrix, types, weights,
                      {"weights": pw.standard_deviation_weights(mm)}))

OUT.parent.mkdir(parents=True, exist_ok=True)
header = {
    "generator": "scripts/check_mcdm.py",
    "pymcdm": importlib.metadata.version("pymcdm"),
    "numpy": np.__version__,
    "seed": 20261127,
}
# One case per line: small, and diffs stay readable when pymcdm changes.
body = ",\n".join(json.dumps(c, separators=(",", ":")) for c in cases)
head = json.dumps(header, separators=(",", ":"))[:-1]
OUT.write_text(head + ',"cases":[\n' + body + "\n]}\n")
print(f"wrote {len(cases)} cases to {OUT.relative_to(ROOT)}")
