//! The pure core: data model and parsing. No DOM code lives here, so all of
//! it is tested natively with `cargo test`.

pub mod format;
pub mod model;
pub mod parse;
pub mod progress;
pub mod validate;
