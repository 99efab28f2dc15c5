"""Reads the tidy CSV tables written by `export_tables` with pandas, as a user would
(`pandas.read_csv(path)`, no options), and checks that every row and column arrived with
the expected types. Usage: python scripts/check_tables.py DIR (run by .ci/run)."""
import sys

import pandas as pd

DATES = {"start", "end", "date", "adopted", "until"}
COUNTS = {"male", "female", "unspecified", "total", "quantity", "year", "active_days",
          "personnel", "personnel_reports", "authorized", "contributors", "fatalities",
          "malicious_fatalities", "host_battle_deaths"}
IDS = {
    "actors.csv": ["id", "name", "kind"],
    "memberships.csv": ["member", "organization", "status", "start"],
    "missions.csv": ["id", "acronym", "name", "kind", "start"],
    "resolutions.csv": ["mission", "symbol"],
    "partnerships.csv": ["partnership", "name", "kind", "start", "actor", "role"],
    "contributions.csv": ["contributor", "mission", "date", "kind"],
    "participations.csv": ["contributor", "mission", "component", "start"],
    "mission_years.csv": ["mission", "year", "kind", "active_days", "personnel_reports"],
}


def main(directory):
    expected = pd.read_csv(f"{directory}/rows.csv").set_index("file")["rows"]
    problems = []
    for name, rows in expected.items():
        # keep_default_na=False would keep "NA" (Namibia) as text; the default reads
        # empty cells as NaN, which is what "none" means in these tables.
        table = pd.read_csv(f"{directory}/{name}", keep_default_na=False, na_values=[""])
        if len(table) != rows:
            problems.append(f"{name}: {len(table)} rows read, {rows} written")
        for column in IDS[name]:
            if table[column].isna().any():
                problems.append(f"{name}: empty cells in required column {column}")
        for column in DATES & set(table.columns):
            parsed = pd.to_datetime(table[column], format="%Y-%m-%d", errors="coerce")
            bad = parsed.isna() & table[column].notna()
            if bad.any():
                problems.append(f"{name}: {column} not a date: {table[column][bad].iloc[0]}")
        for column in COUNTS & set(table.columns):
            values = table[column].dropna()
            if not pd.api.types.is_numeric_dtype(values) or (values < 0).any():
                problems.append(f"{name}: {column} is not a count column")
        print(f"pandas {pd.__version__}: {name}: {len(table)} rows x {len(table.columns)} columns")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)


main(sys.argv[1])
