"""The UNDP Human Development Index 2022 through the `scorecard` example of the
`peacekeeping` crate: writes the evidence it reads, then checks what it prints against the
published index. Standard library only.

    python3 scripts/hdi_evidence.py evidence HDR.csv EVIDENCE.csv
    python3 scripts/hdi_evidence.py check HDR.csv SCORECARD.csv

HDR.csv is UNDP's composite indices time series of the Human Development Report 2023/24
(`../shared/data/hdi/HDR23-24.csv`; SOURCES.md describes it).

`evidence` writes a tidy evidence CSV (columns unit, indicator, value, date, source,
reliability: the format of `peacekeeping_eval::Evidence::read_csv`) with one row per
country and component of the HDI 2022 that UNDP publishes: the indicators of the
framework file `crates/peacekeeping-eval/tests/data/hdi.toml` (le_2022, eys_2022,
mys_2022, gnipc_2022), values copied as written, no date (the columns are of the year
2022), source `official-statistics`, reliability A. Countries only: the regional and
world aggregates (codes starting with "ZZ") are left out, and so is a blank value.

`check` reads the example's stdout (`scorecard hdi.toml EVIDENCE.csv --missing
propagate`) and exits non-zero unless:
- every country with a published `hdi_2022` has a score within 0.0005 of it (UNDP
  publishes 3 decimals), and no other country has a score;
- 193 countries are scored, as the eval crate's test `real_hdi` expects, and every
  country of the evidence is listed once (the unscored last, with an empty score);
- each scored line has a rank interval with rank_p5 <= rank_median <= rank_p95, and the
  lines are in rank order.
"""
import csv
import sys

INDICATORS = ["le_2022", "eys_2022", "mys_2022", "gnipc_2022"]
PUBLISHED = "hdi_2022"
TOLERANCE = 0.0005
SCORED = 193


def countries(hdr_path):
    """The rows of UNDP's file that are countries (not "ZZ" aggregates)."""
    # The file starts with a byte-order mark.
    with open(hdr_path, encoding="utf-8-sig", newline="") as f:
        return [r for r in csv.DictReader(f) if not r["iso3"].startswith("ZZ")]


def write_evidence(hdr_path, out_path):
    rows = 0
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["unit", "indicator", "value", "date", "source", "reliability"])
        for country in countries(hdr_path):
            for indicator in INDICATORS:
                value = country[indicator].strip()
                if value:
                    out.writerow([country["iso3"], indicator, value, "", "official-statistics", "A"])
                    rows += 1
    print(f"{out_path}: {rows} observations of {len(INDICATORS)} indicators")


def check(hdr_path, scorecard_path):
    published = {c["iso3"]: c[PUBLISHED].strip() for c in countries(hdr_path)}
    with open(scorecard_path, encoding="utf-8", newline="") as f:
        lines = list(csv.DictReader(f))
    problems = []
    units = [line["unit"] for line in lines]
    if sorted(units) != sorted(published):
        problems.append(f"the units listed are not the {len(published)} countries once each")
    scored = [line for line in lines if line["score"]]
    if [line["unit"] for line in lines[: len(scored)]] != [line["unit"] for line in scored]:
        problems.append("an unscored country is listed before a scored one")
    ranks = [int(line["rank"]) for line in scored]
    if ranks != sorted(ranks):
        problems.append("the scored lines are not in rank order")
    worst = (0.0, None)
    for line in lines:
        unit, score, value = line["unit"], line["score"], published.get(line["unit"], "")
        if not value:
            if score:
                problems.append(f"{unit}: no published {PUBLISHED}, scored {score}")
            continue
        if not score:
            problems.append(f"{unit}: published {value}, no score")
            continue
        diff = abs(float(score) - float(value))
        worst = max(worst, (diff, unit), key=lambda w: w[0])
        if diff > TOLERANCE + 1e-12:
            problems.append(f"{unit}: published {value}, scored {score}")
        p5, median, p95 = (int(line[k]) for k in ("rank_p5", "rank_median", "rank_p95"))
        if not p5 <= median <= p95:
            problems.append(f"{unit}: rank interval {p5}, {median}, {p95} out of order")
    if len(scored) != SCORED:
        problems.append(f"{len(scored)} countries scored, {SCORED} expected")
    unscored = sorted(line["unit"] for line in lines if not line["score"])
    print(
        f"HDI 2022: {len(scored)} countries scored (expected {SCORED}), unscored {unscored}; "
        f"largest |score - published| {worst[0]:.6f} ({worst[1]}), tolerance {TOLERANCE}"
    )
    for p in problems:
        print("problem:", p)
    return not problems


def main(argv):
    if len(argv) == 4 and argv[1] == "evidence":
        write_evidence(argv[2], argv[3])
        return 0
    if len(argv) == 4 and argv[1] == "check":
        return 0 if check(argv[2], argv[3]) else 1
    print(__doc__.split("\n\n")[1], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
