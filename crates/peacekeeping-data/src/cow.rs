//! A reader for the Correlates of War (COW) intergovernmental-organization memberships of
//! states: `cow/igo_v3_selected_memberships.csv`, derived from the COW IGO dataset v3.0
//! (Pevehouse, Nordstrom, McManus & Jamison 2020, *Journal of Peace Research* 57(3)),
//! 1815-2014.
//!
//! The file has one row per state and organization (OAU, AU, EEC, EU, NATO, OAS, ECOWAS,
//! UN) with the first and last year of full membership and the years in between when the
//! state was not a full member:
//!
//! ```text
//! ioname,cow_igo_state_column,ccode,first_full_member_year,last_full_member_year,non_member_years_between
//! OAS,cuba,40,1902,2014,1907 1908 1963 1964 ... 2008
//! ```
//!
//! [`read_memberships`] turns each row into a [`CowMembership`]: the COW state code, the
//! organization and the membership as a list of [`YearSpan`]s. States are identified by
//! COW codes, not ISO codes; [`CowMembership::to_memberships`] converts through the
//! [`crosswalk`].
//!
//! COW gives years, not days. **The data end in 2014**: a span whose last year is 2014
//! means "through the end of the data", not "ended in 2014" (see
//! [`CowMembership::LAST_YEAR_OF_DATA`]).

use std::io::Read;
use std::path::Path;

use peacekeeping_core::{ActorId, Date, Membership, MembershipStatus, Period};

use crate::crosswalk::{self, CowCode};
use crate::import::{Column, INPUT, Row, parse_year, read_csv, read_path};
use crate::{Error, Import, Skipped};

/// Years `first..=last` of full membership, both inclusive.
///
/// ```
/// use peacekeeping_data::cow::YearSpan;
///
/// let span = YearSpan { first: 1909, last: 1962 };
/// assert!(span.contains(1962) && !span.contains(1963));
/// assert_eq!(span.to_string(), "1909-1962");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct YearSpan {
    /// The first year of full membership.
    pub first: i32,
    /// The last year of full membership (2014, the last year of the data, may mean
    /// "ongoing").
    pub last: i32,
}

impl YearSpan {
    /// Whether `year` lies in the span.
    #[must_use]
    pub fn contains(&self, year: i32) -> bool {
        (self.first..=self.last).contains(&year)
    }
}

impl core::fmt::Display for YearSpan {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}-{}", self.first, self.last)
    }
}

/// One row of the COW IGO membership file: a state's full membership of an organization,
/// by year.
///
/// `spans` are the years of full membership, in order: the years from
/// `first_full_member_year` to `last_full_member_year` without the
/// `non_member_years_between`. Cuba in the OAS is `1902-1906, 1909-1962, 2009-2014`.
/// COW codes full membership only: a gap says the state was not a full member, not why
/// (suspension, withdrawal, or, in the OAS of 1907-1908, COW's coding of the predecessor
/// Pan-American conferences).
///
/// **The data end in 2014** ([`LAST_YEAR_OF_DATA`](Self::LAST_YEAR_OF_DATA)): a last
/// year of 2014 means "a member through the end of the data", which in most cases is a
/// membership still going on; [`through_end_of_data`](Self::through_end_of_data) says
/// so.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct CowMembership {
    /// The state's COW code (column `ccode`).
    pub state: CowCode,
    /// The state's column name in the COW IGO data (`cow_igo_state_column`), e.g.
    /// `"yugoslaviaserb"`, `"wgermany"`.
    pub state_column: String,
    /// The organization, as the file names it (`ioname`): `OAU`, `AU`, `EEC`, `EU`,
    /// `NATO`, `OAS`, `ECOWAS` or `UN`.
    pub organization: ActorId,
    /// The years of full membership, in order, disjoint and not adjacent; never empty.
    pub spans: Vec<YearSpan>,
}

impl CowMembership {
    /// The last year the COW IGO data v3 cover. A span ending in this year may be ongoing.
    pub const LAST_YEAR_OF_DATA: i32 = 2014;

    /// The first year of full membership.
    #[must_use]
    pub fn first_year(&self) -> i32 {
        self.spans.first().map_or(0, |s| s.first)
    }

    /// The last year of full membership (see [`through_end_of_data`](Self::through_end_of_data)).
    #[must_use]
    pub fn last_year(&self) -> i32 {
        self.spans.last().map_or(0, |s| s.last)
    }

    /// Whether the state was still a full member in the last year of the data, 2014: the
    /// membership may be ongoing, the data do not say when (or whether) it ended.
    #[must_use]
    pub fn through_end_of_data(&self) -> bool {
        self.last_year() >= Self::LAST_YEAR_OF_DATA
    }

    /// Whether the state was a full member in `year`.
    ///
    /// ```
    /// use peacekeeping_data::cow::read_memberships;
    ///
    /// let csv = "ioname,cow_igo_state_column,ccode,first_full_member_year,last_full_member_year,non_member_years_between
    /// UN,syria,652,1946,2014,1959 1960
    /// ";
    /// let syria = &read_memberships(csv.as_bytes())?.records[0];
    /// // Syria was part of the United Arab Republic in 1958-1961.
    /// assert!(syria.is_member_in(1958) && !syria.is_member_in(1959) && syria.is_member_in(1961));
    /// # Ok::<(), peacekeeping_data::Error>(())
    /// ```
    #[must_use]
    pub fn is_member_in(&self, year: i32) -> bool {
        self.spans.iter().any(|s| s.contains(year))
    }

    /// The membership as [`Membership`]s of the state's ISO code, with status
    /// [`Full`](MembershipStatus::Full) and no sources (add yours with
    /// [`Membership::with_source`]).
    ///
    /// **Day convention.** COW gives years, so each span becomes the days from 1 January
    /// of its first year to 31 December of its last year. These are not the days of
    /// accession or withdrawal (Cape Verde's UN membership of 1975 starts 1975-01-01
    /// here, though it was admitted on 1975-09-16), and a span ending in 2014 ends on
    /// 2014-12-31, the end of the data, even where the membership goes on.
    ///
    /// The member is the ISO code the [`crosswalk`] gives for each day, so a span can
    /// become several records: Zaire's UN membership of 1960-2014 is `ZAR` to 1997-05-16
    /// and `COD` from 1997-05-17. Days for which the crosswalk has no ISO code (Zanzibar,
    /// COW 511) are left out; for every other state of the file there are none.
    ///
    /// ```
    /// use peacekeeping_data::cow::read_memberships;
    ///
    /// let csv = "ioname,cow_igo_state_column,ccode,first_full_member_year,last_full_member_year,non_member_years_between
    /// UN,zaire,490,1960,2014,
    /// ";
    /// let zaire = &read_memberships(csv.as_bytes())?.records[0];
    /// let periods: Vec<String> = zaire
    ///     .to_memberships()
    ///     .iter()
    ///     .map(|m| format!("{} {}", m.member, m.period))
    ///     .collect();
    /// assert_eq!(periods, ["ZAR 1960-01-01..=1997-05-16", "COD 1997-05-17..=2014-12-31"]);
    /// # Ok::<(), peacekeeping_data::Error>(())
    /// ```
    #[must_use]
    pub fn to_memberships(&self) -> Vec<Membership> {
        let mut out = Vec::new();
        for span in &self.spans {
            let (Ok(start), Ok(end)) = (Date::new(span.first, 1, 1), Date::new(span.last, 12, 31))
            else {
                continue; // the reader only accepts years 1000-9999
            };
            for entry in crosswalk::entries_for(self.state) {
                let from = entry.from.map_or(start, |f| f.max(start));
                let until = entry.until.map_or(end, |u| u.min(end));
                let (Ok(period), Ok(member)) = (
                    Period::between(from, until),
                    ActorId::new(entry.iso.as_str()),
                ) else {
                    continue; // no overlap
                };
                out.push(Membership::new(
                    member,
                    self.organization.clone(),
                    period,
                    MembershipStatus::Full,
                ));
            }
        }
        out
    }
}

/// The columns of the file, in order.
const COLUMNS: [Column; 6] = [
    &["ioname"],
    &["cow_igo_state_column"],
    &["ccode"],
    &["first_full_member_year"],
    &["last_full_member_year"],
    &["non_member_years_between"],
];

/// Reads `cow/igo_v3_selected_memberships.csv`: one [`CowMembership`] per row.
///
/// Columns: `ioname` (the organization, an [`ActorId`]), `cow_igo_state_column`,
/// `ccode` (a [`CowCode`]), `first_full_member_year`, `last_full_member_year`, and
/// `non_member_years_between`, the years between the two when the state was not a full
/// member, separated by spaces (`"1959 1960"`; empty or `NA` for none). Years must lie
/// in 1000-9999, the first not after the last, and the non-member years strictly between
/// them, in increasing order. A row that breaks any of this, or whose state column is
/// empty, is skipped with the column at fault.
///
/// ```
/// use peacekeeping_data::cow::{read_memberships, YearSpan};
///
/// let csv = "ioname,cow_igo_state_column,ccode,first_full_member_year,last_full_member_year,non_member_years_between
/// OAS,honduras,91,1899,2009,
/// OAU,morocco,600,1965,1984,
/// OAS,cuba,40,1902,2014,1907 1908 1963 1964 1965 1966 1967 1968 1969 1970 1971 1972 1973 1974 1975 1976 1977 1978 1979 1980 1981 1982 1983 1984 1985 1986 1987 1988 1989 1990 1991 1992 1993 1994 1995 1996 1997 1998 1999 2000 2001 2002 2003 2004 2005 2006 2007 2008
/// UN,atlantis,999,2010,2005,
/// ";
/// let import = read_memberships(csv.as_bytes())?;
/// let cuba = &import.records[2];
/// assert_eq!(cuba.spans, [
///     YearSpan { first: 1902, last: 1906 },
///     YearSpan { first: 1909, last: 1962 },
///     YearSpan { first: 2009, last: 2014 },
/// ]);
/// assert!(cuba.through_end_of_data());
/// assert!(!import.records[0].through_end_of_data()); // Honduras: out of the OAS from 2010
/// assert_eq!(import.skipped[0].line, Some(5));
/// # Ok::<(), peacekeeping_data::Error>(())
/// ```
///
/// # Errors
/// [`Error::MissingColumns`] if the header lacks a column above; [`Error::Io`] if
/// the input cannot be read.
pub fn read_memberships<R: Read>(reader: R) -> Result<Import<CowMembership>, Error> {
    memberships(reader, INPUT)
}

/// [`read_memberships`] from a file.
///
/// # Errors
/// As [`read_memberships`], and [`Error::Io`] if the file cannot be opened.
pub fn read_memberships_file(path: impl AsRef<Path>) -> Result<Import<CowMembership>, Error> {
    read_path(path.as_ref(), memberships)
}

fn memberships<R: Read>(reader: R, file: &str) -> Result<Import<CowMembership>, Error> {
    read_csv(reader, file, COLUMNS, |row| {
        let organization = row.parse::<ActorId>(0)?;
        let state_column = row.get(1).trim();
        if state_column.is_empty() {
            return Err(row.skip_field(1, "no state name"));
        }
        let state = row
            .get(2)
            .trim()
            .parse::<CowCode>()
            .map_err(|_| row.skip_field(2, "not a COW state code: expected a whole number"))?;
        let first = row.year(3)?;
        let last = row.year(4)?;
        if first > last {
            return Err(row.skip_field(4, format!("before the first year, {first}")));
        }
        let spans = spans(row, 5, first, last)?;
        Ok(CowMembership {
            state,
            state_column: state_column.to_owned(),
            organization,
            spans,
        })
    })
}

/// The spans of `first..=last` without the non-member years in wanted column `i`.
fn spans<const N: usize>(
    row: &Row<'_, N>,
    i: usize,
    first: i32,
    last: i32,
) -> Result<Vec<YearSpan>, Skipped> {
    let text = row.get(i).trim();
    let mut spans = Vec::new();
    let mut start = first;
    if !(text.is_empty() || text == "NA") {
        let mut previous = first;
        for word in text.split_whitespace() {
            let gap = parse_year(word).ok_or_else(|| {
                row.skip_field(i, format!("{word:?} is not a year: expected 1000-9999"))
            })?;
            if gap <= previous || gap >= last {
                return Err(row.skip_field(
                    i,
                    format!(
                        "{gap} is not after {previous} and before the last year, {last}: \
                         expected increasing years strictly between {first} and {last}"
                    ),
                ));
            }
            if gap > start {
                spans.push(YearSpan {
                    first: start,
                    last: gap - 1,
                });
            }
            start = gap + 1;
            previous = gap;
        }
    }
    spans.push(YearSpan { first: start, last });
    Ok(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "ioname,cow_igo_state_column,ccode,first_full_member_year,last_full_member_year,non_member_years_between\n";

    fn read(body: &str) -> Import<CowMembership> {
        read_memberships(format!("{HEADER}{body}").as_bytes()).unwrap()
    }

    #[test]
    fn gaps_split_the_membership() {
        let import = read("UN,china,710,1945,2014,1949 1950 1951\nUN,x,1,1990,1992,1991\n");
        assert!(import.is_complete());
        let china = &import.records[0];
        assert_eq!(
            china.spans,
            [
                YearSpan {
                    first: 1945,
                    last: 1948
                },
                YearSpan {
                    first: 1952,
                    last: 2014
                }
            ]
        );
        assert_eq!((china.first_year(), china.last_year()), (1945, 2014));
        assert_eq!(import.records[1].spans.len(), 2);
    }

    #[test]
    fn na_and_empty_mean_no_gap() {
        let import = read("UN,a,2,1945,2014,NA\nUN,b,20,1945,1950,\n");
        assert!(import.is_complete());
        assert_eq!(import.records[0].spans.len(), 1);
        assert!(!import.records[1].through_end_of_data());
    }

    #[test]
    fn bad_rows_are_skipped_with_the_column_at_fault() {
        let import = read(
            "UN,a,x2,1945,2014,\n\
             UN,a,2,194,2014,\n\
             UN,a,2,1945,2014,1950 1949\n\
             UN,a,2,1945,2014,2014\n\
             UN,a,2,1945,2014,1945\n\
             UN,a,2,1945,2014,19x0\n\
             UN,a,2,2015,2014,\n\
             U N,a,2,1945,2014,\n\
             UN, ,2,1945,2014,\n",
        );
        assert!(import.records.is_empty());
        let fields: Vec<_> = import
            .skipped
            .iter()
            .map(|s| s.field.as_deref().unwrap())
            .collect();
        assert_eq!(
            fields,
            [
                "ccode",
                "first_full_member_year",
                "non_member_years_between",
                "non_member_years_between",
                "non_member_years_between",
                "non_member_years_between",
                "last_full_member_year",
                "ioname",
                "cow_igo_state_column"
            ]
        );
        assert_eq!(import.skipped[0].line, Some(2));
        assert_eq!(
            import.summary().to_string(),
            "9 rows read: 0 imported, 0 merged, 9 skipped"
        );
        crate::import::assert_balanced(&import);
    }

    #[test]
    fn memberships_follow_the_crosswalk_and_the_day_convention() {
        let import = read("EEC,germany,255,1990,1992,\nUN,zanzibar,511,1963,1964,\n");
        let germany = import.records[0].to_memberships();
        assert_eq!(germany.len(), 1);
        assert_eq!(germany[0].member.as_str(), "DEU");
        assert_eq!(germany[0].period.to_string(), "1990-10-03..=1992-12-31");
        assert!(import.records[1].to_memberships().is_empty());
    }
}
