//! Random draws: one seeded stream per replication ([`Draw`]), and the distributions of a
//! model's inputs under Sobol analysis ([`ParameterDistribution`]).
//!
//! Replication (or Sobol sample row) `r` under seed `s` draws from stream `r` of a ChaCha8
//! generator seeded with `s`: the numbers depend on the seed and the index only, never on
//! the thread that runs the replication.

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};

use crate::error::UncertaintyError;

/// The random numbers of one replication or sample row.
///
/// ```
/// use peacekeeping_eval::Draw;
/// let mut a = Draw::new(42, 7);
/// let mut b = Draw::new(42, 7);
/// assert_eq!(a.uniform(), b.uniform());
/// assert!((0.0..1.0).contains(&a.uniform()));
/// assert_eq!(a.index(), 7);
/// ```
#[derive(Debug, Clone)]
pub struct Draw {
    rng: ChaCha8Rng,
    index: usize,
}

impl Draw {
    /// The stream of replication `index` under `seed`.
    ///
    /// ```
    /// use peacekeeping_eval::Draw;
    /// assert_ne!(Draw::new(1, 0).uniform(), Draw::new(1, 1).uniform());
    /// ```
    pub fn new(seed: u64, index: usize) -> Draw {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        rng.set_stream(index as u64);
        Draw { rng, index }
    }

    /// The replication index (0-based).
    ///
    /// ```
    /// assert_eq!(peacekeeping_eval::Draw::new(0, 3).index(), 3);
    /// ```
    pub fn index(&self) -> usize {
        self.index
    }

    /// A uniform number in \[0, 1) with 53 random bits.
    ///
    /// ```
    /// let x = peacekeeping_eval::Draw::new(0, 0).uniform();
    /// assert!((0.0..1.0).contains(&x));
    /// ```
    pub fn uniform(&mut self) -> f64 {
        (self.rng.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// A uniform number in \[low, high).
    ///
    /// ```
    /// let x = peacekeeping_eval::Draw::new(0, 0).uniform_in(-1.0, 1.0);
    /// assert!((-1.0..1.0).contains(&x));
    /// ```
    pub fn uniform_in(&mut self, low: f64, high: f64) -> f64 {
        low + (high - low) * self.uniform()
    }

    /// A normal number (Box-Muller).
    ///
    /// ```
    /// let x = peacekeeping_eval::Draw::new(0, 0).normal(0.0, 1.0);
    /// assert!(x.is_finite());
    /// ```
    pub fn normal(&mut self, mean: f64, sd: f64) -> f64 {
        // 1 - u is in (0, 1]: the logarithm is finite.
        let u1 = 1.0 - self.uniform();
        let u2 = self.uniform();
        mean + sd * (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
    }

    /// A whole number in `0..count` (a choice among `count` options).
    ///
    /// # Panics
    ///
    /// If `count` is 0.
    ///
    /// ```
    /// let k = peacekeeping_eval::Draw::new(0, 0).choice(3);
    /// assert!(k < 3);
    /// ```
    pub fn choice(&mut self, count: usize) -> usize {
        assert!(count > 0, "choice among zero options");
        ((self.uniform() * count as f64) as usize).min(count - 1)
    }
}

/// The distribution of one input of a model under Sobol analysis.
///
/// ```
/// use peacekeeping_eval::ParameterDistribution;
/// let p = ParameterDistribution::Uniform { low: -1.0, high: 1.0 };
/// assert_eq!(p, ParameterDistribution::Uniform { low: -1.0, high: 1.0 });
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum ParameterDistribution {
    /// Uniform on \[low, high).
    Uniform {
        /// Lower bound.
        low: f64,
        /// Upper bound (above `low`).
        high: f64,
    },
    /// Normal.
    Normal {
        /// Mean.
        mean: f64,
        /// Standard deviation (above 0).
        sd: f64,
    },
    /// One of `count` equally likely options, passed to the model as 0.0, 1.0, …
    /// (a method choice: which normalization, which aggregation).
    Choice {
        /// Number of options (at least 1).
        count: usize,
    },
}

impl ParameterDistribution {
    pub(crate) fn check(self, input: usize) -> Result<(), UncertaintyError> {
        let reason = match self {
            ParameterDistribution::Uniform { low, high } => {
                (!(low.is_finite() && high.is_finite() && high > low))
                    .then_some("a uniform needs finite bounds with low < high")
            }
            ParameterDistribution::Normal { mean, sd } => {
                (!(mean.is_finite() && sd.is_finite() && sd > 0.0))
                    .then_some("a normal needs a finite mean and a finite sd above 0")
            }
            ParameterDistribution::Choice { count } => {
                (count == 0).then_some("a choice needs at least one option")
            }
        };
        match reason {
            Some(reason) => Err(UncertaintyError::InvalidDistribution { input, reason }),
            None => Ok(()),
        }
    }

    pub(crate) fn sample(self, draw: &mut Draw) -> f64 {
        match self {
            ParameterDistribution::Uniform { low, high } => draw.uniform_in(low, high),
            ParameterDistribution::Normal { mean, sd } => draw.normal(mean, sd),
            ParameterDistribution::Choice { count } => draw.choice(count) as f64,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_have_the_asked_moments() {
        let mut d = Draw::new(5, 0);
        let n = 200_000;
        let xs: Vec<f64> = (0..n).map(|_| d.normal(2.0, 3.0)).collect();
        let mean = xs.iter().sum::<f64>() / n as f64;
        let sd = (xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n as f64).sqrt();
        // Standard errors: 3 / sqrt(n) = 0.0067 for the mean, about 0.005 for the sd.
        assert!((mean - 2.0).abs() < 0.03, "{mean}");
        assert!((sd - 3.0).abs() < 0.03, "{sd}");
        let mut counts = [0usize; 4];
        for _ in 0..n {
            counts[d.choice(4)] += 1;
        }
        assert!(
            counts
                .iter()
                .all(|&c| (c as f64 / n as f64 - 0.25).abs() < 0.005)
        );
    }
}
