#!/usr/bin/env bash
# Every side-by-side comparison with a peer library, in one command, and one table of the
# ratios at the end:
#
#   bash benches/peers/all.sh            # from anywhere; QUICK=1 for a smoke test
#
# It runs the four comparison scripts of this directory in turn, each of which installs
# its peers (pinned, with pip, into its own venv under the cargo target directory, the
# first time), builds its Rust side (release) and prints its own report:
#
# - run.sh: importing ipi-tcc/Gender.Full.csv and totalling personnel by contributor and
#   month, against pandas (needs the shared data directory, see run.sh);
# - run_outcomes.sh: importing issue 13's outcome files and building the mission-year
#   panel, against pandas and against polars (needs the shared data directory too);
# - run_eval.sh: TOPSIS on 100,000 x 20, against pymcdm;
# - graph_run.sh: betweenness, PageRank and communities, against python-igraph, and once
#   against networkx (its betweenness estimated from 100 sampled sources).
#
# Each script's full output goes to target/peers-all/<script>.log; the table is read from
# those logs. "ours" and "peer" are wall-clock seconds: for run.sh and run_outcomes.sh
# each side's best run, for run_eval.sh and graph_run.sh the median over the rounds of
# each side; the ratio is peer / ours (above 1: ours is faster). QUICK=1 sets ROUNDS=1
# and REPEAT=1 for every script (one run of each side: noisy, for checking that everything works); any
# ROUNDS or REPEAT set by the caller is passed on otherwise. SUMMARY_ONLY=1 prints the
# table again from the last logs, running nothing. A comparison that fails is
# reported as such in the table and makes the command exit with status 1 after the rest.
set -uo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
logs=${CARGO_TARGET_DIR:-$root/target}/peers-all
mkdir -p "$logs"
if [[ ${QUICK:-0} == 1 ]]; then
    export ROUNDS=1 REPEAT=1
fi

failed=0
# networkx is timed once, after igraph's rounds (about a minute); NETWORKX=0 leaves it out.
export NETWORKX=${NETWORKX:-1}
for script in run.sh run_outcomes.sh run_eval.sh graph_run.sh; do
    [[ ${SUMMARY_ONLY:-0} == 1 ]] && break
    log=$logs/${script%.sh}.log
    echo "== bash benches/peers/$script (log: $log)"
    if bash "$root/benches/peers/$script" >"$log" 2>&1; then
        grep '^== ' "$log" | grep -v -e installing -e building
    else
        echo "== $script failed; its last lines:"
        tail -n 5 "$log"
        failed=1
    fi
done

echo
echo "== summary of $logs (printed $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) cores, load average now $(cut -d' ' -f1-3 /proc/loadavg)${QUICK:+; QUICK=$QUICK})"
rows=$({
    # run.sh: "== speed: pandas P s / rust R s = X.XXx ..."
    sed -n 's/^== speed: pandas \([0-9.]*\) s \/ rust \([0-9.]*\) s = \([0-9.]*x\).*/import + aggregate Gender.Full.csv\t\2\tpandas\t\1\t\3/p' \
        "$logs/run.log"
    # run_outcomes.sh: "== outcome panel: PEER P s / rust R s = X.XXx ...", one per peer.
    sed -n 's/^== outcome panel: \([a-z]*\) \([0-9.]*\) s \/ rust \([0-9.]*\) s = \([0-9.]*x\).*/outcome files + mission-year panel\t\3\t\1\t\2\t\4/p' \
        "$logs/run_outcomes.log"
    # run_eval.sh: "round N: rust R s, pymcdm P s, ...": the median over the rounds of each
    # side, and their ratio (as graph_run.sh reports its jobs).
    awk '
        /^round [0-9]+: rust / { r[++n] = $4; p[n] = $7 }
        function median(a, n,   i, j, t) {
            for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
            return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
        }
        END { if (n) { mr = median(r, n); mp = median(p, n); printf "TOPSIS min-max 100k x 20\t%s\tpymcdm\t%s\t%.1fx\n", mr, mp, mp / mr } }
    ' "$logs/run_eval.log"
    # graph_run.sh: "TITLE: rust O s (cpu ..), peer T s (cpu ..): R.RRx ..."
    sed -n 's/^\([^=].*\): rust \([0-9.]*\) s (cpu [^)]*), peer \([0-9.]*\) s (cpu [^)]*): \([0-9.]*x\).*/\1\t\2\tigraph\t\3\t\4/p' \
        "$logs/graph_run.log"
    # graph_run.sh with NETWORKX=1: "TITLE: rust O s, networkx T s (one run): R.RRx ..."
    sed -n 's/^\([^=].*\): rust \([0-9.]*\) s, networkx \([0-9.]*\) s (one run): \([0-9.]*x\).*/\1\t\2\tnetworkx (one run)\t\3\t\4/p' \
        "$logs/graph_run.log"
})
{
    printf 'operation\tours (s)\tpeer\tpeer (s)\tpeer / ours\n'
    [[ -n $rows ]] && printf '%s\n' "$rows"
} | column -t -s $'\t'
# pandas 1, pandas and polars 2, pymcdm 1, igraph 5, networkx 3: a missing log or a changed
# report loses a row.
expected=$((9 + (NETWORKX == 1 ? 3 : 0)))
found=$(grep -c . <<<"$rows")
if ((found < expected)); then
    echo "== $found rows of ratios, $expected expected: see the logs in $logs"
    failed=1
fi
exit "$failed"
