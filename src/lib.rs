//! Shinchoku: a browser-only viewer for the progress report of Japan's
//! Medical R&D Promotion Plan.
//!
//! [`core`] is pure Rust (data model, parsing, validation) and is tested
//! natively; [`ui`] holds the Leptos components and browser bindings and is
//! compiled for `wasm32` only; `workbook` (feature `workbook`) is the Excel
//! round trip, built into a wasm module of its own.

#![warn(missing_docs)]
// Leptos's view types nest deeply; rendering them to HTML (the prerender)
// needs the trait solver to go deeper than its default.
#![recursion_limit = "256"]

pub mod core;
#[cfg(any(target_arch = "wasm32", feature = "prerender"))]
pub mod ui;
#[cfg(feature = "workbook")]
pub mod workbook;
