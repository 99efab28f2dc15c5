#!/usr/bin/env python3
"""Generate crates/peacekeeping-data/reference/states.json: states and their UN memberships.

The file is one document of the reference dataset (docs/dataset-format.md), read together
with the other reference/*.json documents; the actor "UN" is defined in
organizations.json, not here.

What it holds:

* actors of kind `state`, id and `country` = ISO 3166-1 alpha-3 code: the 193 UN member
  states, the 2 non-member observer states (Holy See VAT, State of Palestine PSE) and 7
  historical states of peacekeeping and COW data (YUG, SCG, CSK, SUN, DDR, ZAR, YMD, with
  the dates of crates/peacekeeping-data/src/crosswalk.rs);
* their UN memberships (status `full`, or `observer` for VAT and PSE);
* the sources of all of it.

Where each field comes from:

* `name`, `aliases`: ISO 3166-1 English short name (`name`), and ISO's common and official
  names as aliases, from pycountry (ISO 3166-1 and 3166-3 data of Debian's iso-codes);
  the names of the historical states are curated (HISTORICAL below), with their ISO 3166-3
  names as aliases.
* `region`: the UN M49 macro-region (Africa, Americas, Asia, Europe, Oceania), from the
  `un.region.name` column of the countrycode package's code list (compiled from the UN
  Statistics Division's M49 page). Babel does not ship CLDR's territory containment, so
  CLDR could not be used for regions. A historical state gets the region of its
  successor states when they all share one (the USSR's do not: it has none).
* `languages`: the languages CLDR marks `official` for the territory
  (`babel.languages.get_official_languages`); where CLDR marks none official (Australia,
  Mexico, the United States, the Holy See) its `de_facto_official` ones. Script subtags
  are dropped (`sr_Latn` -> `sr`, `zh_Hant` -> `zh`). Historical states: none (CLDR has no
  data for them).
* UN admission dates: ADMISSIONS below, a curated table. The UN's own list is the
  authority (press release ORG/1469 "United Nations Member States", 3 July 2006, and the
  rosters of the Yearbook of the United Nations); each row names the stored copies in
  which the date was checked on 2026-11-27 (tags, see TAGS).

Run (from the repository root), in a virtual environment with the pinned packages:

    python3 -m venv /work/target-states/venv
    /work/target-states/venv/bin/pip install -r scripts/reference/requirements-states.txt
    /work/target-states/venv/bin/python scripts/reference/states.py

The output is deterministic: records sorted by id (memberships by member and start),
two-space indent, UTF-8, as Dataset::to_json writes. The script refuses other package
versions, since they could change names, regions or languages.
"""

import importlib.metadata
import importlib.util
import json
import os
import pickle
import sys
from pathlib import Path

import babel.core
import babel.languages
import pycountry

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "crates" / "peacekeeping-data" / "reference" / "states.json"

# The day the packages were run and the pages below were read.
CONSULTED = "2026-11-27"

PINNED = {"babel": "2.18.0", "pycountry": "26.2.16", "countrycode": "0.6.0"}

REGIONS = {"Africa", "Americas", "Asia", "Europe", "Oceania"}


def source(id_, kind, title, publisher, citation, reliability, published=None, consulted=True):
    record = {"id": id_, "kind": kind, "title": title, "publisher": publisher, "citation": citation}
    if published:
        record["published"] = published
    if consulted:
        record["consulted"] = CONSULTED
    record["reliability"] = reliability
    return record


SOURCES = [
    source(
        "iso-3166-1",
        "official-document",
        "ISO 3166-1, Codes for the representation of names of countries and their subdivisions, "
        "Part 1: Country code (with ISO 3166-3, codes for formerly used names of countries)",
        "International Organization for Standardization",
        "Codes and English short names as shipped in the Python package pycountry 26.2.16 "
        "(ISO 3166-1 and ISO 3166-3 data of Debian's iso-codes), read by "
        "scripts/reference/states.py",
        "A",
    ),
    source(
        "cldr",
        "research-dataset",
        "Unicode Common Locale Data Repository (CLDR) 47: territory information, official status "
        "of languages",
        "Unicode Consortium",
        "CLDR 47 as shipped in the Python package babel 2.18.0 "
        "(babel.languages.get_official_languages), read by scripts/reference/states.py",
        "B",
    ),
    source(
        "states-un-m49",
        "official-statistics",
        "Standard country or area codes for statistical use (M49): regions",
        "United Nations Statistics Division",
        "The un.region.name column of the code list of the Python package countrycode 0.6.0 "
        "(compiled from https://unstats.un.org/unsd/methodology/m49/), read by "
        "scripts/reference/states.py",
        "B",
    ),
    source(
        "states-un-org-1469",
        "official-document",
        "United Nations Member States (press release ORG/1469)",
        "United Nations, Department of Public Information",
        "ORG/1469, 3 July 2006: the 192 Member States with their dates of admission, and notes "
        "on Syria and the United Arab Republic, Yugoslavia, Tanzania and others. Read in the "
        "Wikisource transcriptions: https://en.wikisource.org/wiki/Page:UNITED_NATIONS_MEMBER_STATES.djvu/6, "
        "http://fr.wikisource.org/wiki/Page:UNITED_NATIONS_MEMBER_STATES.djvu/3, "
        "https://fr.wikisource.org/wiki/Page:UNITED_NATIONS_MEMBER_STATES.djvu/5 and the start of "
        "https://fr.m.wikisource.org/wiki/%C3%89tats_Membres_de_l%E2%80%99ONU_(2006)",
        "A",
        published="2006-07-03",
    ),
    source(
        "states-un-yearbook-rosters",
        "official-document",
        "Yearbook of the United Nations, Appendix I: Roster of the United Nations (as of 31 "
        "December 1957, 1968 and 1974)",
        "United Nations",
        "Dates of admission of the Members; read in the copies at "
        "https://docslib.org/download/8130400/roster-of-the-united-nations-as-of-31-december-1957, "
        "https://docslib.org/doc/6662602/1968-appendices and "
        "https://docslib.org/download/11011037/1974-appendices",
        "A",
    ),
    source(
        "states-worldometer-un-members",
        "media",
        "United Nations Member States",
        "Worldometer",
        "https://worldometers.info/united-nations: the UN's list of Member States with their "
        "dates of admission (entries Afghanistan to France read)",
        "C",
    ),
    source(
        "states-un-member-notes",
        "official-document",
        "Member States: notes on the Russian Federation and on Czechoslovakia",
        "United Nations",
        "https://www.un.org/ru/about-us/member-states/russian-federation (the USSR an original "
        "Member from 24 October 1945; letter of 24 December 1991 from the President of the "
        "Russian Federation); the note on Czechoslovakia (an original Member from 24 October "
        "1945; the Czech and Slovak Federal Republic would cease to exist on 31 December 1992; "
        "the Czech Republic and the Slovak Republic admitted on 19 January 1993) as mirrored at "
        "http://elaygc.com/en/about-us/member-states/czechoslovakia",
        "A",
    ),
    source(
        "states-ask-un-ussr-letters",
        "official-document",
        "Where can I find the letters of 24 December 1991 regarding the continuation of the "
        "membership of the USSR by the Russian Federation?",
        "United Nations, Dag Hammarskjöld Library",
        "https://ask.un.org/faq/378083, quoting the Repertoire of the Practice of the Security "
        "Council 1989-1992: the membership of the USSR was being continued by the Russian "
        "Federation (letter dated 24 December 1991)",
        "A",
    ),
    source(
        "states-un-ga-10479",
        "official-document",
        "General Assembly Approves Admission of Montenegro to United Nations, Increasing Number "
        "of Member States to 192 (press release GA/10479)",
        "United Nations",
        "https://unis.unvienna.org/unis/en/pressrels/2006/ga10479.html: admitted on 28 June 2006",
        "A",
        published="2006-06-29",
    ),
    source(
        "states-kuna-2011-07-14",
        "media",
        "UNGA admits S.Sudan as its 193rd member state",
        "Kuwait News Agency (KUNA)",
        "http://www.kuna.net.kw/NewsAgenciesPublicsite/ArticleDetails.aspx?id=2180233&Language=en, "
        "United Nations, 14 July: admitted by the General Assembly on Thursday (14 July 2011)",
        "B",
        published="2011-07-14",
    ),
    source(
        "states-liechtenstein-institut-2020",
        "academic",
        "Liechtenstein tritt der UNO bei",
        "Liechtenstein-Institut",
        "https://www.liechtenstein-institut.li/news/liechtenstein-tritt-der-uno-bei: admitted "
        "on 18 September 1990 as the 160th Member",
        "B",
        published="2020-09-18",
    ),
    source(
        "states-latimes-1991-09-18",
        "media",
        "Divided Koreas, Baltics, 2 Island States Join U.N.",
        "Los Angeles Times",
        "https://www.latimes.com/archives/la-xpm-1991-09-18-mn-2251-story.html: Estonia, "
        "Latvia, Lithuania, the two Koreas, Micronesia and the Marshall Islands joined on "
        "Tuesday (17 September 1991)",
        "B",
        published="1991-09-18",
    ),
    source(
        "states-latimes-1990-04-24",
        "media",
        "Namibia Joins the U.N. as 160th Member State",
        "Los Angeles Times",
        "https://www.latimes.com/archives/la-xpm-1990-04-24-mn-331-story.html: joined on "
        "Monday (23 April 1990)",
        "B",
        published="1990-04-24",
    ),
    source(
        "states-nyt-1993-05-30",
        "media",
        "Monaco and Eritrea Join U.N.",
        "The New York Times",
        "Published 30 May 1993 (admitted on Friday, 28 May 1993); read in the copy at "
        "http://dehai.org/archives/dehai_news_archive/2014/may/0520.html",
        "B",
        published="1993-05-30",
    ),
    source(
        "states-fsm-mission-1999-09-14",
        "official-document",
        "FSM welcomed Republics of Kiribati, Nauru and Kingdom of Tonga as new members of the "
        "United Nations family",
        "Permanent Mission of the Federated States of Micronesia to the United Nations",
        "http://www.fsmgov.org/fsmun/pr140999.htm: admitted as the 186th to 188th Members at "
        "the opening of the 54th session, 14 September 1999",
        "B",
        published="1999-09-14",
    ),
    source(
        "states-palau-mission-un",
        "official-document",
        "About Us",
        "Permanent Mission of the Republic of Palau to the United Nations",
        "https://palauun.org/about-us-2/: a member of the United Nations since 15 December 1994",
        "B",
    ),
    source(
        "states-wikipedia-fr-unsc-res-299",
        "academic",
        "Résolution 299 du Conseil de sécurité des Nations unies",
        "Wikipédia",
        "French Wikipedia article on Security Council resolution 299 (1971): Oman admitted on 7 "
        "October 1971; read in the copy at "
        "https://profilbaru.com/fr/Résolution_299_du_Conseil_de_sécurité_des_Nations_unies. The "
        "same date in the book The Legal Status of the Arabian Gulf States, p. 58, at "
        "https://online.flipbuilder.com/kiwg/ponx/files/basic-html/page58.html",
        "C",
    ),
    source(
        "states-thisday-1975-09-16",
        "media",
        "Cape Verde, Mozambique, and São Tomé Join UN",
        "thisday.fyi",
        "https://thisday.fyi/9/16/1975/cape-verde-mozambique-and-sao-tome-join-un (16 September "
        "1975); the same day in https://calendarz.com/es/amp/on-this-day/september/16/cape-verde",
        "C",
    ),
    source(
        "states-wikipedia-yugoslavia-un",
        "academic",
        "Yugoslavia and the United Nations",
        "Wikipedia",
        "https://en.wikipedia.org/wiki/Yugoslavia_and_the_United_Nations: a member from 24 "
        "October 1945 to 22 September 1992 (General Assembly resolution A/RES/47/1); dates as "
        "in https://wikimili.com/en/Yugoslavia_and_the_United_Nations",
        "C",
    ),
    source(
        "states-wikipedia-serbia-un",
        "academic",
        "Serbia and the United Nations",
        "Wikipedia",
        "https://en.wikipedia.org/wiki/Serbia_and_the_United_Nations: the Federal Republic of "
        "Yugoslavia admitted on 1 November 2000, represented as Serbia and Montenegro from 2003 "
        "and as Serbia from 2006",
        "C",
    ),
    source(
        "states-nationsencyclopedia-un-membership",
        "academic",
        "United Nations: Membership",
        "Nations Encyclopedia",
        "https://www.nationsencyclopedia.com/United-Nations/Membership.html: both German states "
        "admitted on 18 September 1973, united by the accession of the German Democratic "
        "Republic effective from 3 October 1990",
        "C",
    ),
    source(
        "states-wikipedia-east-germany",
        "academic",
        "East Germany",
        "Wikipedia",
        "https://www.wikiwand.com/en/articles/East_Germany: a country from its formation on 7 "
        "October 1949 until its reunification with West Germany on 3 October 1990",
        "C",
    ),
    source(
        "states-wikipedia-south-yemen",
        "academic",
        "South Yemen",
        "Wikipedia",
        "Independence declared 30 November 1967, UN membership 14 December 1967, unification "
        "22 May 1990; read in the copies at http://piglix.com/piglix/People%27s_Democratic_Republic_of_Yemen "
        "and https://worddisk.com/wiki/People's_Democratic_Republic_of_Yemen/",
        "C",
    ),
    source(
        "states-wikipedia-yemeni-unification",
        "academic",
        "Yemeni unification",
        "Wikipedia",
        "https://en.wikipedia.org/wiki/Yemeni_unification: the two Yemens merged on 22 May 1990",
        "C",
    ),
    source(
        "states-wikipedia-congo-leopoldville",
        "academic",
        "Republic of the Congo (Léopoldville)",
        "Wikipedia",
        "Independence 30 June 1960, renamed Democratic Republic of the Congo 1 August 1964 and "
        "Zaire 27 October 1971, again the Democratic Republic of the Congo in 1997; read in the "
        "copy at http://piglix.com/piglix/Congo_(L%C3%A9opoldville)",
        "C",
    ),
    source(
        "states-muni-czechoslovakia-1918",
        "academic",
        "1918 Vznik samostatného československého státu (1918 The emergence of an independent "
        "Czechoslovak state)",
        "Masaryk University, Faculty of Arts",
        "https://www.phil.muni.cz/en/research/publishing-and-editorial-activities-of-the-faculty/"
        "overview-of-publishing-and-scientific-activities/1487680: the independent state "
        "founded on 28 October 1918",
        "B",
    ),
    source(
        "states-holy-see-mission-un",
        "official-document",
        "The Holy See Celebrates 54 Years as Permanent Observer to the United Nations",
        "Permanent Observer Mission of the Holy See to the United Nations",
        "https://holyseemission.org/contents/mission/5ac79b91753bc.php: a Permanent Observer "
        "since 6 April 1964",
        "B",
    ),
    source(
        "states-un-ga-res-67-19",
        "official-document",
        "Status of Palestine in the United Nations (General Assembly resolution 67/19)",
        "United Nations General Assembly",
        "A/RES/67/19, adopted on 29 November 2012: non-member observer State status; read in "
        "https://en.wikipedia.org/wiki/United_Nations_General_Assembly_resolution_67/19 and "
        "https://www.jewishvirtuallibrary.org/un-general-assembly-resolution-67-19-november-2012",
        "A",
        published="2012-11-29",
    ),
    source(
        "states-cow-state-system",
        "research-dataset",
        "State System Membership List, v2016",
        "Correlates of War Project",
        "As encoded in the COW-ISO crosswalk of peacekeeping-data "
        "(crates/peacekeeping-data/src/crosswalk.rs), whose dates for YUG, SCG, SRB, SUN, RUS, "
        "ZAR and COD these records share",
        "B",
        consulted=False,
    ),
]

# Tags of ADMISSIONS: where a date was checked.
TAGS = {
    "org": "states-un-org-1469",
    "yb": "states-un-yearbook-rosters",
    "wm": "states-worldometer-un-members",
    "liechtenstein": "states-liechtenstein-institut-2020",
    "latimes-1991": "states-latimes-1991-09-18",
    "latimes-1990": "states-latimes-1990-04-24",
    "nyt-1993": "states-nyt-1993-05-30",
    "ga-10479": "states-un-ga-10479",
    "fsm-1999": "states-fsm-mission-1999-09-14",
    "palau": "states-palau-mission-un",
    "oman": "states-wikipedia-fr-unsc-res-299",
    "mozambique-1975": "states-thisday-1975-09-16",
    "kuna-2011": "states-kuna-2011-07-14",
}

# The 193 UN Member States and their dates of admission, as the UN lists them (ORG/1469
# and its update for South Sudan). Each row: ISO code, date, tags of the stored copies in
# which the date was read on 2026-11-27. The ISO code stands for the state today; where
# the member had another ISO code at admission, the membership records below follow the
# crosswalk (RUS, SRB, COD continue SUN, SCG, ZAR's seats; see SPECIAL).
ADMISSIONS = """
    AFG 1946-11-19 org yb
    AGO 1976-12-01 org
    ALB 1955-12-14 org yb
    AND 1993-07-28 org
    ARE 1971-12-09 org
    ARG 1945-10-24 org yb
    ARM 1992-03-02 org
    ATG 1981-11-11 org
    AUS 1945-11-01 org yb
    AUT 1955-12-14 org yb
    AZE 1992-03-02 org
    BDI 1962-09-18 org yb
    BEL 1945-12-27 org yb
    BEN 1960-09-20 org yb
    BFA 1960-09-20 org
    BGD 1974-09-17 org yb
    BGR 1955-12-14 org yb
    BHR 1971-09-21 org yb
    BHS 1973-09-18 org yb
    BIH 1992-05-22 org
    BLR 1945-10-24 org yb
    BLZ 1981-09-25 org
    BOL 1945-11-14 org yb
    BRA 1945-10-24 org yb
    BRB 1966-12-09 org yb
    BRN 1984-09-21 org
    BTN 1971-09-21 org yb
    BWA 1966-10-17 org yb
    CAF 1960-09-20 org yb
    CAN 1945-11-09 org yb
    CHE 2002-09-10 org
    CHL 1945-10-24 org yb
    CHN 1945-10-24 org yb
    CIV 1960-09-20 org yb
    CMR 1960-09-20 org yb
    COD 1960-09-20 org yb
    COG 1960-09-20 yb
    COL 1945-11-05 org yb
    COM 1975-11-12 org
    CPV 1975-09-16 org
    CRI 1945-11-02 org yb
    CUB 1945-10-24 yb
    CYP 1960-09-20 org yb
    CZE 1993-01-19 org
    DEU 1973-09-18 org
    DJI 1977-09-20 wm
    DMA 1978-12-18 wm
    DNK 1945-10-24 yb
    DOM 1945-10-24 org yb
    DZA 1962-10-08 org yb
    ECU 1945-12-21 yb
    EGY 1945-10-24 yb
    ERI 1993-05-28 wm nyt-1993
    ESP 1955-12-14 yb
    EST 1991-09-17 wm latimes-1991
    ETH 1945-11-13 org yb
    FIN 1955-12-14 org yb
    FJI 1970-10-13 org
    FRA 1945-10-24 org yb
    FSM 1991-09-17 latimes-1991
    GAB 1960-09-20 org yb
    GBR 1945-10-24 org
    GEO 1992-07-31 org
    GHA 1957-03-08 org
    GIN 1958-12-12 org
    GMB 1965-09-21 org yb
    GNB 1974-09-17 org yb
    GNQ 1968-11-12 org yb
    GRC 1945-10-25 org
    GRD 1974-09-17 org yb
    GTM 1945-11-21 org
    GUY 1966-09-20 org yb
    HND 1945-12-17 org yb
    HRV 1992-05-22 wm
    HTI 1945-10-24 org yb
    HUN 1955-12-14 org yb
    IDN 1950-09-28 org yb
    IND 1945-10-30 org yb
    IRL 1955-12-14 org yb
    IRN 1945-10-24 org yb
    IRQ 1945-12-21 org yb
    ISL 1946-11-19 org yb
    ISR 1949-05-11 org yb
    ITA 1955-12-14 org yb
    JAM 1962-09-18 org yb
    JOR 1955-12-14 org yb
    JPN 1956-12-18 org yb
    KAZ 1992-03-02 org
    KEN 1963-12-16 org yb
    KGZ 1992-03-02 org
    KHM 1955-12-14 org yb
    KIR 1999-09-14 org
    KNA 1983-09-23 org
    KOR 1991-09-17 org
    KWT 1963-05-14 org yb
    LAO 1955-12-14 org yb
    LBN 1945-10-24 yb
    LBR 1945-11-02 yb
    LBY 1955-12-14 org yb
    LCA 1979-09-18 org
    LIE 1990-09-18 liechtenstein
    LKA 1955-12-14 org yb
    LSO 1966-10-17 org yb
    LTU 1991-09-17 latimes-1991
    LUX 1945-10-24 yb
    LVA 1991-09-17 org
    MAR 1956-11-12 yb
    MCO 1993-05-28 nyt-1993
    MDA 1992-03-02 org
    MDG 1960-09-20 yb
    MDV 1965-09-21 yb
    MEX 1945-11-07 yb
    MHL 1991-09-17 org
    MKD 1993-04-08 org
    MLI 1960-09-28 yb
    MLT 1964-12-01 yb
    MMR 1948-04-19 yb
    MNE 2006-06-28 ga-10479
    MNG 1961-10-27 yb
    MOZ 1975-09-16 mozambique-1975
    MRT 1961-10-27 yb
    MUS 1968-04-24 yb
    MWI 1964-12-01 yb
    MYS 1957-09-17 yb
    NAM 1990-04-23 latimes-1990
    NER 1960-09-20 yb
    NGA 1960-10-07 yb
    NIC 1945-10-24 yb
    NLD 1945-12-10 org yb
    NOR 1945-11-27 yb
    NPL 1955-12-14 yb
    NRU 1999-09-14 fsm-1999
    NZL 1945-10-24 yb
    OMN 1971-10-07 oman
    PAK 1947-09-30 yb
    PAN 1945-11-13 org yb
    PER 1945-10-31 org yb
    PHL 1945-10-24 org yb
    PLW 1994-12-15 palau
    PNG 1975-10-10 org
    POL 1945-10-24 org yb
    PRK 1991-09-17 org
    PRT 1955-12-14 org yb
    PRY 1945-10-24 org yb
    QAT 1971-09-21 org yb
    ROU 1955-12-14 org yb
    RUS 1945-10-24 org
    RWA 1962-09-18 org yb
    SAU 1945-10-24 org yb
    SDN 1956-11-12 org yb
    SEN 1960-09-28 org yb
    SGP 1965-09-21 org yb
    SLB 1978-09-19 org
    SLE 1961-09-27 org yb
    SLV 1945-10-24 yb
    SMR 1992-03-02 org
    SOM 1960-09-20 org yb
    SRB 2000-11-01 org
    SSD 2011-07-14 kuna-2011
    STP 1975-09-16 org
    SUR 1975-12-04 org
    SVK 1993-01-19 org
    SVN 1992-05-22 org
    SWE 1946-11-19 org yb
    SWZ 1968-09-24 org yb
    SYC 1976-09-21 org
    SYR 1945-10-24 org
    TCD 1960-09-20 yb
    TGO 1960-09-20 org yb
    THA 1946-12-16 org yb
    TJK 1992-03-02 org
    TKM 1992-03-02 org
    TLS 2002-09-27 org
    TON 1999-09-14 org
    TTO 1962-09-18 org yb
    TUN 1956-11-12 org yb
    TUR 1945-10-24 org yb
    TUV 2000-09-05 org
    TZA 1961-12-14 org
    UGA 1962-10-25 org
    UKR 1945-10-24 org
    URY 1945-12-18 org
    USA 1945-10-24 org
    UZB 1992-03-02 org
    VCT 1980-09-16 org
    VEN 1945-11-15 org
    VNM 1977-09-20 org
    VUT 1981-09-15 org
    WSM 1976-12-15 org
    YEM 1947-09-30 org
    ZAF 1945-11-07 org yb
    ZMB 1964-12-01 org
    ZWE 1980-08-25 org
"""

# Members whose UN membership is not simply "from the date of admission, ongoing":
# ISO code -> list of (start, end or None, status, sources).
SPECIAL = {
    # The USSR's seat, continued by the Russian Federation (letter of 24 December 1991).
    "RUS": [("1991-12-24", None, "full", ["states-ask-un-ussr-letters", "states-un-member-notes"])],
    # Zaire's seat (admitted 20 September 1960 as the Republic of the Congo), under the
    # name Democratic Republic of the Congo again from 17 May 1997 (the crosswalk's day).
    "COD": [("1997-05-17", None, "full", ["states-un-org-1469", "states-cow-state-system"])],
    # Serbia and Montenegro's seat, continued by Serbia; SCG to 2006-06-04 as in the crosswalk.
    "SRB": [("2006-06-05", None, "full", ["states-wikipedia-serbia-un", "states-cow-state-system"])],
    # Syria: separate membership suspended by the union with Egypt (the United Arab
    # Republic, a single Member following the plebiscite of 21 February 1958) and resumed
    # on 13 October 1961 (ORG/1469, note 1). The plebiscite day is taken as the last day.
    "SYR": [
        ("1945-10-24", "1958-02-21", "full", ["states-un-org-1469"]),
        ("1961-10-13", None, "full", ["states-un-org-1469"]),
    ],
    # The non-member observer states.
    "VAT": [("1964-04-06", None, "observer", ["states-holy-see-mission-un"])],
    "PSE": [("2012-11-29", None, "observer", ["states-un-ga-res-67-19"])],
    # Historical states.
    "YUG": [
        # The SFRY's seat, to General Assembly resolution 47/1 (22 September 1992).
        ("1945-10-24", "1992-09-22", "full", ["states-un-org-1469", "states-wikipedia-yugoslavia-un"]),
        # The Federal Republic of Yugoslavia (ISO YUG until 2003-02-03, as in the crosswalk).
        (
            "2000-11-01",
            "2003-02-03",
            "full",
            ["states-un-org-1469", "states-wikipedia-serbia-un", "states-cow-state-system"],
        ),
    ],
    "SCG": [("2003-02-04", "2006-06-04", "full", ["states-wikipedia-serbia-un", "states-cow-state-system"])],
    "CSK": [("1945-10-24", "1992-12-31", "full", ["states-un-yearbook-rosters", "states-un-member-notes"])],
    # Continued by the Russian Federation from 24 December 1991.
    "SUN": [("1945-10-24", "1991-12-23", "full", ["states-un-member-notes", "states-ask-un-ussr-letters"])],
    # To the day before the accession of 3 October 1990.
    "DDR": [("1973-09-18", "1990-10-02", "full", ["states-nationsencyclopedia-un-membership"])],
    "ZAR": [
        (
            "1960-09-20",
            "1997-05-16",
            "full",
            ["states-un-org-1469", "states-un-yearbook-rosters", "states-cow-state-system"],
        )
    ],
    # To the day before the merger of 22 May 1990 (YEM continues North Yemen's seat).
    "YMD": [("1967-12-14", "1990-05-21", "full", ["states-wikipedia-south-yemen", "states-wikipedia-yemeni-unification"])],
}

# Historical states: name, existence, ISO codes of the successors whose M49 region they
# get (if all agree), sources. Existence dates: the crosswalk's where it has them (YUG,
# SCG, SUN: both ends; CSK, DDR, ZAR, YMD: the end), the sources cited otherwise.
HISTORICAL = {
    "YUG": ("Yugoslavia", ("1918-12-01", "2003-02-03"), ["SRB"], ["states-cow-state-system", "states-wikipedia-yugoslavia-un"]),
    "SCG": ("Serbia and Montenegro", ("2003-02-04", "2006-06-04"), ["SRB", "MNE"], ["states-cow-state-system", "states-wikipedia-serbia-un"]),
    "CSK": ("Czechoslovakia", ("1918-10-28", "1992-12-31"), ["CZE", "SVK"], ["states-muni-czechoslovakia-1918", "states-un-member-notes"]),
    "SUN": ("USSR", ("1922-12-30", "1991-12-25"), ["RUS", "UKR", "BLR", "KAZ", "UZB", "ARM"], ["states-cow-state-system"]),
    "DDR": ("German Democratic Republic", ("1949-10-07", "1990-10-02"), ["DEU"], ["states-wikipedia-east-germany"]),
    "ZAR": ("Zaire", ("1960-06-30", "1997-05-16"), ["COD"], ["states-wikipedia-congo-leopoldville", "states-cow-state-system"]),
    "YMD": ("South Yemen", ("1967-11-30", "1990-05-21"), ["YEM"], ["states-wikipedia-south-yemen", "states-wikipedia-yemeni-unification"]),
}

# Clear successions: the state continued the predecessor's identity or seat, or (CZE,
# SVK) Czechoslovakia dissolved into these two. State -> (predecessor, sources).
PREDECESSORS = {
    "SCG": ("YUG", ["states-wikipedia-serbia-un"]),
    "SRB": ("SCG", ["states-wikipedia-serbia-un"]),
    "RUS": ("SUN", ["states-ask-un-ussr-letters"]),
    "COD": ("ZAR", ["states-wikipedia-congo-leopoldville"]),
    "CZE": ("CSK", ["states-un-member-notes"]),
    "SVK": ("CSK", ["states-un-member-notes"]),
}

OBSERVERS = ["VAT", "PSE"]


def fail(message):
    sys.exit(f"states.py: {message}")


def check_versions():
    for package, version in PINNED.items():
        found = importlib.metadata.version(package)
        if found != version:
            fail(f"{package} {found} installed, {version} required (scripts/reference/requirements-states.txt)")
    cldr = babel.core.get_cldr_version()
    if cldr != "47":
        fail(f"babel ships CLDR {cldr}, the sources say 47")


def m49_regions():
    """ISO alpha-3 -> M49 region name, from countrycode's code list (a dict of columns)."""
    spec = importlib.util.find_spec("countrycode")
    path = os.path.join(os.path.dirname(spec.origin), "data", "codelist.pickle")
    with open(path, "rb") as f:
        columns = pickle.load(f)
    return {
        iso: region
        for iso, region in zip(columns["iso3c"], columns["un.region.name"])
        if iso and region
    }


def official_languages(alpha_2):
    languages = babel.languages.get_official_languages(alpha_2)
    if not languages:
        languages = babel.languages.get_official_languages(alpha_2, de_facto=True)
    out = []
    for code in languages:
        code = code.split("_")[0].lower()
        if code not in out:
            out.append(code)
    return out


def parse_admissions():
    rows = {}
    for line in ADMISSIONS.strip().splitlines():
        iso, date, *tags = line.split()
        if iso in rows:
            fail(f"{iso} twice in ADMISSIONS")
        if not tags or any(t not in TAGS for t in tags):
            fail(f"{iso}: unknown or missing tags {tags}")
        rows[iso] = (date, [TAGS[t] for t in tags])
    if len(rows) != 193:
        fail(f"{len(rows)} members in ADMISSIONS, not 193")
    return rows


def current_actor(iso, regions, extra_sources):
    country = pycountry.countries.get(alpha_3=iso)
    if country is None:
        fail(f"{iso} is not a current ISO 3166-1 code")
    aliases = []
    for alias in (getattr(country, "common_name", None), getattr(country, "official_name", None)):
        if alias and alias != country.name and alias not in aliases:
            aliases.append(alias)
    region = regions.get(iso)
    if region not in REGIONS:
        fail(f"{iso}: no M49 region ({region!r})")
    languages = official_languages(country.alpha_2)
    if not languages:
        fail(f"{iso}: CLDR has no official language")
    sources = ["iso-3166-1", "states-un-m49", "cldr"]
    actor = {"id": iso, "name": country.name}
    if aliases:
        actor["aliases"] = aliases
    actor.update({"kind": "state", "country": iso, "region": region.lower(), "languages": languages})
    if iso in PREDECESSORS:
        predecessor, why = PREDECESSORS[iso]
        actor["predecessor"] = predecessor
        sources += why
    actor["sources"] = dedupe(sources + extra_sources)
    return actor


def historical_actor(iso, regions):
    name, (start, end), successors, why = HISTORICAL[iso]
    former = pycountry.historic_countries.get(alpha_3=iso)
    if former is None:
        fail(f"{iso} is not an ISO 3166-3 code")
    actor = {"id": iso, "name": name}
    if former.name != name:
        actor["aliases"] = [former.name]
    actor.update({"kind": "state", "country": iso})
    sources = ["iso-3166-1"]
    successor_regions = {regions.get(s) for s in successors}
    if len(successor_regions) == 1:
        (region,) = successor_regions
        if region not in REGIONS:
            fail(f"{iso}: successors without an M49 region")
        actor["region"] = region.lower()
        sources.append("states-un-m49")
    actor["existence"] = {"start": start, "end": end}
    if iso in PREDECESSORS:
        predecessor, reasons = PREDECESSORS[iso]
        actor["predecessor"] = predecessor
        sources += reasons
    actor["sources"] = dedupe(sources + why)
    return actor


def dedupe(items):
    out = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def membership(member, start, end, status, sources):
    period = {"start": start}
    if end:
        period["end"] = end
    return {"member": member, "organization": "UN", "period": period, "status": status, "sources": sources}


def build():
    check_versions()
    regions = m49_regions()
    admissions = parse_admissions()
    for iso in OBSERVERS + list(HISTORICAL):
        if iso in admissions:
            fail(f"{iso} is not a current member")

    actors, memberships = [], []
    for iso, (date, sources) in admissions.items():
        if iso in SPECIAL:
            for start, end, status, why in SPECIAL[iso]:
                memberships.append(membership(iso, start, end, status, why))
        else:
            memberships.append(membership(iso, date, None, "full", sources))
        actors.append(current_actor(iso, regions, []))
    for iso in OBSERVERS:
        for start, end, status, why in SPECIAL[iso]:
            memberships.append(membership(iso, start, end, status, why))
        actors.append(current_actor(iso, regions, []))
    for iso in HISTORICAL:
        for start, end, status, why in SPECIAL[iso]:
            memberships.append(membership(iso, start, end, status, why))
        actors.append(historical_actor(iso, regions))

    actors.sort(key=lambda a: a["id"])
    memberships.sort(key=lambda m: (m["member"], m["period"]["start"]))
    sources = sorted(SOURCES, key=lambda s: s["id"])

    # Every name and alias names one actor only.
    seen = {}
    for actor in actors:
        for name in [actor["name"]] + actor.get("aliases", []):
            key = name.casefold()
            if seen.setdefault(key, actor["id"]) != actor["id"]:
                fail(f"{name!r} names both {seen[key]} and {actor['id']}")
    # Every source is cited, and every citation names a source.
    defined = {s["id"] for s in sources}
    cited = {s for record in actors + memberships for s in record["sources"]}
    if cited - defined:
        fail(f"undefined sources cited: {sorted(cited - defined)}")
    if defined - cited:
        fail(f"sources no record cites: {sorted(defined - cited)}")

    return {"format": "peacekeeping-dataset", "version": 1, "sources": sources, "actors": actors, "memberships": memberships}


def main():
    document = build()
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    OUT.write_text(text, encoding="utf-8")
    print(
        f"wrote {OUT.relative_to(ROOT)}: {len(document['actors'])} states, "
        f"{len(document['memberships'])} memberships, {len(document['sources'])} sources"
    )


if __name__ == "__main__":
    main()
