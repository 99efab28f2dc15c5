//! [`SnapshotSeries`]: the partnership graph on a run of dates (yearly, monthly), and
//! per-actor metrics over it as a tidy [`MetricTable`] (actor, date, value).

use std::collections::HashMap;
use std::fmt::Write as _;

use peacekeeping_core::{ActorId, Dataset, Date, DateStep, DayRule};

use crate::partnership_graph::Timeline;
use crate::{GraphError, PartnershipGraph};

/// The step between two snapshots of a [`SnapshotSeries`].
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let s = SnapshotSeries::new(&data, Date::new(2012, 12, 31)?, date, Step::Yearly)?;
/// assert_eq!(s.dates().collect::<Vec<_>>(), [Date::new(2012, 12, 31)?, date]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Step {
    /// One calendar month.
    Monthly,
    /// One calendar year.
    Yearly,
}

/// The dates from `start` to `end` (both included when they fall on a step) by `step`.
///
/// When `start` is the last day of its month, every date is the last day of its month
/// (the UN's reporting dates: `2013-01-31`, `2013-02-28`, ...); otherwise each date keeps
/// `start`'s day of the month, clamped to the month's length.
///
/// ```
/// use peacekeeping_core::Date;
/// use peacekeeping_graph::{series_dates, Step};
/// let dates = series_dates(Date::new(2013, 1, 31)?, Date::new(2013, 3, 31)?, Step::Monthly)?;
/// assert_eq!(dates, [Date::new(2013, 1, 31)?, Date::new(2013, 2, 28)?, Date::new(2013, 3, 31)?]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`GraphError::SeriesEndsBeforeStart`] if `end` is before `start`.
pub fn series_dates(start: Date, end: Date, step: Step) -> Result<Vec<Date>, GraphError> {
    if end < start {
        return Err(GraphError::SeriesEndsBeforeStart { start, end });
    }
    // A month-end start keeps every date a month end (`DayRule::KeepMonthEnd`); any
    // other keeps its day, clamped to short months.
    let step = match step {
        Step::Monthly => DateStep::Months(1, DayRule::KeepMonthEnd),
        Step::Yearly => DateStep::Years(1, DayRule::KeepMonthEnd),
    };
    Ok(start.series(step).take_while(|date| *date <= end).collect())
}

/// The partnership graph on each date of a run.
///
/// A series resolves the dataset's time-bound records (memberships, partnerships,
/// trainings, existence of actors and missions) once, then filters that flat list for
/// each date; contributions come from the dataset's per-mission report index (a binary
/// search per mission and date). Building `n` snapshots costs `n` linear passes over the
/// records, without re-reading the dataset.
///
/// ```
/// use peacekeeping_core::*;
/// use peacekeeping_graph::{SnapshotSeries, Step};
///
/// let mut b = Dataset::builder();
/// b.actor(Actor::new("AU".parse()?, "African Union", ActorKind::RegionalOrganization))
///     .actor(Actor::state("SSD".parse()?, "South Sudan")?)
///     .membership(Membership::new("SSD".parse()?, "AU".parse()?,
///         Period::since(Date::new(2011, 7, 28)?), MembershipStatus::Full));
/// let data = b.build()?;
///
/// let series = SnapshotSeries::new(&data, Date::new(2010, 12, 31)?, Date::new(2012, 12, 31)?, Step::Yearly)?;
/// let table = series.metric_table(|_, g| {
///     Ok::<_, peacekeeping_graph::GraphError>(g.actors().map(|a| (a.clone(), g.degree(a).unwrap_or(0) as f64)).collect())
/// })?;
/// assert_eq!(table.value("SSD", Date::new(2010, 12, 31)?), Some(0.0));
/// assert_eq!(table.value("SSD", Date::new(2011, 12, 31)?), Some(1.0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// ```
/// use peacekeeping_core::{Dataset, Date};
/// use peacekeeping_graph::{SnapshotSeries, Step};
/// let data = Dataset::builder().build()?;
/// let s = SnapshotSeries::new(&data, Date::new(2013, 1, 31)?, Date::new(2013, 12, 31)?, Step::Monthly)?;
/// assert_eq!(s.len(), 12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct SnapshotSeries {
    snapshots: Vec<(Date, PartnershipGraph)>,
}

impl SnapshotSeries {
    /// The snapshots on [`series_dates`]`(start, end, step)`.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let s = SnapshotSeries::new(&data, Date::new(2012, 12, 31)?, date, Step::Yearly)?;
    /// assert_eq!(s.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`GraphError::SeriesEndsBeforeStart`] if `end` is before `start`.
    pub fn new(data: &Dataset, start: Date, end: Date, step: Step) -> Result<Self, GraphError> {
        Ok(Self::on_dates(data, series_dates(start, end, step)?))
    }

    /// The snapshots on the given dates, in the order given.
    ///
    /// ```
    /// use peacekeeping_core::{Dataset, Date};
    /// use peacekeeping_graph::SnapshotSeries;
    /// let data = Dataset::builder().build()?;
    /// let s = SnapshotSeries::on_dates(&data, [Date::new(2010, 10, 31)?, Date::new(2013, 12, 31)?]);
    /// assert_eq!(s.dates().count(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn on_dates(data: &Dataset, dates: impl IntoIterator<Item = Date>) -> Self {
        let timeline = Timeline::new(data);
        SnapshotSeries {
            snapshots: dates
                .into_iter()
                .map(|d| (d, timeline.snapshot(data, d)))
                .collect(),
        }
    }

    /// The number of snapshots.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let s = SnapshotSeries::new(&data, Date::new(2012, 12, 31)?, date, Step::Yearly)?;
    /// assert_eq!(s.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.snapshots.len()
    }

    /// Whether there is no snapshot.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let s = SnapshotSeries::new(&data, Date::new(2012, 12, 31)?, date, Step::Yearly)?;
    /// assert!(!s.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.snapshots.is_empty()
    }

    /// The dates, in order.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let s = SnapshotSeries::new(&data, Date::new(2012, 12, 31)?, date, Step::Yearly)?;
    /// assert_eq!(s.dates().last(), Some(date));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn dates(&self) -> impl Iterator<Item = Date> + '_ {
        self.snapshots.iter().map(|s| s.0)
    }

    /// Each date with its graph.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let s = SnapshotSeries::new(&data, Date::new(2012, 12, 31)?, date, Step::Yearly)?;
    /// // Contributions are first reported on 2013-12-31.
    /// let counts: Vec<usize> = s.iter().map(|(_, g)| g.edge_count()).collect();
    /// assert_eq!(counts, [2, 4]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (Date, &PartnershipGraph)> {
        self.snapshots.iter().map(|(d, g)| (*d, g))
    }

    /// The graph on `date`, if it is one of the series' dates.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let s = SnapshotSeries::new(&data, Date::new(2012, 12, 31)?, date, Step::Yearly)?;
    /// assert_eq!(s.get(date).map(PartnershipGraph::node_count), Some(4));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn get(&self, date: Date) -> Option<&PartnershipGraph> {
        self.snapshots.iter().find(|s| s.0 == date).map(|s| &s.1)
    }

    /// A per-actor metric on every snapshot, as a tidy table: `metric` gets each date and
    /// its graph and returns `(actor, value)` pairs (any projection or algorithm may run
    /// inside it, with `?` on its errors); rows come in date order, then in the order
    /// `metric` returned them. [`PartnershipGraph::to_network`] gives the graph to the
    /// algorithms, [`NodeNetwork::per_actor`](crate::NodeNetwork::per_actor) the rows.
    ///
    /// ```
    /// use peacekeeping_core::*;
    /// use peacekeeping_graph::{algo, EdgeKind, GraphError, RelationWeight, SnapshotSeries, Step, Weights};
    ///
    /// let mut b = Dataset::builder();
    /// b.mission(Mission::new("UNMISS".parse()?, "UNMISS", MissionKind::UnPeacekeeping, Period::since(Date::new(2011, 7, 9)?)));
    /// for (who, n) in [("NPL", 850), ("BGD", 300)] {
    ///     b.actor(Actor::state(who.parse()?, who)?)
    ///         .contribution(Contribution::personnel(who.parse()?, "UNMISS".parse()?, Date::new(2012, 12, 31)?,
    ///             Personnel::of(PersonnelCategory::Troops, Headcount::total_only(n))));
    /// }
    /// let data = b.build()?;
    /// let series = SnapshotSeries::new(&data, Date::new(2011, 12, 31)?, Date::new(2013, 12, 31)?, Step::Yearly)?;
    /// // Each actor's closeness in each year's graph of contributions (actors and missions).
    /// let table = series.metric_table(|_, graph| {
    ///     let net = graph.to_network(&[EdgeKind::Contribution], RelationWeight::Unit)?;
    ///     let closeness = algo::closeness(net.network(), Weights::Ignore, algo::ClosenessScale::WithinReach);
    ///     Ok::<_, GraphError>(net.per_actor(&closeness))
    /// })?;
    /// assert_eq!(table.value("NPL", Date::new(2011, 12, 31)?), Some(0.0)); // not deployed yet
    /// assert_eq!(table.value("NPL", Date::new(2013, 12, 31)?), Some(2.0 / 3.0)); // UNMISS 1, BGD 2
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// The first error `metric` returns; [`GraphError::NonFiniteMetric`] (converted into
    /// `E`) naming the actor and date of the first NaN or infinite value.
    pub fn metric_table<E: From<GraphError>>(
        &self,
        mut metric: impl FnMut(Date, &PartnershipGraph) -> Result<Vec<(ActorId, f64)>, E>,
    ) -> Result<MetricTable, E> {
        let mut rows = Vec::new();
        for (date, graph) in &self.snapshots {
            for (actor, value) in metric(*date, graph)? {
                if !value.is_finite() {
                    return Err(E::from(GraphError::NonFiniteMetric {
                        actor: actor.to_string(),
                        date: *date,
                        value,
                    }));
                }
                rows.push(MetricRow {
                    actor,
                    date: *date,
                    value,
                });
            }
        }
        Ok(MetricTable::from_rows(rows))
    }
}

/// One row of a [`MetricTable`].
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let s = SnapshotSeries::new(&data, Date::new(2012, 12, 31)?, date, Step::Yearly)?;
/// let t = s.metric_table(|_, g| Ok::<_, GraphError>(g.actors().map(|a| (a.clone(), g.degree(a).unwrap_or(0) as f64)).collect()))?;
/// let first = &t.rows()[0];
/// assert_eq!((first.actor.as_str(), first.date, first.value), ("AU", Date::new(2012, 12, 31)?, 2.0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct MetricRow {
    /// The actor.
    pub actor: ActorId,
    /// The date of the snapshot.
    pub date: Date,
    /// The metric's value (finite).
    pub value: f64,
}

/// A per-actor metric over a series, in long ("tidy") form: one row per actor and date.
///
/// ```
/// use peacekeeping_core::{Dataset, Date};
/// use peacekeeping_graph::{SnapshotSeries, Step};
/// let data = Dataset::builder().build()?;
/// let s = SnapshotSeries::new(&data, Date::new(2012, 12, 31)?, Date::new(2013, 12, 31)?, Step::Yearly)?;
/// let t = s.metric_table(|_, _| Ok::<_, peacekeeping_graph::GraphError>(vec![("NPL".parse().expect("valid id"), 1.5)]))?;
/// assert_eq!(t.to_csv(), "actor,date,value\nNPL,2012-12-31,1.5\nNPL,2013-12-31,1.5\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MetricTable {
    rows: Vec<MetricRow>,
    at: HashMap<(ActorId, Date), usize>,
}

impl MetricTable {
    fn from_rows(rows: Vec<MetricRow>) -> Self {
        let at = rows
            .iter()
            .enumerate()
            .map(|(i, r)| ((r.actor.clone(), r.date), i))
            .collect();
        MetricTable { rows, at }
    }

    /// The rows, in date order.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let s = SnapshotSeries::new(&data, Date::new(2012, 12, 31)?, date, Step::Yearly)?;
    /// let t = s.metric_table(|_, g| Ok::<_, GraphError>(g.actors().map(|a| (a.clone(), g.degree(a).unwrap_or(0) as f64)).collect()))?;
    /// assert_eq!(t.rows().len(), 6); // three actors, two dates
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn rows(&self) -> &[MetricRow] {
        &self.rows
    }

    /// The value for `actor` on `date` (the last one, if the metric gave several).
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let s = SnapshotSeries::new(&data, Date::new(2012, 12, 31)?, date, Step::Yearly)?;
    /// let t = s.metric_table(|_, g| Ok::<_, GraphError>(g.actors().map(|a| (a.clone(), g.degree(a).unwrap_or(0) as f64)).collect()))?;
    /// assert_eq!(t.value("GHA", date), Some(2.0)); // AU and UNMIL
    /// assert_eq!(t.value("GHA", Date::new(2000, 1, 1)?), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn value(&self, actor: &str, date: Date) -> Option<f64> {
        let id: ActorId = actor.parse().ok()?;
        self.at.get(&(id, date)).map(|&i| self.rows[i].value)
    }

    /// The table as CSV with the header `actor,date,value` (values in Rust's shortest
    /// round-trip form).
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let s = SnapshotSeries::new(&data, Date::new(2012, 12, 31)?, date, Step::Yearly)?;
    /// let t = s.metric_table(|_, g| Ok::<_, GraphError>(g.actors().map(|a| (a.clone(), g.degree(a).unwrap_or(0) as f64)).collect()))?;
    /// assert!(t.to_csv().contains("GHA,2013-12-31,2\n"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn to_csv(&self) -> String {
        let mut out = String::from("actor,date,value\n");
        for r in &self.rows {
            let _ = writeln!(
                out,
                "{},{},{}",
                peacekeeping_core::csv_field(r.actor.as_str()),
                r.date,
                r.value
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yearly_steps_keep_the_day_and_monthly_month_ends_stay_month_ends() {
        let d = |y, m, d| Date::new(y, m, d).unwrap();
        assert_eq!(
            series_dates(d(2012, 2, 29), d(2014, 3, 1), Step::Yearly).unwrap(),
            [d(2012, 2, 29), d(2013, 2, 28), d(2014, 2, 28)]
        );
        assert_eq!(
            series_dates(d(2013, 11, 30), d(2014, 1, 31), Step::Monthly).unwrap(),
            [d(2013, 11, 30), d(2013, 12, 31), d(2014, 1, 31)]
        );
        assert!(series_dates(d(2014, 1, 1), d(2013, 1, 1), Step::Monthly).is_err());
    }
}
