//! The partnership graph as of a date and over a period, and series of snapshots.

use peacekeeping_core::{Date, MembershipStatus, Period};
use peacekeeping_graph::{
    CoDeploymentWeight, EdgeKind, GraphError, Node, PartnershipGraph, Relation, RelationWeight,
    Scale, SnapshotSeries, Step, Weights, Window, algo, co_deployment,
};

use crate::support::{d, reference, small};

fn count(g: &PartnershipGraph, kind: EdgeKind) -> usize {
    g.edges().filter(|e| e.relation.kind() == kind).count()
}

#[test]
fn as_of_a_date_keeps_what_is_in_force_and_the_latest_reports() {
    let data = small();
    // 2013-02-28: CCC's suspension ended on 02-14, the exercise ran 02-01..=02-10.
    let g = PartnershipGraph::as_of(&data, d(2013, 2, 28));
    assert_eq!(g.window(), Window::AsOf(d(2013, 2, 28)));
    assert_eq!(g.node_count(), 6); // ORG, AAA, BBB, CCC, M1, M2
    assert_eq!(count(&g, EdgeKind::Membership), 2);
    assert_eq!(count(&g, EdgeKind::Partnership), 1);
    assert_eq!(count(&g, EdgeKind::JointExercise), 0);
    assert_eq!(count(&g, EdgeKind::Contribution), 4);
    // M2 has no February report: January's carries over (AAA 10, CCC 5).
    let m2: f64 = g
        .edges()
        .filter(|e| e.target == &Node::Mission("M2".parse().unwrap()))
        .map(|e| e.relation.weight())
        .sum();
    assert_eq!(m2, 15.0);

    // 2013-02-10: the suspended membership (kept, with its status) and the exercise's
    // three pairs.
    let g = PartnershipGraph::as_of(&data, d(2013, 2, 10));
    assert_eq!(g.edge_count(), 3 + 1 + 3 + 4);
    let suspended = g.edges().any(|e| {
        matches!(
            e.relation,
            Relation::Membership {
                status: MembershipStatus::Suspended,
                ..
            }
        ) && e.source.id() == "CCC"
    });
    assert!(suspended);
    // AAA: one membership, one partnership, two exercise pairs, two contributions.
    assert_eq!(g.degree("AAA"), Some(6));
    assert_eq!(g.degree("NOPE"), None);

    // March: BBB left M1 (missing from the March report).
    let g = PartnershipGraph::as_of(&data, d(2013, 3, 31));
    assert!(
        g.edges_of("BBB")
            .all(|e| e.relation.kind() != EdgeKind::Contribution)
    );
    assert_eq!(g.as_petgraph().edge_count(), g.edge_count());
}

#[test]
fn over_a_period_contributions_are_at_their_peak() {
    let data = small();
    let q1 = Period::between(d(2013, 1, 1), d(2013, 3, 31)).unwrap();
    let g = PartnershipGraph::over(&data, q1);
    assert_eq!(g.window(), Window::Over(q1));
    let bbb: Vec<_> = g
        .edges_of("BBB")
        .filter_map(|e| match e.relation {
            Relation::Contribution {
                personnel,
                reported,
            } => Some((personnel.total(), *reported)),
            _ => None,
        })
        .collect();
    assert_eq!(bbb, [(60, d(2013, 2, 28))]);
    assert_eq!(count(&g, EdgeKind::Contribution), 4);
    // Over the quarter the exercise and CCC's suspension both overlap.
    assert_eq!(count(&g, EdgeKind::JointExercise), 3);
    assert_eq!(count(&g, EdgeKind::Membership), 3);

    // No report is dated 02-15..=02-20: January's, in force on 02-15, count.
    let week = Period::between(d(2013, 2, 15), d(2013, 2, 20)).unwrap();
    let g = PartnershipGraph::over(&data, week);
    let mut reports: Vec<_> = g
        .edges()
        .filter_map(|e| match e.relation {
            Relation::Contribution {
                personnel,
                reported,
            } => Some((e.source.id(), e.target.id(), personnel.total(), *reported)),
            _ => None,
        })
        .collect();
    reports.sort_unstable();
    let jan = d(2013, 1, 31);
    assert_eq!(
        reports,
        [
            ("AAA", "M1", 100, jan),
            ("AAA", "M2", 10, jan),
            ("BBB", "M1", 40, jan),
            ("CCC", "M2", 5, jan)
        ]
    );
}

#[test]
fn reference_graph_of_2013_carries_every_deployment() {
    let data = reference();
    let date = d(2013, 12, 31);
    let g = PartnershipGraph::as_of(data, date);
    let deployed: u64 = data
        .personnel_by_contributor_on(date)
        .iter()
        .map(|(_, p)| p.total())
        .sum();
    let in_graph: f64 = g
        .edges()
        .filter(|e| e.relation.kind() == EdgeKind::Contribution)
        .map(|e| e.relation.weight())
        .sum();
    assert_eq!(in_graph, deployed as f64);
    let nonzero = data
        .deployments_on(date)
        .filter(|x| x.personnel.total() > 0)
        .count();
    assert_eq!(count(&g, EdgeKind::Contribution), nonzero);
    // The Lancaster House treaties (FRA-GBR, 2010) are in force.
    assert!(g.edges_of("FRA").any(|e| matches!(e.relation,
        Relation::Partnership { id, .. } if id.as_str() == "lancaster-house-2010")));
    // The OAU (1963-2002) is not a node in 2013.
    assert!(!g.contains_actor("OAU"));
    assert!(g.missions().any(|m| m.as_str() == "MINUSMA"));
}

#[test]
fn a_series_equals_snapshots_built_one_by_one() {
    let data = reference();
    let series = SnapshotSeries::new(data, d(2010, 12, 31), d(2013, 12, 31), Step::Yearly).unwrap();
    assert_eq!(series.len(), 4);
    for (date, g) in series.iter() {
        let alone = PartnershipGraph::as_of(data, date);
        assert_eq!(g.node_count(), alone.node_count(), "{date}");
        let edges = |g: &PartnershipGraph| {
            let mut v: Vec<String> = g
                .edges()
                .map(|e| format!("{} {} {:?}", e.source, e.target, e.relation))
                .collect();
            v.sort();
            v
        };
        assert_eq!(edges(g), edges(&alone), "{date}");
    }
    assert!(series.get(d(2011, 12, 31)).is_some());
    assert!(series.get(d(2011, 12, 30)).is_none());
}

#[test]
fn metric_tables_are_tidy_and_refuse_nan() {
    let data = small();
    let series = SnapshotSeries::new(&data, d(2013, 1, 31), d(2013, 3, 31), Step::Monthly).unwrap();
    let deployments = |_: Date, g: &PartnershipGraph| {
        let rows = g
            .actors()
            .map(|a| {
                let n = g
                    .edges_of(a)
                    .filter(|e| e.relation.kind() == EdgeKind::Contribution)
                    .count();
                (a.clone(), n as f64)
            })
            .collect();
        Ok::<_, GraphError>(rows)
    };
    let table = series.metric_table(deployments).unwrap();
    assert_eq!(table.rows().len(), 3 * 4);
    let bbb: Vec<_> = series.dates().map(|t| table.value("BBB", t)).collect();
    assert_eq!(bbb, [Some(1.0), Some(1.0), Some(0.0)]);
    assert_eq!(table.value("AAA", d(2013, 3, 31)), Some(2.0));
    let csv = table.to_csv();
    assert!(csv.starts_with("actor,date,value\n"));
    assert!(csv.contains("BBB,2013-03-31,0\n"));

    let err = series
        .metric_table(|_, g| {
            Ok::<_, GraphError>(g.actors().map(|a| (a.clone(), f64::NAN)).collect())
        })
        .unwrap_err();
    assert!(matches!(&err, GraphError::NonFiniteMetric { date, .. } if *date == d(2013, 1, 31)));
    assert!(err.to_string().contains("2013-01-31"), "{err}");
}

#[test]
fn series_dates_must_run_forward() {
    let data = small();
    let err = SnapshotSeries::new(&data, d(2014, 1, 1), d(2013, 1, 1), Step::Yearly).unwrap_err();
    assert_eq!(
        err,
        GraphError::SeriesEndsBeforeStart {
            start: d(2014, 1, 1),
            end: d(2013, 1, 1)
        }
    );
    let one = SnapshotSeries::new(&data, d(2013, 1, 1), d(2013, 1, 1), Step::Monthly).unwrap();
    assert_eq!(one.dates().collect::<Vec<Date>>(), [d(2013, 1, 1)]);
}

#[test]
fn yearly_betweenness_of_co_deployment_as_a_tidy_table() {
    // Each year's co-deployment network (as of 31 December) and its normalized
    // betweenness, through the algorithms module, gathered in one table.
    let data = reference();
    let series = SnapshotSeries::new(data, d(2010, 12, 31), d(2013, 12, 31), Step::Yearly).unwrap();
    let table = series
        .metric_table(|date, _| {
            let net = co_deployment(data, Period::day(date), CoDeploymentWeight::SharedMissions)?;
            let b = algo::betweenness(net.network(), Weights::Ignore, Scale::Normalized);
            Ok::<_, GraphError>(net.per_actor(&b))
        })
        .unwrap();
    for date in series.dates() {
        let net =
            co_deployment(data, Period::day(date), CoDeploymentWeight::SharedMissions).unwrap();
        let b = algo::betweenness(net.network(), Weights::Ignore, Scale::Normalized);
        for (i, actor) in net.actors().iter().enumerate() {
            assert_eq!(table.value(actor, date), Some(b[i]), "{actor} {date}");
        }
        let rows = table.rows().iter().filter(|r| r.date == date).count();
        assert_eq!(rows, net.node_count());
    }
    // Nepal deploys in every year of the reference figures.
    assert!(series.dates().all(|t| table.value("NPL", t).is_some()));
}

#[test]
fn to_network_links_each_relation_both_ways_with_the_weight_asked_for() {
    let data = small();
    // 2013-02-05: three memberships (CCC's suspended one still runs), the AAA-BBB
    // partnership, the exercise of AAA, BBB and CCC, January's four contributions.
    let g = PartnershipGraph::as_of(&data, d(2013, 2, 5));
    let node = |s: &str| match s {
        "M1" | "M2" => Node::Mission(s.parse().unwrap()),
        _ => Node::Actor(s.parse().unwrap()),
    };
    let unit = g.to_network(EdgeKind::ALL, RelationWeight::Unit).unwrap();
    assert_eq!(unit.node_count(), g.node_count());
    assert_eq!(unit.nodes(), g.nodes().cloned().collect::<Vec<_>>());
    assert_eq!(unit.edge_count(), 10);
    assert!(unit.network().edges().all(|(_, _, w)| w == 1.0));
    assert_eq!(unit.weight(&node("ORG"), &node("CCC")), Some(1.0));
    let count = g.to_network(EdgeKind::ALL, RelationWeight::Count).unwrap();
    // Partnership and exercise.
    assert_eq!(count.weight(&node("AAA"), &node("BBB")), Some(2.0));
    let total: f64 = count.network().edges().map(|e| e.2).sum();
    assert_eq!(total, g.edge_count() as f64);
    let sum = g.to_network(EdgeKind::ALL, RelationWeight::Sum).unwrap();
    assert_eq!(sum.weight(&node("M1"), &node("AAA")), Some(100.0));
    assert_eq!(sum.weight(&node("AAA"), &node("BBB")), Some(2.0));
    let personnel = g
        .to_network(&[EdgeKind::Contribution], RelationWeight::Sum)
        .unwrap();
    assert_eq!(personnel.edge_count(), 4);
    assert_eq!(personnel.network().edges().map(|e| e.2).sum::<f64>(), 155.0);
    // ORG is a node without an edge: every node of the graph stays.
    let org = personnel.index_of(&node("ORG")).unwrap();
    assert_eq!(personnel.network().neighbors(org).count(), 0);
    assert_eq!(
        g.to_network(&[], RelationWeight::Unit)
            .unwrap()
            .edge_count(),
        0
    );
    // Actors only, in node order, for a metric table.
    let degree: Vec<f64> = algo::degree(unit.network())
        .into_iter()
        .map(|x| x as f64)
        .collect();
    let rows = unit.per_actor(&degree);
    assert_eq!(rows.len(), 4);
    assert_eq!(rows.iter().map(|r| r.1).sum::<f64>(), 3.0 + 5.0 + 4.0 + 4.0);
}

/// A participation links its contributor to its mission while it lasts (as of a date:
/// when it includes the date; over a period: when they overlap), unweighted, with its
/// component; the export carries the component.
#[test]
fn participations_link_a_contributor_to_its_mission_while_they_last() {
    use peacekeeping_core::{Actor, Component, Dataset, Mission, MissionKind, Participation};
    let mission = Period::between(d(2007, 1, 19), d(2022, 3, 31)).unwrap();
    let mut b = Dataset::builder();
    b.actor(Actor::state("UGA".parse().unwrap(), "Uganda").unwrap())
        .mission(Mission::new(
            "AMISOM".parse().unwrap(),
            "AMISOM",
            MissionKind::RegionalOperation,
            mission,
        ))
        .participation(Participation::new(
            "UGA".parse().unwrap(),
            "AMISOM".parse().unwrap(),
            Component::Military,
            Period::between(d(2007, 3, 6), d(2022, 3, 31)).unwrap(),
        ));
    let data = b.build().unwrap();
    assert_eq!(
        count(
            &PartnershipGraph::as_of(&data, d(2007, 3, 5)),
            EdgeKind::Participation
        ),
        0
    );
    let g = PartnershipGraph::as_of(&data, d(2013, 12, 31));
    assert_eq!(count(&g, EdgeKind::Participation), 1);
    let e = g.edges().next().unwrap();
    assert_eq!(
        (e.source, e.target),
        (
            &Node::Actor("UGA".parse().unwrap()),
            &Node::Mission("AMISOM".parse().unwrap())
        )
    );
    assert_eq!(e.relation.weight(), 1.0);
    assert!(!e.relation.is_symmetric());
    let early = Period::between(d(2007, 1, 1), d(2007, 3, 6)).unwrap();
    assert_eq!(
        count(
            &PartnershipGraph::over(&data, early),
            EdgeKind::Participation
        ),
        1
    );
    let export = peacekeeping_graph::ExportGraph::from_partnership_graph(&g, Some(&data));
    let attrs: Vec<String> = export.edges[0]
        .attrs
        .iter()
        .map(|(k, v)| format!("{k}={v:?}"))
        .collect();
    assert!(
        attrs
            .iter()
            .any(|a| a.starts_with("kind=") && a.contains("participation")),
        "{attrs:?}"
    );
    assert!(
        attrs
            .iter()
            .any(|a| a.starts_with("component=") && a.contains("military")),
        "{attrs:?}"
    );
    assert_eq!(EdgeKind::Participation.code(), "participation");
    assert_eq!(EdgeKind::ALL.len(), 5);
}

fn actor_ids(g: &PartnershipGraph) -> Vec<String> {
    let mut ids: Vec<String> = g.actors().map(|a| a.to_string()).collect();
    ids.sort();
    ids
}

#[test]
fn a_case_network_is_the_mission_its_contributors_and_the_parties_serving_it() {
    let data = reference();
    // AMISOM on 2021-12-31: the five troop contributors (participations), and the AU,
    // the UN, the EU and OCHA, parties of the AU-UN-EU partnership, of EUTM Somalia's
    // cooperation with AMISOM and of the civil-military guidelines.
    let case = PartnershipGraph::around_mission(data, "AMISOM", d(2021, 12, 31));
    assert_eq!(
        actor_ids(&case),
        ["AU", "BDI", "DJI", "ETH", "EU", "KEN", "OCHA", "UGA", "UN"]
    );
    assert_eq!(case.missions().count(), 1);
    assert_eq!(count(&case, EdgeKind::Participation), 5);
    // AU-UN, AU-EU, UN-EU (AMISOM's partnership), EU-AU (EUTM Somalia), AU-OCHA, and
    // the partnerships in force between two of its actors elsewhere: UN-AU (the joint
    // framework of 2017), UN-EU (the G5 Sahel's support, EUTM Mali with MINUSMA, EULEX).
    assert_eq!(count(&case, EdgeKind::Partnership), 9);
    // Every relation of the case is one of the whole graph between two of its nodes.
    let whole = PartnershipGraph::as_of(data, d(2021, 12, 31));
    let inside = |n: &Node| case.nodes().any(|m| m == n);
    let between: usize = whole
        .edges()
        .filter(|e| inside(e.source) && inside(e.target))
        .count();
    assert_eq!(case.edge_count(), between);

    // After AMISOM ended (2022-03-31) the mission and its contributors are gone; the
    // AU-UN-EU partnership, whose record runs on, keeps its three parties.
    let after = PartnershipGraph::around_mission(data, "AMISOM", d(2022, 4, 1));
    assert_eq!(actor_ids(&after), ["AU", "EU", "UN"]);
    assert_eq!(after.missions().count(), 0);
    // Before anything served it: nothing.
    assert_eq!(
        PartnershipGraph::around_mission(data, "AMISOM", d(2006, 12, 31)).node_count(),
        0
    );
    // An unknown or malformed mission: empty, not an error.
    assert_eq!(
        PartnershipGraph::around_mission(data, "NOPE", d(2013, 12, 31)).node_count(),
        0
    );
    assert_eq!(
        PartnershipGraph::around_mission(data, "not an id", d(2013, 12, 31)).node_count(),
        0
    );
}

#[test]
fn the_induced_subgraph_keeps_order_window_and_relations_between_kept_nodes() {
    let data = small();
    let g = PartnershipGraph::as_of(&data, d(2013, 2, 28));
    let all = g.induced(|_| true);
    assert_eq!(all.window(), g.window());
    assert!(all.nodes().eq(g.nodes()));
    assert_eq!(all.edge_count(), g.edge_count());
    // Without the missions: only the memberships and the partnership remain.
    let actors = g.induced(|n| n.actor().is_some());
    assert_eq!(actors.missions().count(), 0);
    assert_eq!(actors.edge_count(), 3);
    assert_eq!(count(&actors, EdgeKind::Contribution), 0);
    // Degrees are read in the subgraph.
    assert_eq!(actors.degree("AAA"), Some(actors.edges_of("AAA").count()));
    assert_eq!(g.induced(|_| false).node_count(), 0);
}
