//! Where the real data files are (SOURCES.md: `../shared/data` from the project root).

use std::path::PathBuf;

/// The shared data directory: `$PEACEKEEPING_SHARED_DATA`, or else `../shared/data` next
/// to the workspace. `None` (after printing that the test is skipped) if it is absent,
/// so that `cargo test` passes on a machine without it; but with
/// `PEACEKEEPING_REQUIRE_SHARED_DATA=1` (as `.ci/run` sets) an absent directory fails
/// the test.
pub(crate) fn data_dir(test: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("PEACEKEEPING_SHARED_DATA").map_or_else(
        || PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data")),
        PathBuf::from,
    );
    if dir.is_dir() {
        return Some(dir);
    }
    let required = std::env::var("PEACEKEEPING_REQUIRE_SHARED_DATA").is_ok_and(|v| v == "1");
    assert!(
        !required,
        "{test}: shared data directory {} not found, and PEACEKEEPING_REQUIRE_SHARED_DATA=1",
        dir.display()
    );
    println!(
        "{test}: skipped, shared data directory {} not found",
        dir.display()
    );
    None
}
