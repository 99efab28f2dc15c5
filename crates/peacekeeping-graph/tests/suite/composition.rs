//! Force composition.

use peacekeeping_core::Region;
use peacekeeping_graph::{GraphError, force_composition};

use crate::support::{d, reference, small};

#[test]
fn composition_by_hand() {
    // M1 on 2013-02-28: AAA (Africa) 100, BBB (Asia) 60.
    let data = small();
    let f = force_composition(&data, "M1", d(2013, 2, 28)).unwrap();
    assert_eq!((f.contributor_count(), f.total_personnel()), (2, 160));
    assert_eq!(f.herfindahl(), 0.625 * 0.625 + 0.375 * 0.375);
    let h = -(0.625f64 * 0.625f64.ln() + 0.375 * 0.375f64.ln());
    assert!((f.shannon_by_contributor() - h).abs() < 1e-15);
    assert!((f.shannon_by_region() - h).abs() < 1e-15);
    assert_eq!(f.region_shares()[&Some(Region::Africa)], 0.625);
    assert_eq!(f.top_share(1), 0.625);
    assert_eq!(f.top_share(0), 0.0);
    assert_eq!(f.top_share(10), 1.0);
    // March: AAA alone.
    let f = force_composition(&data, "M1", d(2013, 3, 31)).unwrap();
    assert_eq!((f.herfindahl(), f.shannon_by_contributor()), (1.0, 0.0));
}

#[test]
fn unmiss_at_the_end_of_2013() {
    // Computed with Python from the reference contributions of 2013-12-31 (the UN's
    // complete report of that month): 66 contributors, 7,684 personnel, India first with
    // 2,013; Asia 5,291, Africa 2,046, Europe 233, the Americas 61, Oceania 53.
    let f = force_composition(reference(), "UNMISS", d(2013, 12, 31)).unwrap();
    assert_eq!((f.contributor_count(), f.total_personnel()), (66, 7684));
    assert_eq!(f.contributors()[0].actor.as_str(), "IND");
    assert!((f.top_share(1) - 2013.0 / 7684.0).abs() < 1e-15);
    assert!((f.herfindahl() - 0.129_584_016_328_472_88).abs() < 1e-12);
    assert!((f.shannon_by_contributor() - 2.504_834_747_912_294).abs() < 1e-12);
    assert!((f.shannon_by_region() - 0.787_990_035_356_162).abs() < 1e-12);
}

#[test]
fn undefined_compositions_are_errors() {
    let data = small();
    assert_eq!(
        force_composition(&data, "NOPE", d(2013, 2, 28)).unwrap_err(),
        GraphError::UnknownMission {
            mission: "NOPE".into()
        }
    );
    assert_eq!(
        force_composition(&data, "M2", d(2014, 1, 1)).unwrap_err(),
        GraphError::MissionNotActive {
            mission: "M2".into(),
            date: d(2014, 1, 1)
        }
    );
    // M1 is active from 2012 but its first report is of 2013-01-31.
    assert_eq!(
        force_composition(&data, "M1", d(2012, 6, 1)).unwrap_err(),
        GraphError::NoPersonnel {
            mission: "M1".into(),
            date: d(2012, 6, 1)
        }
    );
}

/// The women's share of a force, from the contribution reports: MINUSMA on 31 December
/// 2013 had 65 women among its 6,439 uniformed personnel in IPI's `Gender.Full.csv` (the
/// file's `Total Female` and `Total Total` columns summed over its 39 contributor rows,
/// recounted with Python's csv module), 1.0%; a report without the sexes gives none.
#[test]
fn the_womens_share_of_a_force_is_the_reports() {
    let f = force_composition(reference(), "MINUSMA", d(2013, 12, 31)).unwrap();
    assert_eq!(f.contributor_count(), 39);
    assert_eq!(f.headcount().female, 65);
    assert_eq!(f.headcount().total(), 6_439);
    assert_eq!(f.headcount().female_share(), Some(65.0 / 6_439.0));
    let total_only = peacekeeping_core::Headcount::total_only(6_439);
    assert_eq!(total_only.female_share(), None);
}
