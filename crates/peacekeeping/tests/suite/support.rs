//! What the end-to-end tests share: the co-deployment network of a day with its brokers
//! and communities, and the scorecard of the partnerships with Monte Carlo rank
//! intervals, each checked for the properties that hold on any dataset.

use peacekeeping::Dataset;
use peacekeeping::eval::builtin::{MIN_WEIGHT_SHARE, PartnershipScorecard};
use peacekeeping::eval::{DatasetReport, Scores, UncertaintyResult};
use peacekeeping::graph::algo::{self, Communities, LouvainOptions, Scale};
use peacekeeping::graph::{ActorNetwork, CoDeploymentWeight, Weights, co_deployment};
use peacekeeping::prelude::*;

/// The co-deployment network of `day` (shared missions), its actors by betweenness
/// (unweighted, normalized; ties by id) and its Louvain communities (weights as
/// strengths, seed 0), with the checks that hold for any network: the communities
/// partition the nodes, their modularity is the one `algo::modularity` gives for the
/// partition, and the same seed gives the same partition.
pub(crate) fn brokers(
    data: &Dataset,
    day: Date,
) -> (ActorNetwork, Vec<(ActorId, f64)>, Communities) {
    let net = co_deployment(data, Period::day(day), CoDeploymentWeight::SharedMissions).unwrap();
    let betweenness = algo::betweenness(net.network(), Weights::Ignore, Scale::Normalized);
    let ranked = net.ranked(&betweenness); // ties in id order, the network's node order

    let options = LouvainOptions::default();
    let found = algo::louvain(net.network(), Weights::AsStrength, &options).unwrap();
    assert_eq!(found.partition.len(), net.node_count());
    let members = found.members();
    assert_eq!(members.len(), found.count());
    assert_eq!(
        members.iter().map(Vec::len).sum::<usize>(),
        net.node_count()
    );
    assert!(members.iter().all(|m| !m.is_empty()));
    let q = algo::modularity(
        net.network(),
        &found.partition,
        options.resolution,
        Weights::AsStrength,
    )
    .unwrap();
    assert!(
        (found.modularity - q).abs() < 1e-12,
        "{} {q}",
        found.modularity
    );
    // A split better than none (one community has modularity 0).
    assert!(found.modularity > 0.0 && found.count() >= 2);
    let again = algo::louvain(net.network(), Weights::AsStrength, &options).unwrap();
    assert_eq!(again, found, "Louvain is deterministic for a seed");
    (net, ranked, found)
}

/// What [`scorecard`] returns: the nominal scores, the rank uncertainty, and what could
/// not be computed from the records.
pub(crate) struct Scorecard {
    pub(crate) root: String,
    pub(crate) scores: Scores,
    pub(crate) uncertainty: UncertaintyResult,
    pub(crate) report: DatasetReport,
}

/// The partnerships of `data` begun by `as_of`, scored with the built-in framework on the
/// records up to then (the last observation of each indicator carried forward), and the
/// uncertainty of their ranks over `runs` replications (seed `seed`): each weight moved by
/// up to 25%, the index an arithmetic or a geometric mean of the dimensions.
pub(crate) fn scorecard(data: &Dataset, as_of: Date, runs: usize, seed: u64) -> Scorecard {
    let job = PartnershipScorecard::new(data, as_of).unwrap();
    let scores = job.scores().unwrap();
    let analysis = job.uncertainty();
    let uncertainty = analysis.run(runs, seed).unwrap();
    // The same seed, the same result (whatever the order rayon runs the replications in).
    assert_eq!(analysis.run(runs, seed).unwrap(), uncertainty);
    let root = job.framework.root_id().to_owned();
    let card = Scorecard {
        root,
        scores,
        uncertainty,
        report: job.report,
    };
    check(&card, runs);
    card
}

/// The properties a scorecard has whatever the data.
fn check(card: &Scorecard, runs: usize) {
    let Scorecard {
        root,
        scores,
        uncertainty,
        report,
    } = card;
    // The partnerships the evidence covers are either scored or left out as
    // insufficient evidence (each below the scorecard's share of the index weight).
    let mut covered = report.units.clone();
    covered.sort();
    let left_out = &scores.report().screened_out;
    let mut accounted: Vec<String> = scores
        .units()
        .iter()
        .cloned()
        .chain(left_out.iter().map(|s| s.unit.clone()))
        .collect();
    accounted.sort();
    assert_eq!(accounted, covered);
    for out in left_out {
        assert!(
            out.weight_share < MIN_WEIGHT_SHARE || !out.short_dimensions.is_empty(),
            "{out}"
        );
        assert!(scores.index(&out.unit).is_none(), "{}", out.unit);
    }
    // The units ranked under uncertainty are those the pipeline ranks, with the same
    // nominal ranks: competition ranks of the index scores, best first.
    let ranks = scores.ranks(root);
    let ranked: Vec<(&String, usize)> = scores
        .units()
        .iter()
        .zip(&ranks)
        .filter_map(|(u, r)| Some((u, (*r)?)))
        .collect();
    assert!(ranked.len() >= 2, "{ranked:?}");
    assert_eq!(
        uncertainty.units(),
        ranked.iter().map(|(u, _)| (*u).clone()).collect::<Vec<_>>()
    );
    assert_eq!(
        uncertainty.ranks().nominal_ranks(),
        ranked.iter().map(|(_, r)| *r).collect::<Vec<_>>()
    );
    for (unit, rank) in &ranked {
        let score = scores.index(unit).unwrap();
        assert_eq!(scores.score(root, unit), Some(score));
        let better = ranked
            .iter()
            .filter(|(u, _)| scores.index(u).unwrap() > score)
            .count();
        assert_eq!(*rank, better + 1, "{unit}");
        assert_eq!(scores.rank(unit), Some(*rank));
        assert_eq!(scores.explain(unit).unwrap().rank, Some(*rank));
    }
    // Every run accounted for; each unit's distribution ordered and within 1..=n.
    let n = ranked.len();
    assert_eq!(
        uncertainty.ranks().replications() + uncertainty.failures().len(),
        runs
    );
    assert_eq!(uncertainty.runs(), runs);
    assert!(uncertainty.failures().is_empty());
    assert!(
        uncertainty.ranks().replications() > runs / 2,
        "most runs succeed"
    );
    let dist = uncertainty.ranks();
    let (low, median, high, mean) = (
        dist.percentile_5(),
        dist.median(),
        dist.percentile_95(),
        dist.mean(),
    );
    for u in 0..n {
        assert!(1 <= low[u] && low[u] <= median[u] && median[u] <= high[u] && high[u] <= n);
        assert!((1.0..=n as f64).contains(&mean[u]));
        let counts = dist.rank_counts(u);
        assert_eq!(
            counts.iter().sum::<u64>(),
            uncertainty.ranks().replications() as u64
        );
    }
    // In each replication some unit ranks first: rank 1 is drawn once per run at least.
    let firsts: u64 = (0..n).map(|u| dist.rank_counts(u)[0]).sum();
    assert!(firsts >= uncertainty.ranks().replications() as u64);
}
