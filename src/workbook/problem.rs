//! What importing a workbook gives: the dataset, when nothing stands in the
//! way, and every problem found, each at its sheet and cell, in both
//! languages.

use crate::core::dataset::model::Dataset;
use crate::core::dataset::problem::Severity;

pub use crate::core::dataset::problem::CellProblem;

/// An imported workbook.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The dataset built from it; `None` while there are errors.
    pub dataset: Option<Dataset>,
    /// Every problem found: errors first, then warnings, each in the
    /// workbook's order (sheets as their tabs, then rows, then columns).
    pub problems: Vec<CellProblem>,
}

impl Imported {
    /// How many problems are errors.
    pub fn error_count(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }
}
