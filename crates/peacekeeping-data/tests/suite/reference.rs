//! The embedded reference dataset as a whole: it validates with zero problems, and every
//! record names a source that says where it comes from.

use peacekeeping_data::reference;

#[test]
fn the_reference_dataset_validates_with_zero_problems() {
    match reference::load() {
        Ok(_) => {}
        Err(peacekeeping_core::Error::Invalid(report)) => {
            panic!("{} problems:\n{report}", report.len())
        }
        Err(other) => panic!("{other}"),
    }
}

#[test]
fn every_record_has_a_source() {
    let data = reference::dataset();
    let mut unsourced = Vec::new();
    for a in data.actors() {
        if a.sources.is_empty() {
            unsourced.push(format!("actor {}", a.id));
        }
    }
    for m in data.memberships() {
        if m.sources.is_empty() {
            unsourced.push(format!("membership {} in {}", m.member, m.organization));
        }
    }
    for m in data.missions() {
        if m.sources.is_empty() {
            unsourced.push(format!("mission {}", m.id));
        }
    }
    for p in data.partnerships() {
        if p.sources.is_empty() {
            unsourced.push(format!("partnership {}", p.id));
        }
    }
    for c in data.contributions() {
        if c.source.is_none() {
            unsourced.push(format!(
                "contribution {} {} {}",
                c.contributor, c.mission, c.date
            ));
        }
    }
    for f in data.fatalities() {
        if f.source.is_none() {
            unsourced.push(format!("fatality {}", f.id));
        }
    }
    for d in data.battle_deaths() {
        if d.source.is_none() {
            unsourced.push(format!("battle deaths {} {}", d.territory, d.year));
        }
    }
    for s in data.strengths() {
        if s.source.is_none() {
            unsourced.push(format!("strength {} {}", s.mission, s.date));
        }
    }
    for p in data.presences() {
        if p.source.is_none() {
            unsourced.push(format!(
                "presence {} {} {}",
                p.contributor, p.mission, p.year
            ));
        }
    }
    for t in data.trainings() {
        if t.sources.is_empty() {
            unsourced.push(format!("training {}", t.id));
        }
    }
    for f in data.frictions() {
        if f.sources.is_empty() {
            unsourced.push(format!("friction {}", f.id));
        }
    }
    assert!(
        unsourced.is_empty(),
        "records without a source: {unsourced:?}"
    );
}

#[test]
fn every_source_says_where_it_is() {
    for s in reference::dataset().sources() {
        assert!(
            !s.publisher.trim().is_empty() && !s.citation.trim().is_empty(),
            "source {} lacks a publisher or a citation (address, symbol or reference)",
            s.id
        );
    }
}

#[test]
fn every_source_is_cited_by_some_record() {
    let data = reference::dataset();
    let mut cited = std::collections::BTreeSet::new();
    let ids = data
        .actors()
        .iter()
        .flat_map(|a| &a.sources)
        .chain(data.memberships().iter().flat_map(|m| &m.sources))
        .chain(data.missions().iter().flat_map(|m| &m.sources))
        .chain(data.partnerships().iter().flat_map(|p| &p.sources))
        .chain(
            data.contributions()
                .iter()
                .filter_map(|c| c.source.as_ref()),
        )
        .chain(data.fatalities().iter().filter_map(|f| f.source.as_ref()))
        .chain(
            data.battle_deaths()
                .iter()
                .filter_map(|d| d.source.as_ref()),
        )
        .chain(data.strengths().iter().filter_map(|s| s.source.as_ref()))
        .chain(data.presences().iter().filter_map(|p| p.source.as_ref()))
        .chain(data.participations().iter().flat_map(|p| &p.sources))
        .chain(data.trainings().iter().flat_map(|t| &t.sources))
        .chain(data.frictions().iter().flat_map(|f| &f.sources))
        .chain(data.lessons().iter().flat_map(|l| &l.sources))
        .chain(data.gender_targets().iter().flat_map(|t| &t.sources));
    for id in ids {
        cited.insert(id.as_str());
    }
    let uncited: Vec<&str> = data
        .sources()
        .iter()
        .map(|s| s.id.as_str())
        .filter(|id| !cited.contains(id))
        .collect();
    assert!(uncited.is_empty(), "sources no record cites: {uncited:?}");
}

#[test]
fn the_cached_dataset_is_the_one_loaded() {
    assert_eq!(reference::dataset(), &reference::load().unwrap());
}
