//! The program a newcomer writes from README.md and the facade's docs alone: rank the
//! brokers of the 2013 co-deployment network, and score the partnerships with
//! uncertainty, those with too little evidence left out. `newcomer_program` is that
//! program; the test checks what it returns against the library's own answers and
//! networkx's values.

use peacekeeping::data::reference;
use peacekeeping::eval::builtin::{MIN_OUTCOME_SHARE, MIN_WEIGHT_SHARE, PartnershipScorecard};
use peacekeeping::graph::{CoDeploymentWeight, Scale, Weights, algo, co_deployment};
use peacekeeping::prelude::*;

use crate::reference::assert_top_brokers;

/// The brokers of the co-deployment network of 31 December 2013, best first; each
/// partnership with enough evidence as of 31 December 2024, with its nominal rank and
/// 5th-95th percentile interval over 500 runs (weights moved by up to 25%, the index an
/// arithmetic or geometric mean); and those left out as insufficient evidence.
type Answer = (
    Vec<(ActorId, f64)>,
    Vec<(String, usize, usize, usize)>,
    Vec<(String, f64, f64)>,
);

fn newcomer_program() -> Result<Answer, Box<dyn std::error::Error>> {
    let data = reference::dataset();
    let on = Date::new(2013, 12, 31)?;
    let net = co_deployment(data, Period::day(on), CoDeploymentWeight::SharedMissions)?;
    let brokers = net.ranked(&algo::betweenness(
        net.network(),
        Weights::Ignore,
        Scale::Normalized,
    ));

    let card = PartnershipScorecard::new(data, Date::new(2024, 12, 31)?)?;
    let result = card.uncertainty().run(500, 1)?;
    let mut scored = Vec::new();
    for unit in result.units() {
        let r = result.interval(unit).ok_or("not ranked")?;
        scored.push((unit.clone(), r.nominal, r.p5, r.p95));
    }
    let left_out = card
        .screened()?
        .left_out
        .into_iter()
        .map(|s| {
            let outcomes = s
                .short_dimensions
                .iter()
                .find(|(d, _)| d == "mission-outcomes")
                .map_or(1.0, |(_, share)| *share);
            (s.unit, s.weight_share, outcomes)
        })
        .collect();
    Ok((brokers, scored, left_out))
}

#[test]
fn the_newcomer_program_ranks_brokers_and_scores_partnerships() {
    let (brokers, scored, left_out) = newcomer_program().unwrap();
    assert_top_brokers(&brokers);
    // The partnerships begun by the end of 2024 are each either ranked, once, with
    // ordered intervals inside 1..=n, or left out with less than the required share of
    // the index weight.
    let n = scored.len();
    assert!(n >= 2, "{scored:?}");
    let data = reference::dataset();
    let mut all: Vec<&str> = scored
        .iter()
        .map(|s| s.0.as_str())
        .chain(left_out.iter().map(|l| l.0.as_str()))
        .collect();
    all.sort_unstable();
    let mut begun: Vec<&str> = data
        .partnerships()
        .iter()
        .filter(|p| p.period.start() <= Date::new(2024, 12, 31).unwrap())
        .map(|p| p.id.as_str())
        .collect();
    begun.sort_unstable();
    assert_eq!(all, begun);
    for (unit, rank, low, high) in &scored {
        assert!(
            1 <= *rank && *rank <= n && 1 <= *low && low <= high && *high <= n,
            "{unit}"
        );
    }
    for (unit, share, outcomes) in &left_out {
        assert!(
            *share < MIN_WEIGHT_SHARE || *outcomes < MIN_OUTCOME_SHARE,
            "{unit}: {share}, outcomes {outcomes}"
        );
    }
    println!("{scored:?}\n{left_out:?}");
}
