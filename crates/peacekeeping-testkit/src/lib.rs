//! What the `peacekeeping` crates' tests, doctests, examples and benches share, in one
//! place instead of files pasted in with `#[path]`: the shared real-data directory, the
//! invariant every import keeps, small datasets whose figures can be checked by hand, the
//! IPI series as the real-data tests and benches read it, and the command line of the
//! facade's research examples ([`cli`]).
//!
//! Not published: each crate names it as a path dev-dependency without a version, which
//! `cargo package` leaves out of the published manifest.
//!
//! ```
//! let (data, date) = peacekeeping_testkit::unmil_2013()?;
//! assert_eq!(data.actors().len(), 3);
//! assert_eq!(date.to_string(), "2013-12-31");
//! # Ok::<(), peacekeeping_core::Error>(())
//! ```

#![forbid(unsafe_code)]

pub mod cli;
mod fixtures;
pub mod reference_outcomes;
mod shared_data;

pub use fixtures::unmil_2013;
pub use shared_data::{GENDER_FULL, IpiData, assert_balanced, data_dir, ipi_dataset};
