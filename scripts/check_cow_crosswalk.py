#!/usr/bin/env python3
"""Compare the COW-ISO crosswalk of peacekeeping-data with the `countrycode` package.

countrycode (PyPI; a Python port of Arel-Bundock, Enevoldsen & Yetman's R package,
JOSS 2018) carries COW numbers (`cown`), COW abbreviations (`cowc`), COW names
(`cow.name`) and ISO 3166-1 alpha-3 codes (`iso3c`), one ISO code per COW state and no
dates. Our table (crates/peacekeeping-data/src/crosswalk.rs, `TABLE`) is time-aware, so
the comparison is: same COW abbreviation, same COW name, and countrycode's ISO code equal
to our code *today* (the entry without an end date). Every difference is printed; the
deliberate ones are explained by comments in the table and listed in docs/datasets.md.

Not run by CI. Usage, from the repository root, in a throwaway virtual environment:

    python3 -m venv /tmp/cc-venv
    /tmp/cc-venv/bin/pip install countrycode      # checked with countrycode 0.6.0
    /tmp/cc-venv/bin/python scripts/check_cow_crosswalk.py [path/to/igo_v3_selected_memberships.csv]

The optional CSV (default ../shared/data/cow/igo_v3_selected_memberships.csv) adds a check
that every COW state of the file is in the table.

Then the Gleditsch-Ward table (`GW_TABLE`): for every GW number countrycode has (`gwn`),
its COW number and ISO code against ours today (the last entry; its ISO code through our
COW table). countrycode has no dates and no GW microstates; the differences are listed
in docs/datasets.md.
"""

import csv
import glob
import os
import pickle
import re
import sys

import countrycode

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLE = os.path.join(ROOT, "crates", "peacekeeping-data", "src", "crosswalk.rs")
ENTRY = re.compile(r'^\s*e\((\d+), "([A-Z]{3})", "([^"]*)", "([A-Z]{3})", (.*)\),\s*$')
GW_SAME = re.compile(r'^\s*same\((\d+), "(?:[^"\\]|\\.)*"\),\s*$')
GW_ENTRY = re.compile(r'^\s*gw\((\d+), "(?:[^"\\]|\\.)*", (?:Some\((\d+)\)|None), (?:Some\("([A-Z]{3})"\)|None), (.*)\),\s*$')


def our_table():
    """COW number -> (abbreviation, name, [(iso, period text)]) from crosswalk.rs."""
    table = {}
    with open(TABLE, encoding="utf-8") as f:
        for line in f:
            m = ENTRY.match(line)
            if not m:
                continue
            cow, abbr, name, iso, period = int(m[1]), m[2], m[3].replace("\\'", "'"), m[4], m[5]
            entry = table.setdefault(cow, (abbr, name, []))
            if (entry[0], entry[1]) != (abbr, name):
                print(f"OURS     {cow}: two abbreviations or names: {entry[:2]} and {(abbr, name)}")
            entry[2].append((iso, period))
    return table


def codelist():
    """countrycode's code list, as a dict of columns."""
    path = glob.glob(os.path.join(os.path.dirname(countrycode.__file__), "data", "codelist.pickle"))[0]
    with open(path, "rb") as f:
        d = pickle.load(f)
    return d if isinstance(d, dict) else d.to_dict(as_series=False)


def their_table():
    """COW number -> (cowc, cow.name, iso3c) from countrycode's code list."""
    d = codelist()
    out = {}
    for cown, cowc, name, iso in zip(d["cown"], d["cowc"], d["cow.name"], d["iso3c"]):
        if cown is not None:
            out[int(cown)] = (cowc, name, iso)
    return out


def today(entries):
    """Our ISO code for a state that still exists: the entry with no end date."""
    open_ended = [iso for iso, period in entries if period in ("ALWAYS",) or period.startswith("since(")]
    return open_ended[0] if open_ended else None


def check_gw(ours):
    """Compare our GW table today with countrycode's `gwn`; the number of differences."""
    gw_today = {}  # GW number -> (COW number, ISO code) of its last entry
    with open(TABLE, encoding="utf-8") as f:
        for line in f:
            if m := GW_SAME.match(line):
                gw_today[int(m[1])] = (int(m[1]), None)
            elif m := GW_ENTRY.match(line):
                ended = m[4].startswith(("until(", "between("))  # the state is gone
                gw_today[int(m[1])] = (None, None) if ended else (int(m[2]) if m[2] else None, m[3])
    d = codelist()
    theirs = {}
    for gwn, cown, iso, name in zip(d["gwn"], d["cown"], d["iso3c"], d["country.name.en"]):
        if gwn is not None and gwn == gwn:  # not None, not NaN
            theirs[int(gwn)] = (int(cown) if cown is not None and cown == cown else None, iso, name)
    problems = 0
    for gw in sorted(set(gw_today) | set(theirs)):
        if gw not in gw_today:
            print(f"GW MISSING {gw} {theirs[gw]}: not in our GW table")
            problems += 1
            continue
        cow, iso = gw_today[gw]
        if iso is None and cow in ours and gw_today[gw] != (None, None):
            iso = today(ours[cow][2])
        if gw not in theirs:
            print(f"GW EXTRA   {gw}: not in countrycode; ours COW {cow}, ISO {iso}")
            problems += 1
        elif (cow, iso) != theirs[gw][:2]:
            print(f"GW DIFF    {gw} {theirs[gw][2]}: countrycode COW {theirs[gw][0]}, ISO {theirs[gw][1]}; ours today COW {cow}, ISO {iso}")
            problems += 1
    print(f"{len(gw_today)} GW codes in our table, {len(theirs)} in countrycode; {problems} differences")


def main():
    ours, theirs = our_table(), their_table()
    problems = 0
    for cow in sorted(set(ours) | set(theirs)):
        if cow not in ours:
            if theirs[cow][2] is not None:
                print(f"MISSING  {cow} {theirs[cow][0]} {theirs[cow][1]}: countrycode has ISO {theirs[cow][2]}, we have no entry")
                problems += 1
            continue
        abbr, name, entries = ours[cow]
        if cow not in theirs:
            print(f"EXTRA    {cow} {abbr} {name}: not in countrycode; ours: {entries}")
            problems += 1
            continue
        cowc, cow_name, iso3c = theirs[cow]
        if abbr != cowc:
            print(f"ABBR     {cow}: ours {abbr}, countrycode {cowc}")
            problems += 1
        if name != cow_name:
            print(f"NAME     {cow}: ours {name!r}, countrycode {cow_name!r}")
            problems += 1
        now = today(entries)
        if now != iso3c:
            print(f"ISO      {cow} {abbr} {name}: countrycode {iso3c}; ours {entries}")
            problems += 1
        elif len(entries) > 1 or entries[0][1] != "ALWAYS":
            # Same code today, but ours is dated: countrycode has no dates.
            print(f"DATED    {cow} {abbr} {name}: countrycode {iso3c} at any date; ours {entries}")
            problems += 1
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data", "cow", "igo_v3_selected_memberships.csv")
    if os.path.exists(data):
        with open(data, newline="", encoding="utf-8") as f:
            states = {(int(r["ccode"]), r["cow_igo_state_column"]) for r in csv.DictReader(f)}
        for cow, column in sorted(states):
            if cow not in ours:
                print(f"GAP      {cow} {column}: in {os.path.basename(data)}, not in our table")
                problems += 1
    print(f"{len(ours)} COW codes in our table, {len(theirs)} in countrycode; {problems} differences")
    check_gw(ours)


if __name__ == "__main__":
    main()
