//! A reader for the authorised and deployed strength of UN missions by month:
//! `personnel_shortfall_mission_month.csv`, the data of Passmore, Shannon & Hart (2018),
//! "Rallying the Troops: Collective Action and Self-Interest in UN Peacekeeping
//! Contributions", *Journal of Peace Research* 55(3): 366-379, 1990-01 to 2015-05.
//! Authorised strengths come from Security Council resolutions, deployed strengths from
//! the UN's monthly reports.
//!
//! ```
//! use peacekeeping_core::Date;
//! use peacekeeping_data::authorized::{read_mission_months, to_authorized_strengths, Strength};
//!
//! let csv = "mission_number_auth,missioncode_Meg,missioncountry,missionccode,mission,year,month,monyear,monyear_mission,authtroop,authpolice,authmilobs,troop,police,milobs,totmilauth,totalauth,total,total2,shortfalltroop,shortfallpolice,shortfallmilobs,shortfalltotal,propshortfall,propshortfalltroops,propshortfallpolice,propshortfallmilobs,unspecdrawdown,numberofmissions,missionlength1,contpresence,contributors,troopauth_reduc,troopauth_reduc_count
//! 456.0,18.0,Democratic Republic of the Congo,490.0,MONUSCO,2010,7,72010,7201018.0,19815.0,1441.0,760.0,17519.0,1229.0,706.0,20575.0,22016.0,19454.0,19454.0,2296.0,212.0,54.0,2562.0,0.1163,0.1158,0.1471,0.0711,0.0,16,1,1.0,60.0,0.0,0.0
//! 456.0,18.0,Democratic Republic of the Congo,490.0,MONUSCO,2010,8,82010,8201018.0,19815.0,1441.0,760.0,17600.0,1200.0,700.0,20575.0,22016.0,19500.0,19500.0,2215.0,241.0,60.0,2516.0,0.1143,0.1118,0.1672,0.0789,0.0,16,2,2.0,60.0,0.0,0.0
//! ";
//! let import = read_mission_months(csv.as_bytes())?;
//! let july = &import.records[0];
//! assert_eq!(july.date, Date::new(2010, 7, 31)?);
//! assert_eq!(july.host.map(|c| c.to_string()).as_deref(), Some("COD"));
//! assert_eq!(july.authorized(Strength::Troops), Some(19_815.0));
//! assert_eq!(july.deployed(Strength::Troops), Some(17_519));
//! assert_eq!(july.shortfall(Strength::Troops), Some(2_296.0));
//!
//! // The two months share one ceiling: one AuthorizedStrength, from 1 July 2010.
//! let ceilings = to_authorized_strengths(&import.records);
//! let monusco = &ceilings[&"MONUSCO".parse::<peacekeeping_core::MissionId>()?];
//! assert_eq!(monusco.len(), 1);
//! assert_eq!((monusco[0].troops(), monusco[0].observers, monusco[0].police), (Some(19_815), Some(760), Some(1_441)));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! [`read_mission_months`] makes one [`MissionMonth`] per row; [`to_authorized_strengths`]
//! turns a mission's months into the core [`AuthorizedStrength`]s, one per change of
//! ceiling, so that [`Mission::authorized_strength_on`](peacekeeping_core::Mission::authorized_strength_on)
//! gives the ceiling in force on any date. The quirks of the file (SOURCES.md) and what
//! the reader does with them:
//!
//! - **Missing ceilings.** The authorised strengths are empty for 445 mission-months
//!   (UNTSO 285, UNFICYP 41, ONUCA 25, BNUB 24, UNPF 23, UNIFIL 14, UNAMI 12, BONUCA 7,
//!   UNMA 6, and 2 each for LBB, MICAH, UNFOR, UNIIMOG), and the police ceiling for one
//!   more (UNOCI, 2014-09): such a figure is `None`, not 0.
//! - **Fractional ceilings.** The authors spread UNMIL's phased drawdown (resolution 2066
//!   (2012)) over the months from 2012-10 to 2015-05, giving ceilings such as 7,789.2
//!   troops. The records keep the file's numbers (`f64`); [`to_authorized_strengths`]
//!   rounds them to whole people, so UNMIL gets a ceiling a month over those months.
//! - **Categories.** Police ceilings combine individual police and formed police units.
//!   Missions whose resolution authorises "military personnel" as one total are split by
//!   the authors into troops and military observers (`authtroop` + `authmilobs`): MINUSMA's
//!   11,200 military personnel are 11,200 troops and 0 observers in the file.
//! - **Shortfalls** (`shortfall*`: authorised minus deployed) are kept as the file gives
//!   them ([`MissionMonth::file_shortfall`]), and computed afresh
//!   ([`MissionMonth::shortfall`]). The file floors a shortfall at 0 when deployment
//!   exceeds the ceiling: 425 mission-months for troops, of which 53 have an empty
//!   shortfall instead of 0 (the file leaves the troop shortfall empty wherever the troop
//!   ceiling is 0, 1,329 months, 53 of them with troops deployed). The computed
//!   shortfall is the ceiling less the deployment, floored at 0 likewise, wherever both are
//!   given (so also for those 53). The file's troop shortfall is also 0 in 15 months where
//!   deployment was below the ceiling (MINUSCA 2014-05 to 07, UNDOF 2014-03 to 05, and 9
//!   months of UNMIL's drawdown); the computed one is not.
//! - **Totals** are kept as given, not checked: `total` and `total2` (both deployed
//!   totals) differ in 6 months, and `total2` is not troops + police + observers in one
//!   (UNMIL 2004-08); `totalauth` and `totmilauth` are the authors' sums, not always of
//!   the parts they sit beside.
//! - **Missions** go through [`names::mission_id`] (`UNOSOM II` is `UNOSOM-II`, `UNPSG`
//!   `UNCPSG`). `UNOSOM` in this file runs from 1992-04 to 1994-05 and carries UNOSOM II's
//!   ceiling of 28,000 from 1993-04; `UNAVEM` (1990-01 to 1997-06) covers UNAVEM I to III;
//!   `IPTF` (1996-01 to 05) is the police task force of UNMIBH, which follows it. The
//!   records keep the file's acronym; [`to_authorized_strengths`] assigns each month to
//!   the reference mission of its date ([`names::known_mission_on`]). `LBB` (the UN
//!   Logistics Base at Brindisi, Italy, 1997-04 and 05) and `UNFOR` (1996-01 and 02,
//!   unidentified; the IPI files place it in Zagreb) are not missions of the reference
//!   dataset: their rows are imported and reported in [`Import::unknown_missions`]; they
//!   have no ceilings.
//! - **Host.** `missionccode` is a COW state code, turned into ISO through
//!   [`crosswalk::iso_on`] on the month's last day. Where it is empty (UNTSO, UNPROFOR,
//!   UNPF, UNFOR, MINUSMA's 23 months, LBB) or names no ISO code on that day (Kosovo, COW
//!   347, which COW codes only from 2008, for UNMIK from 2000), the host is read from
//!   `missioncountry` through [`names::country_code`] (`Mali`, `Italy`, `Kosovo`); a name
//!   that is no country (`Middle East`, `India/Pakistan`) gives no host. The code is
//!   authoritative: the name is not checked against it (it is the authors' label, e.g.
//!   `Ethiopia/Eritrea` with Ethiopia's code, `Morocco` for MINURSO).
//! - **Dates.** `year` and `month` give the month; the record's date is its last day, as
//!   in the IPI files. `monyear` (month × 10,000 + year) and `monyear_mission` (`monyear`
//!   × 100 + `missioncode_Meg`) are checked against them; a row where they disagree is
//!   skipped. A second row for a (mission, month) already read is skipped (the file has
//!   none).

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::Path;

use peacekeeping_core::{AuthorizedStrength, CountryCode, Date, MissionId};

use crate::crosswalk::{self, CowCode};
use crate::import::{Column, INPUT, MissionCheck, Row, read_csv, read_path};
use crate::{Error, Import, Skipped, names};

/// A category of personnel the file gives a ceiling, a deployment and a shortfall for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Strength {
    /// Troops (`authtroop`, `troop`, `shortfalltroop`).
    Troops,
    /// Police, individual officers and formed units (`authpolice`, `police`,
    /// `shortfallpolice`).
    Police,
    /// Military observers (`authmilobs`, `milobs`, `shortfallmilobs`).
    Observers,
    /// All three (`totalauth`, `total`, `shortfalltotal`).
    Total,
}

/// One UN mission in one month: its authorised and deployed strength, from
/// `personnel_shortfall_mission_month.csv` (Passmore, Shannon & Hart 2018).
///
/// Figures the file leaves empty are `None`. The authorised strengths are `f64` because
/// the file interpolates UNMIL's drawdown (7,789.2 troops); every other figure of the file
/// is whole.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MissionMonth {
    /// The mission, through [`names::mission_id`] (the file's acronym, as the IPI files
    /// give it: `UNOSOM` for UNOSOM I and part of UNOSOM II; see the module docs).
    pub mission: MissionId,
    /// The last day of the month.
    pub date: Date,
    /// The host country (see the module docs for how it is found).
    pub host: Option<CountryCode>,
    /// The host's COW code as the file gives it (`missionccode`).
    pub host_cow: Option<CowCode>,
    /// Authorised troops (`authtroop`).
    pub authorized_troops: Option<f64>,
    /// Authorised police, individual and formed units (`authpolice`).
    pub authorized_police: Option<f64>,
    /// Authorised military observers (`authmilobs`).
    pub authorized_observers: Option<f64>,
    /// The authors' authorised military total (`totmilauth`).
    pub authorized_military_total: Option<f64>,
    /// The authors' authorised total (`totalauth`).
    pub authorized_total: Option<f64>,
    /// Deployed troops (`troop`).
    pub troops: Option<u32>,
    /// Deployed police (`police`).
    pub police: Option<u32>,
    /// Deployed military observers (`milobs`).
    pub observers: Option<u32>,
    /// The deployed total (`total`; given in 129 months whose categories are not).
    pub total: Option<u32>,
    /// The deployed total as the authors computed it again (`total2`).
    pub total2: Option<u32>,
    /// The file's shortfalls (authorised minus deployed, floored at 0), in the order of
    /// [`Strength`]: troops, police, observers, total.
    pub file_shortfalls: [Option<f64>; 4],
    /// The file's shortfalls as shares of the ceiling, in the order of [`Strength`]:
    /// `propshortfalltroops`, `propshortfallpolice`, `propshortfallmilobs`,
    /// `propshortfall`.
    pub shortfall_shares: [Option<f64>; 4],
    /// Whether the authors interpolated an unspecified drawdown this month
    /// (`unspecdrawdown`; empty in 684 months).
    pub unspecified_drawdown: Option<bool>,
    /// Whether the troop ceiling was reduced (`troopauth_reduc`).
    pub troop_ceiling_reduced: Option<bool>,
    /// By how much the troop ceiling was reduced (`troopauth_reduc_count`).
    pub troop_ceiling_reduction: Option<f64>,
    /// The number of contributing countries (`contributors`).
    pub contributors: Option<u32>,
    /// The authors' count of UN missions active in the month (`numberofmissions`).
    pub missions_active: u32,
    /// The month of the mission in the file, from 1 (`missionlength1`).
    pub mission_month: u32,
    /// The authors' `contpresence` variable, as given.
    pub contributor_presence: Option<u32>,
    /// The authors' number of the authorising mandate (`mission_number_auth`; empty for
    /// UNPF, LBB and UNFOR).
    pub mandate_number: Option<u32>,
    /// The authors' mission code (`missioncode_Meg`).
    pub mission_code: u32,
}

impl MissionMonth {
    /// The authorised strength of `category` (for [`Strength::Total`], the authors'
    /// `totalauth`).
    #[must_use]
    pub fn authorized(&self, category: Strength) -> Option<f64> {
        match category {
            Strength::Troops => self.authorized_troops,
            Strength::Police => self.authorized_police,
            Strength::Observers => self.authorized_observers,
            Strength::Total => self.authorized_total,
        }
    }

    /// The deployed strength of `category` (for [`Strength::Total`], `total`).
    #[must_use]
    pub fn deployed(&self, category: Strength) -> Option<u32> {
        match category {
            Strength::Troops => self.troops,
            Strength::Police => self.police,
            Strength::Observers => self.observers,
            Strength::Total => self.total,
        }
    }

    /// Whether the file gives this month's authorised strength (false for the 445
    /// mission-months without it).
    #[must_use]
    pub fn has_ceiling(&self) -> bool {
        self.authorized_troops.is_some()
            || self.authorized_police.is_some()
            || self.authorized_observers.is_some()
    }

    /// The shortfall of `category` as the file gives it (see the module docs for its
    /// quirks).
    #[must_use]
    pub fn file_shortfall(&self, category: Strength) -> Option<f64> {
        self.file_shortfalls[category as usize]
    }

    /// The shortfall of `category` computed from the file's figures: the authorised less
    /// the deployed, floored at 0 (as the file floors it), wherever both are given; for
    /// [`Strength::Total`], the three ceilings less the three deployments.
    #[must_use]
    pub fn shortfall(&self, category: Strength) -> Option<f64> {
        let (authorized, deployed) = match category {
            Strength::Total => (
                self.authorized_troops? + self.authorized_police? + self.authorized_observers?,
                u64::from(self.troops?) + u64::from(self.police?) + u64::from(self.observers?),
            ),
            other => (self.authorized(other)?, u64::from(self.deployed(other)?)),
        };
        #[allow(clippy::cast_precision_loss)] // at most 3 × u32::MAX: exact in an f64
        let deployed = deployed as f64;
        Some((authorized - deployed).max(0.0))
    }

    /// Whether more of `category` were deployed than authorised (`None` if either figure
    /// is missing).
    #[must_use]
    pub fn exceeds_ceiling(&self, category: Strength) -> Option<bool> {
        Some(f64::from(self.deployed(category)?) > self.authorized(category)?)
    }
}

/// The columns read, in this order.
const COLUMNS: [Column; 34] = [
    &["mission_number_auth"],
    &["missioncode_Meg"],
    &["missioncountry"],
    &["missionccode"],
    &["mission"],
    &["year"],
    &["month"],
    &["monyear"],
    &["monyear_mission"],
    &["authtroop"],
    &["authpolice"],
    &["authmilobs"],
    &["troop"],
    &["police"],
    &["milobs"],
    &["totmilauth"],
    &["totalauth"],
    &["total"],
    &["total2"],
    &["shortfalltroop"],
    &["shortfallpolice"],
    &["shortfallmilobs"],
    &["shortfalltotal"],
    &["propshortfalltroops"],
    &["propshortfallpolice"],
    &["propshortfallmilobs"],
    &["propshortfall"],
    &["unspecdrawdown"],
    &["numberofmissions"],
    &["missionlength1"],
    &["contpresence"],
    &["contributors"],
    &["troopauth_reduc"],
    &["troopauth_reduc_count"],
];

/// Reads `personnel_shortfall_mission_month.csv`: one [`MissionMonth`] per row (see the
/// [module docs](self) for each column and quirk).
///
/// # Errors
/// [`Error::MissingColumns`] if the header lacks one of the file's 34 columns
/// (`mission_number_auth` to `troopauth_reduc_count`); [`Error::Io`] if the input cannot
/// be read.
pub fn read_mission_months<R: Read>(reader: R) -> Result<Import<MissionMonth>, Error> {
    mission_months(reader, INPUT)
}

/// [`read_mission_months`] from a file.
///
/// # Errors
/// As [`read_mission_months`], and [`Error::Io`] if the file cannot be opened.
pub fn read_mission_months_file(path: impl AsRef<Path>) -> Result<Import<MissionMonth>, Error> {
    read_path(path.as_ref(), mission_months)
}

fn mission_months<R: Read>(reader: R, file: &str) -> Result<Import<MissionMonth>, Error> {
    let mut missions = MissionCheck::default();
    let mut seen: HashMap<(MissionId, Date), u64> = HashMap::new();
    let mut import = read_csv(reader, file, COLUMNS, |row| {
        let mission = row.mission(4)?;
        let date = month_end(row)?;
        let mission_code = required(row, 1)?;
        check_keys(row, date, mission_code)?;
        let (host, host_cow) = host(row, date)?;
        let record = MissionMonth {
            host,
            host_cow,
            authorized_troops: row.figure(9)?,
            authorized_police: row.figure(10)?,
            authorized_observers: row.figure(11)?,
            troops: row.whole(12)?,
            police: row.whole(13)?,
            observers: row.whole(14)?,
            authorized_military_total: row.figure(15)?,
            authorized_total: row.figure(16)?,
            total: row.whole(17)?,
            total2: row.whole(18)?,
            file_shortfalls: [
                row.figure(19)?,
                row.figure(20)?,
                row.figure(21)?,
                row.figure(22)?,
            ],
            shortfall_shares: [
                row.figure(23)?,
                row.figure(24)?,
                row.figure(25)?,
                row.figure(26)?,
            ],
            unspecified_drawdown: flag(row, 27)?,
            missions_active: required(row, 28)?,
            mission_month: required(row, 29)?,
            contributor_presence: row.whole(30)?,
            contributors: row.whole(31)?,
            troop_ceiling_reduced: flag(row, 32)?,
            troop_ceiling_reduction: row.figure(33)?,
            mandate_number: row.whole(0)?,
            mission_code,
            mission,
            date,
        };
        if let Some(first) = seen.get(&(record.mission.clone(), date)) {
            return Err(row.skip_field(
                4,
                format!("line {first} already gives this mission in this month"),
            ));
        }
        seen.insert((record.mission.clone(), date), row.line());
        missions.note(row, 4, &record.mission);
        Ok(record)
    })?;
    import.unknown_missions = missions.finish();
    Ok(import)
}

/// The last day of the month of `year` and `month`.
fn month_end<const N: usize>(row: &Row<'_, N>) -> Result<Date, Skipped> {
    let year = required(row, 5)?;
    let month = required(row, 6)?;
    let year = i32::try_from(year).map_err(|_| row.skip_field(5, "not a year"))?;
    Date::new(year, month, 1)
        .map(Date::last_of_month)
        .map_err(|e| row.skip_field(6, format!("no such month: {e}")))
}

/// A whole number that must be given.
fn required<const N: usize>(row: &Row<'_, N>, i: usize) -> Result<u32, Skipped> {
    row.whole(i)?
        .ok_or_else(|| row.skip_field(i, "missing: expected a whole number"))
}

/// A 0/1 flag, or nothing.
fn flag<const N: usize>(row: &Row<'_, N>, i: usize) -> Result<Option<bool>, Skipped> {
    match row.whole(i)? {
        None => Ok(None),
        Some(0) => Ok(Some(false)),
        Some(1) => Ok(Some(true)),
        Some(_) => Err(row.skip_field(i, "not a flag: expected 0, 1 or nothing")),
    }
}

/// Checks `monyear` (month × 10,000 + year) and `monyear_mission` (`monyear` × 100 +
/// `missioncode_Meg`) against the month and the mission code.
fn check_keys<const N: usize>(row: &Row<'_, N>, date: Date, code: u32) -> Result<(), Skipped> {
    let monyear = u64::from(date.month()) * 10_000 + u64::try_from(date.year()).unwrap_or(0);
    if row.whole(7)?.map(u64::from) != Some(monyear) {
        return Err(row.skip_field(
            7,
            format!("not month × 10,000 + year of the row ({monyear})"),
        ));
    }
    let key = monyear * 100 + u64::from(code);
    if row.whole(8)?.map(u64::from) != Some(key) {
        return Err(row.skip_field(
            8,
            format!("not monyear × 100 + missioncode_Meg of the row ({key})"),
        ));
    }
    Ok(())
}

/// The host: the COW code's ISO code on `date`, or else the country name's.
fn host<const N: usize>(
    row: &Row<'_, N>,
    date: Date,
) -> Result<(Option<CountryCode>, Option<CowCode>), Skipped> {
    let cow = match row.whole(3)? {
        None => None,
        Some(code) => Some(CowCode::new(
            u16::try_from(code).map_err(|_| row.skip_field(3, "not a COW state code"))?,
        )),
    };
    let from_cow = cow.and_then(|cow| crosswalk::iso_on(cow, date));
    let host = from_cow.or_else(|| names::country_code(row.get(2)));
    if host.is_none() {
        if let Some(cow) = cow {
            return Err(row.skip_field(
                3,
                format!(
                    "COW state {cow} has no ISO code on {date}, and {:?} names no country",
                    row.get(2)
                ),
            ));
        }
    }
    Ok((host, cow))
}

/// The ceilings of each mission, as core [`AuthorizedStrength`]s: one per change of
/// ceiling, from the first day of the first month it is given, so that
/// [`Mission::authorized_strength_on`](peacekeeping_core::Mission::authorized_strength_on)
/// finds the ceiling in force on a date.
///
/// - **Which mission.** Each month goes to the reference mission its acronym names on its
///   date ([`names::known_mission_on`]): `UNOSOM` months go to UNOSOM I up to 1993-03 and
///   to UNOSOM II after, `UNAVEM` months to UNAVEM I, II or III, `IPTF` to UNMIBH; an
///   acronym the reference dataset lacks keeps its own id. Within a mission the months
///   are taken in date order; where two acronyms give one mission the same month (never
///   in the file), the row read first counts.
/// - **Figures.** `military` is troops + observers (both given), `observers` the
///   observers (0 where the authors put a resolution's "military personnel" all in
///   troops), `police` the police; each rounded to a whole person (only UNMIL's
///   interpolated drawdown has fractions). `resolution` is not set: the file does not say
///   which resolution set a ceiling.
/// - **Changes.** A new entry starts whenever the rounded figures differ from the month
///   before. A run of months without any ceiling after a ceiling is an entry with no
///   figures, so that the earlier ceiling is not carried over the gap; months without
///   ceilings before a mission's first ceiling give no entry, and a mission without any
///   (UNTSO, UNPF, LBB, UNFOR) is not in the map.
#[must_use]
pub fn to_authorized_strengths(
    records: &[MissionMonth],
) -> BTreeMap<MissionId, Vec<AuthorizedStrength>> {
    let mut by_mission: BTreeMap<MissionId, Vec<&MissionMonth>> = BTreeMap::new();
    for record in records {
        let id = names::known_mission_on(record.mission.as_str(), record.date)
            .cloned()
            .unwrap_or_else(|| record.mission.clone());
        by_mission.entry(id).or_default().push(record);
    }
    let mut out = BTreeMap::new();
    for (id, mut months) in by_mission {
        // A stable sort: of two rows for the same month (two acronyms of one mission),
        // the first read comes first, and is the one kept.
        months.sort_by_key(|m| m.date);
        months.dedup_by_key(|m| m.date);
        let mut ceilings: Vec<AuthorizedStrength> = Vec::new();
        let mut last: Option<Ceiling> = None;
        for month in months {
            let ceiling = Ceiling::of(month);
            if last == Some(ceiling) || (last.is_none() && ceiling == Ceiling::NONE) {
                continue;
            }
            last = Some(ceiling);
            let mut strength = AuthorizedStrength::new(month.date.first_of_month());
            strength.military = ceiling.military;
            strength.observers = ceiling.observers;
            strength.police = ceiling.police;
            ceilings.push(strength);
        }
        if !ceilings.is_empty() {
            out.insert(id, ceilings);
        }
    }
    out
}

/// A month's ceiling, rounded: military (troops + observers), observers, police.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Ceiling {
    military: Option<u32>,
    observers: Option<u32>,
    police: Option<u32>,
}

impl Ceiling {
    const NONE: Ceiling = Ceiling {
        military: None,
        observers: None,
        police: None,
    };

    fn of(month: &MissionMonth) -> Self {
        let military = match (month.authorized_troops, month.authorized_observers) {
            (Some(troops), Some(observers)) => whole(troops + observers),
            _ => None,
        };
        Ceiling {
            military,
            observers: month.authorized_observers.and_then(whole),
            police: month.authorized_police.and_then(whole),
        }
    }
}

/// `x` rounded to the nearest whole number, if it is one a `u32` holds (the reader gives
/// only finite, non-negative numbers).
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn whole(x: f64) -> Option<u32> {
    let rounded = x.round();
    (rounded >= 0.0 && rounded <= f64::from(u32::MAX)).then_some(rounded as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::assert_balanced;

    const HEADER: &str = "mission_number_auth,missioncode_Meg,missioncountry,missionccode,mission,year,month,monyear,monyear_mission,authtroop,authpolice,authmilobs,troop,police,milobs,totmilauth,totalauth,total,total2,shortfalltroop,shortfallpolice,shortfallmilobs,shortfalltotal,propshortfall,propshortfalltroops,propshortfallpolice,propshortfallmilobs,unspecdrawdown,numberofmissions,missionlength1,contpresence,contributors,troopauth_reduc,troopauth_reduc_count\n";

    /// A row: mission code, country, COW code, mission, year, month, then the ceilings
    /// (troops, police, observers) and deployments (troops, police, observers), and the
    /// troop shortfall as the file would give it.
    #[allow(clippy::too_many_arguments)]
    fn row(
        code: u32,
        country: &str,
        cow: &str,
        mission: &str,
        (year, month): (i32, u32),
        auth: [&str; 3],
        deployed: [&str; 3],
        shortfall: &str,
    ) -> String {
        let monyear = u64::from(month) * 10_000 + year as u64;
        format!(
            "1.0,{code}.0,{country},{cow},{mission},{year},{month},{monyear},{}.0,{},{},{},{},{},{},,,,,{shortfall},,,,,,,,0.0,16,1,1.0,10.0,0.0,0.0\n",
            monyear * 100 + u64::from(code),
            auth[0],
            auth[1],
            auth[2],
            deployed[0],
            deployed[1],
            deployed[2],
        )
    }

    fn read(rows: &[String]) -> Import<MissionMonth> {
        let import = read_mission_months(format!("{HEADER}{}", rows.concat()).as_bytes()).unwrap();
        assert_balanced(&import);
        import
    }

    const FULL: [&str; 3] = ["100.0", "10.0", "5.0"];

    #[test]
    fn missing_ceilings_are_none_and_fractions_are_kept() {
        let import = read(&[
            row(
                72,
                "Middle East",
                "",
                "UNTSO",
                (1991, 1),
                ["", "", ""],
                ["", "", ""],
                "",
            ),
            row(
                45,
                "Liberia",
                "450.0",
                "UNMIL",
                (2012, 10),
                ["7789.2", "1795.0", "142.0"],
                ["7000", "1500", "140"],
                "789.2",
            ),
        ]);
        assert!(import.is_complete(), "{:?}", import.skipped);
        let untso = &import.records[0];
        assert!(!untso.has_ceiling());
        assert_eq!(untso.host, None);
        assert_eq!(
            (untso.troops, untso.shortfall(Strength::Troops)),
            (None, None)
        );
        let unmil = &import.records[1];
        assert_eq!(unmil.authorized(Strength::Troops), Some(7_789.2));
        assert_eq!(unmil.date, Date::new(2012, 10, 31).unwrap());
        assert_eq!(unmil.host.map(|c| c.to_string()).as_deref(), Some("LBR"));
        assert_eq!(unmil.host_cow, Some(CowCode::new(450)));
        let shortfall = unmil.shortfall(Strength::Troops).unwrap();
        assert!((shortfall - 789.2).abs() < 1e-9);
        assert_eq!(
            unmil.shortfall(Strength::Total).map(f64::round),
            Some(1_086.0)
        );
        assert_eq!(unmil.missions_active, 16);
        assert_eq!(unmil.unspecified_drawdown, Some(false));
    }

    #[test]
    fn shortfalls_are_floored_at_zero_and_computed_where_the_file_leaves_them_empty() {
        let import = read(&[
            // Deployment over the ceiling: the file floors the shortfall at 0.
            row(
                56,
                "Georgia",
                "372.0",
                "UNOMIG",
                (2003, 1),
                ["0.0", "0.0", "136.0"],
                ["8", "0", "120"],
                "",
            ),
            row(
                35,
                "Lebanon",
                "660.0",
                "UNIFIL",
                (2007, 1),
                ["15000.0", "0.0", "0.0"],
                ["15100", "0", "0"],
                "0.0",
            ),
        ]);
        let unomig = &import.records[0];
        assert_eq!(unomig.file_shortfall(Strength::Troops), None);
        assert_eq!(unomig.shortfall(Strength::Troops), Some(0.0));
        assert_eq!(unomig.exceeds_ceiling(Strength::Troops), Some(true));
        assert_eq!(unomig.shortfall(Strength::Observers), Some(16.0));
        let unifil = &import.records[1];
        assert_eq!(unifil.file_shortfall(Strength::Troops), Some(0.0));
        assert_eq!(unifil.shortfall(Strength::Troops), Some(0.0));
        assert_eq!(unifil.exceeds_ceiling(Strength::Police), Some(false));
    }

    #[test]
    fn hosts_come_from_cow_codes_or_else_from_names() {
        let import = read(&[
            // Kosovo: COW 347 has an ISO code only from 2008; the name gives XKX.
            row(44, "Kosovo", "347.0", "UNMIK", (2000, 4), FULL, FULL, ""),
            row(13, "Mali", "", "MINUSMA", (2013, 7), FULL, FULL, ""),
            row(5, "Italy", "", "LBB", (1997, 4), ["", "", ""], FULL, ""),
            row(
                51,
                "India/Pakistan",
                "750.0",
                "UNMOGIP",
                (2000, 1),
                FULL,
                FULL,
                "",
            ),
            // Zaire until 16 May 1997, then the DR Congo, by the month's last day.
            row(
                17,
                "Democratic Republic of the Congo",
                "490.0",
                "MONUC",
                (2000, 7),
                FULL,
                FULL,
                "",
            ),
            row(99, "Atlantis", "999.0", "UNXX", (2000, 7), FULL, FULL, ""),
        ]);
        let hosts: Vec<_> = import
            .records
            .iter()
            .map(|r| r.host.map(|c| c.to_string()))
            .collect();
        assert_eq!(
            hosts,
            [
                Some("XKX".into()),
                Some("MLI".into()),
                Some("ITA".into()),
                Some("IND".into()),
                Some("COD".into())
            ]
        );
        let s = &import.skipped[0];
        assert_eq!(
            (s.line, s.field.as_deref()),
            (Some(7), Some("missionccode"))
        );
        assert!(s.reason.contains("COW state 999 has no ISO code"));
        let unknown: Vec<_> = import
            .unknown_missions
            .iter()
            .map(|u| u.id.as_str())
            .collect();
        assert_eq!(unknown, ["LBB"]);
    }

    #[test]
    fn bad_keys_repeats_and_fields_skip_their_row() {
        let good = row(35, "Lebanon", "660.0", "UNIFIL", (2007, 1), FULL, FULL, "");
        let import = read(&[
            good.clone(),
            good.clone(),
            good.replace(",2007,1,12007,", ",2007,13,132007,"),
            good.replace(",12007,", ",12008,"),
            good.replace("1200735.0", "1200736.0"),
            good.replace("100.0,10.0,5.0", "-100.0,10.0,5.0"),
            good.replace(",100.0,10.0,5.0,100.0,", ",100.0,10.0,5.0,100.5,"),
            good.replace(",0.0,16,1,", ",2.0,16,1,"),
            good.replace(",0.0,16,1,", ",0.0,,1,"),
        ]);
        let fields: Vec<_> = import
            .skipped
            .iter()
            .map(|s| s.field.as_deref().unwrap_or(""))
            .collect();
        assert_eq!(
            fields,
            [
                "mission",
                "month",
                "monyear",
                "monyear_mission",
                "authtroop",
                "troop",
                "unspecdrawdown",
                "numberofmissions"
            ]
        );
        assert_eq!(
            import.skipped[0].reason,
            "line 2 already gives this mission in this month"
        );
        assert_eq!(
            import.summary().to_string(),
            "9 rows read: 1 imported, 0 merged, 8 skipped"
        );
    }

    #[test]
    fn ceilings_collapse_into_one_entry_per_change() {
        let months = |mission: &str, code: u32, from: (i32, u32), n: u32, auth: [&str; 3]| {
            (0..n)
                .map(|k| {
                    let m0 = from.1 - 1 + k;
                    let ym = (from.0 + i32::try_from(m0 / 12).unwrap(), m0 % 12 + 1);
                    row(code, "Somalia", "520.0", mission, ym, auth, FULL, "")
                })
                .collect::<Vec<_>>()
        };
        let mut rows = Vec::new();
        rows.extend(months("UNOSOM", 60, (1992, 4), 2, ["", "", ""]));
        rows.extend(months("UNOSOM", 60, (1992, 6), 3, ["500.0", "0.0", "50.0"]));
        rows.extend(months(
            "UNOSOM",
            60,
            (1993, 1),
            2,
            ["3500.0", "0.0", "50.0"],
        ));
        rows.extend(months(
            "UNOSOM",
            60,
            (1993, 4),
            2,
            ["28000.0", "0.0", "0.0"],
        ));
        rows.extend(months("UNOSOM", 60, (1993, 6), 1, ["", "", ""]));
        rows.extend(months(
            "UNOSOM II",
            61,
            (1994, 6),
            2,
            ["22000.0", "54.0", "0.0"],
        ));
        rows.extend(months(
            "UNMIL",
            45,
            (2012, 10),
            2,
            ["7789.4", "1795.0", "141.7"],
        ));
        rows.extend(months("LBB", 5, (1997, 4), 2, ["", "", ""]));
        // Out of date order: the months are sorted first.
        rows.reverse();
        let import = read(&rows);
        assert!(import.is_complete(), "{:?}", import.skipped);
        let ceilings = to_authorized_strengths(&import.records);
        let show = |id: &str| -> Vec<String> {
            ceilings[&id.parse::<MissionId>().unwrap()]
                .iter()
                .map(|s| {
                    format!(
                        "{} {:?} {:?} {:?}",
                        s.as_of, s.military, s.observers, s.police
                    )
                })
                .collect()
        };
        assert_eq!(
            show("UNOSOM-I"),
            [
                "1992-06-01 Some(550) Some(50) Some(0)",
                "1993-01-01 Some(3550) Some(50) Some(0)",
            ]
        );
        assert_eq!(
            show("UNOSOM-II"),
            [
                "1993-04-01 Some(28000) Some(0) Some(0)",
                "1993-06-01 None None None",
                "1994-06-01 Some(22000) Some(0) Some(54)",
            ]
        );
        assert_eq!(
            show("UNMIL"),
            ["2012-10-01 Some(7931) Some(142) Some(1795)"]
        );
        assert!(!ceilings.contains_key(&"LBB".parse::<MissionId>().unwrap()));
        assert_eq!(ceilings.len(), 3);
    }

    #[test]
    fn two_acronyms_of_one_mission_in_one_month_count_once() {
        let import = read(&[
            row(
                4,
                "Bosnia and Herzegovina",
                "346.0",
                "IPTF",
                (1996, 5),
                ["5.0", "1721.0", "0.0"],
                FULL,
                "",
            ),
            row(
                42,
                "Bosnia and Herzegovina",
                "346.0",
                "UNMIBH",
                (1996, 5),
                ["5.0", "1800.0", "0.0"],
                FULL,
                "",
            ),
            row(
                42,
                "Bosnia and Herzegovina",
                "346.0",
                "UNMIBH",
                (1996, 6),
                ["5.0", "1721.0", "0.0"],
                FULL,
                "",
            ),
        ]);
        assert_eq!(import.records.len(), 3);
        let ceilings = to_authorized_strengths(&import.records);
        let unmibh = &ceilings[&"UNMIBH".parse::<MissionId>().unwrap()];
        assert_eq!(unmibh.len(), 1);
        assert_eq!(
            (unmibh[0].as_of, unmibh[0].police),
            (Date::new(1996, 5, 1).unwrap(), Some(1_721))
        );
    }

    #[test]
    fn missing_columns_are_named() {
        let err = read_mission_months("mission,year\n".as_bytes()).unwrap_err();
        let Error::MissingColumns { missing, .. } = err else {
            panic!("{err}")
        };
        assert_eq!(missing.len(), 32);
        assert_eq!(whole(7_789.5), Some(7_790));
        assert_eq!(whole(-1.0), None);
    }
}
