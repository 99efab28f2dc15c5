//! Indicator frameworks: the hierarchical tree an index is computed over.
//!
//! A [`Framework`] is a tree of any depth: one root [`Aggregate`] (the index), aggregates
//! below it (dimensions, sub-dimensions) and [`Indicator`]s as leaves. Each indicator says
//! which way is better ([`Direction`](crate::Direction)), how its raw values are transformed ([`Transform`])
//! and normalized ([`Normalization`]), and its weight within its parent; each aggregate
//! says how its children are combined ([`Aggregation`]) and its own weight.
//!
//! Frameworks are built in code with [`Framework::builder`] or loaded from TOML or JSON
//! ([`Framework::from_toml_str`], [`Framework::from_json_str`]; format in
//! `docs/frameworks.md`). Both paths run the same validation, which reports every problem
//! at once ([`FrameworkError::Invalid`]), each naming the node id and the field.

/// Builder methods that each set one field: `name: Type => value;` gives
/// `pub fn name(mut self, name: Type) -> Self`, which stores `value`, with the docs given.
macro_rules! setters {
    ($($(#[$doc:meta])* $field:ident: $ty:ty => $value:expr;)*) => {$(
        $(#[$doc])*
        #[must_use]
        pub fn $field(mut self, $field: $ty) -> Self {
            self.$field = $value;
            self
        }
    )*};
}

mod coinr;
mod file;
mod method;
mod node;
mod validate;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

pub use coinr::CoinrMeta;
pub use file::FRAMEWORK_FORMAT_VERSION;
pub(crate) use method::check_children;
pub use method::{Aggregation, Distance, Normalization, Reference, Transform};
pub use node::{Aggregate, Indicator, NodeRef};
pub(crate) use validate::{
    IDENTITY_ORIENTATION, aggregation as aggregation_problem,
    normalization_alone as normalization_problem,
};

use crate::error::FrameworkError;
use crate::io;

/// Builds a [`Framework`] in code; [`build`](FrameworkBuilder::build) validates.
///
/// ```
/// use peacekeeping_eval::{Aggregate, Aggregation, Framework, Indicator, Normalization};
///
/// let framework = Framework::builder()
///     .id("mini")
///     .aggregate(Aggregate::new("index", "Index").method(Aggregation::Geometric))
///     .indicator(Indicator::new("a", "A").parent("index"))
///     .indicator(Indicator::new("b", "B").parent("index").weight(2.0))
///     .build()?;
/// assert_eq!(framework.indicators().len(), 2);
/// # Ok::<(), peacekeeping_eval::FrameworkError>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct FrameworkBuilder {
    id: String,
    name: String,
    description: String,
    aggregates: Vec<Aggregate>,
    indicators: Vec<Indicator>,
}

impl FrameworkBuilder {
    setters! {
        /// Sets the framework's id.
        ///
        /// ```
        /// let b = peacekeeping_eval::Framework::builder().id("hdi");
        /// # let _ = b;
        /// ```
        id: impl Into<String> => id.into();

        /// Sets the framework's name.
        ///
        /// ```
        /// let b = peacekeeping_eval::Framework::builder().name("Human Development Index");
        /// # let _ = b;
        /// ```
        name: impl Into<String> => name.into();

        /// Sets the framework's description.
        ///
        /// ```
        /// let b = peacekeeping_eval::Framework::builder().description("After UNDP (2024)");
        /// # let _ = b;
        /// ```
        description: impl Into<String> => description.into();
    }

    /// Adds an aggregate (the one without a parent is the root).
    ///
    /// ```
    /// use peacekeeping_eval::{Aggregate, Framework};
    ///
    /// let b = Framework::builder().aggregate(Aggregate::new("index", "Index"));
    /// # let _ = b;
    /// ```
    #[must_use]
    pub fn aggregate(mut self, aggregate: Aggregate) -> Self {
        self.aggregates.push(aggregate);
        self
    }

    /// Adds an indicator.
    ///
    /// ```
    /// use peacekeeping_eval::{Framework, Indicator};
    ///
    /// let b = Framework::builder().indicator(Indicator::new("a", "A").parent("index"));
    /// # let _ = b;
    /// ```
    #[must_use]
    pub fn indicator(mut self, indicator: Indicator) -> Self {
        self.indicators.push(indicator);
        self
    }

    /// Validates and builds the framework.
    ///
    /// ```
    /// use peacekeeping_eval::{Aggregate, Framework, Indicator};
    ///
    /// let fw = Framework::builder()
    ///     .aggregate(Aggregate::new("index", "Index"))
    ///     .indicator(Indicator::new("a", "A").parent("index"))
    ///     .build()?;
    /// assert_eq!(fw.root_id(), "index");
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    ///
    /// # Errors
    /// [`FrameworkError::Invalid`] with every problem found: empty or duplicate ids, no
    /// root or several, unknown parents, an indicator as a parent, cycles, aggregates
    /// without children, negative or non-finite weights, children whose weights are all
    /// zero, and invalid normalization or aggregation parameters (goalposts with
    /// `min >= max`...).
    pub fn build(self) -> Result<Framework, FrameworkError> {
        validate::validate(self, Vec::new())
    }
}

/// A validated hierarchical indicator framework.
///
/// ```
/// use peacekeeping_eval::Framework;
///
/// let framework = Framework::from_toml_str(r#"
///     id = "mini"
///     [[aggregate]]
///     id = "index"
///     name = "Index"
///     method = "geometric"
///     [[indicator]]
///     id = "le"
///     name = "Life expectancy"
///     parent = "index"
///     normalization = { method = "goalposts", min = 20, max = 85 }
/// "#)?;
/// assert_eq!(framework.indicator_ids().collect::<Vec<_>>(), ["le"]);
/// # Ok::<(), peacekeeping_eval::FrameworkError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(try_from = "file::FrameworkFile", into = "file::FrameworkFile")
)]
pub struct Framework {
    id: String,
    name: String,
    description: String,
    aggregates: Vec<Aggregate>,
    indicators: Vec<Indicator>,
    root: usize,
    /// Children of each aggregate, as node indices (aggregates `0..a`, indicators `a..`).
    children: Vec<Vec<usize>>,
    /// Aggregates in an order where every child aggregate comes before its parent.
    bottom_up: Vec<usize>,
    index: BTreeMap<String, usize>,
}

impl Framework {
    /// Starts building a framework in code.
    ///
    /// ```
    /// let builder = peacekeeping_eval::Framework::builder();
    /// # let _ = builder;
    /// ```
    #[must_use]
    pub fn builder() -> FrameworkBuilder {
        FrameworkBuilder::default()
    }

    /// Loads a framework from TOML text (format in `docs/frameworks.md`).
    ///
    /// ```
    /// let fw = peacekeeping_eval::Framework::from_toml_str(
    ///     "[[aggregate]]\nid = \"i\"\n[[indicator]]\nid = \"a\"\nparent = \"i\"\n")?;
    /// assert_eq!(fw.root_id(), "i");
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    ///
    /// # Errors
    /// [`FrameworkError::Parse`] for invalid TOML or an unexpected shape (the first such
    /// error, with its line); otherwise [`FrameworkError::Invalid`] with every problem of
    /// content at once (see [`FrameworkBuilder::build`]).
    pub fn from_toml_str(text: &str) -> Result<Self, FrameworkError> {
        let file: file::FrameworkFile =
            toml::from_str(text).map_err(|e| FrameworkError::Parse {
                path: None,
                format: "TOML",
                message: e.to_string().trim_end().to_owned(),
            })?;
        Framework::try_from(file)
    }

    /// Reads a framework from any reader of TOML, as [`Framework::from_toml_str`].
    ///
    /// ```
    /// use peacekeeping_eval::Framework;
    ///
    /// let text = "[[aggregate]]\nid = \"i\"\n[[indicator]]\nid = \"a\"\nparent = \"i\"\n";
    /// let fw = Framework::read_toml(text.as_bytes())?;
    /// assert_eq!(fw, Framework::from_toml_str(text)?);
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    ///
    /// # Errors
    /// [`FrameworkError::Io`] (without a path) if the reader fails or its text is not
    /// UTF-8; otherwise as [`Framework::from_toml_str`].
    pub fn read_toml(reader: impl Read) -> Result<Self, FrameworkError> {
        let text = io::read_text(reader).map_err(FrameworkError::Io)?;
        Framework::from_toml_str(&text)
    }

    /// Reads a framework from a TOML file, as [`Framework::from_toml_str`]; its errors
    /// name the file.
    ///
    /// ```
    /// use peacekeeping_eval::{Framework, FrameworkError};
    ///
    /// let path = std::env::temp_dir().join("peacekeeping-eval-doc-framework.toml");
    /// std::fs::write(&path, "[[aggregate]]\nid = \"i\"\n[[indicator]]\nid = \"a\"\nparent = \"j\"\n")?;
    /// let err = Framework::read_toml_file(&path).unwrap_err();
    /// assert!(matches!(&err, FrameworkError::Invalid { path: Some(p), .. } if *p == path));
    /// assert!(matches!(Framework::read_toml_file("none.toml"), Err(FrameworkError::Io(_))));
    /// # std::fs::remove_file(&path)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`FrameworkError::Io`] if the file cannot be read; otherwise as
    /// [`Framework::from_toml_str`], with the file's path.
    pub fn read_toml_file(path: impl AsRef<Path>) -> Result<Self, FrameworkError> {
        let path = path.as_ref();
        let text = io::read_text_file(path).map_err(FrameworkError::Io)?;
        Framework::from_toml_str(&text).map_err(|e| e.in_file(path))
    }

    /// Loads a framework from JSON text: the same fields as TOML
    /// (`{"aggregate": [...], "indicator": [...]}`).
    ///
    /// ```
    /// let fw = peacekeeping_eval::Framework::from_json_str(
    ///     r#"{"aggregate": [{"id": "i"}], "indicator": [{"id": "a", "parent": "i"}]}"#)?;
    /// assert_eq!(fw.indicators().len(), 1);
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    ///
    /// # Errors
    /// As [`Framework::from_toml_str`], with `format: "JSON"`.
    pub fn from_json_str(text: &str) -> Result<Self, FrameworkError> {
        let file: file::FrameworkFile =
            serde_json::from_str(text).map_err(|e| FrameworkError::Parse {
                path: None,
                format: "JSON",
                message: e.to_string(),
            })?;
        Framework::try_from(file)
    }

    /// Reads a framework from any reader of JSON, as [`Framework::from_json_str`].
    ///
    /// ```
    /// use peacekeeping_eval::Framework;
    ///
    /// let text = r#"{"aggregate": [{"id": "i"}], "indicator": [{"id": "a", "parent": "i"}]}"#;
    /// let fw = Framework::read_json(text.as_bytes())?;
    /// assert_eq!(fw, Framework::from_json_str(text)?);
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    ///
    /// # Errors
    /// [`FrameworkError::Io`] (without a path) if the reader fails or its text is not
    /// UTF-8; otherwise as [`Framework::from_json_str`].
    pub fn read_json(reader: impl Read) -> Result<Self, FrameworkError> {
        let text = io::read_text(reader).map_err(FrameworkError::Io)?;
        Framework::from_json_str(&text)
    }

    /// Reads a framework from a JSON file, as [`Framework::from_json_str`]; its errors
    /// name the file.
    ///
    /// ```
    /// use peacekeeping_eval::{Framework, FrameworkError};
    /// let err = Framework::read_json_file("none.json").unwrap_err();
    /// assert!(matches!(err, FrameworkError::Io(ref io) if io.kind() == std::io::ErrorKind::NotFound));
    /// ```
    ///
    /// # Errors
    /// [`FrameworkError::Io`] if the file cannot be read; otherwise as
    /// [`Framework::from_json_str`], with the file's path.
    pub fn read_json_file(path: impl AsRef<Path>) -> Result<Self, FrameworkError> {
        let path = path.as_ref();
        let text = io::read_text_file(path).map_err(FrameworkError::Io)?;
        Framework::from_json_str(&text).map_err(|e| e.in_file(path))
    }

    /// Writes the framework as TOML in the documented format; loading it back gives an
    /// equal framework.
    ///
    /// ```
    /// use peacekeeping_eval::{builtin, Framework};
    ///
    /// let fw = builtin::partnership_effectiveness()?;
    /// assert_eq!(Framework::from_toml_str(&fw.to_toml()?)?, fw);
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    ///
    /// # Errors
    /// [`FrameworkError::Write`] if the TOML writer fails (not expected for a valid
    /// framework).
    pub fn to_toml(&self) -> Result<String, FrameworkError> {
        toml::to_string(&file::FrameworkFile::from(self.clone()))
            .map_err(|e| FrameworkError::Write(e.to_string()))
    }

    /// The framework's id.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert_eq!(fw.id(), "partnership-effectiveness");
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The framework's name.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(fw.name().contains("Partnership"));
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The framework's description.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(!fw.description().is_empty());
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn description(&self) -> &str {
        &self.description
    }

    /// The root aggregate's id (the index).
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert_eq!(fw.root_id(), "effectiveness");
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn root_id(&self) -> &str {
        &self.aggregates[self.root].id
    }

    /// The aggregates, in definition order.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(fw.aggregates().len() >= 7);
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn aggregates(&self) -> &[Aggregate] {
        &self.aggregates
    }

    /// The indicators, in definition order.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(fw.indicators().iter().all(|i| i.weight >= 0.0));
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn indicators(&self) -> &[Indicator] {
        &self.indicators
    }

    /// The indicator ids, in definition order.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(fw.indicator_ids().any(|id| id == "friction-count"));
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    pub fn indicator_ids(&self) -> impl Iterator<Item = &str> {
        self.indicators.iter().map(|i| i.id.as_str())
    }

    /// The node with this id.
    ///
    /// ```
    /// use peacekeeping_eval::NodeRef;
    ///
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(matches!(fw.node("friction-count"), Some(NodeRef::Indicator(_))));
    /// assert!(fw.node("nothing").is_none());
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn node(&self, id: &str) -> Option<NodeRef<'_>> {
        self.index.get(id).map(|&k| self.node_at(k))
    }

    /// The ids of a node's children (empty for indicators and unknown ids).
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert!(fw.children(fw.root_id()).any(|c| c == "frictions"));
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    pub fn children(&self, id: &str) -> impl Iterator<Item = &str> {
        let kids: &[usize] = match self.index.get(id) {
            Some(&k) if k < self.aggregates.len() => &self.children[k],
            _ => &[],
        };
        kids.iter().map(|&k| self.id_at(k))
    }

    /// Every node id: aggregates in definition order, then indicators.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// assert_eq!(fw.node_ids().count(), fw.aggregates().len() + fw.indicators().len());
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    pub fn node_ids(&self) -> impl Iterator<Item = &str> {
        self.aggregates
            .iter()
            .map(|a| a.id.as_str())
            .chain(self.indicator_ids())
    }

    /// Each indicator's effective weight in the index: the product, from the indicator up
    /// to the root, of each node's weight divided by the sum of its siblings' weights.
    /// They sum to 1.
    ///
    /// ```
    /// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
    /// let total: f64 = fw.effective_weights().values().sum();
    /// assert!((total - 1.0).abs() < 1e-12);
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    #[must_use]
    pub fn effective_weights(&self) -> BTreeMap<&str, f64> {
        let mut share = vec![0.0; self.aggregates.len() + self.indicators.len()];
        share[self.root] = 1.0;
        for &a in self.bottom_up.iter().rev() {
            let kids = &self.children[a];
            let total: f64 = kids.iter().map(|&k| self.node_at(k).weight()).sum();
            for &k in kids {
                share[k] = share[a] * self.node_at(k).weight() / total;
            }
        }
        self.indicators
            .iter()
            .enumerate()
            .map(|(i, ind)| (ind.id.as_str(), share[self.aggregates.len() + i]))
            .collect()
    }

    pub(crate) fn id_at(&self, k: usize) -> &str {
        let a = self.aggregates.len();
        if k < a {
            &self.aggregates[k].id
        } else {
            &self.indicators[k - a].id
        }
    }

    /// The index of node `id` (aggregates first, then indicators, as
    /// [`node_ids`](Self::node_ids) lists them).
    pub(crate) fn index_of(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    pub(crate) fn node_at(&self, k: usize) -> NodeRef<'_> {
        let a = self.aggregates.len();
        if k < a {
            NodeRef::Aggregate(&self.aggregates[k])
        } else {
            NodeRef::Indicator(&self.indicators[k - a])
        }
    }

    /// Children of aggregate `a` as node indices.
    pub(crate) fn children_of(&self, a: usize) -> &[usize] {
        &self.children[a]
    }

    /// Aggregates, children before parents.
    pub(crate) fn bottom_up(&self) -> &[usize] {
        &self.bottom_up
    }

    pub(crate) fn root_index(&self) -> usize {
        self.root
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bottom_up_puts_children_first() {
        let fw = Framework::builder()
            .aggregate(Aggregate::new("top", "Top"))
            .aggregate(Aggregate::new("mid", "Mid").parent("top"))
            .aggregate(Aggregate::new("low", "Low").parent("mid"))
            .indicator(Indicator::new("i", "I").parent("low"))
            .indicator(Indicator::new("j", "J").parent("top"))
            .build()
            .unwrap();
        let order: Vec<_> = fw
            .bottom_up()
            .iter()
            .map(|&a| fw.aggregates()[a].id.as_str())
            .collect();
        assert_eq!(order, ["low", "mid", "top"]);
        let w = fw.effective_weights();
        assert_eq!(w["i"], 0.5);
    }
}
