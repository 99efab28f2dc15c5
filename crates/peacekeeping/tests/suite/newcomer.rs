//! The program a newcomer writes from README.md and the facade's docs alone: rank the
//! brokers of the 2013 co-deployment network, and score the partnerships with
//! uncertainty. `newcomer_program` is that program; the test checks what it returns
//! against the library's own answers and networkx's values.

use peacekeeping::data::reference;
use peacekeeping::eval::{Evidence, Factor, FusionOptions, Noise, PanelFill, Pipeline, Scope};
use peacekeeping::eval::{Uncertainty, builtin};
use peacekeeping::graph::{CoDeploymentWeight, Scale, Weights, algo, co_deployment};
use peacekeeping::prelude::*;

use crate::reference::assert_top_brokers;

/// The brokers of the co-deployment network of 31 December 2013, best first, and each
/// partnership's nominal rank with its 5th-95th percentile interval over 500 runs
/// (weights moved by up to 25%), as of the same day.
type Answer = (Vec<(ActorId, f64)>, Vec<(String, usize, usize, usize)>);

fn newcomer_program() -> Result<Answer, Box<dyn std::error::Error>> {
    let data = reference::dataset();
    let on = Date::new(2013, 12, 31)?;
    let net = co_deployment(data, Period::day(on), CoDeploymentWeight::SharedMissions)?;
    let brokers = net.ranked(&algo::betweenness(
        net.network(),
        Weights::Ignore,
        Scale::Normalized,
    ));

    let framework = builtin::partnership_effectiveness()?;
    let latest = FusionOptions::default()
        .as_of(on)
        .fill(PanelFill::LastObservation);
    let table = Evidence::from_dataset(data, on)
        .evidence
        .indicator_table(&framework, &latest)?;
    let result = Uncertainty::new(&framework, &table, Pipeline::new())
        .factor(Factor::weight_noise(
            "weights",
            Scope::All,
            Noise::Uniform { spread: 0.25 },
        ))
        .run(500, 1)?;
    let mut scored = Vec::new();
    for unit in result.units() {
        let r = result.interval(unit).ok_or("not ranked")?;
        scored.push((unit.clone(), r.nominal, r.p5, r.p95));
    }
    Ok((brokers, scored))
}

#[test]
fn the_newcomer_program_ranks_brokers_and_scores_partnerships() {
    let (brokers, scored) = newcomer_program().unwrap();
    assert_top_brokers(&brokers);
    // The partnerships begun by the end of 2013 that have an index score, each once, with
    // ordered intervals inside 1..=n.
    let n = scored.len();
    assert!(n >= 2, "{scored:?}");
    let data = reference::dataset();
    for (unit, rank, low, high) in &scored {
        let p = data.partnership(unit).unwrap();
        assert!(
            p.period.start() <= Date::new(2013, 12, 31).unwrap(),
            "{unit}"
        );
        assert!(1 <= *rank && *rank <= n && 1 <= *low && low <= high && *high <= n);
    }
    println!("{scored:?}");
}
