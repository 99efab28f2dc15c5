//! The error type of this crate.
//!
//! An importer fails with an [`Error`] only when it cannot read a file at all: the file
//! or directory cannot be opened or read, its header lacks a column the importer needs
//! or has one it cannot read, or a [`Layout`](crate::un::Layout) cannot read any file.
//! (The importers' own CSV splitter splits any bytes into rows.) A row it cannot use is not an error: it is
//! reported in [`Import::skipped`](crate::Import::skipped), together with every other such
//! row; in strict mode, [`Import::strict`](crate::Import::strict) turns the first of them
//! into [`Error::Rejected`]. The tidy CSV export ([`crate::export`]) fails with an
//! [`Error::Io`] when a directory or file cannot be created or written.
//!
//! The functions of [`reference`](crate::reference) and the parsing of a
//! [`contributions::Format`](crate::contributions::Format) fail with
//! [`peacekeeping_core::Error`] instead: they build or check a dataset, or a name.

use peacekeeping_core::IoError;

/// Everything that stops an importer from reading a file, or the export from writing one.
///
/// Messages are lower-case. Those about a file's contents
/// ([`MissingColumns`](Error::MissingColumns), [`InvalidLayout`](Error::InvalidLayout),
/// [`Rejected`](Error::Rejected)) start with the file (`"<input>"` for data read from a
/// reader) and the line where there is one, so that a researcher can find the problem in
/// the input. An [`Io`](Error::Io) error's message is its [`IoError`]'s: it starts with the
/// file or directory when there is one, and has none for a reader or writer given by the
/// caller (`cannot read: ...`, `cannot write: ...`). The enum is `#[non_exhaustive]`: new
/// formats and checks add variants without a breaking release.
///
/// It is `Clone` and `Eq`: two errors are equal when they are the same variant with
/// equal fields; an [`Error::Io`] holds its `std::io::Error` in an [`IoError`], which is
/// both.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or directory could not be opened, read or written: the [`IoError`] says
    /// which and keeps the `std::io::Error`, which is this error's
    /// [`source`](std::error::Error::source).
    #[error(transparent)]
    Io(IoError),
    /// The header of a file lacks columns the importer needs: probably not the file the
    /// importer was meant for.
    #[error("{file}:1: missing columns {}; the header has {}", quoted(.missing), quoted(.found))]
    MissingColumns {
        /// The file, or `"<input>"` for data not read from a file.
        file: String,
        /// The columns not found (where a column goes by several names, all of them,
        /// separated by `" or "`).
        missing: Vec<String>,
        /// The columns the header does have.
        found: Vec<String>,
    },
    /// The header has columns the importer would have to read but cannot: a RADPKO
    /// contributor column group (`<name>_untrp`, `_unpol`, `_unmob`) whose name is no
    /// known country. Reading on would lose that contributor's figures.
    #[error("{file}:1: unknown columns {}: {reason}", quoted(.columns))]
    UnknownColumns {
        /// The file, or `"<input>"` for data not read from a file.
        file: String,
        /// The columns, as the header spells them.
        columns: Vec<String>,
        /// Why they cannot be read.
        reason: String,
    },
    /// A [`Layout`](crate::un::Layout) that cannot read any file: a long layout without
    /// counts, a wide one without categories, no date format accepted.
    #[error("{file}: the layout cannot read it: {reason}")]
    InvalidLayout {
        /// The file, or `"<input>"` for data not read from a file.
        file: String,
        /// What the layout lacks.
        reason: String,
    },
    /// Strict mode ([`Import::strict`](crate::Import::strict)): a row (or a whole file)
    /// was skipped. Carries the first [`Skipped`](crate::Skipped) entry, in file order:
    /// its file, line, column, value and reason. The message is the entry's own.
    #[error("{0}")]
    Rejected(crate::Skipped),
}

/// `"a", "b"`, or `nothing` for an empty list.
fn quoted(names: &[String]) -> String {
    if names.is_empty() {
        return "nothing".to_owned();
    }
    names
        .iter()
        .map(|n| format!("{n:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use std::io;
    use std::path::Path;

    use peacekeeping_core::IoAccess;

    use super::*;

    #[test]
    fn messages_name_the_file_and_line() {
        let e = Error::MissingColumns {
            file: "a.csv".into(),
            missing: vec!["Troops".into()],
            found: vec!["Date".into(), "Police".into()],
        };
        assert_eq!(
            e.to_string(),
            r#"a.csv:1: missing columns "Troops"; the header has "Date", "Police""#
        );
        let e = Error::MissingColumns {
            file: "<input>".into(),
            missing: vec!["Date".into()],
            found: vec![],
        };
        assert_eq!(
            e.to_string(),
            r#"<input>:1: missing columns "Date"; the header has nothing"#
        );
        let e = Error::Rejected(crate::Skipped {
            file: "a.csv".into(),
            line: Some(3),
            field: Some("Troops".into()),
            value: "x".into(),
            reason: "not a count".into(),
        });
        assert_eq!(
            e.to_string(),
            r#"a.csv:3: column "Troops" "x": not a count"#
        );
    }

    #[test]
    fn an_io_error_is_the_source() {
        let e = Error::Io(IoError::new(
            IoAccess::Read,
            Some(Path::new("a.csv")),
            io::Error::new(io::ErrorKind::PermissionDenied, "denied"),
        ));
        assert_eq!(e.to_string(), "a.csv: cannot read: denied");
        let written = Error::Io(IoError::new(
            IoAccess::Write,
            Some(Path::new("out/a.csv")),
            io::Error::other("disk full"),
        ));
        assert_eq!(written.to_string(), "out/a.csv: cannot write: disk full");
        let io = std::error::Error::source(&e).and_then(|s| s.downcast_ref::<io::Error>());
        assert_eq!(
            io.map(io::Error::kind),
            Some(io::ErrorKind::PermissionDenied)
        );
        assert_eq!(e.clone(), e);
        let unknown = Error::UnknownColumns {
            file: "radpko.csv".into(),
            columns: vec!["atlantis_untrp".into(), "atlantis_unpol".into()],
            reason: "no known country".into(),
        };
        assert_eq!(
            unknown.to_string(),
            r#"radpko.csv:1: unknown columns "atlantis_untrp", "atlantis_unpol": no known country"#
        );
        let rejected = Error::InvalidLayout {
            file: "a.csv".into(),
            reason: "no date format".into(),
        };
        assert!(std::error::Error::source(&rejected).is_none());
    }

    #[test]
    fn is_send_sync_static() {
        fn check<T: Send + Sync + 'static + std::error::Error + Clone>() {}
        check::<Error>();
    }
}
