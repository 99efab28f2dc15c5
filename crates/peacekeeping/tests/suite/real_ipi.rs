//! The IPI file `ipi-tcc/Gender.Full.csv` (skipped when `../shared/data` is absent;
//! required by `.ci/run`) through the importer, the reference dataset, the co-deployment
//! network of 31 December 2013 and the scorecard, as a user would chain them.

use peacekeeping::data::{ipi, reference};
use peacekeeping::prelude::*;

use crate::reference::{NODES_EDGES_2013, assert_top_brokers};
use crate::support::{brokers, scorecard};
use peacekeeping_testkit::data_dir;

#[test]
fn gender_full_through_importer_network_and_scorecard() {
    let Some(dir) = data_dir("gender_full_through_importer_network_and_scorecard") else {
        return;
    };
    let import = ipi::read_gender_full_file(dir.join("ipi-tcc/Gender.Full.csv"), None).unwrap();
    let summary = import.summary();
    // Every data row of the file read and imported: none skipped, no unknown mission.
    assert_eq!(
        (summary.skipped, summary.unknown_missions),
        (0, 0),
        "{summary}"
    );
    assert_eq!(summary.read, summary.imported + summary.merged, "{summary}");
    let records = import.strict().unwrap();
    let (data, merge) = reference::with_contributions(records).unwrap();
    // The records dated after their mission's end are left out, each with its reason.
    assert!(merge.left_out.iter().all(|l| {
        data.mission(l.mission.as_str())
            .and_then(|m| m.period.end())
            .is_some_and(|end| l.date > end)
    }));

    // SOURCES.md: the UN's system total of 31 December 2013 is 98,200 uniformed
    // personnel, also the sum of the file's rows for that month.
    let day = Date::new(2013, 12, 31).unwrap();
    let by_contributor = data.personnel_by_contributor_on(day);
    let total: u64 = by_contributor.iter().map(|(_, p)| p.total()).sum();
    assert_eq!(total, 98_200);

    let (net, ranked, _) = brokers(&data, day);
    assert_eq!((net.node_count(), net.edge_count()), NODES_EDGES_2013);
    assert_top_brokers(&ranked);

    // The partnerships begun by the end of 2024, scored on the file's monthly figures.
    let card = scorecard(&data, Date::new(2024, 12, 31).unwrap(), 200, 2013);
    let with_personnel = card
        .report
        .units
        .iter()
        .filter(|u| {
            !card
                .report
                .not_computed_for(u)
                .any(|n| n.indicator == "party-personnel")
        })
        .count();
    assert!(
        with_personnel > 0,
        "the file's figures reach some partnership"
    );
}
