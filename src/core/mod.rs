//! The pure core: everything the viewer knows and says, without a DOM. It
//! compiles natively and is tested with plain `cargo test`.
//!
//! Layers, bottom up; a module imports only from its own layer and the
//! layers below it (`tests/layers.rs` checks):
//! [`text`] (language, numbers, folding) → [`dataset`] (the format, its
//! parsing, bounds and checks) → [`engine`] (progress, budgets, series) →
//! [`select`] (filters, the URL query, the catalog and one pass that
//! selects) → [`present`] (what each view shows, in words, and the exports).

pub mod dataset;
pub mod engine;
pub mod present;
pub mod select;
pub mod text;
