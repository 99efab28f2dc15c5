//! The nodes of a framework's tree: [`Aggregate`]s (the index and its dimensions) and
//! [`Indicator`]s (the leaves), and [`NodeRef`], either of them.

use super::method::{Aggregation, Normalization, Transform};
use crate::direction::Direction;

/// A leaf of a [`Framework`](crate::Framework): one measured indicator.
///
/// ```
/// use peacekeeping_eval::{Direction, Indicator, Normalization};
///
/// let frictions = Indicator::new("frictions", "Reported frictions per year")
///     .parent("cooperation")
///     .unit("count per year")
///     .direction(Direction::LowerIsBetter)
///     .weight(2.0);
/// assert_eq!(frictions.direction, Direction::LowerIsBetter);
/// assert_eq!(frictions.normalization, None); // the pipeline's default
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Indicator {
    /// The id data columns and observations refer to.
    pub id: String,
    /// A human-readable name.
    pub name: String,
    /// The parent aggregate's id.
    pub parent: String,
    /// The unit of the raw values (free text: "years", "% of respondents").
    pub unit: String,
    /// A longer description: what is measured and why.
    pub description: String,
    /// Which way is better.
    pub direction: Direction,
    /// The transform applied before normalization.
    pub transform: Transform,
    /// The normalization; `None` uses the pipeline's default.
    pub normalization: Option<Normalization>,
    /// The weight within the parent (non-negative; weights of siblings are normalized).
    pub weight: f64,
}

impl Indicator {
    /// An indicator with weight 1, higher is better, no transform, default normalization.
    ///
    /// ```
    /// let le = peacekeeping_eval::Indicator::new("le", "Life expectancy at birth");
    /// assert_eq!(le.weight, 1.0);
    /// ```
    #[must_use]
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Indicator {
            id: id.into(),
            name: name.into(),
            parent: String::new(),
            unit: String::new(),
            description: String::new(),
            direction: Direction::HigherIsBetter,
            transform: Transform::None,
            normalization: None,
            weight: 1.0,
        }
    }

    setters! {
        /// Sets the parent aggregate.
        ///
        /// ```
        /// let le = peacekeeping_eval::Indicator::new("le", "Life expectancy").parent("health");
        /// assert_eq!(le.parent, "health");
        /// ```
        parent: impl Into<String> => parent.into();

        /// Sets the unit of the raw values.
        ///
        /// ```
        /// let le = peacekeeping_eval::Indicator::new("le", "Life expectancy").unit("years");
        /// assert_eq!(le.unit, "years");
        /// ```
        unit: impl Into<String> => unit.into();

        /// Sets the description.
        ///
        /// ```
        /// let le = peacekeeping_eval::Indicator::new("le", "LE").description("At birth");
        /// assert_eq!(le.description, "At birth");
        /// ```
        description: impl Into<String> => description.into();

        /// Sets the direction.
        ///
        /// ```
        /// use peacekeeping_eval::{Direction, Indicator};
        ///
        /// let i = Indicator::new("deaths", "Deaths").direction(Direction::LowerIsBetter);
        /// assert_eq!(i.direction.sign(), -1.0);
        /// ```
        direction: Direction => direction;

        /// Sets the transform.
        ///
        /// ```
        /// use peacekeeping_eval::{Indicator, Transform};
        ///
        /// let gni = Indicator::new("gni", "GNI per capita").transform(Transform::Log);
        /// assert_eq!(gni.transform, Transform::Log);
        /// ```
        transform: Transform => transform;

        /// Sets the normalization.
        ///
        /// ```
        /// use peacekeeping_eval::{Indicator, Normalization};
        ///
        /// let le = Indicator::new("le", "Life expectancy")
        ///     .normalization(Normalization::Goalposts { min: 20.0, max: 85.0, scale: 1.0 });
        /// assert!(le.normalization.is_some());
        /// ```
        normalization: Normalization => Some(normalization);

        /// Sets the weight within the parent.
        ///
        /// ```
        /// let i = peacekeeping_eval::Indicator::new("a", "A").weight(0.5);
        /// assert_eq!(i.weight, 0.5);
        /// ```
        weight: f64 => weight;
    }
}

/// An inner node of a [`Framework`](crate::Framework): the index (the root, without a parent), a dimension
/// or a sub-dimension.
///
/// ```
/// use peacekeeping_eval::{Aggregate, Aggregation};
///
/// let hdi = Aggregate::new("hdi", "Human Development Index").method(Aggregation::Geometric);
/// let education = Aggregate::new("education", "Education").parent("hdi");
/// assert_eq!(education.method, Aggregation::Arithmetic);
/// assert!(hdi.parent.is_none());
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Aggregate {
    /// The node id.
    pub id: String,
    /// A human-readable name.
    pub name: String,
    /// The parent's id; `None` for the root.
    pub parent: Option<String>,
    /// A longer description.
    pub description: String,
    /// How the children are combined.
    pub method: Aggregation,
    /// The weight within the parent (ignored for the root).
    pub weight: f64,
}

impl Aggregate {
    /// An aggregate with weight 1 and the arithmetic mean; the root unless given a parent.
    ///
    /// ```
    /// let index = peacekeeping_eval::Aggregate::new("index", "Index");
    /// assert_eq!(index.weight, 1.0);
    /// ```
    #[must_use]
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Aggregate {
            id: id.into(),
            name: name.into(),
            parent: None,
            description: String::new(),
            method: Aggregation::Arithmetic,
            weight: 1.0,
        }
    }

    setters! {
        /// Sets the parent.
        ///
        /// ```
        /// let a = peacekeeping_eval::Aggregate::new("health", "Health").parent("hdi");
        /// assert_eq!(a.parent.as_deref(), Some("hdi"));
        /// ```
        parent: impl Into<String> => Some(parent.into());

        /// Sets the description.
        ///
        /// ```
        /// let a = peacekeeping_eval::Aggregate::new("h", "Health").description("A long life");
        /// assert_eq!(a.description, "A long life");
        /// ```
        description: impl Into<String> => description.into();

        /// Sets the aggregation method.
        ///
        /// ```
        /// use peacekeeping_eval::{Aggregate, Aggregation};
        ///
        /// let a = Aggregate::new("i", "Index").method(Aggregation::Minimum);
        /// assert_eq!(a.method, Aggregation::Minimum);
        /// ```
        method: Aggregation => method;

        /// Sets the weight within the parent.
        ///
        /// ```
        /// let a = peacekeeping_eval::Aggregate::new("h", "Health").weight(2.0);
        /// assert_eq!(a.weight, 2.0);
        /// ```
        weight: f64 => weight;
    }
}

/// A node of a validated [`Framework`](crate::Framework), as returned by [`Framework::node`](crate::Framework::node).
///
/// ```
/// use peacekeeping_eval::{builtin, NodeRef};
///
/// let framework = builtin::partnership_effectiveness()?;
/// assert!(matches!(framework.node(framework.root_id()), Some(NodeRef::Aggregate(_))));
/// # Ok::<(), peacekeeping_eval::FrameworkError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NodeRef<'a> {
    /// An aggregate (the root, a dimension, a sub-dimension).
    Aggregate(&'a Aggregate),
    /// An indicator.
    Indicator(&'a Indicator),
}

impl<'a> NodeRef<'a> {
    /// The node's id.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert_eq!(fw.node("frictions").map(|n| n.id()), Some("frictions"));
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &'a str {
        match *self {
            NodeRef::Aggregate(a) => &a.id,
            NodeRef::Indicator(i) => &i.id,
        }
    }

    /// The node's name.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(!fw.node(fw.root_id()).map_or("", |n| n.name()).is_empty());
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> &'a str {
        match *self {
            NodeRef::Aggregate(a) => &a.name,
            NodeRef::Indicator(i) => &i.name,
        }
    }

    /// The node's weight within its parent.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(fw.node("frictions").map_or(0.0, |n| n.weight()) > 0.0);
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn weight(&self) -> f64 {
        match self {
            NodeRef::Aggregate(a) => a.weight,
            NodeRef::Indicator(i) => i.weight,
        }
    }
}
