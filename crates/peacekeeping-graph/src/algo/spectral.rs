//! Spectral centralities: eigenvector, PageRank and Katz by power iteration, and the
//! spectral radius that bounds Katz's `alpha`.

use rayon::prelude::*;

use super::{AlgorithmError, Scale, Weights, check_parameter, incoming};
use crate::Network;

/// Options of [`eigenvector`] and [`spectral_radius`]; the defaults are networkx's.
///
/// ```
/// use peacekeeping_graph::algo::EigenvectorOptions;
///
/// let precise = EigenvectorOptions::default().tolerance(1e-12).max_iterations(10_000);
/// assert_eq!((precise.tolerance, precise.max_iterations), (1e-12, 10_000));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct EigenvectorOptions {
    /// Stop when the sum of absolute changes is below `node_count * tolerance`.
    pub tolerance: f64,
    /// Give up after this many iterations.
    pub max_iterations: usize,
}

impl Default for EigenvectorOptions {
    fn default() -> Self {
        EigenvectorOptions {
            tolerance: 1e-6,
            max_iterations: 100,
        }
    }
}

setters!(EigenvectorOptions {
    tolerance: f64,
    max_iterations: usize,
});

/// Eigenvector centrality, as networkx's `eigenvector_centrality`: power iteration of
/// `A + I` from the uniform vector, normalized to unit Euclidean length after each step.
/// In a directed network a node is central if central nodes point to it (in-edges).
///
/// `weights`: [`Weights::Ignore`] or [`Weights::AsStrength`]. An empty network gives an
/// empty vector; a network without edges gives `1/sqrt(n)` everywhere.
///
/// # Errors
/// [`AlgorithmError::DistanceAsStrength`] for [`Weights::AsDistance`];
/// [`AlgorithmError::InvalidParameter`] for a tolerance that is not positive;
/// [`AlgorithmError::NotConverged`] after `max_iterations`, or earlier if the iteration
/// diverges (its `iterations` say when).
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, Weights};
///
/// let net = Network::undirected(3, [(0, 1, 1.0), (1, 2, 1.0)])?;
/// let x = algo::eigenvector(&net, Weights::Ignore, &Default::default())?;
/// assert!((x[1] - 0.5f64.sqrt()).abs() < 1e-6 && (x[0] - 0.5).abs() < 1e-6);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn eigenvector(
    net: &Network,
    weights: Weights,
    options: &EigenvectorOptions,
) -> Result<Vec<f64>, AlgorithmError> {
    const NAME: &str = "eigenvector centrality";
    let tol = options.tolerance;
    let (weighted, incoming) = power_setup(net, weights, NAME, tol)?;
    let n = net.node_count();
    if n == 0 {
        return Ok(Vec::new());
    }
    let start = vec![1.0 / n as f64; n];
    iterate(NAME, start, options.max_iterations, tol, |x, next| {
        next.par_iter_mut().enumerate().for_each(|(v, out)| {
            *out = x[v] + in_sum(&incoming, weighted, x, v);
        });
        let norm = next.iter().map(|a| a * a).sum::<f64>().sqrt();
        let norm = if norm == 0.0 { 1.0 } else { norm };
        for a in next.iter_mut() {
            *a /= norm;
        }
    })
}

/// The largest eigenvalue `λ_max` of the adjacency matrix `A` (every weight 1, or the
/// weights as strengths): `|Aᵀ x|` for the unit vector `x` of [`eigenvector`] (with
/// `options`). It is what [`katz`]'s `alpha` must stay below the inverse of: the
/// iteration converges only if `|alpha| < 1 / λ_max`. In a directed network it is the
/// eigenvalue of the in-edges' eigenvector; an empty network gives 0.
///
/// # Errors
/// [`AlgorithmError::DistanceAsStrength`] for [`Weights::AsDistance`];
/// [`AlgorithmError::InvalidParameter`] for a tolerance that is not positive;
/// [`AlgorithmError::NotConverged`] (of the eigenvector centrality) after
/// `max_iterations`.
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, Weights};
///
/// // A triangle: λ_max = 2, so Katz needs alpha < 0.5.
/// let net = Network::undirected(3, [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0)])?;
/// let lambda = algo::spectral_radius(&net, Weights::Ignore, &Default::default())?;
/// assert!((lambda - 2.0).abs() < 1e-6);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn spectral_radius(
    net: &Network,
    weights: Weights,
    options: &EigenvectorOptions,
) -> Result<f64, AlgorithmError> {
    let (weighted, incoming) = power_setup(net, weights, "spectral radius", options.tolerance)?;
    let x = eigenvector(net, weights, options)?;
    let norm = (0..x.len())
        .map(|v| in_sum(&incoming, weighted, &x, v).powi(2))
        .sum::<f64>()
        .sqrt();
    Ok(norm)
}

/// The start of [`eigenvector`] and [`katz`]: whether weights are read (refusing
/// distances), the tolerance checked, and the network's in-edges as rows.
fn power_setup<'a>(
    net: &'a Network,
    weights: Weights,
    algorithm: &'static str,
    tolerance: f64,
) -> Result<(bool, std::borrow::Cow<'a, Network>), AlgorithmError> {
    let weighted = weights.strength_reading(algorithm)?;
    let positive = tolerance > 0.0;
    check_parameter(
        algorithm,
        "tolerance",
        tolerance,
        positive,
        "a positive number",
    )?;
    Ok((weighted, incoming(net)))
}

/// `Σ x[u] * weight` over the row of `v` in `incoming` (every weight 1 unless
/// `weighted`).
fn in_sum(incoming: &Network, weighted: bool, x: &[f64], v: usize) -> f64 {
    let (sources, weights) = incoming.row_slices(v);
    let mut sum = 0.0;
    for (&u, &w) in sources.iter().zip(weights) {
        sum += x[u as usize] * if weighted { w } else { 1.0 };
    }
    sum
}

/// The power iteration of [`eigenvector`], [`pagerank`] and [`katz`]: from `start`,
/// `step(x, next)` writes the next vector, until the sum of absolute changes is below
/// `node_count * tolerance` (networkx's stopping rule).
///
/// # Errors
/// [`AlgorithmError::NotConverged`] after `max_iterations`, or as soon as the change is
/// not finite (a diverging iteration), with the iterations made.
fn iterate(
    algorithm: &'static str,
    start: Vec<f64>,
    max_iterations: usize,
    tolerance: f64,
    mut step: impl FnMut(&[f64], &mut [f64]),
) -> Result<Vec<f64>, AlgorithmError> {
    let n = start.len() as f64;
    let mut x = start;
    let mut next = vec![0.0; x.len()];
    let mut iterations = 0;
    while iterations < max_iterations {
        iterations += 1;
        step(&x, &mut next);
        let err: f64 = next.iter().zip(&x).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut x, &mut next);
        if !err.is_finite() {
            break;
        }
        if err < n * tolerance {
            return Ok(x);
        }
    }
    Err(AlgorithmError::NotConverged {
        algorithm,
        iterations,
        tolerance,
    })
}

/// Options of [`pagerank`]; the defaults are networkx's.
///
/// ```
/// use peacekeeping_graph::algo::PageRankOptions;
///
/// let options = PageRankOptions::default().damping(0.9).tolerance(1e-10);
/// assert_eq!((options.damping, options.tolerance, options.max_iterations), (0.9, 1e-10, 100));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct PageRankOptions {
    /// The damping factor, the probability of following an edge (0.85).
    pub damping: f64,
    /// Stop when the sum of absolute changes is below `node_count * tolerance` (1e-6;
    /// use 1e-10 or less for precise values on large networks).
    pub tolerance: f64,
    /// Give up after this many iterations (100).
    pub max_iterations: usize,
}

impl Default for PageRankOptions {
    fn default() -> Self {
        PageRankOptions {
            damping: 0.85,
            tolerance: 1e-6,
            max_iterations: 100,
        }
    }
}

setters!(PageRankOptions {
    damping: f64,
    tolerance: f64,
    max_iterations: usize,
});

/// PageRank of each node, as networkx's `pagerank(G, alpha, tol=..., weight=...)`:
/// power iteration from the uniform vector; a random walker follows an out-edge with
/// probability proportional to its weight, or jumps to a uniformly chosen node with
/// probability `1 - damping`; a node without outgoing weight (dangling) sends the
/// walker to a uniformly chosen node. An undirected edge can be followed both ways.
/// The values sum to 1.
///
/// `weights`: [`Weights::Ignore`] or [`Weights::AsStrength`]. An empty network gives an
/// empty vector. Each iteration runs on both cores; the result does not depend on the
/// number of threads.
///
/// # Errors
/// [`AlgorithmError::DistanceAsStrength`] for [`Weights::AsDistance`];
/// [`AlgorithmError::InvalidParameter`] for a damping outside `[0, 1]` or a tolerance
/// that is not positive; [`AlgorithmError::NotConverged`] after `max_iterations`, or
/// earlier if the iteration diverges (its `iterations` say when).
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, PageRankOptions, Weights};
///
/// let net = Network::directed(3, [(0, 1, 1.0), (1, 2, 1.0), (2, 0, 1.0)])?;
/// let options = PageRankOptions::default().tolerance(1e-12);
/// let pr = algo::pagerank(&net, Weights::Ignore, &options)?;
/// assert!(pr.iter().all(|p| (p - 1.0 / 3.0).abs() < 1e-12));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn pagerank(
    net: &Network,
    weights: Weights,
    options: &PageRankOptions,
) -> Result<Vec<f64>, AlgorithmError> {
    const NAME: &str = "PageRank";
    let weighted = weights.strength_reading(NAME)?;
    let (alpha, tol) = (options.damping, options.tolerance);
    check_parameter(
        NAME,
        "damping",
        alpha,
        (0.0..=1.0).contains(&alpha),
        "in [0, 1]",
    )?;
    check_parameter(NAME, "tolerance", tol, tol > 0.0, "a positive number")?;
    let n = net.node_count();
    if n == 0 {
        return Ok(Vec::new());
    }
    let (off, _, wt) = net.csr();
    let inv_out: Vec<f64> = (0..n)
        .map(|v| {
            let s = if weighted {
                wt[off[v]..off[v + 1]].iter().sum()
            } else {
                (off[v + 1] - off[v]) as f64
            };
            if s > 0.0 { 1.0 / s } else { 0.0 }
        })
        .collect();
    let dangling: Vec<usize> = (0..n).filter(|&v| inv_out[v] == 0.0).collect();
    let incoming = incoming(net);
    let (ioff, itg, iwt) = incoming.csr();
    let uniform = 1.0 / n as f64;
    let mut share = vec![0.0; n];
    iterate(
        NAME,
        vec![uniform; n],
        options.max_iterations,
        tol,
        |x, next| {
            share
                .par_iter_mut()
                .zip(x)
                .zip(&inv_out)
                .for_each(|((s, &xv), &inv)| *s = xv * inv);
            let dangling_sum: f64 = dangling.iter().map(|&v| x[v]).sum();
            let jump = dangling_sum * uniform;
            next.par_iter_mut().enumerate().for_each(|(v, out)| {
                let mut sum = 0.0;
                if weighted {
                    for i in ioff[v]..ioff[v + 1] {
                        sum += share[itg[i] as usize] * iwt[i];
                    }
                } else {
                    for &u in &itg[ioff[v]..ioff[v + 1]] {
                        sum += share[u as usize];
                    }
                }
                *out = alpha * (sum + jump) + (1.0 - alpha) * uniform;
            });
        },
    )
}

/// Options of [`katz`]; the defaults are networkx's.
///
/// ```
/// use peacekeeping_graph::algo::{KatzOptions, Scale};
///
/// let options = KatzOptions::default().alpha(0.05).scale(Scale::Raw);
/// assert_eq!((options.alpha, options.beta, options.scale), (0.05, 1.0, Scale::Raw));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct KatzOptions {
    /// Attenuation factor (0.1); must be below `1 / λ_max` of the adjacency matrix for
    /// the iteration to converge.
    pub alpha: f64,
    /// Weight given to every node (1.0).
    pub beta: f64,
    /// Stop when the sum of absolute changes is below `node_count * tolerance` (1e-6).
    pub tolerance: f64,
    /// Give up after this many iterations (1000).
    pub max_iterations: usize,
    /// [`Scale::Normalized`] (the default) scales the result to unit Euclidean
    /// length; [`Scale::Raw`] leaves the fixed point as it is.
    pub scale: Scale,
}

impl Default for KatzOptions {
    fn default() -> Self {
        KatzOptions {
            alpha: 0.1,
            beta: 1.0,
            tolerance: 1e-6,
            max_iterations: 1000,
            scale: Scale::Normalized,
        }
    }
}

setters!(KatzOptions {
    alpha: f64,
    beta: f64,
    tolerance: f64,
    max_iterations: usize,
    scale: Scale,
});

/// Katz centrality, as networkx's `katz_centrality`: the fixed point of
/// `x = alpha * A^T x + beta`, found by iteration from zero. In a directed network a node
/// is central if central nodes point to it.
///
/// `weights`: [`Weights::Ignore`] or [`Weights::AsStrength`]. An empty network gives an
/// empty vector.
///
/// # Errors
/// [`AlgorithmError::DistanceAsStrength`] for [`Weights::AsDistance`];
/// [`AlgorithmError::InvalidParameter`] for a non-finite `alpha` or `beta` or a
/// tolerance that is not positive; [`AlgorithmError::NotConverged`] after
/// `max_iterations` (usually: `alpha` is not below `1 / λ_max`, [`spectral_radius`]), or
/// earlier once the values overflow (its `iterations` say when).
///
/// ```
/// use peacekeeping_graph::Network;
/// use peacekeeping_graph::algo::{self, KatzOptions, Scale, Weights};
///
/// let net = Network::directed(2, [(0, 1, 1.0)])?;
/// let options = KatzOptions::default().scale(Scale::Raw);
/// let x = algo::katz(&net, Weights::Ignore, &options)?;
/// assert_eq!(x, [1.0, 1.1]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn katz(
    net: &Network,
    weights: Weights,
    options: &KatzOptions,
) -> Result<Vec<f64>, AlgorithmError> {
    const NAME: &str = "Katz centrality";
    let tol = options.tolerance;
    check_parameter(NAME, "alpha", options.alpha, true, "a finite number")?;
    check_parameter(NAME, "beta", options.beta, true, "a finite number")?;
    let (weighted, incoming) = power_setup(net, weights, NAME, tol)?;
    let n = net.node_count();
    if n == 0 {
        return Ok(Vec::new());
    }
    let mut x = iterate(
        NAME,
        vec![0.0; n],
        options.max_iterations,
        tol,
        |x, next| {
            next.par_iter_mut().enumerate().for_each(|(v, out)| {
                *out = options.alpha * in_sum(&incoming, weighted, x, v) + options.beta;
            });
        },
    )?;
    if options.scale == Scale::Normalized {
        let norm = x.iter().map(|a| a * a).sum::<f64>().sqrt();
        if norm > 0.0 {
            for a in &mut x {
                *a /= norm;
            }
        }
    }
    Ok(x)
}
