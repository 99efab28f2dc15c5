"""Recomputes with pymcdm the multi-criteria figures that docs/cookbook.md asserts, and
exits non-zero on a mismatch.

- "How do I rank alternatives on several criteria?": TOPSIS (vector normalization) and
  PROMETHEE II (usual preference function) of the five largest contributors of
  31 December 2013 on personnel, missions and share of women, weights 0.5, 0.3, 0.2.
  The matrix is the one the recipe builds from the reference dataset (contributors.json:
  PAK 8,266 personnel of whom 28 women, in 7 missions; BGD 7,918 and 205 in 9; IND 7,849
  and 143 in 10; ETH 6,619 and 402 in 5; NGA 4,836 and 334 in 10).
- "How do I turn pairwise judgments into weights?": AHP priorities of the judgments
  3, 5 and 2, and the consistency ratio against Saaty's random index for n = 3 (0.58).

    python3 -m venv target/venv-check
    target/venv-check/bin/pip install pymcdm==1.3.1 numpy==2.4.6
    target/venv-check/bin/python scripts/check_cookbook.py
"""

import sys

import numpy as np
from pymcdm import normalizations as norm
from pymcdm.methods import PROMETHEE_II, TOPSIS
from pymcdm.weights.subjective import AHP

PERSONNEL = {
    "PAK": (8266, 28, 7),
    "BGD": (7918, 205, 9),
    "IND": (7849, 143, 10),
    "ETH": (6619, 402, 5),
    "NGA": (4836, 334, 10),
}
# What the recipe asserts.
TOPSIS_RANKS = [5, 2, 4, 3, 1]
PROMETHEE_RANKS = [2, 1, 3, 5, 4]
AHP_WEIGHTS = [0.648, 0.230, 0.122]

failures = []


def check(what, got, expected):
    print(f"{what}: {got} (cookbook: {expected})")
    if list(got) != list(expected):
        failures.append(what)


matrix = np.array([[total, missions, women / total] for total, women, missions in PERSONNEL.values()])
weights = np.array([0.5, 0.3, 0.2])
benefit = np.ones(3)

topsis = TOPSIS(normalization_function=norm.vector_normalization)
scores = topsis(matrix, weights, benefit)
check("TOPSIS ranks", [int(r) for r in topsis.rank(scores)], TOPSIS_RANKS)

promethee = PROMETHEE_II("usual")
flows = promethee(matrix, weights, benefit)
check("PROMETHEE II ranks", [int(r) for r in promethee.rank(flows)], PROMETHEE_RANKS)

judgments = np.array([[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]])
ahp = AHP(matrix=judgments)
check("AHP weights", [round(float(w), 3) for w in ahp()], AHP_WEIGHTS)
lambda_max = max(np.linalg.eig(judgments)[0].real)
cr = (lambda_max - 3) / 2 / 0.58
print(f"AHP consistency ratio (Saaty 1980 random index): {cr:.6f} (cookbook: below 0.01)")
if not cr < 0.01:
    failures.append("AHP consistency ratio")

if failures:
    sys.exit("mismatch: " + ", ".join(failures))
print("the cookbook's multi-criteria figures agree with pymcdm")
