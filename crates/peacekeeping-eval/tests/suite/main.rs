//! Integration tests of `peacekeeping-eval`, in one test binary: frameworks, evidence,
//! the composite-indicator pipeline, the UNDP HDI oracle against `../shared/data`
//! (skipped when absent), and "never panics" / invariance properties; the multi-criteria
//! methods, weights and sensitivity helpers against published values and pymcdm (`mcdm_*`).

// Helpers outside `#[test]` functions may unwrap too: a panic there is a failing test,
// which is what we want (see clippy.toml).
#![allow(clippy::unwrap_used)]

mod compare_peers;
mod copeland;
mod evidence;
mod frameworks;
mod kemeny;
mod mcda_methods_peers;
mod mcdm_properties;
mod mcdm_published;
mod mcdm_pymcdm;
mod mcdm_sensitivity;
mod outcome;
mod pipeline;
mod rank;
mod real_asem;
mod real_hdi;
mod uncertainty;
mod weights_peers;

/// A file in the temporary directory, its name unique to this process and `name`, with
/// `contents`; removed when dropped, a failing test included.
pub(crate) struct TempFile(pub(crate) std::path::PathBuf);

impl TempFile {
    pub(crate) fn new(name: &str, contents: &[u8]) -> TempFile {
        let path =
            std::env::temp_dir().join(format!("peacekeeping-eval-{}-{name}", std::process::id()));
        std::fs::write(&path, contents).unwrap();
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}
