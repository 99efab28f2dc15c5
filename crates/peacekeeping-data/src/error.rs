//! The error type of this crate.
//!
//! An importer fails with an [`Error`] only when it cannot read a file at all: the file
//! cannot be opened or read, or its header lacks a column the importer needs. (The
//! importers' own CSV splitter splits any bytes into rows.) A row it cannot use is not an
//! error: it is reported in
//! [`Import::skipped`](crate::Import::skipped), together with every other such row; in
//! strict mode, [`Import::strict`](crate::Import::strict) turns the first of them into
//! [`Error::Rejected`].

use core::fmt;
use std::io;
use std::sync::Arc;

/// Everything that stops an importer from reading a file.
///
/// Messages are lower-case and start with the file (and the line where there is one), so
/// that a researcher can find the problem in the input. The `csv` crate's error type is not
/// exposed: its description is carried as text, so that its major version never becomes
/// ours. The enum is `#[non_exhaustive]`: new formats and checks add variants without a
/// breaking release.
///
/// It is `Clone` (an [`Error::Io`] shares its `std::io::Error` in an [`Arc`]) and `Eq`:
/// two errors are equal when they are the same variant with equal fields, and two
/// [`Error::Io`] when they name the same path and their I/O errors have the same
/// [`kind`](io::Error::kind) and message (an `io::Error` has no equality of its own).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Error {
    /// A file or directory could not be opened, read or written. The `std::io::Error` is
    /// the error's [`source`](std::error::Error::source); [`Error::io_kind`] gives its
    /// kind.
    Io {
        /// The file or directory (`"<input>"` or `"<output>"` for a reader or writer).
        path: String,
        /// What the operating system reported, shared so that the error stays `Clone`.
        source: Arc<io::Error>,
    },
    /// The header of a file lacks columns the importer needs: probably not the file the
    /// importer was meant for.
    MissingColumns {
        /// The file, or `"<input>"` for data not read from a file.
        file: String,
        /// The columns not found (where a column goes by several names, all of them,
        /// separated by `" or "`).
        missing: Vec<String>,
        /// The columns the header does have.
        found: Vec<String>,
    },
    /// A [`Layout`](crate::un::Layout) that cannot read any file: a long layout without
    /// counts, a wide one without categories, no date format accepted.
    InvalidLayout {
        /// The file, or `"<input>"` for data not read from a file.
        file: String,
        /// What the layout lacks.
        reason: String,
    },
    /// Strict mode ([`Import::strict`](crate::Import::strict)): a row (or a whole file)
    /// was skipped. Carries the first [`Skipped`](crate::Skipped) entry, in file order:
    /// its file, line, column, value and reason. The message is the entry's own.
    Rejected(crate::Skipped),
}

impl Error {
    /// The [`Error::Io`] of `path`.
    pub(crate) fn io(path: impl Into<String>, error: io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source: Arc::new(error),
        }
    }

    /// The kind of the I/O failure of an [`Error::Io`] (`NotFound`, `PermissionDenied`,
    /// ...), `None` for every other error.
    ///
    /// ```
    /// use peacekeeping_data::ipi;
    /// let e = ipi::read_gender_full_file("no/such/Gender.Full.csv", None).unwrap_err();
    /// assert_eq!(e.io_kind(), Some(std::io::ErrorKind::NotFound));
    /// ```
    #[must_use]
    pub fn io_kind(&self) -> Option<io::ErrorKind> {
        match self {
            Error::Io { source, .. } => Some(source.kind()),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { path, source } => write!(f, "{path}: cannot read: {source}"),
            Error::MissingColumns {
                file,
                missing,
                found,
            } => write!(
                f,
                "{file}:1: missing columns {}; the header has {}",
                quoted(missing),
                quoted(found)
            ),
            Error::InvalidLayout { file, reason } => {
                write!(f, "{file}: the layout cannot read it: {reason}")
            }
            Error::Rejected(skipped) => write!(f, "{skipped}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(&**source),
            _ => None,
        }
    }
}

impl PartialEq for Error {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Error::Io { path, source }, Error::Io { path: p, source: s }) => {
                path == p && source.kind() == s.kind() && source.to_string() == s.to_string()
            }
            (
                Error::MissingColumns {
                    file,
                    missing,
                    found,
                },
                Error::MissingColumns {
                    file: f,
                    missing: m,
                    found: x,
                },
            ) => (file, missing, found) == (f, m, x),
            (
                Error::InvalidLayout { file, reason },
                Error::InvalidLayout { file: f, reason: r },
            ) => (file, reason) == (f, r),
            (Error::Rejected(skipped), Error::Rejected(s)) => skipped == s,
            // Different variants; a new variant needs its own arm above.
            _ => false,
        }
    }
}

impl Eq for Error {}

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
    fn io_errors_keep_their_source_and_compare_by_path_kind_and_message() {
        let denied = || io::Error::new(io::ErrorKind::PermissionDenied, "permission denied");
        let e = Error::io("a.csv", denied());
        assert_eq!(e.to_string(), "a.csv: cannot read: permission denied");
        assert_eq!(e.io_kind(), Some(io::ErrorKind::PermissionDenied));
        let source = std::error::Error::source(&e).expect("an I/O error has a source");
        let io = source
            .downcast_ref::<io::Error>()
            .expect("the source is the io::Error");
        assert_eq!(io.kind(), io::ErrorKind::PermissionDenied);
        assert_eq!(e.clone(), e);
        assert_eq!(e, Error::io("a.csv", denied()));
        assert_ne!(e, Error::io("b.csv", denied()));
        let other = io::Error::new(io::ErrorKind::NotFound, "permission denied");
        assert_ne!(e, Error::io("a.csv", other));
        let layout = Error::InvalidLayout {
            file: "a.csv".into(),
            reason: "no date format".into(),
        };
        assert_ne!(e, layout);
        assert_eq!(layout, layout.clone());
        assert_eq!(layout.io_kind(), None);
        assert!(std::error::Error::source(&layout).is_none());
    }

    #[test]
    fn is_send_sync_static() {
        fn check<T: Send + Sync + 'static + std::error::Error + Clone>() {}
        check::<Error>();
    }
}
