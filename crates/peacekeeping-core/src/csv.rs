//! The one quoting rule of every CSV file the toolkit writes (tidy tables, node and edge
//! lists, matrices, metric tables, scorecards), so that pandas, R and any RFC 4180 reader
//! read back exactly the text that was written.

use std::borrow::Cow;

/// `value` as a CSV field (RFC 4180): as it is, or, if it holds a comma, a double quote or
/// a line break, between double quotes with its double quotes doubled.
///
/// ```
/// use peacekeeping_core::csv_field;
/// assert_eq!(csv_field("AU-UN"), "AU-UN");
/// assert_eq!(csv_field("Bosnia, Herzegovina"), "\"Bosnia, Herzegovina\"");
/// assert_eq!(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
/// assert_eq!(csv_field("a\r\nb"), "\"a\r\nb\"");
/// ```
#[must_use]
pub fn csv_field(value: &str) -> Cow<'_, str> {
    if value.contains([',', '"', '\n', '\r']) {
        Cow::Owned(format!("\"{}\"", value.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(value)
    }
}
