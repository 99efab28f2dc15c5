#!/usr/bin/env bash
# Side by side: importing the outcome files of issue 13 (the six sources, geo-pko/ being two
# files, and the IPI mission file ipi-ppp/data_mission.csv) and building the mission-year
# panel, in Rust (peacekeeping-data, examples/outcome_panel_once.rs) and with pandas and
# with polars (outcome_panel_peers.py), on this machine. Results go to
# docs/performance.md by hand.
#
#   bash benches/peers/run_outcomes.sh    # from anywhere; REPEAT=N for best of N (default 10),
#                                         # ROUNDS=N rounds (default 5), THREADS=2 for the
#                                         # Rust side's files read on two threads
#
# The sides take turns, ROUNDS times: in each round Rust (best of REPEAT runs, in one
# process), then pandas, then polars (the same, each in its own process). A machine shared
# with other work runs at a speed that changes from second to second; taking turns gives
# every side the same chances of a quiet moment. The result is each side's best over all
# rounds, the ratios of the bests (peer / rust) and the spread of the rounds' ratios.
# The Rust side runs on one thread (THREADS=1, the default) or reads the files on two
# (THREADS=2, `--threads 2`); polars uses every core whatever the setting, pandas one.
#
# Before the rounds, the Rust example writes its panel (--write-panel) and the peer script
# checks both libraries' panels against it (row count, MINUSMA's fatalities in 2013-2016,
# AMISOM's host battle deaths): it fails if they are not the same work.
#
# Needs python3 (with venv) and network access to PyPI the first time: pandas and polars
# are installed into the venv of run.sh, under the cargo target directory
# ($CARGO_TARGET_DIR, default target/) at target/peers-venv (created if absent; polars is
# added to it if missing). The data directory is found as the benches find it
# ($PEACEKEEPING_SHARED_DATA, or shared/data beside the repository).
set -euo pipefail

# pandas and numpy as run.sh pins them (one venv for both scripts).
PANDAS_VERSION=2.2.3
NUMPY_VERSION=2.1.3
POLARS_VERSION=2.1.0
REPEAT=${REPEAT:-10}
ROUNDS=${ROUNDS:-5}
THREADS=${THREADS:-1}

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
target=${CARGO_TARGET_DIR:-$root/target}
venv=$target/peers-venv
data=${PEACEKEEPING_SHARED_DATA:-$root/../shared/data}
if [[ -f $data/un-fatalities/DPPADPOSS-FATALITIES.csv ]]; then
    data=$(cd "$data" && pwd)
else
    echo "$data/un-fatalities/DPPADPOSS-FATALITIES.csv not found: set PEACEKEEPING_SHARED_DATA to the shared data directory" >&2
    exit 1
fi

# The peers: pandas (as run.sh installs it) and polars, in the shared venv, installed once.
if ! "$venv/bin/python" -c "import pandas, sys; sys.exit(pandas.__version__ != '$PANDAS_VERSION')" 2>/dev/null; then
    echo "== installing pandas $PANDAS_VERSION into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet "pandas==$PANDAS_VERSION" "numpy==$NUMPY_VERSION"
fi
if ! "$venv/bin/python" -c "import polars, sys; sys.exit(polars.__version__ != '$POLARS_VERSION')" 2>/dev/null; then
    echo "== installing polars $POLARS_VERSION into $venv"
    "$venv/bin/pip" install --quiet "polars==$POLARS_VERSION"
fi

# The Rust side, release profile.
echo "== building examples/outcome_panel_once (release)"
cargo build --quiet --release -p peacekeeping-benches --example outcome_panel_once
rust_bin=$target/release/examples/outcome_panel_once
peers=(benches/peers/outcome_panel_peers.py)

seconds() { sed -n 's/^best_seconds=//p'; }

echo "== data: $data ($(cd "$data" && cat un-fatalities/DPPADPOSS-FATALITIES.csv ucdp-brd-cy/ucdpbrds.csv \
    non-un-pko/un_nonun_pko_v2-2019.csv pko-authorized/personnel_shortfall_mission_month.csv \
    geo-pko/FrontMap_v.2.3.csv geo-pko/TCCMap_v.2.3.csv radpko/radpko_bases_cc_y.csv \
    ipi-ppp/data_mission.csv | wc -c) bytes in 8 files)"
echo "== versions: $(rustc --version), Python $("$venv/bin/python" -c 'import platform; print(platform.python_version())'), pandas $PANDAS_VERSION, numpy $NUMPY_VERSION, polars $POLARS_VERSION"

# The check: the Rust panel, and both peers' panels against it (fails on a difference).
panel=$(mktemp --suffix=.csv)
trap 'rm -f "$panel"' EXIT
"$rust_bin" --write-panel "$panel" "$data" | grep -v '^best_seconds=' | head -1
"$venv/bin/python" "${peers[0]}" --rust-panel "$panel" "$data" | grep -v best

echo "== $ROUNDS rounds, each: rust ($THREADS thread(s)), pandas, polars, each best of $REPEAT (files read, records made, panel written as CSV in memory)"
pandas_ratios=()
polars_ratios=()
rust_best=
pandas_best=
polars_best=
min() { awk -v a="$1" -v b="${2:-$1}" 'BEGIN { print (a < b ? a : b) }'; }
for round in $(seq "$ROUNDS"); do
    rust_s=$("$rust_bin" --threads "$THREADS" --repeat "$REPEAT" "$data" | seconds)
    pandas_s=$("$venv/bin/python" "${peers[0]}" --library pandas --repeat "$REPEAT" "$data" 2>/dev/null | seconds)
    polars_s=$("$venv/bin/python" "${peers[0]}" --library polars --repeat "$REPEAT" "$data" 2>/dev/null | seconds)
    pandas_ratio=$(awk -v r="$rust_s" -v p="$pandas_s" 'BEGIN { printf "%.2f", p / r }')
    polars_ratio=$(awk -v r="$rust_s" -v p="$polars_s" 'BEGIN { printf "%.2f", p / r }')
    pandas_ratios+=("$pandas_ratio")
    polars_ratios+=("$polars_ratio")
    echo "round $round: rust $rust_s s, pandas $pandas_s s, polars $polars_s s, pandas / rust = ${pandas_ratio}x, polars / rust = ${polars_ratio}x"
    rust_best=$(min "$rust_s" "$rust_best")
    pandas_best=$(min "$pandas_s" "$pandas_best")
    polars_best=$(min "$polars_s" "$polars_best")
done
spread() {
    printf '%s\n' "$@" | sort -g | awk '{ r[NR] = $1 } END {
        printf "rounds: lowest %.2fx, median %.2fx, highest %.2fx", r[1], r[int((NR + 1) / 2)], r[NR]
    }'
}

awk -v r="$rust_best" -v p="$pandas_best" -v s="$(spread "${pandas_ratios[@]}")" 'BEGIN {
    printf "== outcome panel: pandas %.6f s / rust %.6f s = %.2fx (goal: above 1x); %s\n", p, r, p / r, s
}'
awk -v r="$rust_best" -v p="$polars_best" -v s="$(spread "${polars_ratios[@]}")" 'BEGIN {
    printf "== outcome panel: polars %.6f s / rust %.6f s = %.2fx (goal: above 1x); %s\n", p, r, p / r, s
}'
