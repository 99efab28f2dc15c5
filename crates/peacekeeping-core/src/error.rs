//! The error type of this crate.

use crate::{Date, ValidationReport};

/// Everything that can go wrong when building or reading domain values.
///
/// Messages are lower-case and name the offending value, so that a researcher can find
/// it in the input. The enum is `#[non_exhaustive]`: new checks add variants without a
/// breaking release.
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
    /// A dataset file could not be read.
    #[error("{path}: cannot read: {message}")]
    Io {
        /// The file.
        path: String,
        /// The operating system's description of the problem.
        message: String,
    },
}
