"""The pandas peer of the `gender_full` benches (benches/benches/data.rs).

Imports ipi-tcc/Gender.Full.csv with pandas.read_csv and totals personnel ("Total Total")
by contributor and month (groupby ["Contributor ISO-3", "Date"]): the job of
`examples/gender_full_once.rs`, timed the same way (time.perf_counter around the job,
best of N runs, in one process; interpreter start and `import pandas` excluded).

    python gender_full_pandas.py [--repeat N] [PATH]

PATH defaults to $PEACEKEEPING_SHARED_DATA/ipi-tcc/Gender.Full.csv, or to
shared/data/ipi-tcc/Gender.Full.csv beside the repository. The last line of output is
`best_seconds=<seconds>`, for scripts. Run both sides with benches/peers/run.sh.
"""

import argparse
import os
import sys
import time
from pathlib import Path

import pandas as pd

FILE = "ipi-tcc/Gender.Full.csv"
# SOURCES.md: the sum of Gender.Full.csv for 2013-12 is the UN's December 2013 total.
CHECK_MONTH, CHECK_TOTAL = "2013-12", 98_200


def default_path() -> Path:
    env = os.environ.get("PEACEKEEPING_SHARED_DATA")
    here = Path(__file__).resolve().parent  # benches/peers
    base = Path(env) if env else here.parent.parent.parent / "shared" / "data"
    return base / FILE


def job(path: Path) -> pd.Series:
    frame = pd.read_csv(path)
    return frame.groupby(["Contributor ISO-3", "Date"])["Total Total"].sum()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("path", nargs="?", type=Path, default=None)
    args = parser.parse_args()
    path = args.path or default_path()
    if not path.is_file():
        print(f"{path} not found", file=sys.stderr)
        return 1

    best = float("inf")
    totals = None
    for _ in range(max(args.repeat, 1)):
        started = time.perf_counter()
        totals = job(path)
        best = min(best, time.perf_counter() - started)

    dates = totals.index.get_level_values("Date").astype(str)
    month_total = int(totals[dates.str.startswith(CHECK_MONTH)].sum())
    if month_total == CHECK_TOTAL:
        check = f"{CHECK_MONTH} total {month_total}, as SOURCES.md says"
    else:
        check = (
            f"WARNING: Gender.Full.csv totals {month_total} for {CHECK_MONTH}, "
            f"SOURCES.md says {CHECK_TOTAL}"
        )
    print(
        f"pandas {pd.__version__} import_and_aggregate: {len(totals)} "
        f"(contributor, month) totals; {check}"
    )
    print(f"pandas import_and_aggregate: best of {max(args.repeat, 1)}: {best:.6f} s")
    print(f"best_seconds={best:.6f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
