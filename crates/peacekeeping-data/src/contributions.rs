//! A contribution file (contributor x mission x date) in any of the formats this crate
//! reads, the format named by the user: a [`Format`] parsed from its name
//! (`"gender-full"`, `"data-hub"`, ...), then [`read`] or [`read_file`].
//!
//! This is what a program that takes a contribution file on its command line needs
//! (the facade's examples `contributors` and `network` do): the name picks the importer
//! ([`ipi::read_gender_full`] or [`un::read_contributions`] with one of the
//! [`un::Layout`]s), and [`reference::with_import`](crate::reference::with_import) puts
//! the records in the reference dataset in place of its own figures.
//!
//! ```
//! use peacekeeping_data::contributions::{self, Format};
//!
//! let format: Format = "ipi-full".parse()?;
//! let csv = "Date,Contributor,Contributor_ISO-3,Contributor_Continent,Contributor_Region,\
//! Mission,Mission_Country,Mission_Country_ISO-3,Experts_on_Mission,Formed_Police_Units,\
//! Inidividual_Police,Civilian_Police,Troops,Observers,Total
//! 2013-12-31,Ghana,GHA,Africa,Western Africa,UNMIL,Liberia,LBR,5,0,20,20,700,5,725
//! ";
//! let import = contributions::read(csv.as_bytes(), format, None)?;
//! assert_eq!(import.records[0].what.personnel().map(|p| p.total()), Some(725));
//! // An unknown name lists the known ones.
//! let e = "gender".parse::<Format>().unwrap_err();
//! assert_eq!(e.to_string(), r#"unknown contribution file format "gender"; expected one of: gender-full, data-hub, data-hub-before-2010, hdx-gender, ipi-full"#);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use core::fmt;
use core::str::FromStr;
use std::io::Read;
use std::path::Path;

use peacekeeping_core::{Contribution, SourceId};

use crate::{Error, Import, ipi, un};

/// The format of a contribution file, by the name a user gives it: `gender-full` (the
/// default), `data-hub`, `data-hub-before-2010`, `hdx-gender` or `ipi-full`.
///
/// `Display` and `FromStr` use those names; an unknown name is a
/// [`peacekeeping_core::Error::UnknownCode`] listing them.
///
/// ```
/// use peacekeeping_data::contributions::Format;
/// assert_eq!("data-hub".parse::<Format>()?, Format::DataHub);
/// assert_eq!(Format::default().to_string(), "gender-full");
/// assert_eq!(Format::ALL.len(), 5);
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Format {
    /// IPI's `Gender.Full.csv`, read by [`ipi::read_gender_full`].
    #[default]
    GenderFull,
    /// The UN Peace and Security Data Hub's file, 2010 onward: [`un::Layout::data_hub`].
    DataHub,
    /// The hub's file before 2010: [`un::Layout::data_hub_before_2010`].
    DataHubBefore2010,
    /// The HDX mirror of the hub's gender file: [`un::Layout::hdx_gender`].
    HdxGender,
    /// The IPI Peacekeeping Database full file: [`un::Layout::ipi_full`].
    IpiFull,
}

impl Format {
    /// Every format, the default first.
    pub const ALL: [Format; 5] = [
        Format::GenderFull,
        Format::DataHub,
        Format::DataHubBefore2010,
        Format::HdxGender,
        Format::IpiFull,
    ];

    /// The format's name, as `FromStr` reads it.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Format::GenderFull => "gender-full",
            Format::DataHub => "data-hub",
            Format::DataHubBefore2010 => "data-hub-before-2010",
            Format::HdxGender => "hdx-gender",
            Format::IpiFull => "ipi-full",
        }
    }

    /// The [`un::Layout`] of a UN format; `None` for [`Format::GenderFull`], which has
    /// its own reader.
    #[must_use]
    pub fn un_layout(self) -> Option<un::Layout> {
        match self {
            Format::GenderFull => None,
            Format::DataHub => Some(un::Layout::data_hub()),
            Format::DataHubBefore2010 => Some(un::Layout::data_hub_before_2010()),
            Format::HdxGender => Some(un::Layout::hdx_gender()),
            Format::IpiFull => Some(un::Layout::ipi_full()),
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = peacekeeping_core::Error;

    /// One of the names of [`Format::ALL`], exactly.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| peacekeeping_core::Error::UnknownCode {
                what: "contribution file format",
                value: s.to_owned(),
                expected: Format::ALL.map(Format::name).join(", "),
            })
    }
}

/// Reads a contribution file in `format` from `reader`, each record citing `source`:
/// [`ipi::read_gender_full`] or [`un::read_contributions`] with the format's layout.
///
/// # Errors
/// As the reader of the format: [`Error::MissingColumns`] if the header lacks a column
/// the format needs; [`Error::Io`] if the input cannot be read.
pub fn read<R: Read>(
    reader: R,
    format: Format,
    source: Option<SourceId>,
) -> Result<Import<Contribution>, Error> {
    match format.un_layout() {
        None => ipi::read_gender_full(reader, source),
        Some(layout) => un::read_contributions(reader, &layout, source),
    }
}

/// [`read`] from a file.
///
/// # Errors
/// As [`read`], naming the file, and [`Error::Io`] if it cannot be opened.
pub fn read_file(
    path: impl AsRef<Path>,
    format: Format,
    source: Option<SourceId>,
) -> Result<Import<Contribution>, Error> {
    match format.un_layout() {
        None => ipi::read_gender_full_file(path, source),
        Some(layout) => un::read_contributions_file(path, &layout, source),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_names_list_them() {
        for format in Format::ALL {
            assert_eq!(format.name().parse::<Format>(), Ok(format));
            assert_eq!(format.to_string(), format.name());
            assert_eq!(format.un_layout().is_none(), format == Format::GenderFull);
        }
        for bad in ["", "Gender-Full", "gender-full ", "hdx"] {
            let e = bad.parse::<Format>().unwrap_err();
            assert!(
                e.to_string().ends_with(
                    "expected one of: gender-full, data-hub, data-hub-before-2010, hdx-gender, ipi-full"
                ),
                "{e}"
            );
        }
    }

    #[test]
    fn each_format_reads_with_its_own_reader() {
        // A Gender.Full header is not a data hub file, and the other way round.
        let gender_full = "Contributor ISO-3,Date,Contributor,Mission,Troops Total\n";
        let e = read(gender_full.as_bytes(), Format::DataHub, None).unwrap_err();
        assert!(matches!(e, Error::MissingColumns { .. }), "{e}");
        let hub = "isocode3,contributing_country,mission_acronym,personnel_type,\
                   male_personnel,female_personnel,last_reporting_date\n\
                   GHA,Ghana,UNMIL,Troops,680,20,2013-12-31\n";
        let import = read(hub.as_bytes(), Format::DataHub, None).unwrap();
        assert_eq!(import.records.len(), 1);
        let e = read(hub.as_bytes(), Format::GenderFull, None).unwrap_err();
        assert!(matches!(e, Error::MissingColumns { .. }), "{e}");
        let e = read_file("no/such/file.csv", Format::HdxGender, None).unwrap_err();
        let Error::Io(source) = e else {
            panic!("not an I/O error: {e}");
        };
        assert_eq!(source.kind(), std::io::ErrorKind::NotFound);
        assert_eq!(
            source.path(),
            Some(std::path::Path::new("no/such/file.csv"))
        );
    }
}
