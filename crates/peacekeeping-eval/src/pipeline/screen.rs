//! Data checks: screening units by data availability.

/// Drops units with too little data before anything else is computed.
///
/// A unit's availability is the share of the framework's indicators it has a value for
/// (before imputation). Units below `min_availability` are dropped and listed in the
/// [`PipelineReport`](crate::PipelineReport).
///
/// ```
/// use peacekeeping_eval::Screening;
///
/// let screening = Screening::new(0.66)?;
/// assert_eq!(screening.min_availability(), 0.66);
/// assert!(Screening::new(1.5).is_err());
/// # Ok::<(), peacekeeping_eval::MethodError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Screening {
    min_availability: f64,
}

impl Screening {
    /// Keeps units with at least this share of indicators (between 0 and 1).
    ///
    /// ```
    /// assert!(peacekeeping_eval::Screening::new(0.5).is_ok());
    /// ```
    ///
    /// # Errors
    /// [`MethodError::Parameter`](crate::MethodError::Parameter) if the share is not in
    /// `[0, 1]`.
    pub fn new(min_availability: f64) -> Result<Self, crate::MethodError> {
        if (0.0..=1.0).contains(&min_availability) {
            Ok(Screening { min_availability })
        } else {
            Err(crate::MethodError::Parameter {
                step: "screening",
                message: format!("min_availability must be in [0, 1], got {min_availability}"),
            })
        }
    }

    /// The threshold.
    ///
    /// ```
    /// assert_eq!(peacekeeping_eval::Screening::new(0.5)?.min_availability(), 0.5);
    /// # Ok::<(), peacekeeping_eval::MethodError>(())
    /// ```
    #[must_use]
    pub fn min_availability(&self) -> f64 {
        self.min_availability
    }
}

/// Availability of each unit over the indicator columns.
pub(crate) fn availability(columns: &[Vec<Option<f64>>], n_units: usize) -> Vec<f64> {
    (0..n_units)
        .map(|u| {
            if columns.is_empty() {
                return 0.0;
            }
            let present = columns.iter().filter(|c| c[u].is_some()).count();
            present as f64 / columns.len() as f64
        })
        .collect()
}
