//! The types almost every program needs: `use peacekeeping::prelude::*;`.
//!
//! The domain model's most used types, and [`reference`](mod@reference) for the embedded dataset. The
//! network and scoring entry points stay in [`graph`](crate::graph) and
//! [`eval`](crate::eval).

#[doc(no_inline)]
pub use peacekeeping_core::{
    Actor, ActorId, ActorKind, BattleDeaths, Component, Contribution, CountryCode, Dataset,
    DatasetBuilder, Date, DeployedStrength, Error, Fatality, FatalityCause, Headcount, Membership,
    MembershipStatus, Mission, MissionId, MissionKind, Participation, Partnership, PartnershipId,
    PartnershipKind, Party, PartyRole, Period, Personnel, PersonnelCategory, Presence, Region,
    StaffCategory,
};
#[doc(no_inline)]
pub use peacekeeping_data::reference;
