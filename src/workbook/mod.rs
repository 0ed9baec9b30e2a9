//! The Excel workbook round trip (feature `workbook`): a dataset written as
//! an `.xlsx` workbook for the people who compile next year's report, and
//! such a workbook, edited, read back into a dataset and checked exactly as
//! a JSON dataset is, every problem placed at its sheet and cell in both
//! languages.
//!
//! * [`to_xlsx`]: one sheet per table (`sheets.rs` holds the layout the
//!   writer and reader share), a read-me sheet first, header rows frozen,
//!   drop-down lists for closed vocabularies, texts as text cells.
//! * [`from_xlsx`]: the bounds first (file size, zip entries, declared
//!   unpacked size: a zip bomb is refused before anything is inflated),
//!   then each cell as its column wants (a formula's stored result, never
//!   the formula), then [`validate`](crate::core::dataset::validate::validate)
//!   with each problem's JSON path mapped back to its cell.
//!
//! Compiled into its own wasm module (`src/bin/workbook.rs`), loaded by the
//! viewer only when a workbook is exported or imported.

mod bounds;
mod cells;
mod grid;
mod locate;
mod messages;
mod problem;
mod read;
mod readme;
mod sheets;
mod write;

pub use bounds::{MAX_CELLS, MAX_UNPACKED_BYTES, MAX_WORKBOOK_BYTES, MAX_ZIP_ENTRIES};
pub use problem::{CellProblem, Imported};
pub use read::from_xlsx;
pub use write::{to_xlsx, WorkbookError};
