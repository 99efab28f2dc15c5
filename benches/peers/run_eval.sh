#!/usr/bin/env bash
# Side by side: multi-criteria methods on 100,000 alternatives x 20 criteria in Rust
# (peacekeeping-eval, examples/mcda_once.rs) and in Python (pymcdm, eval_peers.py), on
# the same synthetic matrix (both sides generate it from splitmix64; the checksums of the
# scores must agree). Results go to docs/performance.md by hand.
#
#   bash benches/peers/run_eval.sh       # REPEAT=N best of N in each round (default 20),
#                                        # ROUNDS=N rounds (default 5),
#                                        # METHODS="topsis moora ..." (default: all nine)
#
# For each method the sides take turns, ROUNDS times (see run.sh for why); TOPSIS's rounds
# also time a hand-vectorized numpy TOPSIS, for scale. Needs python3 (with venv) and PyPI the first
# time: pymcdm is installed into a venv under the cargo target directory
# ($CARGO_TARGET_DIR, default target/), at target/peers-eval-venv.
set -euo pipefail

PYMCDM_VERSION=1.4.0
NUMPY_VERSION=2.4.6
REPEAT=${REPEAT:-20}
ROUNDS=${ROUNDS:-5}
# CODAS is not compared: pymcdm's loops over every pair of alternatives in Python (10^10
# pairs at 100,000); ours is benchmarked by criterion (benches/eval.rs).
METHODS=${METHODS:-topsis moora aras edas mabac mairca spotis ocra marcos}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
target=${CARGO_TARGET_DIR:-$root/target}
venv=$target/peers-eval-venv

if ! "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('pymcdm') != '$PYMCDM_VERSION')" 2>/dev/null; then
    echo "== installing pymcdm $PYMCDM_VERSION into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "pymcdm==$PYMCDM_VERSION" "numpy==$NUMPY_VERSION"
fi

echo "== building examples/mcda_once (release)"
cargo build --quiet --release -p peacekeeping-benches --example mcda_once
rust_bin=$target/release/examples/mcda_once

field() { sed -n "s/^$1=//p"; }
for method in $METHODS; do
    ratios=()
    for round in $(seq "$ROUNDS"); do
        rust_out=$("$rust_bin" --method "$method" --repeat "$REPEAT")
        py_out=$("$venv/bin/python" benches/peers/eval_peers.py --method "$method" --repeat "$REPEAT")
        if [[ $round == 1 ]]; then
            echo "$rust_out" | head -1; echo "$py_out" | head -1
            rc=$(echo "$rust_out" | field checksum); pc=$(echo "$py_out" | field checksum)
            echo "checksums: rust $rc, pymcdm $pc"
            if [[ $method == mabac ]]; then
                # pymcdm's border, the product of 100,000 weighted values below 1, underflows
                # to 0 (np.prod); ours sums logarithms. The work timed is the same.
                echo "(mabac: pymcdm's border underflows to 0 at this size; checksums not compared)"
            else
                awk -v a="$rc" -v b="$pc" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d < 1e-6) }' ||
                    { echo "checksums differ: not the same job" >&2; exit 1; }
            fi
        fi
        r=$(echo "$rust_out" | field best_seconds)
        p=$(echo "$py_out" | field best_seconds)
        ratio=$(awk -v r="$r" -v p="$p" 'BEGIN { printf "%.1f", p / r }')
        ratios+=("$ratio")
        line="round $round: rust $r s, pymcdm $p s"
        if [[ $method == topsis ]]; then
            np_out=$("$venv/bin/python" benches/peers/eval_peers.py --repeat "$REPEAT" --numpy)
            line="$line, numpy $(echo "$np_out" | field best_seconds) s"
        fi
        echo "$line, pymcdm / rust = ${ratio}x"
    done
    printf '%s\n' "${ratios[@]}" | sort -g | awk -v m="$method" '{ r[NR] = $1 } END {
        printf "== %s: pymcdm / rust over %d rounds: lowest %.1fx, median %.1fx, highest %.1fx (goal: at least 10x)\n", m, NR, r[1], r[int((NR + 1) / 2)], r[NR]
    }'
done
