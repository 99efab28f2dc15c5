//! Targets for the share of women among uniformed personnel.

use crate::{ActorId, Date, Headcount, Personnel, PersonnelCategory, SourceId, TargetId};

/// A target for the share of women among uniformed personnel of some categories, to be
/// reached by a date, as the body that set it words it: the UN's Uniformed Gender Parity
/// Strategy 2018-2028 asks for 15% women in military contingents by 2028; the UN's "Global
/// Effort" of 2009 for 20% women in its police by 2014.
///
/// `categories` are the personnel categories the share is taken over (empty: all
/// uniformed personnel); [`gap`](GenderTarget::gap) measures a force against it, from the
/// contribution data.
///
/// ```
/// use peacekeeping_core::{Date, GenderTarget, Headcount, Personnel, PersonnelCategory};
///
/// // 15% women in military contingents by the end of 2028.
/// let target = GenderTarget::new("ugps-troops-2028".parse()?, "UN".parse()?, 0.15,
///         Date::new(2028, 12, 31)?)
///     .with_category(PersonnelCategory::Troops);
/// // A force of 900 men and 100 women among its troops, and 50 police officers.
/// let mut force = Personnel::of(PersonnelCategory::Troops, Headcount::by_sex(900, 100));
/// force.set(PersonnelCategory::IndividualPolice, Headcount::by_sex(25, 25));
/// assert_eq!(target.share_in(&force), Some(0.1)); // the police do not count
/// let gap = target.gap(&force).ok_or("sex not reported")?;
/// assert!((gap - -0.05).abs() < 1e-12); // five points short
/// // Troops reported without their sex: no share, no gap (not a share of zero).
/// let unknown = Personnel::of(PersonnelCategory::Troops, Headcount::total_only(1_000));
/// assert_eq!((target.share_in(&unknown), target.gap(&unknown)), (None, None));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct GenderTarget {
    /// The stable id.
    pub id: TargetId,
    /// Who set it: the UN for its peace operations.
    pub set_by: ActorId,
    /// The personnel categories it concerns; empty for all uniformed personnel.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub categories: Vec<PersonnelCategory>,
    /// The share of women to reach, from 0 to 1 (finite, within that range, in a valid
    /// dataset).
    pub share: f64,
    /// The day by which it is to be reached (the last day of the target year where the
    /// text gives a year).
    pub by: Date,
    /// When it was set, if recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub set_on: Option<Date>,
    /// The target as its text words it.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "String::is_empty")
    )]
    pub description: String,
    /// The sources it comes from.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub sources: Vec<SourceId>,
}

impl GenderTarget {
    /// A target of `share` women among all uniformed personnel, by `by`, set by
    /// `set_by`; no category, description or source yet.
    #[must_use]
    pub fn new(id: TargetId, set_by: ActorId, share: f64, by: Date) -> Self {
        GenderTarget {
            id,
            set_by,
            categories: Vec::new(),
            share,
            by,
            set_on: None,
            description: String::new(),
            sources: Vec::new(),
        }
    }

    /// Adds a personnel category it concerns.
    #[must_use]
    pub fn with_category(mut self, category: PersonnelCategory) -> Self {
        self.categories.push(category);
        self
    }

    /// Whether it concerns `category` (every category when it names none).
    #[must_use]
    pub fn concerns(&self, category: PersonnelCategory) -> bool {
        self.categories.is_empty() || self.categories.contains(&category)
    }

    /// The headcount of `personnel` in the categories it concerns.
    #[must_use]
    pub fn headcount_in(&self, personnel: &Personnel) -> Headcount {
        personnel.sum_where(|c| self.concerns(c))
    }

    /// The share of women in `personnel`, over the categories it concerns: `None` when
    /// nobody of them is reported or some are reported without their sex
    /// ([`Headcount::female_share`]).
    #[must_use]
    pub fn share_in(&self, personnel: &Personnel) -> Option<f64> {
        self.headcount_in(personnel).female_share()
    }

    /// How far `personnel` is from the target: the share of women over the categories it
    /// concerns less the target share (negative when short of it); `None` as for
    /// [`share_in`](GenderTarget::share_in).
    #[must_use]
    pub fn gap(&self, personnel: &Personnel) -> Option<f64> {
        self.share_in(personnel).map(|s| s - self.share)
    }

    /// Sets the day it was set.
    #[must_use]
    pub fn set_on(mut self, date: Date) -> Self {
        self.set_on = Some(date);
        self
    }

    /// Sets its wording.
    #[must_use]
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.description = description.into();
        self
    }

    /// Adds a source.
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.sources.push(source);
        self
    }
}
