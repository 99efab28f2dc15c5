//! Criterion benchmarks of the peacekeeping workspace; see `benches/`.
