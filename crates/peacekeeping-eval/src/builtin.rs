//! Built-in frameworks, shipped as TOML files inside the crate and meant to be copied and
//! changed.
//!
//! The **partnership effectiveness** framework scores a partnership in a peace operation
//! on six equally weighted dimensions: mission outcomes, sustainability of peace, level of
//! cooperation among partners, local legitimacy and acceptance, interoperability, and
//! frictions (lower is better). Its file, [`PARTNERSHIP_EFFECTIVENESS_TOML`], explains
//! each choice; the rationale and references are in `docs/methodology.md`. Nine of its
//! eighteen indicators ([`DATASET_INDICATORS`](crate::DATASET_INDICATORS)) are computed
//! from a core `Dataset`'s records by [`Evidence::from_dataset`](crate::Evidence::from_dataset);
//! the others come from reports, surveys and interviews.

use crate::error::FrameworkError;
use crate::framework::Framework;

/// The partnership effectiveness framework file (TOML), to copy and change.
///
/// ```
/// let text = peacekeeping_eval::builtin::PARTNERSHIP_EFFECTIVENESS_TOML;
/// assert!(text.contains("[[indicator]]"));
/// ```
pub const PARTNERSHIP_EFFECTIVENESS_TOML: &str =
    include_str!("../frameworks/partnership-effectiveness.toml");

/// The partnership effectiveness framework, loaded from
/// [`PARTNERSHIP_EFFECTIVENESS_TOML`].
///
/// ```
/// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
/// assert_eq!(fw.children(fw.root_id()).count(), 6);
/// # Ok::<(), peacekeeping_eval::FrameworkError>(())
/// ```
///
/// # Errors
/// None in practice: the file is tested; the `Result` is that of
/// [`Framework::from_toml_str`].
pub fn partnership_effectiveness() -> Result<Framework, FrameworkError> {
    Framework::from_toml_str(PARTNERSHIP_EFFECTIVENESS_TOML)
}
