//! [`GraphError`]: what can go wrong when building or analysing a partnership graph.
//!
//! Each variant names the input to fix (the actor or mission id, the date, the line of a
//! file) so that a message read in a log is enough to find the problem.

use std::io;
use std::path::{Path, PathBuf};

use peacekeeping_core::{Date, IoAccess, IoError, Period};

use crate::{AlgorithmError, NetworkError};

/// Why a graph could not be built, analysed, exported or read back.
///
/// `#[non_exhaustive]`: new analyses will bring new ways to fail.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let err = force_composition(&data, "UNAMID", date).unwrap_err();
/// assert_eq!(err.to_string(), "unknown mission `UNAMID`: no mission with this id in the dataset");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum GraphError {
    /// No actor with this id in the dataset.
    #[error("unknown actor `{actor}`: no actor with this id in the dataset")]
    UnknownActor {
        /// The id given.
        actor: String,
    },
    /// No mission with this id in the dataset.
    #[error("unknown mission `{mission}`: no mission with this id in the dataset")]
    UnknownMission {
        /// The id given.
        mission: String,
    },
    /// The actor exists in the dataset but is not a node of the graph on that date
    /// (it did not exist yet, or any more).
    #[error("actor `{actor}` is not in the graph of {date}: it does not exist on that date")]
    ActorNotInGraph {
        /// The actor.
        actor: String,
        /// The date of the graph.
        date: Date,
    },
    /// The mission is not active on the date asked.
    #[error("mission `{mission}` is not active on {date}")]
    MissionNotActive {
        /// The mission.
        mission: String,
        /// The date asked.
        date: Date,
    },
    /// The mission has no personnel reported on or before the date: shares, concentration
    /// and diversity are undefined.
    #[error("mission `{mission}` has no personnel reported as of {date}")]
    NoPersonnel {
        /// The mission.
        mission: String,
        /// The date asked.
        date: Date,
    },
    /// The analysis needs a closed period (it counts months or years) and got an ongoing
    /// one.
    #[error("period {period} is ongoing: this analysis needs an end date")]
    OngoingPeriod {
        /// The period given.
        period: Period,
    },
    /// A series of snapshots from a later date to an earlier one.
    #[error("series from {start} to {end}: the end is before the start")]
    SeriesEndsBeforeStart {
        /// The first date asked.
        start: Date,
        /// The last date asked.
        end: Date,
    },
    /// The same actor twice in an interoperability pair.
    #[error("interoperability of `{actor}` with itself: give two different actors")]
    SameActor {
        /// The actor given twice.
        actor: String,
    },
    /// A metric computed over a series returned NaN or an infinity.
    #[error("metric value {value} for actor `{actor}` on {date} is not a finite number")]
    NonFiniteMetric {
        /// The actor.
        actor: String,
        /// The date of the snapshot.
        date: Date,
        /// The value returned.
        value: f64,
    },
    /// A weight of the interoperability score is negative or not finite.
    #[error("interoperability weight `{name}` = {value}: weights are finite and non-negative")]
    InvalidWeight {
        /// Which weight.
        name: &'static str,
        /// The value given.
        value: f64,
    },
    /// A [`Network`](crate::Network) could not be built: by
    /// [`LabelledNetwork::new`](crate::LabelledNetwork::new) from edges that name a
    /// position out of range or carry a negative or non-finite weight, or, beyond
    /// `u32::MAX` nodes, by [`PartnershipGraph::to_network`](crate::PartnershipGraph::to_network),
    /// a projection or [`withdrawal`](crate::withdrawal).
    #[error("building the network: {0}")]
    Network(NetworkError),
    /// An algorithm of [`algo`](crate::algo) refused its input (a parameter out of
    /// range, an iteration that did not converge, a directed network where an undirected
    /// one is needed): for analyses that run one, and for `?` in closures such as
    /// [`SnapshotSeries::metric_table`](crate::SnapshotSeries::metric_table)'s.
    #[error("running an algorithm: {0}")]
    Algorithm(AlgorithmError),
    /// A GraphML or JSON document could not be read back.
    #[error("reading {format}{} at line {line}: {message}", in_file(path.as_deref()))]
    Read {
        /// `"GraphML"` or `"JSON node-link"`.
        format: &'static str,
        /// The file, when the document was read from one.
        path: Option<PathBuf>,
        /// The line (from 1) where the problem was found.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A file or stream could not be read or written (an export or a reader of
    /// [`export`](crate::export)): the [`IoError`] says which and keeps the
    /// `std::io::Error`, which is this error's [`source`](std::error::Error::source).
    ///
    /// ```
    /// use peacekeeping_core::IoAccess;
    /// use peacekeeping_graph::{ExportGraph, GraphError};
    ///
    /// let err = ExportGraph::read_graphml_file("no/such/file.graphml").unwrap_err();
    /// let GraphError::Io(io) = &err else { return Err("not an I/O error".into()) };
    /// assert_eq!((io.access(), io.kind()), (IoAccess::Read, std::io::ErrorKind::NotFound));
    /// assert!(err.to_string().starts_with("no/such/file.graphml: cannot read: "));
    /// let source = std::error::Error::source(&err).ok_or("no source")?;
    /// assert!(source.downcast_ref::<std::io::Error>().is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[error(transparent)]
    Io(IoError),
}

impl GraphError {
    /// The [`GraphError::Read`] of a `format` document at `line`, read without a file
    /// ([`in_file`](Self::in_file) adds it).
    pub(crate) fn read(format: &'static str, line: usize, message: impl Into<String>) -> Self {
        GraphError::Read {
            format,
            path: None,
            line,
            message: message.into(),
        }
    }

    /// The error with `path` as the file it concerns, if it is a document read without
    /// one.
    pub(crate) fn in_file(mut self, file: &Path) -> Self {
        if let GraphError::Read { path, .. } = &mut self {
            *path = Some(file.to_path_buf());
        }
        self
    }
}

/// ` `path``, or nothing.
fn in_file(path: Option<&Path>) -> String {
    path.map_or_else(String::new, |p| format!(" `{}`", p.display()))
}

impl GraphError {
    /// The [`GraphError::Io`] of `access` to `path` (`None` for a reader or writer)
    /// failing.
    pub(crate) fn io(access: IoAccess, path: Option<&Path>, error: io::Error) -> Self {
        GraphError::Io(IoError::new(access, path, error))
    }
}

impl From<AlgorithmError> for GraphError {
    fn from(e: AlgorithmError) -> Self {
        GraphError::Algorithm(e)
    }
}

impl From<NetworkError> for GraphError {
    fn from(e: NetworkError) -> Self {
        GraphError::Network(e)
    }
}
