//! Missions and operations, and their mandates.

use crate::macros::vocabulary;
use crate::{ActorId, CountryCode, Date, MissionId, Period, SourceId};

vocabulary! {
    /// What kind of operation a [`Mission`] is.
    ///
    /// ```
    /// use peacekeeping_core::MissionKind;
    ///
    /// assert_eq!("hybrid".parse::<MissionKind>()?, MissionKind::Hybrid);
    /// assert_eq!(MissionKind::UnPeacekeeping.to_string(), "un-peacekeeping");
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    MissionKind, "mission kind" {
        /// A UN peacekeeping operation led by the Department of Peace Operations:
        /// UNEF I, UNPROFOR, MINUSMA, UNMISS.
        UnPeacekeeping => "un-peacekeeping",
        /// A UN special political mission or office: UNAMA, UNAMI, UNSOM.
        SpecialPoliticalMission => "special-political-mission",
        /// An operation led by a regional organization: AMISOM (AU), EUFOR Althea (EU),
        /// KFOR (NATO), ECOMOG's deployments (ECOWAS).
        RegionalOperation => "regional-operation",
        /// A joint operation of the UN and a regional organization: UNAMID (UN and AU,
        /// Darfur, 2007-2020).
        Hybrid => "hybrid",
        /// A multinational force of willing states outside a standing organization:
        /// INTERFET (East Timor, 1999), the Multinational Force and Observers in Sinai.
        AdHocCoalition => "ad-hoc-coalition",
        /// A national operation deployed with the host's consent or beside a mission:
        /// France's Serval and Barkhane in the Sahel.
        Bilateral => "bilateral",
        /// Forces pledged and kept ready for deployment, not an operation in the field:
        /// the African Standby Force (AU), the UN Peacekeeping Capability Readiness
        /// System. Its period is that of the arrangement.
        StandbyArrangement => "standby-arrangement",
    }
}

vocabulary! {
    /// The legal basis a [`Mandate`] rests on.
    ///
    /// ```
    /// use peacekeeping_core::LegalBasis;
    ///
    /// assert_eq!("chapter-vii".parse::<LegalBasis>()?, LegalBasis::ChapterVii);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    LegalBasis, "legal basis" {
        /// UN Charter chapter VI, pacific settlement of disputes: the classic consent-based
        /// observer missions (UNTSO, UNMOGIP).
        ChapterVi => "chapter-vi",
        /// UN Charter chapter VII, action with respect to threats to the peace: robust
        /// mandates such as MINUSMA's and MONUSCO's.
        ChapterVii => "chapter-vii",
        /// UN Charter chapter VIII, regional arrangements: articles 52-54, under which
        /// regional organizations act with the Security Council's authorization.
        ChapterViii => "chapter-viii",
        /// A decision of a regional organization's own organs: the AU Peace and Security
        /// Council under its 2002 Protocol.
        RegionalDecision => "regional-decision",
        /// The invitation or consent of the host state: France's Operation Serval at
        /// Mali's request in January 2013.
        HostStateConsent => "host-state-consent",
    }
}

vocabulary! {
    /// A task a mandate gives a mission.
    ///
    /// ```
    /// use peacekeeping_core::MandatedTask;
    ///
    /// assert_eq!("protection-of-civilians".parse::<MandatedTask>()?, MandatedTask::ProtectionOfCivilians);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    MandatedTask, "mandated task" {
        /// Protection of civilians under threat of physical violence.
        ProtectionOfCivilians => "protection-of-civilians",
        /// Monitoring a ceasefire or armistice line (UNTSO, UNFICYP).
        CeasefireMonitoring => "ceasefire-monitoring",
        /// Disarmament, demobilization and reintegration of combatants.
        Ddr => "ddr",
        /// Security sector reform.
        Ssr => "ssr",
        /// Electoral support and assistance.
        ElectoralSupport => "electoral-support",
        /// Creating conditions for humanitarian access and assistance.
        HumanitarianAccess => "humanitarian-access",
        /// Rule of law: justice and corrections.
        RuleOfLaw => "rule-of-law",
        /// Promotion and protection of human rights.
        HumanRights => "human-rights",
        /// Support to a peace process or political transition.
        PeaceProcessSupport => "peace-process-support",
        /// Extension of state authority.
        StateAuthority => "state-authority",
        /// Mine action and explosive-hazard clearance.
        MineAction => "mine-action",
        /// Offensive operations against armed groups (AMISOM against al-Shabaab, the Force
        /// Intervention Brigade of MONUSCO).
        OffensiveOperations => "offensive-operations",
        /// Training and mentoring of national forces (EUTM Mali).
        TrainingOfForces => "training-of-forces",
    }
}

/// A resolution or decision that mandates a mission, or renews its mandate.
///
/// `until` is the last day of the term it sets, as the text words it ("until 30 June
/// 2014"); a resolution that sets no term (an open-ended mandate, resolution 1244 for
/// Kosovo) or whose term is not recorded has none.
///
/// ```
/// use peacekeeping_core::{Date, Resolution};
///
/// // Resolution 2164 (2014) renewed MINUSMA's mandate until 30 June 2015.
/// let res = Resolution::new("S/RES/2164 (2014)")
///     .adopted_on(Date::new(2014, 6, 25)?)
///     .until(Date::new(2015, 6, 30)?);
/// assert_eq!(res.symbol, "S/RES/2164 (2014)");
/// assert!(res.covers(Date::new(2015, 1, 1)?));
/// assert!(!res.covers(Date::new(2015, 7, 1)?));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Resolution {
    /// The document symbol: `"S/RES/2100 (2013)"`, an AU PSC communiqué
    /// `"PSC/PR/COMM(LXIX)"`.
    pub symbol: String,
    /// The date of adoption, if recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub adopted: Option<Date>,
    /// The last day of the term it sets or extends, if it sets one and it is recorded.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub until: Option<Date>,
}

impl Resolution {
    /// A resolution known by its symbol.
    #[must_use]
    pub fn new(symbol: impl Into<String>) -> Self {
        Resolution {
            symbol: symbol.into(),
            adopted: None,
            until: None,
        }
    }

    /// Sets the date of adoption.
    #[must_use]
    pub fn adopted_on(mut self, date: Date) -> Self {
        self.adopted = Some(date);
        self
    }

    /// Sets the last day of the term it sets.
    #[must_use]
    pub fn until(mut self, date: Date) -> Self {
        self.until = Some(date);
        self
    }

    /// Whether `date` lies from its adoption to the end of its term, both inclusive:
    /// false before it was adopted (or when its adoption is not recorded) and after its
    /// term; an open term covers every later day.
    #[must_use]
    pub fn covers(&self, date: Date) -> bool {
        self.adopted.is_some_and(|a| a <= date) && self.until.is_none_or(|u| date <= u)
    }
}

/// What a mission is authorized to do, and on what legal basis.
///
/// The resolutions are in order of adoption: the establishing one, then each renewal
/// (a dataset's validation reports resolutions out of that order). The one in force on
/// a day is the last adopted by then, while its term lasts
/// ([`in_force_on`](Mandate::in_force_on)).
///
/// ```
/// use peacekeeping_core::{LegalBasis, Mandate, MandatedTask, Resolution};
///
/// // MINUSMA, resolution 2100 (2013): a chapter VII mandate.
/// let mandate = Mandate {
///     legal_basis: vec![LegalBasis::ChapterVii],
///     resolutions: vec![Resolution::new("S/RES/2100 (2013)")],
///     tasks: vec![MandatedTask::ProtectionOfCivilians, MandatedTask::ElectoralSupport],
/// };
/// assert!(mandate.has_task(MandatedTask::ProtectionOfCivilians));
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, default))]
pub struct Mandate {
    /// The legal bases the mandate invokes.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    pub legal_basis: Vec<LegalBasis>,
    /// The mandating resolutions and decisions, in order.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    pub resolutions: Vec<Resolution>,
    /// The mandated tasks.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    pub tasks: Vec<MandatedTask>,
}

impl Mandate {
    /// Whether the mandate includes `task`.
    #[must_use]
    pub fn has_task(&self, task: MandatedTask) -> bool {
        self.tasks.contains(&task)
    }

    /// The resolution in force on `date`: the last adopted on or before it, if its term
    /// has not run out by then. `None` before the first adoption on record, and in a
    /// lapse: after a term ended and before the next resolution (or a renewal the
    /// record lacks). Resolutions without an adoption date are not considered.
    ///
    /// ```
    /// use peacekeeping_core::{Date, Mandate, Resolution};
    ///
    /// let d = |y, m, d| Date::new(y, m, d);
    /// let mandate = Mandate {
    ///     resolutions: vec![
    ///         Resolution::new("S/RES/2100 (2013)").adopted_on(d(2013, 4, 25)?).until(d(2014, 6, 30)?),
    ///         Resolution::new("S/RES/2164 (2014)").adopted_on(d(2014, 6, 25)?).until(d(2015, 6, 30)?),
    ///     ],
    ///     ..Mandate::default()
    /// };
    /// let symbol = |day| mandate.in_force_on(day).map(|r| r.symbol.as_str());
    /// assert_eq!(symbol(d(2014, 6, 24)?), Some("S/RES/2100 (2013)"));
    /// assert_eq!(symbol(d(2014, 6, 25)?), Some("S/RES/2164 (2014)"));
    /// assert_eq!(symbol(d(2015, 7, 1)?), None); // no renewal on record
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn in_force_on(&self, date: Date) -> Option<&Resolution> {
        self.resolutions
            .iter()
            .filter(|r| r.adopted.is_some_and(|a| a <= date))
            .max_by_key(|r| r.adopted)
            .filter(|r| r.covers(date))
    }

    /// The lapses within `period`: the runs of days, from the first adoption on record,
    /// on which no resolution is in force ([`in_force_on`](Mandate::in_force_on)), in
    /// date order. A lapse is a mandate that ran out before it was renewed, or a renewal
    /// the record lacks; the last one is open if `period` is and the last term ran out.
    ///
    /// ```
    /// use peacekeeping_core::{Date, Mandate, Period, Resolution};
    ///
    /// let d = |y, m, d| Date::new(y, m, d);
    /// let mandate = Mandate {
    ///     resolutions: vec![
    ///         Resolution::new("A").adopted_on(d(2010, 3, 1)?).until(d(2010, 12, 31)?),
    ///         Resolution::new("B").adopted_on(d(2011, 2, 1)?).until(d(2011, 12, 31)?),
    ///     ],
    ///     ..Mandate::default()
    /// };
    /// let lapses = mandate.lapses(Period::between(d(2009, 1, 1)?, d(2012, 6, 30)?)?);
    /// assert_eq!(lapses, [
    ///     Period::between(d(2011, 1, 1)?, d(2011, 1, 31)?)?, // until B's adoption
    ///     Period::between(d(2012, 1, 1)?, d(2012, 6, 30)?)?, // B ran out
    /// ]);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn lapses(&self, period: Period) -> Vec<Period> {
        let mut dated: Vec<(Date, Option<Date>)> = self
            .resolutions
            .iter()
            .filter_map(|r| r.adopted.map(|a| (a, r.until)))
            .collect();
        // In order of adoption; of those adopted on one day, the one listed last counts
        // (as in `in_force_on`).
        dated.sort_by_key(|(a, _)| *a);
        let mut found: Vec<Period> = Vec::new();
        for (i, &(adopted, until)) in dated.iter().enumerate() {
            let next = dated.get(i + 1).map(|(a, _)| *a);
            // Not the last of its day: the one listed after it is in force instead.
            if next == Some(adopted) {
                continue;
            }
            // An open term, or one ending on the last representable day: no lapse after.
            // (A term ending before its adoption, which validation reports, covers
            // nothing: the lapse starts on the adoption.)
            let Some(from) = until.and_then(|u| u.checked_add_days(1)) else {
                continue;
            };
            let from = from.max(adopted);
            let lapse = match next {
                Some(n) if n <= from => continue,
                Some(n) => n
                    .checked_add_days(-1)
                    .and_then(|to| Period::between(from, to).ok()),
                None => Some(Period::since(from)),
            };
            let Some(run) = lapse.and_then(|l| l.intersection(&period)) else {
                continue;
            };
            // A run that starts the day after the previous one ends continues it (a
            // resolution whose term ended before its adoption covers nothing).
            match found.last_mut() {
                Some(last)
                    if last.end().and_then(|e| e.checked_add_days(1)) == Some(run.start()) =>
                {
                    *last = Period::new(last.start(), run.end()).unwrap_or(run);
                }
                _ => found.push(run),
            }
        }
        found
    }
}

/// The personnel ceiling a mandate sets, as of a date: the authorized strength of one
/// mandate period, from the resolution that set it.
///
/// `military` is the whole military ceiling (troops, staff officers and military
/// observers); where the resolution names the military observers apart, `observers`
/// says how many of the military ceiling they are, so troops are `military - observers`
/// ([`troops`](AuthorizedStrength::troops)). `police` counts individual officers and
/// formed units together. Where the resolution sets one ceiling for the military and
/// the police together ("a maximum of 22,126 uniformed personnel", AMISOM in 2013),
/// `uniformed` holds it, and `military` and `police` only the parts it sets apart, if
/// any. A figure the resolution does not set is `None`, not zero.
///
/// ```
/// use peacekeeping_core::{AuthorizedStrength, Date};
///
/// // Resolution 2100 (2013): up to 11,200 military and 1,440 police for MINUSMA.
/// let ceiling = AuthorizedStrength::new(Date::new(2013, 4, 25)?)
///     .military(11_200)
///     .police(1_440)
///     .set_by("S/RES/2100 (2013)");
/// assert_eq!(ceiling.total(), 12_640);
/// assert_eq!(ceiling.troops(), None); // the observers are not set apart
///
/// // Resolution 1925 (2010): MONUSCO's 19,815 troops, 760 observers and 1,441 police.
/// let monusco = AuthorizedStrength::new(Date::new(2010, 5, 28)?)
///     .military(19_815 + 760)
///     .observers(760)
///     .police(1_441);
/// assert_eq!(monusco.troops(), Some(19_815));
///
/// // Resolution 2124 (2013): AMISOM up to 22,126 uniformed personnel, not split.
/// let amisom = AuthorizedStrength::new(Date::new(2013, 11, 12)?)
///     .uniformed(22_126)
///     .set_by("S/RES/2124 (2013)");
/// assert_eq!((amisom.total(), amisom.military), (22_126, None));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct AuthorizedStrength {
    /// From when this ceiling applies.
    pub as_of: Date,
    /// Military personnel (troops, staff officers, military observers).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub military: Option<u32>,
    /// Police personnel (formed units and individual officers).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub police: Option<u32>,
    /// Of the military ceiling, the military observers, where the resolution names them
    /// apart.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub observers: Option<u32>,
    /// Military and police together, where the resolution sets one ceiling for both
    /// (`military` and `police` then hold only the parts it sets apart).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub uniformed: Option<u32>,
    /// The resolution (or decision) that set this ceiling, by its symbol:
    /// `S/RES/2100 (2013)`.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub resolution: Option<String>,
}

impl AuthorizedStrength {
    /// A ceiling with no figures yet, applying from `as_of`.
    #[must_use]
    pub fn new(as_of: Date) -> Self {
        AuthorizedStrength {
            as_of,
            military: None,
            police: None,
            observers: None,
            uniformed: None,
            resolution: None,
        }
    }

    /// Sets how many of the military ceiling are military observers.
    #[must_use]
    pub fn observers(mut self, n: u32) -> Self {
        self.observers = Some(n);
        self
    }

    /// Sets the symbol of the resolution that set the ceiling.
    #[must_use]
    pub fn set_by(mut self, resolution: impl Into<String>) -> Self {
        self.resolution = Some(resolution.into());
        self
    }

    /// The troop ceiling: the military ceiling less the observers, when both are set
    /// (`None` if the observers are not set apart, or exceed the military ceiling, which
    /// validation reports).
    #[must_use]
    pub fn troops(&self) -> Option<u32> {
        self.military?.checked_sub(self.observers?)
    }

    /// Sets the military ceiling.
    #[must_use]
    pub fn military(mut self, n: u32) -> Self {
        self.military = Some(n);
        self
    }

    /// Sets the police ceiling.
    #[must_use]
    pub fn police(mut self, n: u32) -> Self {
        self.police = Some(n);
        self
    }

    /// Sets the ceiling of the military and police together.
    #[must_use]
    pub fn uniformed(mut self, n: u32) -> Self {
        self.uniformed = Some(n);
        self
    }

    /// The ceiling of uniformed personnel: `uniformed` where set, else military plus
    /// police, counting a missing figure as zero.
    #[must_use]
    pub fn total(&self) -> u64 {
        self.uniformed.map_or_else(|| self.parts(), u64::from)
    }

    /// Whether the ceiling sets a figure that [`total`](Self::total) counts: military,
    /// police or uniformed personnel (a ceiling without any says the figures are not
    /// known from its date).
    #[must_use]
    pub fn has_figures(&self) -> bool {
        self.military.is_some() || self.police.is_some() || self.uniformed.is_some()
    }

    /// Military plus police, counting a missing figure as zero.
    fn parts(&self) -> u64 {
        u64::from(self.military.unwrap_or(0)) + u64::from(self.police.unwrap_or(0))
    }

    /// The military and police ceilings set apart add up to more than the uniformed
    /// ceiling: `Some((parts, uniformed))`, which validation reports.
    pub(crate) fn parts_exceeding_uniformed(&self) -> Option<(u64, u32)> {
        let uniformed = self.uniformed?;
        let parts = self.parts();
        (parts > u64::from(uniformed)).then_some((parts, uniformed))
    }
}

/// A peace operation: a UN peacekeeping operation, a political mission, a regional or
/// hybrid operation, a coalition, a national deployment.
///
/// A mission has an id (its acronym by convention), a name, the aliases data files use
/// (`ONUCI` is the French acronym of `UNOCI`), a [`kind`](MissionKind), its lead
/// organizations or states, a [`Mandate`], its host countries, its period, its authorized
/// strength over time, and the missions it took over from: ATMIS took over from AMISOM
/// in 2022 and was itself succeeded by AUSSOM in 2025; MINUSMA took over from the
/// AU-led AFISMA on 2013-07-01.
///
/// ```
/// use peacekeeping_core::{Date, Mission, MissionKind, Period};
///
/// let minusma = Mission::new(
///     "MINUSMA".parse()?,
///     "United Nations Multidimensional Integrated Stabilization Mission in Mali",
///     MissionKind::UnPeacekeeping,
///     Period::between(Date::new(2013, 7, 1)?, Date::new(2023, 12, 31)?)?,
/// )
/// .with_lead("UN".parse()?)
/// .with_host("MLI".parse()?)
/// .with_predecessor("AFISMA".parse()?);
/// assert!(minusma.is_active_on(Date::new(2020, 1, 1)?));
/// assert!(minusma.is_called("minusma"));
/// # Ok::<(), peacekeeping_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
#[non_exhaustive]
pub struct Mission {
    /// The stable id other records use; by convention the acronym.
    pub id: MissionId,
    /// The acronym as the lead organization writes it; defaults to the id.
    pub acronym: String,
    /// The full name.
    pub name: String,
    /// Other acronyms and names found in data (`"ONUCI"` for UNOCI).
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub aliases: Vec<String>,
    /// What kind of operation it is.
    pub kind: MissionKind,
    /// The organizations or states that lead it: the UN; the AU and the UN for UNAMID;
    /// France for Barkhane.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub leads: Vec<ActorId>,
    /// Its legal basis, mandating resolutions and tasks.
    #[cfg_attr(feature = "serde", serde(default))]
    pub mandate: Mandate,
    /// The countries it deploys in.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub hosts: Vec<CountryCode>,
    /// From its start to its end, both inclusive. The start is the establishment or the
    /// deployment, as the source has it; the reference dataset of `peacekeeping-data`
    /// starts a UN operation on its establishing resolution and a regional or bilateral
    /// one on its deciding organ's decision, so a successor decided before its
    /// predecessor ends overlaps it (ATMIS, decided on 2022-03-08, and AMISOM, which
    /// ended on 2022-03-31; ATMIS took over on 1 April).
    pub period: Period,
    /// Personnel ceilings over time, in date order.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub authorized_strength: Vec<AuthorizedStrength>,
    /// The missions it took over from.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub predecessors: Vec<MissionId>,
    /// The sources these facts come from.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Vec::is_empty")
    )]
    pub sources: Vec<SourceId>,
}

impl Mission {
    /// Creates a mission whose acronym is its id; every list empty.
    #[must_use]
    pub fn new(id: MissionId, name: impl Into<String>, kind: MissionKind, period: Period) -> Self {
        Mission {
            acronym: id.as_str().to_owned(),
            id,
            name: name.into(),
            aliases: Vec::new(),
            kind,
            leads: Vec::new(),
            mandate: Mandate::default(),
            hosts: Vec::new(),
            period,
            authorized_strength: Vec::new(),
            predecessors: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// Adds a lead organization or state.
    #[must_use]
    pub fn with_lead(mut self, lead: ActorId) -> Self {
        self.leads.push(lead);
        self
    }

    /// Adds a host country.
    #[must_use]
    pub fn with_host(mut self, host: CountryCode) -> Self {
        self.hosts.push(host);
        self
    }

    /// Adds a predecessor mission.
    #[must_use]
    pub fn with_predecessor(mut self, predecessor: MissionId) -> Self {
        self.predecessors.push(predecessor);
        self
    }

    /// Adds an alias.
    #[must_use]
    pub fn with_alias(mut self, alias: impl Into<String>) -> Self {
        self.aliases.push(alias.into());
        self
    }

    /// Sets the mandate.
    #[must_use]
    pub fn with_mandate(mut self, mandate: Mandate) -> Self {
        self.mandate = mandate;
        self
    }

    /// Adds a source.
    #[must_use]
    pub fn with_source(mut self, source: SourceId) -> Self {
        self.sources.push(source);
        self
    }

    /// Whether the mission was active on `date`.
    #[must_use]
    pub fn is_active_on(&self, date: Date) -> bool {
        self.period.contains(date)
    }

    /// Whether `name` is this mission's id, acronym, name or one of its aliases, ignoring
    /// ASCII case.
    #[must_use]
    pub fn is_called(&self, name: &str) -> bool {
        let name = name.trim();
        [self.id.as_str(), self.acronym.as_str(), self.name.as_str()]
            .into_iter()
            .chain(self.aliases.iter().map(String::as_str))
            .any(|n| n.eq_ignore_ascii_case(name))
    }

    /// The ceilings in force during `period`, in date order: the one in force on its
    /// first day (the latest set on or before it), then each one set during it. A
    /// period before the first ceiling starts with the first one set during it.
    ///
    /// ```
    /// use peacekeeping_core::{AuthorizedStrength, Date, Mission, MissionKind, Period};
    ///
    /// // Synthetic ceilings.
    /// let mut m = Mission::new("m".parse()?, "A mission", MissionKind::UnPeacekeeping,
    ///     Period::since(Date::new(2000, 1, 1)?));
    /// m.authorized_strength = vec![
    ///     AuthorizedStrength::new(Date::new(2004, 1, 1)?).military(3_000),
    ///     AuthorizedStrength::new(Date::new(2000, 1, 1)?).military(1_000),
    ///     AuthorizedStrength::new(Date::new(2002, 1, 1)?).military(2_000),
    /// ];
    /// let over = |start, end| -> Result<Vec<Option<u32>>, peacekeeping_core::Error> {
    ///     let period = Period::between(Date::new(start, 6, 1)?, Date::new(end, 6, 1)?)?;
    ///     Ok(m.authorized_strength_over(period).iter().map(|c| c.military).collect())
    /// };
    /// assert_eq!(over(2001, 2003)?, [Some(1_000), Some(2_000)]);
    /// assert_eq!(over(2002, 2003)?, [Some(2_000)]);
    /// assert_eq!(over(1999, 2005)?, [Some(1_000), Some(2_000), Some(3_000)]);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    #[must_use]
    pub fn authorized_strength_over(&self, period: Period) -> Vec<&AuthorizedStrength> {
        let mut ceilings: Vec<&AuthorizedStrength> = self.authorized_strength.iter().collect();
        ceilings.sort_by_key(|s| s.as_of);
        let set_by_start = ceilings.partition_point(|s| s.as_of <= period.start());
        let to = period.end().map_or(ceilings.len(), |end| {
            ceilings.partition_point(|s| s.as_of <= end)
        });
        ceilings.truncate(to);
        ceilings.drain(..set_by_start.saturating_sub(1));
        ceilings
    }

    /// The authorized strength in force on `date`: the latest ceiling set on or before it.
    #[must_use]
    pub fn authorized_strength_on(&self, date: Date) -> Option<&AuthorizedStrength> {
        self.authorized_strength
            .iter()
            .filter(|s| s.as_of <= date)
            .max_by_key(|s| s.as_of)
    }
}
