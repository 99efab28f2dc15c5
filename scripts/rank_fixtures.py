#!/usr/bin/env python3
"""Reference ranks for peacekeeping-eval's `rank` module, computed with scipy.stats.rankdata.

Writes crates/peacekeeping-eval/tests/fixtures/rankdata.json, which the Rust test
`tests/suite/rank.rs` compares against (no Python needed there): for each case, the ranks
of every tie rule (`method` = average, min, max, dense, ordinal) in both directions.
scipy ranks the lowest value first, which is our `Direction::LowerIsBetter`; our
`HigherIsBetter` is scipy's ranks of the negated values. Missing values (`null` in the
file) are NaN given to scipy with `nan_policy="omit"`, which ranks the others among
themselves and leaves NaN where the value is missing, as our `ranks_with_missing`.

    python3 -m venv /tmp/eval-venv
    /tmp/eval-venv/bin/pip install scipy
    /tmp/eval-venv/bin/python scripts/rank_fixtures.py
"""
import importlib.metadata
import json
import math
import pathlib

import numpy as np
from scipy.stats import rankdata

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "crates" / "peacekeeping-eval" / "tests" / "fixtures" / "rankdata.json"
METHODS = ["average", "min", "max", "dense", "ordinal"]

# Ties of every size, ties at both ends, negative values, -0.0 beside 0.0, one value,
# all equal, and a seeded random column with many ties.
rng = np.random.default_rng(20260412)
CASES = [
    [0.2, 0.9, 0.2, 0.1],
    [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0, 3.0, 5.0],
    [-1.5, 2.0, -1.5, 0.0, -0.0, 7.25, 2.0, 2.0],
    [42.0],
    [1.0, 1.0, 1.0, 1.0],
    [10.0, 9.0, 8.0, 7.0, 6.0],
    [float(x) for x in rng.integers(0, 6, size=40)],
    [None, 3.0, None, 1.0, 3.0, 2.0],
    [5.0, None, 5.0, None, -2.0, 5.0, 0.5],
    [None, None],
]


def ranks(values, method, higher_is_better):
    x = np.array([math.nan if v is None else v for v in values], dtype=float)
    if higher_is_better:
        x = -x
    out = rankdata(x, method=method, nan_policy="omit")
    return [None if math.isnan(r) else float(r) for r in out]


fixture = {
    "source": f"scipy {importlib.metadata.version('scipy')}, scipy.stats.rankdata",
    "cases": [
        {
            "values": values,
            "lower_is_better": {m: ranks(values, m, False) for m in METHODS},
            "higher_is_better": {m: ranks(values, m, True) for m in METHODS},
        }
        for values in CASES
    ],
}
# One line per list, so that a change shows as a change of one rule's ranks.
lines = ["{", f' "source": {json.dumps(fixture["source"])},', ' "cases": [']
for k, case in enumerate(fixture["cases"]):
    lines.append(f'  {{"values": {json.dumps(case["values"])},')
    for d, direction in enumerate(["lower_is_better", "higher_is_better"]):
        lines.append(f'   "{direction}": {{')
        rows = [f'    "{m}": {json.dumps(case[direction][m])}' for m in METHODS]
        lines.append(",\n".join(rows))
        lines.append("   }" + ("," if d == 0 else ""))
    lines.append("  }" + ("," if k + 1 < len(fixture["cases"]) else ""))
lines += [" ]", "}"]
text = "\n".join(lines) + "\n"
assert json.loads(text) == fixture
OUT.write_text(text)
print(f"wrote {OUT.relative_to(ROOT)}: {len(CASES)} cases, {fixture['source']}")
