//! The Kemeny-Young ranking: exact against every permutation on small matrices, the
//! Condorcet winner first and loser last whenever there is one, and the heuristic beyond
//! the exact limit between Copeland's order and the bound.

use peacekeeping_eval::{
    DecisionMatrix, Direction, KEMENY_EXACT_LIMIT, copeland, kemeny, kemeny_agreement,
};
use proptest::prelude::*;

/// A matrix of 2..=7 alternatives x 1..=5 criteria of small integers (ties common) with
/// mixed directions, and positive weights.
fn problem() -> impl Strategy<Value = (DecisionMatrix, Vec<f64>)> {
    (2usize..=7, 1usize..=5).prop_flat_map(|(m, n)| {
        (
            proptest::collection::vec(0u8..5, m * n),
            proptest::collection::vec(any::<bool>(), n),
            proptest::collection::vec(1u8..10, n),
        )
            .prop_map(move |(cells, cost, w)| {
                let values = cells.into_iter().map(f64::from).collect();
                let directions = cost
                    .into_iter()
                    .map(|c| {
                        if c {
                            Direction::LowerIsBetter
                        } else {
                            Direction::HigherIsBetter
                        }
                    })
                    .collect();
                (
                    DecisionMatrix::new(m, n, values, directions).unwrap(),
                    w.into_iter().map(f64::from).collect(),
                )
            })
    })
}

/// Every permutation of `0..m`, by Heap's algorithm.
fn permutations(m: usize) -> Vec<Vec<usize>> {
    fn heap(k: usize, a: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
        if k <= 1 {
            out.push(a.clone());
            return;
        }
        for i in 0..k {
            heap(k - 1, a, out);
            a.swap(if k % 2 == 0 { i } else { 0 }, k - 1);
        }
    }
    let mut out = Vec::new();
    heap(m, &mut (0..m).collect(), &mut out);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_exact_order_is_the_best_of_every_permutation((m, w) in problem()) {
        let k = kemeny(&m, &w).unwrap();
        prop_assert!(k.exact);
        let best = permutations(m.alternatives())
            .iter()
            .map(|order| kemeny_agreement(&m, &w, order).unwrap())
            .fold(f64::NEG_INFINITY, f64::max);
        prop_assert!((k.agreement - best).abs() < 1e-9, "{} vs {best}", k.agreement);
        prop_assert!(k.agreement <= k.bound + 1e-9);
        let again = kemeny_agreement(&m, &w, &k.order).unwrap();
        prop_assert!((again - k.agreement).abs() < 1e-9);
        for (a, &r) in k.ranks.iter().enumerate() {
            prop_assert_eq!(k.order[r - 1], a);
        }
        // A Condorcet winner (beating every other in Copeland's duels) comes first.
        let c = copeland(&m, &w).unwrap();
        let others = (m.alternatives() - 1) as f64;
        if let Some(winner) = c.scores.iter().position(|&s| s == others) {
            prop_assert_eq!(k.order[0], winner);
        }
        if let Some(loser) = c.scores.iter().position(|&s| s == -others) {
            prop_assert_eq!(*k.order.last().unwrap(), loser);
        }
    }
}

#[test]
fn beyond_the_exact_limit_the_order_is_a_local_optimum_within_the_bound() {
    let m = KEMENY_EXACT_LIMIT + 8;
    let n = 5;
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let values: Vec<f64> = (0..m * n)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % 9) as f64
        })
        .collect();
    let directions = vec![Direction::HigherIsBetter; n];
    let mat = DecisionMatrix::new(m, n, values, directions).unwrap();
    let w = [0.3, 0.25, 0.2, 0.15, 0.1];
    let k = kemeny(&mat, &w).unwrap();
    assert!(!k.exact);
    assert!(k.agreement <= k.bound + 1e-9);
    // At least as good as Copeland's order, where the search starts.
    let c = copeland(&mat, &w).unwrap();
    let mut start: Vec<usize> = (0..m).collect();
    start.sort_by(|&a, &b| c.scores[b].total_cmp(&c.scores[a]));
    let copeland_agreement = kemeny_agreement(&mat, &w, &start).unwrap();
    assert!(k.agreement >= copeland_agreement - 1e-9);
    // No single move improves it.
    for from in 0..m {
        for to in 0..m {
            let mut moved = k.order.clone();
            let x = moved.remove(from);
            moved.insert(to, x);
            let a = kemeny_agreement(&mat, &w, &moved).unwrap();
            assert!(a <= k.agreement + 1e-9, "moving {from} to {to}: {a}");
        }
    }
}
