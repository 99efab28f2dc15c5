//! The error type of this crate.

use core::fmt;
use std::io;
use std::sync::Arc;

use crate::{Date, ValidationReport};

/// Everything that can go wrong when building or reading domain values.
///
/// Messages are lower-case and name the offending value, so that a researcher can find
/// it in the input. The enum is `#[non_exhaustive]`: new checks add variants without a
/// breaking release.
///
/// It is `Clone` (an [`Error::Io`] shares its `std::io::Error` in an [`Arc`]) and
/// `PartialEq`: two errors are equal when they are the same variant with equal fields,
/// and two [`Error::Io`] when they name the same path and their I/O errors have the same
/// [`kind`](io::Error::kind) and message (an `io::Error` has no equality of its own).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Error {
    /// An id is empty, too long, or holds characters other than ASCII letters, digits and
    /// `- _ . : / +`.
    InvalidId {
        /// Which kind of id (`"actor id"`, `"mission id"`, ...).
        kind: &'static str,
        /// The rejected text.
        value: String,
        /// Why it was rejected.
        reason: &'static str,
    },
    /// A date is malformed or does not exist.
    InvalidDate {
        /// The rejected text.
        value: String,
        /// Why it was rejected.
        reason: &'static str,
    },
    /// A period's end is before its start.
    PeriodEndsBeforeStart {
        /// The start of the rejected period.
        start: Date,
        /// The end of the rejected period.
        end: Date,
    },
    /// A code is not one of a vocabulary's codes (a mission kind, a region, ...).
    UnknownCode {
        /// Which vocabulary (`"mission kind"`, `"region"`, ...).
        what: &'static str,
        /// The rejected text.
        value: String,
        /// The accepted codes, comma-separated.
        expected: String,
    },
    /// A country code is not a current or former ISO 3166-1 alpha-3 code.
    InvalidCountryCode {
        /// The rejected text.
        value: String,
    },
    /// A language code is not two or three ASCII letters.
    InvalidLanguageCode {
        /// The rejected text.
        value: String,
    },
    /// A currency code is not three ASCII letters.
    InvalidCurrencyCode {
        /// The rejected text.
        value: String,
    },
    /// A field holds a value outside its domain (an empty name, a negative amount).
    InvalidValue {
        /// The field, e.g. `"funding amount"`.
        field: &'static str,
        /// The rejected value, as text.
        value: String,
        /// Why it was rejected.
        reason: &'static str,
    },
    /// A dataset has problems; the report lists every one of them.
    Invalid(ValidationReport),
    /// A dataset file is not the JSON this crate writes (not even its outline parses).
    Json {
        /// The file, or `"<input>"` for text not read from a file.
        path: String,
        /// serde_json's description of the problem.
        message: String,
        /// The line of the problem, from 1.
        line: usize,
        /// The column of the problem, from 1.
        column: usize,
    },
    /// A dataset file could not be read. The `std::io::Error` is the error's
    /// [`source`](std::error::Error::source); [`Error::io_kind`] gives its kind.
    Io {
        /// The file, or `"<reader>"` for input read from a reader.
        path: String,
        /// What the operating system reported, shared so that the error stays `Clone`.
        source: Arc<io::Error>,
    },
}

impl Error {
    /// The [`Error::Io`] of reading `path`.
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
    /// # #[cfg(feature = "serde")] {
    /// use peacekeeping_core::Dataset;
    /// let e = Dataset::read_json_file("no/such/dataset.json").unwrap_err();
    /// assert_eq!(e.io_kind(), Some(std::io::ErrorKind::NotFound));
    /// # }
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
            Error::InvalidId {
                kind,
                value,
                reason,
            } => write!(f, "invalid {kind} {value:?}: {reason}"),
            Error::InvalidDate { value, reason } => write!(f, "invalid date {value:?}: {reason}"),
            Error::PeriodEndsBeforeStart { start, end } => {
                write!(f, "period ends on {end}, before it starts on {start}")
            }
            Error::UnknownCode {
                what,
                value,
                expected,
            } => write!(f, "unknown {what} {value:?}; expected one of: {expected}"),
            Error::InvalidCountryCode { value } => write!(
                f,
                "{value:?} is not an ISO 3166-1 alpha-3 country code, current or former (ISO 3166-3)"
            ),
            Error::InvalidLanguageCode { value } => write!(
                f,
                "{value:?} is not an ISO 639 language code (two or three letters)"
            ),
            Error::InvalidCurrencyCode { value } => {
                write!(
                    f,
                    "{value:?} is not an ISO 4217 currency code (three letters)"
                )
            }
            Error::InvalidValue {
                field,
                value,
                reason,
            } => write!(f, "invalid {field} {value:?}: {reason}"),
            Error::Invalid(report) => write!(f, "{report}"),
            Error::Json {
                path,
                message,
                line,
                column,
            } => write!(
                f,
                "{path}: not a peacekeeping dataset: {message} (line {line}, column {column})"
            ),
            Error::Io { path, source } => write!(f, "{path}: cannot read: {source}"),
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
        use Error as E;
        match (self, other) {
            (
                E::InvalidId {
                    kind,
                    value,
                    reason,
                },
                E::InvalidId {
                    kind: k,
                    value: v,
                    reason: r,
                },
            ) => (kind, value, reason) == (k, v, r),
            (
                E::InvalidDate { value, reason },
                E::InvalidDate {
                    value: v,
                    reason: r,
                },
            ) => (value, reason) == (v, r),
            (
                E::PeriodEndsBeforeStart { start, end },
                E::PeriodEndsBeforeStart { start: s, end: e },
            ) => (start, end) == (s, e),
            (
                E::UnknownCode {
                    what,
                    value,
                    expected,
                },
                E::UnknownCode {
                    what: w,
                    value: v,
                    expected: x,
                },
            ) => (what, value, expected) == (w, v, x),
            (E::InvalidCountryCode { value }, E::InvalidCountryCode { value: v })
            | (E::InvalidLanguageCode { value }, E::InvalidLanguageCode { value: v })
            | (E::InvalidCurrencyCode { value }, E::InvalidCurrencyCode { value: v }) => value == v,
            (
                E::InvalidValue {
                    field,
                    value,
                    reason,
                },
                E::InvalidValue {
                    field: f,
                    value: v,
                    reason: r,
                },
            ) => (field, value, reason) == (f, v, r),
            (E::Invalid(report), E::Invalid(r)) => report == r,
            (
                E::Json {
                    path,
                    message,
                    line,
                    column,
                },
                E::Json {
                    path: p,
                    message: m,
                    line: l,
                    column: c,
                },
            ) => (path, message, line, column) == (p, m, l, c),
            (E::Io { path, source }, E::Io { path: p, source: s }) => {
                path == p && source.kind() == s.kind() && source.to_string() == s.to_string()
            }
            // Different variants; a new variant needs its own arm above.
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_keep_their_source_and_compare_by_path_kind_and_message() {
        let e = Error::io(
            "a.json",
            io::Error::new(io::ErrorKind::NotFound, "no such file"),
        );
        assert_eq!(e.to_string(), "a.json: cannot read: no such file");
        assert_eq!(e.io_kind(), Some(io::ErrorKind::NotFound));
        let source = std::error::Error::source(&e).expect("an I/O error has a source");
        let io = source
            .downcast_ref::<io::Error>()
            .expect("the source is the io::Error");
        assert_eq!(io.kind(), io::ErrorKind::NotFound);
        // Clones share the io::Error and are equal.
        assert_eq!(e.clone(), e);
        let same = Error::io(
            "a.json",
            io::Error::new(io::ErrorKind::NotFound, "no such file"),
        );
        assert_eq!(e, same);
        let other_kind = Error::io("a.json", io::Error::other("no such file"));
        let other_path = Error::io(
            "b.json",
            io::Error::new(io::ErrorKind::NotFound, "no such file"),
        );
        assert_ne!(e, other_kind);
        assert_ne!(e, other_path);
        let invalid = Error::InvalidDate {
            value: "2023-02-29".into(),
            reason: "that day does not exist in that month",
        };
        assert_ne!(e, invalid);
        assert_eq!(invalid.io_kind(), None);
        assert!(std::error::Error::source(&invalid).is_none());
    }

    #[test]
    fn is_send_sync_static() {
        fn check<T: Send + Sync + 'static + std::error::Error + Clone>() {}
        check::<Error>();
    }
}
