//! The partnership scorecard job: the built-in framework's indicator table of a dataset's
//! partnerships, and the uncertainty analysis of their ranks. The `tour` prints it, the
//! facade's end-to-end tests check it and the bench `benches/benches/end_to_end.rs` times
//! it: each includes this file with `#[path]`, so that all three run the same job.

use peacekeeping::eval::{
    Aggregation, DatasetReport, Evidence, Factor, Framework, FusionOptions, IndicatorTable, Noise,
    PanelFill, Pipeline, Scope, Uncertainty, builtin,
};
use peacekeeping::{Dataset, Date};

/// The built-in framework and the indicator table of the partnerships of `data` begun by
/// `as_of`, from the records up to then (the last observation of each indicator carried
/// forward), with what could not be computed.
///
/// # Errors
///
/// The built-in framework does not load, or the evidence does not fit it.
pub(crate) fn indicators(
    data: &Dataset,
    as_of: Date,
) -> Result<(Framework, IndicatorTable, DatasetReport), Box<dyn std::error::Error>> {
    let framework = builtin::partnership_effectiveness()?;
    let (evidence, report) = Evidence::from_dataset(data, as_of);
    let options = FusionOptions::default()
        .as_of(as_of)
        .fill(PanelFill::LastObservation);
    let table = evidence.to_table(&framework, &options)?.table;
    Ok((framework, table, report))
}

/// The uncertainty of the ranks under the default pipeline: each weight moved by up to
/// 25%, the index an arithmetic or a geometric mean of the dimensions.
pub(crate) fn analysis<'a>(framework: &'a Framework, table: &'a IndicatorTable) -> Uncertainty<'a> {
    Uncertainty::new(framework, table, Pipeline::new())
        .factor(Factor::weight_noise(
            "weights",
            Scope::All,
            Noise::Uniform { spread: 0.25 },
        ))
        .factor(Factor::aggregation(
            "index mean",
            Scope::Level(0),
            [Aggregation::Arithmetic, Aggregation::Geometric],
        ))
}
