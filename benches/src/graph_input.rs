//! The graphs of the network benchmarks (`benches/graph.rs`, `examples/graph_once.rs`)
//! and of their Python peers (`peers/graph_peers.py`), generated identically on both
//! sides from a seed: the same edges, in the same order, checked by [`checksum`].
//!
//! The generator is SplitMix64; a G(n, m) graph draws node pairs `(a, b)` as
//! `(next() % n, next() % n)`, skips self-loops and pairs already drawn (either way
//! round if undirected), until it holds `m` edges.

use std::collections::HashSet;

use peacekeeping_graph::{Network, NetworkError};

/// The G(n = 5,000, m = 50,000) undirected graph of the betweenness and community
/// benchmarks: (nodes, edges, seed).
pub const SMALL: (usize, usize, u64) = (5_000, 50_000, 1);

/// The 100,000-node / 1,000,000-edge directed graph of the PageRank and memory
/// benchmarks: (nodes, edges, seed).
pub const LARGE: (usize, usize, u64) = (100_000, 1_000_000, 2);

/// SplitMix64 (Steele, Lea and Flood 2014), the generator both sides implement.
#[derive(Debug, Clone)]
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// The edges of a seeded G(n, m) graph, without self-loops or repeated pairs.
///
/// # Panics
/// If `m` exceeds the number of possible edges.
#[must_use]
pub fn gnm_edges(n: usize, m: usize, seed: u64, directed: bool) -> Vec<(usize, usize)> {
    let possible = n * n.saturating_sub(1) / if directed { 1 } else { 2 };
    assert!(m <= possible, "G({n}, {m}): too many edges");
    let mut rng = SplitMix64(seed);
    let mut seen = HashSet::with_capacity(m);
    let mut edges = Vec::with_capacity(m);
    while edges.len() < m {
        let a = (rng.next_u64() % n as u64) as usize;
        let b = (rng.next_u64() % n as u64) as usize;
        if a == b {
            continue;
        }
        let key = if directed || a < b { (a, b) } else { (b, a) };
        if seen.insert(key) {
            edges.push(key);
        }
    }
    edges
}

/// The seeded G(n, m) graph as a [`Network`], every weight 1.
///
/// # Errors
/// As [`Network::undirected`] (none for `n` below `u32::MAX`).
pub fn gnm_network(n: usize, m: usize, seed: u64, directed: bool) -> Result<Network, NetworkError> {
    let edges = gnm_edges(n, m, seed, directed)
        .into_iter()
        .map(|(a, b)| (a, b, 1.0));
    if directed {
        Network::directed(n, edges)
    } else {
        Network::undirected(n, edges)
    }
}

/// A checksum of an edge list, the same in Python: `Σ (i + 1) * (a * 1_000_003 + b)`
/// modulo 2^64 over the edges `(a, b)` in order.
#[must_use]
pub fn checksum(edges: &[(usize, usize)]) -> u64 {
    edges.iter().enumerate().fold(0u64, |acc, (i, &(a, b))| {
        let key = (a as u64).wrapping_mul(1_000_003).wrapping_add(b as u64);
        acc.wrapping_add((i as u64 + 1).wrapping_mul(key))
    })
}
