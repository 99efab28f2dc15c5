//! The types almost every program needs: `use peacekeeping::prelude::*;`.

#[doc(no_inline)]
pub use peacekeeping_core::{
    Actor, ActorId, ActorKind, Contribution, CountryCode, Dataset, DatasetBuilder, Date, Error,
    Membership, MembershipStatus, Mission, MissionId, MissionKind, Partnership, PartnershipKind,
    Party, PartyRole, Period, Personnel, PersonnelCategory,
};
