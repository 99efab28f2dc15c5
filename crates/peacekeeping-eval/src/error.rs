//! The crate's errors, one type per concern a caller handles differently.

use std::fmt;

/// One problem found while validating a framework: the node, the field, and what is wrong.
///
/// ```
/// use peacekeeping_eval::{Aggregate, Framework, FrameworkError};
///
/// let err = Framework::builder()
///     .aggregate(Aggregate::new("index", "Index"))
///     .aggregate(Aggregate::new("orphan", "Orphan").parent("nowhere"))
///     .build()
///     .unwrap_err();
/// let FrameworkError::Invalid(problems) = err else { panic!() };
/// assert!(problems.iter().any(|p| p.node == "orphan" && p.field == "parent"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FrameworkProblem {
    /// The id of the node concerned (empty for the framework as a whole).
    pub node: String,
    /// The field concerned (`"parent"`, `"weight"`, `"normalization.min"`...).
    pub field: &'static str,
    /// What is wrong.
    pub message: String,
}

impl FrameworkProblem {
    pub(crate) fn new(node: &str, field: &'static str, message: String) -> Self {
        FrameworkProblem {
            node: node.to_owned(),
            field,
            message,
        }
    }
}

impl fmt::Display for FrameworkProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.node.is_empty() {
            write!(f, "{}: {}", self.field, self.message)
        } else {
            write!(f, "node `{}`, {}: {}", self.node, self.field, self.message)
        }
    }
}

/// Why a framework could not be built or loaded.
///
/// ```
/// use peacekeeping_eval::{Framework, FrameworkError};
///
/// let err = Framework::from_toml_str("[[indicator]]\nid = 3").unwrap_err();
/// assert!(matches!(err, FrameworkError::Parse { format: "TOML", .. }));
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum FrameworkError {
    /// The file is not valid TOML or JSON, or does not have the framework format's shape
    /// (unknown field, wrong type).
    #[error("invalid {format} framework file: {message}")]
    Parse {
        /// `"TOML"` or `"JSON"`.
        format: &'static str,
        /// The parser's message, with line and column where it gives them.
        message: String,
    },
    /// The framework's content is invalid: every problem found, in node order.
    #[error("invalid framework, {} problem(s):\n{}", .0.len(), ProblemList(.0))]
    Invalid(Vec<FrameworkProblem>),
    /// Writing the framework as TOML failed.
    #[error("cannot write the framework as TOML: {0}")]
    Write(String),
}

struct ProblemList<'a>(&'a [FrameworkProblem]);

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, problem) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "  - {problem}")?;
        }
        Ok(())
    }
}
