//! Variance-based sensitivity: Sobol first-order and total indices of any model
//! ([`sobol_indices`]), from a Saltelli design; the pipeline's factors use the same
//! design and estimators ([`Uncertainty::sobol`](crate::Uncertainty::sobol)).

use rayon::prelude::*;

use super::draw::{Draw, ParameterDistribution};
use super::monte_carlo::at_least;
use crate::error::UncertaintyError;

/// Sobol first-order and total indices with their Monte Carlo standard errors.
///
/// See [`sobol_indices`] for an example.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SobolIndices {
    /// First-order index Sᵢ of each input (Saltelli et al. 2010 estimator).
    pub first_order: Vec<f64>,
    /// Total index Sₜᵢ of each input (Jansen 1999 estimator).
    pub total: Vec<f64>,
    /// Standard error of each first-order estimate (sample standard deviation of its
    /// summands / (V √N)).
    pub first_order_std_error: Vec<f64>,
    /// Standard error of each total estimate.
    pub total_std_error: Vec<f64>,
    /// Variance V of the output over the 2N base samples.
    pub variance: f64,
    /// Model evaluations made: N (k + 2).
    pub evaluations: usize,
}

/// Variance-based Sobol indices of a scalar model of k inputs (Saltelli sampling).
///
/// Two independent N x k sample matrices A and B are drawn (row r from stream r of the
/// seed), and for each input i the matrix A_B⁽ⁱ⁾ (A with column i from B); the model runs
/// N (k + 2) times, in parallel. With V the variance of f over A and B:
/// `Sᵢ = (1/N) Σ f(B) (f(A_B⁽ⁱ⁾) - f(A)) / V` (Saltelli et al. 2010) and
/// `Sₜᵢ = (1/2N) Σ (f(A) - f(A_B⁽ⁱ⁾))² / V` (Jansen 1999). Estimates carry Monte Carlo
/// error of order 1/√N (reported): small negative first-order values are noise around 0.
///
/// ```
/// use peacekeeping_eval::{sobol_indices, ParameterDistribution::Uniform};
/// // y = 2 x0 + x1: S = (0.8, 0.2).
/// let inputs = [Uniform { low: 0.0, high: 1.0 }; 2];
/// let s = sobol_indices(&inputs, 20_000, 7, |x| 2.0 * x[0] + x[1])?;
/// assert!((s.first_order[0] - 0.8).abs() < 0.03);
/// assert!((s.total[1] - 0.2).abs() < 0.03);
/// # Ok::<(), peacekeeping_eval::UncertaintyError>(())
/// ```
///
/// # Errors
///
/// [`UncertaintyError::TooFew`] for no input or fewer than 2 samples;
/// [`UncertaintyError::InvalidDistribution`] naming a bad input distribution;
/// [`UncertaintyError::NonFiniteOutput`] if the model returns NaN or infinity (run = sample
/// row, output = the evaluation in it: 0 for A, 1 for B, 2 + i for A_B⁽ⁱ⁾);
/// [`UncertaintyError::ZeroVariance`] if the output never varies.
pub fn sobol_indices<F>(
    inputs: &[ParameterDistribution],
    samples: usize,
    seed: u64,
    model: F,
) -> Result<SobolIndices, UncertaintyError>
where
    F: Fn(&[f64]) -> f64 + Sync,
{
    let k = inputs.len();
    at_least("inputs", 1, k)?;
    at_least("samples", 2, samples)?;
    for (i, p) in inputs.iter().enumerate() {
        p.check(i)?;
    }
    let rows = saltelli_rows(
        k,
        samples,
        seed,
        |i, draw| inputs[i].sample(draw),
        |x| {
            let y = model(x);
            if y.is_finite() { Ok(vec![y]) } else { Err(y) }
        },
    );
    let mut ok = Vec::with_capacity(samples);
    for (run, row) in rows.iter().enumerate() {
        match row {
            Ok(row) => ok.push(row.as_slice()),
            Err((output, value)) => {
                return Err(UncertaintyError::NonFiniteOutput {
                    run: Some(run),
                    output: *output,
                    value: *value,
                });
            }
        }
    }
    sobol_estimate(&ok, k, 0, samples * (k + 2))
}

/// The outputs of one row of a Saltelli design: `f(A)`, `f(B)`, then `f(A_B⁽ⁱ⁾)` for each
/// input i, each a vector of the model's outputs.
pub(crate) type SaltelliRow = Vec<Vec<f64>>;

/// Runs the Saltelli design of [`sobol_indices`] on a model with several outputs and
/// inputs of any type: row r draws `A` then `B` (each input in turn, by `sample(i,
/// draw)`) from stream r of the seed. A row whose model fails anywhere is returned as
/// `Err((position, error))` (position 0 for `A`, 1 for `B`, 2 + i for `A_B⁽ⁱ⁾`), in row
/// order, so that the caller decides whether to stop or to drop the row.
pub(crate) fn saltelli_rows<X, S, F, E>(
    k: usize,
    samples: usize,
    seed: u64,
    sample: S,
    model: F,
) -> Vec<Result<SaltelliRow, (usize, E)>>
where
    X: Clone,
    S: Fn(usize, &mut Draw) -> X + Sync,
    F: Fn(&[X]) -> Result<Vec<f64>, E> + Sync,
    E: Send,
{
    (0..samples)
        .into_par_iter()
        .map(|r| {
            let mut draw = Draw::new(seed, r);
            let a: Vec<X> = (0..k).map(|i| sample(i, &mut draw)).collect();
            let b: Vec<X> = (0..k).map(|i| sample(i, &mut draw)).collect();
            let mut out = Vec::with_capacity(k + 2);
            out.push(model(&a).map_err(|e| (0, e))?);
            out.push(model(&b).map_err(|e| (1, e))?);
            let mut ab = a.clone();
            for i in 0..k {
                ab[i] = b[i].clone();
                out.push(model(&ab).map_err(|e| (2 + i, e))?);
                ab[i] = a[i].clone();
            }
            Ok(out)
        })
        .collect()
}

/// The Sobol estimates for output `output` of the rows of a Saltelli design (see
/// [`sobol_indices`] for the formulas); `evaluations` is reported as is.
pub(crate) fn sobol_estimate(
    rows: &[&[Vec<f64>]],
    k: usize,
    output: usize,
    evaluations: usize,
) -> Result<SobolIndices, UncertaintyError> {
    at_least("complete sample rows", 2, rows.len())?;
    let y = |r: &[Vec<f64>], position: usize| r[position][output];
    let n = rows.len() as f64;
    let mean = rows.iter().map(|r| y(r, 0) + y(r, 1)).sum::<f64>() / (2.0 * n);
    let variance = rows
        .iter()
        .map(|r| (y(r, 0) - mean).powi(2) + (y(r, 1) - mean).powi(2))
        .sum::<f64>()
        / (2.0 * n);
    if variance <= 0.0 {
        return Err(UncertaintyError::ZeroVariance);
    }
    let mean_and_se = |term: &dyn Fn(&[Vec<f64>]) -> f64| {
        let m = rows.iter().map(|r| term(r)).sum::<f64>() / n;
        let var = rows.iter().map(|r| (term(r) - m).powi(2)).sum::<f64>() / (n - 1.0);
        (m / variance, var.sqrt() / (variance * n.sqrt()))
    };
    let mut first_order = Vec::with_capacity(k);
    let mut total = Vec::with_capacity(k);
    let mut first_order_std_error = Vec::with_capacity(k);
    let mut total_std_error = Vec::with_capacity(k);
    for i in 0..k {
        let (s, se) = mean_and_se(&|r| y(r, 1) * (y(r, 2 + i) - y(r, 0)));
        let (t, te) = mean_and_se(&|r| 0.5 * (y(r, 0) - y(r, 2 + i)).powi(2));
        first_order.push(s);
        total.push(t);
        first_order_std_error.push(se);
        total_std_error.push(te);
    }
    Ok(SobolIndices {
        first_order,
        total,
        first_order_std_error,
        total_std_error,
        variance,
        evaluations,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sobol_rejects_bad_input_and_constant_models() {
        let u = [ParameterDistribution::Uniform {
            low: 0.0,
            high: 1.0,
        }];
        assert_eq!(
            sobol_indices(&u, 100, 0, |_| 1.0),
            Err(UncertaintyError::ZeroVariance)
        );
        assert!(matches!(
            sobol_indices(&u, 100, 0, |x| if x[0] > 0.5 { f64::NAN } else { 0.0 }),
            Err(UncertaintyError::NonFiniteOutput { .. })
        ));
        let bad = [ParameterDistribution::Uniform {
            low: 1.0,
            high: 0.0,
        }];
        assert!(sobol_indices(&bad, 100, 0, |x| x[0]).is_err());
    }
}
