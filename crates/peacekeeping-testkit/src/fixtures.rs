//! Small datasets built in code, whose figures can be checked by hand.

use peacekeeping_core::{
    Actor, ActorKind, Contribution, Dataset, Date, Error, Headcount, Membership, MembershipStatus,
    Mission, MissionKind, Period, Personnel, PersonnelCategory, Region,
};

/// The dataset of the graph crate's doc examples, and the date they look at: Ghana (700
/// troops in UNMIL) and Nigeria (300), both members of the African Union, on 31 December
/// 2013.
///
/// The actors and the mission are real, their periods are the real ones (UNMIL from 19
/// September 2003, the AU from 9 July 2002), but the two headcounts are made up, round
/// numbers for examples that check their arithmetic by eye: they are not IPI's figures.
///
/// ```
/// let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// let total: u64 = data.contributions().iter().map(|c| c.what.personnel().map_or(0, |p| p.total())).sum();
/// assert_eq!((total, date.year()), (1000, 2013));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
///
/// # Errors
///
/// None in practice: every value is a valid constant; the `Result` is the constructors'.
pub fn unmil_2013() -> Result<(Dataset, Date), Error> {
    let date = Date::new(2013, 12, 31)?;
    let mut b = Dataset::builder();
    b.actor(Actor::new(
        "AU".parse()?,
        "African Union",
        ActorKind::RegionalOrganization,
    ))
    .mission(Mission::new(
        "UNMIL".parse()?,
        "UNMIL",
        MissionKind::UnPeacekeeping,
        Period::since(Date::new(2003, 9, 19)?),
    ));
    for (who, n) in [("GHA", 700), ("NGA", 300)] {
        b.actor(Actor::state(who.parse()?, who)?.with_region(Region::Africa))
            .membership(Membership::new(
                who.parse()?,
                "AU".parse()?,
                Period::since(Date::new(2002, 7, 9)?),
                MembershipStatus::Full,
            ))
            .contribution(Contribution::personnel(
                who.parse()?,
                "UNMIL".parse()?,
                date,
                Personnel::of(PersonnelCategory::Troops, Headcount::total_only(n)),
            ));
    }
    Ok((b.build()?, date))
}
