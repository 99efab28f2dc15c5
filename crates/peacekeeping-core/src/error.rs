//! The error type of this crate.

use core::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::{Date, ValidationReport};

/// Everything that can go wrong when building or reading domain values.
///
/// Messages are lower-case and name the offending value, so that a researcher can find
/// it in the input. The enum is `#[non_exhaustive]`: new checks add variants without a
/// breaking release.
///
/// It is `Clone` and `PartialEq`: two errors are equal when they are the same variant with
/// equal fields; an [`Error::Io`] holds its `std::io::Error` in an [`IoError`], which is
/// both.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An id is empty, too long, or holds characters other than ASCII letters, digits and
    /// `- _ . : / +`.
    #[error("invalid {kind} {value:?}: {reason}")]
    InvalidId {
        /// Which kind of id (`"actor id"`, `"mission id"`, ...).
        kind: &'static str,
        /// The rejected text.
        value: String,
        /// Why it was rejected.
        reason: &'static str,
    },
    /// A date is malformed or does not exist.
    #[error("invalid date {value:?}: {reason}")]
    InvalidDate {
        /// The rejected text.
        value: String,
        /// Why it was rejected.
        reason: &'static str,
    },
    /// A period's end is before its start.
    #[error("period ends on {end}, before it starts on {start}")]
    PeriodEndsBeforeStart {
        /// The start of the rejected period.
        start: Date,
        /// The end of the rejected period.
        end: Date,
    },
    /// A code is not one of a vocabulary's codes (a mission kind, a region, ...).
    #[error("unknown {what} {value:?}; expected one of: {expected}")]
    UnknownCode {
        /// Which vocabulary (`"mission kind"`, `"region"`, ...).
        what: &'static str,
        /// The rejected text.
        value: String,
        /// The accepted codes, comma-separated.
        expected: String,
    },
    /// A country code is not a current or former ISO 3166-1 alpha-3 code.
    #[error("{value:?} is not an ISO 3166-1 alpha-3 country code, current or former (ISO 3166-3)")]
    InvalidCountryCode {
        /// The rejected text.
        value: String,
    },
    /// A language code is not two or three ASCII letters.
    #[error("{value:?} is not an ISO 639 language code (two or three letters)")]
    InvalidLanguageCode {
        /// The rejected text.
        value: String,
    },
    /// A currency code is not three ASCII letters.
    #[error("{value:?} is not an ISO 4217 currency code (three letters)")]
    InvalidCurrencyCode {
        /// The rejected text.
        value: String,
    },
    /// A field holds a value outside its domain (an empty name, a negative amount).
    #[error("invalid {field} {value:?}: {reason}")]
    InvalidValue {
        /// The field, e.g. `"funding amount"`.
        field: &'static str,
        /// The rejected value, as text.
        value: String,
        /// Why it was rejected.
        reason: &'static str,
    },
    /// A dataset has problems; the report lists every one of them.
    #[error("{0}")]
    Invalid(ValidationReport),
    /// A dataset file is not the JSON this crate writes (not even its outline parses).
    #[error("{path}: not a peacekeeping dataset: {message} (line {line}, column {column})")]
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
    /// A dataset file or reader could not be read: the [`IoError`] names the file and
    /// keeps the `std::io::Error`, which is this error's
    /// [`source`](std::error::Error::source).
    #[error(transparent)]
    Io(IoError),
}

/// Whether a document was being read or written when an I/O operation failed: part of
/// the I/O errors of the toolkit's crates that write as well as read
/// (`peacekeeping_data::Error::Io`, `peacekeeping_graph::GraphError::Io`). It has no
/// message of its own: an [`IoError`] says `cannot read` or `cannot write`.
///
/// ```
/// use peacekeeping_core::{IoAccess, IoError};
/// let e = IoError::new(IoAccess::Write, None, std::io::Error::other("disk full"));
/// assert_eq!(e.access(), IoAccess::Write);
/// assert_eq!(e.to_string(), "cannot write: disk full");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IoAccess {
    /// Reading (opening, reading, listing a directory).
    Read,
    /// Writing (creating a file or directory, writing, flushing).
    Write,
}

/// An I/O failure, as every crate of the toolkit reports it (this crate's [`Error::Io`],
/// `peacekeeping_data::Error::Io`, `peacekeeping_graph::GraphError::Io`, the errors of
/// `peacekeeping_eval`): whether a document was being read or written, the file when
/// there is one (not for a reader or writer given by the caller), and the
/// `std::io::Error`, which is its [`source`](std::error::Error::source) and the source of
/// the error holding it.
///
/// The `std::io::Error` is shared in an [`Arc`], so that the errors holding it stay
/// `Clone` (as jiff keeps its errors' causes); two are equal when they concern the same
/// file, the same way, with the same [`kind`](io::Error::kind) and message (an
/// `io::Error` has no equality of its own).
///
/// ```
/// use std::io;
/// use std::path::Path;
/// use peacekeeping_core::{IoAccess, IoError};
///
/// let missing = || io::Error::new(io::ErrorKind::NotFound, "no such file");
/// let e = IoError::new(IoAccess::Read, Some(Path::new("a.json")), missing());
/// assert_eq!(e.to_string(), "a.json: cannot read: no such file");
/// assert_eq!((e.access(), e.path(), e.kind()), (IoAccess::Read, Some(Path::new("a.json")), io::ErrorKind::NotFound));
/// let source = std::error::Error::source(&e).ok_or("no source")?;
/// assert!(source.is::<io::Error>());
/// assert_eq!(e.clone(), e);
/// assert_ne!(e, IoError::new(IoAccess::Read, Some(Path::new("b.json")), missing()));
/// let written = IoError::new(IoAccess::Write, None, io::Error::other("disk full"));
/// assert_eq!(written.to_string(), "cannot write: disk full");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct IoError {
    access: IoAccess,
    path: Option<PathBuf>,
    error: Arc<io::Error>,
}

impl IoError {
    /// `error`, met while `access`ing the file at `path` (`None` for a reader or writer).
    #[must_use]
    pub fn new(access: IoAccess, path: Option<&Path>, error: io::Error) -> Self {
        IoError {
            access,
            path: path.map(Path::to_path_buf),
            error: Arc::new(error),
        }
    }

    /// The same failure, naming `path` as the file it concerns.
    ///
    /// ```
    /// use peacekeeping_core::{IoAccess, IoError};
    /// let e = IoError::new(IoAccess::Read, None, std::io::Error::other("bad"));
    /// assert_eq!(e.in_file("x.csv").to_string(), "x.csv: cannot read: bad");
    /// ```
    #[must_use]
    pub fn in_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.path = Some(path.into());
        self
    }

    /// Whether the document was being read or written.
    #[must_use]
    pub fn access(&self) -> IoAccess {
        self.access
    }

    /// The file, if the failure concerns one.
    #[must_use]
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The kind of the failure (`NotFound`, `PermissionDenied`, ...).
    #[must_use]
    pub fn kind(&self) -> io::ErrorKind {
        self.error.kind()
    }
}

impl AsRef<io::Error> for IoError {
    fn as_ref(&self) -> &io::Error {
        &self.error
    }
}

impl PartialEq for IoError {
    /// The same access to the same file, with the same kind and the same message.
    fn eq(&self, other: &Self) -> bool {
        self.access == other.access
            && self.path == other.path
            && self.kind() == other.kind()
            && self.error.to_string() == other.error.to_string()
    }
}

impl Eq for IoError {}

impl fmt::Display for IoError {
    /// `{file}: cannot read: {message}` (or `cannot write`), without the file for a
    /// reader or writer.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{}: ", path.display())?;
        }
        let verb = match self.access {
            IoAccess::Read => "read",
            IoAccess::Write => "write",
        };
        write!(f, "cannot {verb}: {}", self.error)
    }
}

impl std::error::Error for IoError {
    /// The `std::io::Error`.
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&*self.error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_keep_their_source_and_compare_by_access_path_kind_and_message() {
        let missing = || io::Error::new(io::ErrorKind::NotFound, "no such file");
        let io = |path: &str, error| {
            Error::Io(IoError::new(IoAccess::Read, Some(Path::new(path)), error))
        };
        let e = io("a.json", missing());
        assert_eq!(e.to_string(), "a.json: cannot read: no such file");
        assert!(matches!(&e, Error::Io(source) if source.kind() == io::ErrorKind::NotFound));
        let source = std::error::Error::source(&e).expect("an I/O error has a source");
        let inner = source
            .downcast_ref::<io::Error>()
            .expect("the source is the io::Error");
        assert_eq!(inner.kind(), io::ErrorKind::NotFound);
        assert_eq!(e.clone(), e);
        assert_eq!(e, io("a.json", missing()));
        assert_ne!(e, io("b.json", missing()));
        assert_ne!(e, io("a.json", io::Error::other("no such file")));
        assert_ne!(
            e,
            io("a.json", io::Error::new(io::ErrorKind::NotFound, "gone"))
        );
        assert_ne!(
            e,
            Error::Io(IoError::new(
                IoAccess::Write,
                Some(Path::new("a.json")),
                missing()
            ))
        );
        let invalid = Error::InvalidDate {
            value: "2023-02-29".into(),
            reason: "that day does not exist in that month",
        };
        assert_ne!(e, invalid);
        assert!(std::error::Error::source(&invalid).is_none());
    }

    #[test]
    fn is_send_sync_static() {
        fn check<T: Send + Sync + 'static + std::error::Error + Clone>() {}
        check::<Error>();
    }
}
