//! The long guides of `docs/`, rendered here: one empty module per guide.
//!
//! - [`cookbook`]: complete small programs for common research questions;
//! - [`data_model`]: the glossary, each concept of the field and its type;
//! - [`dataset_format`]: the JSON format of a dataset;
//! - [`datasets`]: the embedded reference dataset, the tidy CSV tables and the real data
//!   files the importers read;
//! - [`methodology`]: network measures and scoring formulas, with their references;
//! - [`frameworks`]: the indicator-framework file format (TOML and JSON);
//! - [`architecture`]: the crates, what lives where, how data flows;
//! - [`performance`]: measured speed and memory against networkx, igraph, pymcdm and
//!   pandas, with the commands to reproduce them.
//!
//! Every Rust program in them is a doctest of this crate: compiled, and run unless it
//! needs a file that is not in the repository (it says so).
//!
//! The guides are the Markdown files of the repository's `docs/` directory (this crate's
//! `guides/` holds symbolic links to them, which `cargo package` follows). They link to
//! each other with reference-style links defined at the end of each file as relative
//! paths (`[datasets.md]: datasets.md`), which work on GitHub; here the same labels are
//! defined first as paths to these modules, and the first definition of a label is the
//! one Markdown uses.

/// The labels the guides link to each other by, resolved to rustdoc paths.
macro_rules! links {
    () => {
        "\
[architecture.md]: crate::guides::architecture
[cookbook.md]: crate::guides::cookbook
[data-model.md]: crate::guides::data_model
[dataset-format.md]: crate::guides::dataset_format
[datasets.md]: crate::guides::datasets
[frameworks.md]: crate::guides::frameworks
[methodology.md]: crate::guides::methodology
[performance.md]: crate::guides::performance
[dataset-source]: crate::Dataset
[examples/dataset.json]: https://docs.rs/crate/peacekeeping/latest/source/guides/examples/dataset.json
"
    };
}

/// Documents each guide (the link definitions for rustdoc, then the guide itself), and
/// lists them for the tests.
macro_rules! guides {
    ($($module:ident => $file:literal,)*) => {
        $(
            #[doc = links!()]
            #[doc = include_str!(concat!("../guides/", $file))]
            pub mod $module {}
        )*

        /// Each guide's file name and text.
        #[cfg(test)]
        const GUIDES: &[(&str, &str)] = &[$(($file, include_str!(concat!("../guides/", $file)))),*];
    };
}

guides! {
    architecture => "architecture.md",
    cookbook => "cookbook.md",
    data_model => "data-model.md",
    dataset_format => "dataset-format.md",
    datasets => "datasets.md",
    frameworks => "frameworks.md",
    methodology => "methodology.md",
    performance => "performance.md",
}

#[cfg(test)]
mod tests {
    use super::GUIDES;

    /// A guide that uses a label of `links!` must define it too, for GitHub: rustdoc
    /// resolves it either way (the definitions of `links!` come first), so
    /// `cargo doc` cannot tell.
    #[test]
    fn every_label_a_guide_uses_is_defined_in_it() {
        let labels = links!()
            .lines()
            .filter_map(|line| line.strip_prefix('[')?.split_once("]:"))
            .map(|(label, _)| label);
        let mut missing = Vec::new();
        for label in labels {
            let reference = format!("[{label}]");
            let definition = format!("\n[{label}]: ");
            for (file, text) in GUIDES {
                let uses = text
                    .match_indices(&reference)
                    .any(|(at, _)| !text[at + reference.len()..].starts_with(':'));
                if uses && !text.contains(&definition) {
                    missing.push(format!("{file}: [{label}]"));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "labels used but not defined: {missing:?}"
        );
        assert_eq!(GUIDES.len(), 8);
    }
}
