//! Shinchoku: a browser-only viewer for the progress report of Japan's
//! Medical R&D Promotion Plan.
//!
//! [`core`] is pure Rust (data model, parsing, validation) and is tested
//! natively; [`ui`] holds the Leptos components and browser bindings and is
//! compiled for `wasm32` only; `workbook` (feature `workbook`) is the Excel
//! round trip, built into a wasm module of its own.

#![warn(missing_docs)]

pub mod core;
#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(feature = "workbook")]
pub mod workbook;
