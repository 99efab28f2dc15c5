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
//! Every Rust program in them is compiled and run as a doctest of this crate.
//!
//! The guides are the Markdown files of the repository's `docs/` directory (this crate's
//! `guides/` holds symbolic links to them, which `cargo package` follows). They link to
//! each other with reference-style links defined at the end of each file as relative
//! paths (`[datasets.md]: datasets.md`), which work on GitHub; here the same labels are
//! defined first as paths to these modules, and the first definition of a label is the
//! one Markdown uses.

/// Documents one guide: the link definitions for rustdoc, then the guide itself.
macro_rules! guide {
    ($module:ident, $file:literal) => {
        #[doc = links!()]
        #[doc = include_str!(concat!("../guides/", $file))]
        pub mod $module {}
    };
}

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

guide!(architecture, "architecture.md");
guide!(cookbook, "cookbook.md");
guide!(data_model, "data-model.md");
guide!(dataset_format, "dataset-format.md");
guide!(datasets, "datasets.md");
guide!(frameworks, "frameworks.md");
guide!(methodology, "methodology.md");
guide!(performance, "performance.md");
