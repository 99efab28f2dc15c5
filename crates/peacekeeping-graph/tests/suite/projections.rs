//! Co-deployment, co-membership, co-training and the actor x mission matrix.

use peacekeeping_core::Period;
use peacekeeping_graph::{
    CoDeploymentWeight, GraphError, actor_mission_matrix, co_deployment, co_membership, co_training,
};

use crate::support::{d, reference, small};

#[test]
fn co_deployment_weights_by_hand() {
    // See support.rs: observed on 01-31, 02-28 (M2 carries January's report) and 03-31
    // (BBB gone from M1).
    let data = small();
    let q1 = Period::between(d(2013, 1, 1), d(2013, 3, 31)).unwrap();
    let missions = co_deployment(&data, q1, CoDeploymentWeight::SharedMissions).unwrap();
    assert_eq!(missions.node_count(), 3);
    assert_eq!(missions.edge_count(), 2);
    assert_eq!(missions.weight("AAA", "BBB"), Some(1.0));
    assert_eq!(missions.weight("AAA", "CCC"), Some(1.0));
    assert_eq!(missions.weight("BBB", "CCC"), None);

    let months = co_deployment(&data, q1, CoDeploymentWeight::SharedMissionMonths).unwrap();
    assert_eq!(months.weight("AAA", "BBB"), Some(2.0));
    assert_eq!(months.weight("CCC", "AAA"), Some(3.0));

    let people = co_deployment(&data, q1, CoDeploymentWeight::SharedPersonnel).unwrap();
    // min(100, 40) + min(100, 60) + 0, over three months; min(10, 5) each month.
    assert!((people.weight("AAA", "BBB").unwrap() - 100.0 / 3.0).abs() < 1e-12);
    assert_eq!(people.weight("AAA", "CCC"), Some(5.0));

    let err = co_deployment(
        &data,
        Period::since(d(2013, 1, 1)),
        CoDeploymentWeight::SharedMissions,
    )
    .unwrap_err();
    assert!(matches!(err, GraphError::OngoingPeriod { .. }));
}

#[test]
fn co_deployment_of_december_2013_from_the_reference_contributions() {
    // Expected values computed from crates/peacekeeping-data/reference/contributions.json
    // and missions.json with plain Python (each active mission's latest report on or
    // before 2013-12-31, here the UN's report of that day): 122 contributors, 5,159 pairs,
    // none isolated.
    let data = reference();
    let day = Period::day(d(2013, 12, 31));
    let net = co_deployment(data, day, CoDeploymentWeight::SharedMissions).unwrap();
    assert_eq!((net.node_count(), net.edge_count()), (122, 5159));
    assert_eq!(net.weight("BGD", "NPL"), Some(9.0));
    assert_eq!(net.weight("IND", "NPL"), Some(8.0));
    assert_eq!(net.weight("BGD", "PAK"), Some(6.0));
    assert_eq!(net.weight("NGA", "NPL"), Some(10.0));
    assert!((0..net.node_count()).all(|v| net.network().out_degree(v) > 0));
    let people = co_deployment(data, day, CoDeploymentWeight::SharedPersonnel).unwrap();
    assert_eq!(people.weight("BGD", "NPL"), Some(3179.0));
    assert_eq!(people.weight("IND", "NPL"), Some(3572.0));
    assert_eq!(people.weight("BGD", "PAK"), Some(5878.0));
    // On one day, months and missions coincide.
    let months = co_deployment(data, day, CoDeploymentWeight::SharedMissionMonths).unwrap();
    assert_eq!(months, net);
}

#[test]
fn co_membership_counts_shared_organizations() {
    let data = reference();
    let net = co_membership(data, d(2013, 12, 31)).unwrap();
    // Memberships from states.json (the UN) and organizations.json: FRA and DEU share the
    // UN, the EU, NATO and the OSCE; GHA and NGA the UN, the AU and ECOWAS; SEN and FRA
    // only the UN.
    assert_eq!(net.weight("FRA", "DEU"), Some(4.0));
    assert_eq!(net.weight("GHA", "NGA"), Some(3.0));
    assert_eq!(net.weight("SEN", "FRA"), Some(1.0));
    // Counted with Python from the two files (full and associate members on the day).
    assert_eq!((net.node_count(), net.edge_count()), (195, 18603));
    // Mali was suspended from the AU from 2012-03-23 to 2012-10-23: the UN and ECOWAS
    // count, the AU does not.
    assert_eq!(
        co_membership(data, d(2012, 6, 1))
            .unwrap()
            .weight("MLI", "SEN"),
        Some(2.0)
    );
    assert_eq!(
        co_membership(data, d(2013, 1, 1))
            .unwrap()
            .weight("MLI", "SEN"),
        Some(3.0)
    );
    // The small dataset: CCC is suspended, so only AAA-BBB.
    let small = co_membership(&small(), d(2013, 1, 1)).unwrap();
    assert_eq!((small.node_count(), small.edge_count()), (2, 1));
}

#[test]
fn co_training_counts_shared_exercises() {
    let data = reference();
    let year = |y| Period::between(d(y, 1, 1), d(y, 12, 31)).unwrap();
    // 2024: six exercises and the EU's four capacity-building programmes. African Lion
    // (USA and MAR organize, GHA, SEN, TUN take part: 5 actors), Justified Accord (10),
    // Khaan Quest (20), Flintlock (9), Southern Accord (USA, BWA) and Shanti Prayas (19);
    // the programmes, each the EU and its host: EU-MLI twice (EUTM Mali, EUCAP Sahel
    // Mali), EU-SOM, EU-CAF. 51 actors and 421 distinct pairs (counted apart with plain
    // Python on cases.json); GHA and USA met twice (African Lion, Flintlock), GBR and USA
    // four times (Justified Accord, Khaan Quest, Flintlock, Shanti Prayas).
    let net = co_training(data, year(2024)).unwrap();
    assert_eq!((net.node_count(), net.edge_count()), (51, 421));
    assert_eq!(net.weight("GHA", "USA"), Some(2.0));
    assert_eq!(net.weight("GBR", "USA"), Some(4.0));
    assert_eq!(net.weight("EU", "MLI"), Some(2.0));
    // 2013: EUTM Somalia and, from 18 February, EUTM Mali (EU, SOM, MLI), and the two
    // bilateral exercises, Shared Accord (USA, ZAF) and Shanti Prayas (NPL, USA): 6
    // actors, 4 pairs.
    let net = co_training(data, year(2013)).unwrap();
    assert_eq!((net.node_count(), net.edge_count()), (6, 4));
    assert_eq!(net.weight("USA", "ZAF"), Some(1.0));
    // 2009: Garuda Shield alone, its six nations, 15 pairs.
    let net = co_training(data, year(2009)).unwrap();
    assert_eq!((net.node_count(), net.edge_count()), (6, 15));
    assert_eq!(co_training(data, year(2006)).unwrap().node_count(), 0);
}

#[test]
fn the_two_mode_matrix_adds_up_to_each_contributors_total() {
    let data = reference();
    let date = d(2013, 12, 31);
    let m = actor_mission_matrix(data, date);
    assert_eq!(m.value("IND", "UNMISS"), Some(2013));
    assert_eq!(m.value("URY", "UNMISS"), Some(0));
    assert_eq!(m.value("NOPE", "UNMISS"), None);
    for (actor, p) in data.personnel_by_contributor_on(date) {
        let row: u64 = m.row(actor).unwrap().iter().sum();
        assert_eq!(row, p.total(), "{actor}");
    }
    let csv = m.to_csv();
    assert_eq!(csv.lines().count(), m.actors().len() + 1);
    assert!(csv.starts_with("actor,MINURSO,"));
}
