//! The pure core: data model, parsing, validation, progress, filtering and
//! URL queries. No DOM code lives here, so all of it is tested natively with
//! `cargo test`.

pub mod budget;
pub mod catalog;
pub mod counts;
pub mod describe;
pub mod export;
pub mod filter;
pub mod format;
pub mod i18n;
pub mod model;
pub mod parse;
pub mod progress;
pub mod query;
pub mod selection;
pub mod series;
pub mod share;
pub mod sort;
pub mod source;
pub mod synth;
pub mod text;
pub mod theme;
pub mod validate;
pub mod view;
