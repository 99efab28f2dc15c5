//! Memberships of actors in organizations.

use crate::macros::vocabulary;
use crate::{ActorId, Date, Period, SourceId};

vocabulary! {
    /// The standing of a member in an organization during a [`Membership`] period.
    ///
    /// ```
    /// use peacekeeping_core::MembershipStatus;
    ///
    /// assert!(MembershipStatus::Full.is_member());
    /// assert!(!MembershipStatus::Suspended.is_member());
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    MembershipStatus, "membership status" {
        /// A full member with every right: Nepal in the UN since 1955.
        Full => "full",
        /// An associate member with limited rights: Bermuda and Anguilla in the
        /// Caribbean Community.
        Associate => "associate",
        /// An observer without a vote: Palestine and the Holy See at the UN.
        Observer => "observer",
        /// A member whose participation is suspended: Honduras in the OAS 2009-2011,
        /// Mali in the AU after the 2020 and 2021 coups.
        Suspended => "suspended",
    }
}

impl MembershipStatus {
    /// Whether the status counts as membership in the usual sense (full or associate).
    #[must_use]
    pub const fn is_member(self) -> bool {
        matches!(self, MembershipStatus::Full | MembershipStatus::Associate)
    }
}

/// That an actor belonged to an organization, with a status, during a period.
///
/// A change of status is a new record: Honduras was a full member of the OAS until its
/// suspension on 2009-07-04, suspended until 2011-06-01, then a full member again; that
/// is three memberships. Withdrawals end the period: the United Kingdom's EU membership
/// ends on 2020-01-31; Mali, Burkina Faso and Niger's ECOWAS memberships end on
/// 2025-01-29.
///
/// ```
/// use peacekeeping_core::{Date, Membership, MembershipStatus, Period};
///
/// let uk_in_eu = Membership::new(
///     "GBR".parse()?,
///     "EU".parse()?,
///     Period::between(Date::new(1993, 11, 1)?, Date::new(2020, 1, 31)?)?,
///     MembershipStatus::Full,
/// );
/// assert!(uk_in_eu.holds_on(Date::new(2020, 1, 31)?));
/// assert!(!uk_in_eu.holds_on(Date::new(2020, 2, 1)?));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Membership {
    /// The member (usually a state).
    pub member: ActorId,
    /// The organization (an actor whose [`kind`](crate::ActorKind::is_organization) has
    /// members).
    pub organization: ActorId,
    /// When this status held (both ends inclusive).
    pub period: Period,
    /// The member's standing during the period.
    pub status: MembershipStatus,
    /// The sources these facts come from.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub sources: Vec<SourceId>,
}

impl Membership {
    /// Creates a membership without sources.
    #[must_use]
    pub fn new(
        member: ActorId,
        organization: ActorId,
        period: Period,
        status: MembershipStatus,
    ) -> Self {
        Membership {
            member,
            organization,
            period,
            status,
            sources: Vec::new(),
        }
    }

    /// Adds a source.
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.sources.push(source);
        self
    }

    /// Whether this record covers `date`, whatever its status.
    #[must_use]
    pub fn holds_on(&self, date: Date) -> bool {
        self.period.contains(date)
    }
}
