//! The dataset: its format as Rust types, reading a file into it, how its
//! printed amounts count, the bounds and checks a file must pass (and the
//! digest of a file the build checked), where a file may come from, and
//! synthetic copies for benchmarks.

pub mod bounds;
pub mod checked;
pub mod json_path;
pub mod ledger;
pub mod maps_only;
pub mod model;
pub mod parse;
pub mod problem;
pub mod source;
pub mod synth;
pub mod validate;
