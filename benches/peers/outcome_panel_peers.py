"""The pandas and polars peers of the `outcome_panel` benches (benches/benches/outcome_panel.rs).

The job of `examples/outcome_panel_once.rs`, as a researcher would write it with pandas and,
separately, with polars: read the outcome files (the six sources of issue 13, `geo-pko/`
being two files, and the IPI mission file `ipi-ppp/data_mission.csv`) and the reference
missions (`crates/peacekeeping-data/reference/missions.json`: ids, names, periods, hosts,
and the ceilings recorded there from the Security Council's resolutions),
put the mission names of the files onto the reference ids, aggregate to mission-year and
join everything into one panel, written as CSV to a string. Timed as the Rust side is:
time.perf_counter around the job, best of N runs in one process; interpreter start and
the imports of pandas and polars excluded.

    python outcome_panel_peers.py [--repeat N] [--library pandas|polars|both]
                                  [--rust-panel FILE] [DIR]

DIR is the shared data directory (default $PEACEKEEPING_SHARED_DATA, or shared/data beside
the repository). For each library the output ends with `<library> best_seconds=<s>`; with
one library, the last line is `best_seconds=<s>` alone, for scripts.

The columns, as `export::Table::MissionYears` defines them (crates/peacekeeping-data/src/
export/mission_years.rs): one row per reference mission and calendar year from its start
to its end (to the latest year of the fatalities and battle deaths for one not ended);
`active_days`; `personnel`, the mean of the monthly totals dated in the year while the
mission is active (IPI's mission file for the UN missions it covers, SIPRI's own figures
of the UN and Non-UN Peacekeeping Dataset for the others) and `personnel_reports`, their
number; `authorized`, the mean ceiling (military plus police, or the uniformed personnel
where a resolution sets one figure) of the month ends while it is active: the file's months,
and from a mission's first ceiling recorded from a resolution (AMISOM, ATMIS, AUSSOM,
MINUSMA and UNAMID from June 2015) the resolutions' ceiling in force at each month end; `fatalities` and `malicious_fatalities` (0 in a year without deaths for a
mission with any record, empty otherwise); `host_battle_deaths`, the UCDP battle deaths
of its hosts summed (empty if a host has no row that year).

The mapping of names, the simplest that reproduces the Rust side's:
- an acronym names the reference mission whose id, acronym or alias it equals, compared
  on letters and digits without case (as `names::known_mission`); `UNAVEM`, `UNEF` and
  `UNOSOM`, which the files use for several missions in turn, name the one active on the
  row's date (else the latest started by then, else the first), as
  `names::known_mission_on`; in the SIPRI file, `ECOMOG`, `ECOWAS`, `EUAM`, `EUFOR`,
  `EUPOL`, `EUTM`, `EUCAP Sahel`, `CIS`, `CEMAC` and `JCC` name a mission by the row's
  country (as `names::mission_in`);
- hosts (ISO codes) are matched to the UCDP file's Gleditsch-Ward codes with one fixed
  code per host ([`ISO_TO_GW`]), where the Rust side reads the crosswalk year by year.

Where the peer does less than the Rust side (so that the comparison, if anything, favours
the peer): it reads `geo-pko/` and `radpko/` with read_csv and no more (the Rust readers
also parse TCCMap's free-text contributor lists, group FrontMap's map readings and check
every row); it takes no contributor counts (the Rust panel's `contributors` column comes
from the reference dataset's contribution figures, which the Rust side reads with the
other documents: states, organizations, cases, contributions); it checks no row of any
file.

Where the panels differ (measured 2026-12-07 with 162 reference missions: 1,407
mission-years on both sides, 1,407 x 7 cells compared, all equal but one, the same for
pandas and for polars): `personnel` of UNAVEM III in 1995, 4,586.125, rounded to 4,586.13
by Rust and to 4,586.12 (half to even) by pandas and polars.

After the timed runs, the panel of each library is checked against the Rust panel (`--rust-panel`,
written by `outcome_panel_once --write-panel FILE`): about the same number of rows, the
same fatalities of MINUSMA in 2013-2016 and the same battle deaths of AMISOM's host in
every year, and no cell different but the one above; it prints how many cells of each
column agree.
"""

import argparse
import io
import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import polars as pl

HERE = Path(__file__).resolve().parent  # benches/peers
ROOT = HERE.parent.parent
MISSIONS_JSON = ROOT / "crates" / "peacekeeping-data" / "reference" / "missions.json"

FILES = {
    "fatalities": "un-fatalities/DPPADPOSS-FATALITIES.csv",
    "ucdp": "ucdp-brd-cy/ucdpbrds.csv",
    "non_un": "non-un-pko/un_nonun_pko_v2-2019.csv",
    "authorized": "pko-authorized/personnel_shortfall_mission_month.csv",
    "geopko_locations": "geo-pko/FrontMap_v.2.3.csv",
    "geopko_contributor_sites": "geo-pko/TCCMap_v.2.3.csv",
    "radpko": "radpko/radpko_bases_cc_y.csv",
    "ipi_missions": "ipi-ppp/data_mission.csv",
}

# The Gleditsch-Ward code of each host of the reference missions (Gleditsch & Ward 1999,
# as the UCDP file numbers its territories).
ISO_TO_GW = {
    "AFG": 700, "AGO": 540, "BDI": 516, "BFA": 439, "BIH": 346, "CAF": 482, "CIV": 437,
    "COD": 490, "COL": 100, "CRI": 94, "CYP": 352, "DOM": 42, "EGY": 651, "ERI": 531,
    "ESH": 609, "ETH": 530, "GEO": 372, "GNB": 404, "GTM": 90, "HND": 91, "HRV": 344,
    "HTI": 41, "IDN": 850, "IND": 750, "IRN": 630, "IRQ": 645, "ISR": 666, "JOR": 663,
    "KHM": 811, "KWT": 690, "LBN": 660, "LBR": 450, "LBY": 620, "MKD": 343, "MLI": 432,
    "MOZ": 541, "MRT": 435, "NAM": 565, "NER": 436, "NIC": 93, "NPL": 790, "PAK": 770,
    "RWA": 517, "SDN": 625, "SLE": 451, "SLV": 92, "SOM": 520, "SSD": 626, "SYR": 652,
    "TCD": 483, "TJK": 702, "TLS": 860, "UGA": 500, "XKX": 347, "YEM": 678,
    "COM": 581, "MDA": 359, "PHL": 840, "PNG": 910, "PSE": 699, "UKR": 369,
}

# Acronyms the files use for several missions in turn.
LUMPED = {
    "UNAVEM": ["UNAVEM-I", "UNAVEM-II", "UNAVEM-III"],
    "UNEF": ["UNEF-I", "UNEF-II"],
    "UNOSOM": ["UNOSOM-I", "UNOSOM-II"],
}
# Names of the SIPRI file told apart by the row's country (`location`).
BY_COUNTRY = {
    "ECOMOG": {"Liberia": "ECOMOG-Liberia", "Guinea-Bissau": "ECOMOG-Guinea-Bissau"},
    "ECOWAS": {"Ivory Coast": "ECOMICI"},
    "EUAM": {"Ukraine": "EUAM-Ukraine"},
    "EUFOR": {"Bosnia-Herzegovina": "EUFOR-Althea", "Macedonia, FYR": "EUFOR-Concordia",
              "DR Congo (Zaire)": "EUFOR-RD-Congo", "Chad": "EUFOR-Tchad/RCA"},
    "EUPOL": {"Afghanistan": "EUPOL-Afghanistan", "Bosnia-Herzegovina": "EUPM",
              "Macedonia, FYR": "EUPOL-Proxima"},
    "EUTM": {"Mali": "EUTM-Mali", "Somalia": "EUTM-Somalia"},
    "EUCAPSAHEL": {"Niger": "EUCAP-Sahel-Niger", "Mali": "EUCAP-Sahel-Mali"},
    "CIS": {"Tajikistan": "CPKF-Tajikistan"},
    "CEMAC": {"Central African Republic": "FOMUC"},
    "JCC": {"Moldova": "JPKF-Transnistria"},
}

# RADPKO's text columns; the others are numbers.
RADPKO_TEXT = {"mission", "country", "base", "date", "cc_present", "afr_cc", "asian_cc", "west_cc"}

PANEL_COLUMNS = [
    "mission", "year", "kind", "leads", "hosts", "active_days", "personnel",
    "personnel_reports", "authorized", "fatalities", "malicious_fatalities",
    "host_battle_deaths",
]


def default_dir() -> Path:
    env = os.environ.get("PEACEKEEPING_SHARED_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "data"


def key(name: str) -> str:
    """An acronym compared on letters and digits, without case."""
    return "".join(c for c in name.upper() if c.isascii() and c.isalnum())


def read_missions():
    """The reference missions (one dict per mission), the id each name key gives, and the
    ceilings recorded from resolutions: (mission, as of, ceiling or None), from each
    mission's first entry that names a resolution (the file's months before it are kept,
    later ones replaced, as `file_then_resolutions` of the Rust side joins them)."""
    doc = json.loads(MISSIONS_JSON.read_text(encoding="utf-8"))
    missions, names, resolution_ceilings = [], {}, []
    for m in doc["missions"]:
        entries = m.get("authorized_strength", [])
        named = [c["as_of"] for c in entries if "resolution" in c]
        for c in entries:
            if named and c["as_of"] >= min(named):
                figures = ("military" in c) or ("police" in c) or ("uniformed" in c)
                total = c.get("uniformed", c.get("military", 0) + c.get("police", 0))
                resolution_ceilings.append((m["id"], c["as_of"], total if figures else None))
        for name in [m["id"], m.get("acronym", m["id"]), *m.get("aliases", [])]:
            names.setdefault(key(name), m["id"])
        missions.append({
            "mission": m["id"],
            "kind": m["kind"],
            "leads": ";".join(m.get("leads", [])),
            "hosts": m.get("hosts", []),
            "start": m["period"]["start"],
            "end": m["period"].get("end"),
        })
    return missions, names, resolution_ceilings


def by_country_rows():
    """[`BY_COUNTRY`] as rows (name key, country, mission id), to join on."""
    return [(k, country, i) for k, d in BY_COUNTRY.items() for country, i in d.items()]


def lumped_periods(missions):
    """For each lumped acronym, its missions' (id, start, end) in order."""
    by_id = {m["mission"]: m for m in missions}
    return {
        acronym: [(i, by_id[i]["start"], by_id[i]["end"] or "9999-12-31") for i in ids]
        for acronym, ids in LUMPED.items()
    }


# --- pandas -------------------------------------------------------------------------------


def pd_mission_ids(names_col: pd.Series, dates: pd.Series, names, lumped) -> pd.Series:
    """The reference id of each name on its date (NaN for none)."""
    keys = names_col.str.upper().str.replace(r"[^A-Z0-9]", "", regex=True)
    ids = keys.map(names)
    for acronym, periods in lumped.items():
        rows = keys == acronym
        if not rows.any():
            continue
        d = dates[rows].dt.strftime("%Y-%m-%d")
        active = [(d >= s) & (d <= e) for _, s, e in periods]
        started = [d >= s for _, s, _ in periods]
        choices = [i for i, _, _ in periods]
        latest = np.select(started[::-1], choices[::-1], default=choices[0])
        ids[rows] = np.select(active, choices, default=latest)
    return ids


def pandas_job(data: Path) -> str:
    missions, names, resolution_ceilings = read_missions()
    lumped = lumped_periods(missions)
    frames = {name: pd.read_csv(data / file) for name, file in FILES.items()}

    m = pd.DataFrame(missions)
    m["start"] = pd.to_datetime(m["start"])
    m["end"] = pd.to_datetime(m["end"])
    ids = set(m["mission"])

    # Fatalities of the reference missions.
    f = frames["fatalities"]
    f["date"] = pd.to_datetime(f["incident_date"])
    f["mission"] = pd_mission_ids(f["mission_acronym"], f["date"], names, lumped)
    f = f[f["mission"].isin(ids)].assign(
        year=lambda x: x["date"].dt.year,
        malicious=lambda x: x["type_of_incident"] == "Malicious Act",
    )
    deaths = f.groupby(["mission", "year"]).agg(
        fatalities=("malicious", "size"), malicious_fatalities=("malicious", "sum"))

    # Battle deaths.
    brd = frames["ucdp"][["gwcode", "year", "best"]]
    last_year = max(int(f["year"].max()), int(brd["year"].max()))

    # The panel's rows: each mission's years.
    first = m["start"].dt.year
    last = m["end"].dt.year.fillna(np.maximum(last_year, first)).astype(int)
    panel = m.loc[m.index.repeat(last - first + 1)].reset_index(drop=True)
    panel["year"] = panel.groupby("mission").cumcount() + panel["start"].dt.year
    year_start = pd.to_datetime(panel["year"].astype(str) + "-01-01")
    year_end = pd.to_datetime(panel["year"].astype(str) + "-12-31")
    panel["from"] = panel["start"].where(panel["start"] > year_start, year_start)
    end = panel["end"].fillna(year_end)
    panel["to"] = end.where(end < year_end, year_end)
    panel["active_days"] = (panel["to"] - panel["from"]).dt.days + 1
    window = panel[["mission", "year", "from", "to"]]

    # Deployed strengths: IPI's monthly totals, SIPRI's observed months for the others.
    ipi = frames["ipi_missions"]
    ipi["date"] = pd.to_datetime(ipi["Date"])
    ipi["mission"] = pd_mission_ids(ipi["Mission"], ipi["date"], names, lumped)
    ipi["total"] = ipi["Total"].fillna(0)
    ipi = ipi[ipi["mission"].isin(ids) & (ipi["total"] > 0)]
    ipi = ipi.drop_duplicates(["mission", "date"])[["mission", "date", "total"]]
    sipri = frames["non_un"].drop_duplicates(["missionid", "date"])
    keys = sipri["mission"].str.upper().str.replace(r"[^A-Z0-9]", "", regex=True)
    sipri = sipri.assign(
        key=keys,
        date=pd.to_datetime(sipri["date"]) + pd.offsets.MonthEnd(0),
    ).merge(pd.DataFrame(by_country_rows(), columns=["key", "location", "by_country"]),
            on=["key", "location"], how="left")
    sipri["mission"] = sipri["by_country"].where(
        sipri["key"].isin(BY_COUNTRY.keys()), sipri["key"].map(names))
    sipri = sipri[sipri["mission"].isin(ids) & ~sipri["mission"].isin(set(ipi["mission"]))]
    parts = sipri.groupby(["mission", "date"]).agg(
        total=("SIPRI_totals", "sum"), parts=("missionid", "size"),
        observed=("SIPRI_totals", "count")).reset_index()
    parts = parts[parts["parts"] == parts["observed"]][["mission", "date", "total"]]
    strengths = pd.concat([ipi, parts])
    strengths["year"] = strengths["date"].dt.year
    s = strengths.merge(window, on=["mission", "year"])
    s = s[(s["date"] >= s["from"]) & (s["date"] <= s["to"])]
    personnel = s.groupby(["mission", "year"]).agg(
        personnel=("total", "mean"), personnel_reports=("total", "size"))

    # Ceilings, month by month.
    a = frames["authorized"]
    a["date"] = pd.to_datetime(dict(year=a["year"], month=a["month"], day=1)) + pd.offsets.MonthEnd(0)
    a["mission"] = pd_mission_ids(a["mission"], a["date"], names, lumped)
    military, police = (a["authtroop"] + a["authmilobs"]).round(), a["authpolice"].round()
    a["ceiling"] = (military.fillna(0) + police.fillna(0)).where(military.notna() | police.notna())
    a = a[a["mission"].isin(ids)].drop_duplicates(["mission", "date"])
    # From a mission's first ceiling recorded from a resolution, the resolutions' ceiling
    # in force at each month end.
    r = pd.DataFrame(resolution_ceilings, columns=["mission", "as_of", "ceiling"])
    r["as_of"] = pd.to_datetime(r["as_of"])
    own_from = r.groupby("mission")["as_of"].min()
    a = a[~(a["mission"].map(own_from) <= a["date"])]
    ends = m.set_index("mission")["end"].fillna(pd.Timestamp(f"{last_year}-12-31"))
    month_ends = pd.concat([
        pd.DataFrame({"mission": mission, "date": pd.date_range(
            start + pd.offsets.MonthEnd(0), ends[mission], freq="ME")})
        for mission, start in own_from.items()
    ]).sort_values("date")
    by_resolution = pd.merge_asof(month_ends, r.sort_values("as_of"), left_on="date",
                                  right_on="as_of", by="mission")
    by_resolution["year"] = by_resolution["date"].dt.year
    a = pd.concat([a[["mission", "date", "year", "ceiling"]],
                   by_resolution[["mission", "date", "year", "ceiling"]]])
    c = a[["mission", "date", "year", "ceiling"]].merge(window, on=["mission", "year"])
    c = c[(c["date"] >= c["from"]) & (c["date"] <= c["to"])]
    authorized = c.groupby(["mission", "year"]).agg(authorized=("ceiling", "mean"))

    # Battle deaths of the hosts, summed; none if a host has no row.
    hosts = panel[["mission", "year", "hosts"]].explode("hosts").dropna()
    hosts["gwcode"] = hosts["hosts"].map(ISO_TO_GW)
    hosts = hosts.merge(brd, on=["gwcode", "year"], how="left")
    host_deaths = hosts.groupby(["mission", "year"]).agg(
        host_battle_deaths=("best", "sum"), hosts_n=("hosts", "size"), found=("best", "count"))
    host_deaths.loc[host_deaths["found"] < host_deaths["hosts_n"], "host_battle_deaths"] = np.nan

    out = (
        panel.join(personnel, on=["mission", "year"])
        .join(authorized, on=["mission", "year"])
        .join(deaths, on=["mission", "year"])
        .join(host_deaths[["host_battle_deaths"]], on=["mission", "year"])
    )
    recorded = out["mission"].isin(set(f["mission"]))
    for col in ["fatalities", "malicious_fatalities"]:
        out[col] = out[col].where(~recorded, out[col].fillna(0)).astype("Int64")
    out["personnel_reports"] = out["personnel_reports"].fillna(0).astype(int)
    out["host_battle_deaths"] = out["host_battle_deaths"].astype("Int64")
    out["hosts"] = out["hosts"].str.join(";")
    out["personnel"] = out["personnel"].round(2)
    out["authorized"] = out["authorized"].round(2)
    return out[PANEL_COLUMNS].to_csv(index=False)


# --- polars -------------------------------------------------------------------------------


def pl_mission_ids(name: pl.Expr, date: pl.Expr, names, lumped) -> pl.Expr:
    """The reference id of each name on its date (null for none)."""
    k = name.str.to_uppercase().str.replace_all(r"[^A-Z0-9]", "")
    out = k.replace_strict(names, default=None, return_dtype=pl.String)
    for acronym, periods in lumped.items():
        chosen = pl.lit(periods[0][0])
        for i, s, _ in periods:  # the latest started by the date
            chosen = pl.when(date >= pl.lit(s).str.to_date()).then(pl.lit(i)).otherwise(chosen)
        for i, s, e in reversed(periods):  # the first active on the date
            active = (date >= pl.lit(s).str.to_date()) & (date <= pl.lit(e).str.to_date())
            chosen = pl.when(active).then(pl.lit(i)).otherwise(chosen)
        out = pl.when(k == acronym).then(chosen).otherwise(out)
    return out


def polars_job(data: Path) -> str:
    missions, names, resolution_ceilings = read_missions()
    lumped = lumped_periods(missions)
    frames = {
        name: pl.read_csv(data / file, null_values=["NA", ""])
        for name, file in FILES.items() if name != "radpko"
    }
    # RADPKO's 377 columns are yearly means, fractional in some rows only (SOURCES.md):
    # polars' type inference from the first 100 rows takes some for whole numbers and
    # fails, and inferring from every row is 4x slower than naming the types.
    radpko = data / FILES["radpko"]
    floats = {c: pl.Float64 for c in pl.read_csv(radpko, n_rows=0).columns if c not in RADPKO_TEXT}
    frames["radpko"] = pl.read_csv(radpko, null_values=["NA", ""], schema_overrides=floats)

    m = pl.DataFrame(missions).with_columns(
        pl.col("start").str.to_date(), pl.col("end").str.to_date())
    ids = m["mission"].to_list()

    f = (
        frames["fatalities"]
        .with_columns(date=pl.col("incident_date").str.to_date())
        .with_columns(mission=pl_mission_ids(pl.col("mission_acronym"), pl.col("date"), names, lumped))
        .filter(pl.col("mission").is_in(ids))
        .with_columns(year=pl.col("date").dt.year())
    )
    deaths = f.group_by("mission", "year").agg(
        fatalities=pl.len().cast(pl.Int64),
        malicious_fatalities=(pl.col("type_of_incident") == "Malicious Act").sum().cast(pl.Int64),
    )
    brd = frames["ucdp"].select("gwcode", "year", "best")
    last_year = max(f["year"].max(), brd["year"].max())

    panel = (
        m.with_columns(
            year=pl.int_ranges(
                pl.col("start").dt.year(),
                pl.coalesce(pl.col("end").dt.year(),
                            pl.max_horizontal(pl.lit(last_year), pl.col("start").dt.year())) + 1,
            ))
        .explode("year")
        .with_columns(
            year_start=pl.date(pl.col("year"), 1, 1), year_end=pl.date(pl.col("year"), 12, 31))
        .with_columns(
            **{"from": pl.max_horizontal("start", "year_start"),
               "to": pl.min_horizontal(pl.coalesce("end", "year_end"), "year_end")})
        .with_columns(active_days=(pl.col("to") - pl.col("from")).dt.total_days() + 1)
    )
    window = panel.select("mission", "year", "from", "to")
    within = (pl.col("date") >= pl.col("from")) & (pl.col("date") <= pl.col("to"))

    ipi = (
        frames["ipi_missions"]
        .with_columns(date=pl.col("Date").str.to_date())
        .with_columns(mission=pl_mission_ids(pl.col("Mission"), pl.col("date"), names, lumped),
                      total=pl.col("Total").fill_null(0).cast(pl.Float64))
        .filter(pl.col("mission").is_in(ids) & (pl.col("total") > 0))
        .unique(["mission", "date"], keep="first", maintain_order=True)
        .select("mission", "date", "total")
    )
    k = pl.col("mission").str.to_uppercase().str.replace_all(r"[^A-Z0-9]", "")
    sipri = (
        frames["non_un"]
        .unique(["missionid", "date"], keep="first", maintain_order=True)
        .with_columns(key=k, date=(pl.col("date") + "-01").str.to_date().dt.month_end())
        .join(pl.DataFrame(by_country_rows(), schema=["key", "location", "by_country"],
                           orient="row"), on=["key", "location"], how="left")
        .with_columns(
            mission=pl.when(pl.col("key").is_in(list(BY_COUNTRY))).then("by_country")
            .otherwise(pl.col("key").replace_strict(names, default=None, return_dtype=pl.String)))
        .filter(pl.col("mission").is_in(ids) & ~pl.col("mission").is_in(ipi["mission"].unique().to_list()))
        .group_by("mission", "date")
        .agg(total=pl.col("SIPRI_totals").sum(), parts=pl.len(),
             observed=pl.col("SIPRI_totals").count())
        .filter(pl.col("parts") == pl.col("observed"))
        .select("mission", "date", "total")
    )
    personnel = (
        pl.concat([ipi, sipri])
        .with_columns(year=pl.col("date").dt.year())
        .join(window, on=["mission", "year"])
        .filter(within)
        .group_by("mission", "year")
        .agg(personnel=pl.col("total").mean(), personnel_reports=pl.len())
    )

    military = (pl.col("authtroop") + pl.col("authmilobs")).round()
    police = pl.col("authpolice").round()
    # From a mission's first ceiling recorded from a resolution, the resolutions' ceiling
    # in force at each month end.
    r = pl.DataFrame(resolution_ceilings, schema={"mission": pl.String, "as_of": pl.String,
                                                  "ceiling": pl.Float64}, orient="row")
    r = r.with_columns(pl.col("as_of").str.to_date()).sort("as_of")
    own_from = r.group_by("mission").agg(own_from=pl.col("as_of").min())
    by_resolution = (
        own_from.join(m.select("mission", "end"), on="mission")
        .with_columns(date=pl.date_ranges(
            pl.col("own_from").dt.month_end(),
            pl.coalesce("end", pl.date(last_year, 12, 31)), interval="1mo"))
        .explode("date")
        .with_columns(pl.col("date").dt.month_end())
        .sort("date")
        .join_asof(r, left_on="date", right_on="as_of", by="mission", check_sortedness=False)
        .select("mission", "date", year=pl.col("date").dt.year().cast(pl.Int64), ceiling="ceiling")
    )
    file_months = (
        frames["authorized"]
        .with_columns(date=pl.date("year", "month", 1).dt.month_end())
        .with_columns(
            mission=pl_mission_ids(pl.col("mission"), pl.col("date"), names, lumped),
            ceiling=pl.when(military.is_not_null() | police.is_not_null())
            .then(military.fill_null(0) + police.fill_null(0)).cast(pl.Float64))
        .filter(pl.col("mission").is_in(ids))
        .unique(["mission", "date"], keep="first", maintain_order=True)
        .join(own_from, on="mission", how="left")
        .filter(pl.col("own_from").is_null() | (pl.col("date") < pl.col("own_from")))
        .select("mission", "date", pl.col("year").cast(pl.Int64), "ceiling")
    )
    authorized = (
        pl.concat([file_months, by_resolution])
        .join(window, on=["mission", "year"])
        .filter(within)
        .group_by("mission", "year")
        .agg(authorized=pl.col("ceiling").mean())
    )

    host_deaths = (
        panel.select("mission", "year", "hosts")
        .explode("hosts")
        .drop_nulls("hosts")
        .with_columns(gwcode=pl.col("hosts").replace_strict(ISO_TO_GW, default=None, return_dtype=pl.Int64))
        .join(brd, on=["gwcode", "year"], how="left")
        .group_by("mission", "year")
        .agg(host_battle_deaths=pl.when(pl.col("best").null_count() == 0)
             .then(pl.col("best").sum()))
    )

    recorded = pl.col("mission").is_in(f["mission"].unique().to_list())
    out = (
        panel.join(personnel, on=["mission", "year"], how="left")
        .join(authorized, on=["mission", "year"], how="left")
        .join(deaths, on=["mission", "year"], how="left")
        .join(host_deaths, on=["mission", "year"], how="left", maintain_order="left")
        .with_columns(
            pl.when(recorded).then(pl.col("fatalities").fill_null(0)),
            pl.when(recorded).then(pl.col("malicious_fatalities").fill_null(0)),
            pl.col("personnel_reports").fill_null(0),
            pl.col("hosts").list.join(";"),
            pl.col("personnel").round(2),
            pl.col("authorized").round(2),
        )
        .select(PANEL_COLUMNS)
    )
    return out.write_csv()


# --- checks and timing --------------------------------------------------------------------


def check(library: str, csv: str, rust_panel: Path | None) -> None:
    """Asserts that the peer's panel is the Rust panel's work; prints how many cells agree."""
    ours = pd.read_csv(io.StringIO(csv))
    if rust_panel is None:
        print(f"{library}: {len(ours)} mission-years (no Rust panel given to check against)")
        return
    rust = pd.read_csv(rust_panel)
    assert abs(len(ours) - len(rust)) <= len(rust) // 100, (len(ours), len(rust))
    both = rust.merge(ours, on=["mission", "year"], suffixes=("_rust", "_peer"))
    assert len(both) >= len(rust) * 0.99, (len(both), len(rust))

    def cells(mission, years, column):
        rows = both[(both["mission"] == mission) & both["year"].isin(years)]
        return rows[f"{column}_rust"].tolist(), rows[f"{column}_peer"].tolist()

    r, p = cells("MINUSMA", range(2013, 2017), "fatalities")
    assert r == p and len(r) == 4 and sum(r) > 0, (r, p)
    r, p = cells("AMISOM", range(2007, 2023), "host_battle_deaths")
    assert r == p and len(r) == 16 and sum(r) > 0, (r, p)
    agree, differ = [], 0
    for column in PANEL_COLUMNS[5:]:
        a, b = both[f"{column}_rust"], both[f"{column}_peer"]
        same = ((a - b).abs() < 0.006) | (a.isna() & b.isna())
        agree.append(f"{column} {int(same.sum())}")
        differ += int((~same).sum())
    # The one cell known to differ (a rounding, in the docstring above): any other is a
    # difference of work, and the timing would compare different jobs.
    assert differ <= 1, f"{differ} cells differ from the Rust panel: " + ", ".join(agree)
    print(
        f"{library}: {len(ours)} mission-years (Rust: {len(rust)}); MINUSMA 2013-2016 "
        f"fatalities and AMISOM's host battle deaths as in the Rust panel; cells equal to "
        f"the Rust panel's, of {len(both)}: " + ", ".join(agree)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--library", choices=["pandas", "polars", "both"], default="both")
    parser.add_argument("--rust-panel", type=Path, default=None)
    parser.add_argument("dir", nargs="?", type=Path, default=None)
    args = parser.parse_args()
    data = args.dir or default_dir()
    missing = [f for f in FILES.values() if not (data / f).is_file()]
    if missing:
        print(f"not found in {data}: {', '.join(missing)}", file=sys.stderr)
        return 1

    jobs = {"pandas": (pandas_job, pd.__version__), "polars": (polars_job, pl.__version__)}
    libraries = list(jobs) if args.library == "both" else [args.library]
    for library in libraries:
        job, version = jobs[library]
        best, csv = float("inf"), ""
        for _ in range(max(args.repeat, 1)):
            started = time.perf_counter()
            csv = job(data)
            best = min(best, time.perf_counter() - started)
        # After the timed runs, as the Rust example checks its panel.
        check(f"{library} {version}", csv, args.rust_panel)
        print(f"{library} {version} six_files_and_panel: best of {max(args.repeat, 1)}: {best:.6f} s")
        print(f"{library} best_seconds={best:.6f}")
    if len(libraries) == 1:
        print(f"best_seconds={best:.6f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
