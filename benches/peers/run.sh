#!/usr/bin/env bash
# Side by side: importing ipi-tcc/Gender.Full.csv and totalling personnel by contributor and
# month, in Rust (peacekeeping-data, examples/gender_full_once.rs) and in pandas
# (gender_full_pandas.py), on this machine; then the peak resident memory of the Rust
# import alone against the file's size. Results go to docs/performance.md by hand.
#
#   bash benches/peers/run.sh            # from anywhere; REPEAT=N for best of N (default 20),
#                                        # ROUNDS=N rounds (default 5)
#
# The two sides take turns, ROUNDS times: in each round Rust (best of REPEAT runs, in one
# process) then pandas (the same). A machine shared with other work runs at a speed that
# changes from second to second; taking turns gives both sides the same chances of a quiet
# moment, and each round's ratio compares the two at about the same moment. The result is
# each side's best over all rounds, their ratio, and the spread of the rounds' ratios.
# ROUNDS=1 is a single best of REPEAT for each side.
#
# Needs python3 (with venv) and network access to PyPI the first time: pandas is installed
# into a venv under the cargo target directory ($CARGO_TARGET_DIR, default target/), at
# target/peers-venv. The data file is found as the data bench finds it
# ($PEACEKEEPING_SHARED_DATA, or shared/data beside the repository).
set -euo pipefail

PANDAS_VERSION=2.2.3
NUMPY_VERSION=2.1.3
REPEAT=${REPEAT:-20}
ROUNDS=${ROUNDS:-5}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
target=${CARGO_TARGET_DIR:-$root/target}
venv=$target/peers-venv
data=${PEACEKEEPING_SHARED_DATA:-$root/../shared/data}
file=$data/ipi-tcc/Gender.Full.csv
if [[ -f $file ]]; then
    file=$(cd "$(dirname "$file")" && pwd)/Gender.Full.csv
else
    echo "$file not found: set PEACEKEEPING_SHARED_DATA to the shared data directory" >&2
    exit 1
fi

# The peer: pandas in its own venv, installed once.
if ! "$venv/bin/python" -c "import pandas, sys; sys.exit(pandas.__version__ != '$PANDAS_VERSION')" 2>/dev/null; then
    echo "== installing pandas $PANDAS_VERSION into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "pandas==$PANDAS_VERSION" "numpy==$NUMPY_VERSION"
fi

# The Rust side, release profile.
echo "== building examples/gender_full_once (release)"
cargo build --quiet --release -p peacekeeping-benches --example gender_full_once
rust_bin=$target/release/examples/gender_full_once

seconds() { sed -n 's/^best_seconds=//p'; }

echo "== file: $file ($(wc -c <"$file") bytes)"
echo "== $ROUNDS rounds, each: rust import + aggregate, best of $REPEAT; then pandas read_csv + groupby sum, best of $REPEAT"
ratios=()
rust_best=
py_best=
for round in $(seq "$ROUNDS"); do
    rust_out=$("$rust_bin" --repeat "$REPEAT" "$file")
    py_out=$("$venv/bin/python" benches/peers/gender_full_pandas.py --repeat "$REPEAT" "$file")
    if [[ $round == 1 ]]; then
        echo "$rust_out" | grep -v '^best_seconds=' | head -1
        echo "$py_out" | grep -v '^best_seconds=' | head -1
    fi
    rust_s=$(echo "$rust_out" | seconds)
    py_s=$(echo "$py_out" | seconds)
    ratio=$(awk -v r="$rust_s" -v p="$py_s" 'BEGIN { printf "%.2f", p / r }')
    ratios+=("$ratio")
    echo "round $round: rust $rust_s s, pandas $py_s s, pandas / rust = ${ratio}x"
    rust_best=$(awk -v a="$rust_s" -v b="${rust_best:-$rust_s}" 'BEGIN { print (a < b ? a : b) }')
    py_best=$(awk -v a="$py_s" -v b="${py_best:-$py_s}" 'BEGIN { print (a < b ? a : b) }')
done
spread=$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{ r[NR] = $1 } END {
    printf "rounds: lowest %.2fx, median %.2fx, highest %.2fx", r[1], r[int((NR + 1) / 2)], r[NR]
}')

awk -v r="$rust_best" -v p="$py_best" -v s="$spread" 'BEGIN {
    printf "== speed: pandas %.6f s / rust %.6f s = %.2fx (goal: at least 5x); %s\n", p, r, p / r, s
}'

# Peak resident memory of one Rust import (the whole process, one run, no aggregation).
echo "== memory: /usr/bin/time -v $rust_bin --import-only"
rss_kb=$(/usr/bin/time -v "$rust_bin" --import-only "$file" 2>&1 >/dev/null |
    sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p')
# For scale, the same for pandas (interpreter and libraries included).
py_rss_kb=$(/usr/bin/time -v "$venv/bin/python" benches/peers/gender_full_pandas.py "$file" 2>&1 >/dev/null |
    sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p')
bytes=$(wc -c <"$file")
awk -v kb="$rss_kb" -v pkb="$py_rss_kb" -v b="$bytes" 'BEGIN {
    printf "== rust import peak RSS: %d KiB = %.1f MB; file %d bytes = %.2f MB; ratio %.2fx (goal: under 10x)\n", kb, kb * 1024 / 1e6, b, b / 1e6, kb * 1024 / b
    printf "== pandas import+aggregate peak RSS (for scale): %d KiB = %.1f MB = %.1fx the file\n", pkb, pkb * 1024 / 1e6, pkb * 1024 / b
}'
