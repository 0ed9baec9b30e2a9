//! What importing a workbook gives: the dataset, when nothing stands in the
//! way, and every problem found, each at its sheet and cell, in both
//! languages.

use std::fmt;

use crate::core::dataset::model::Dataset;
use crate::core::dataset::problem::Severity;
use crate::core::text::lang::Lang;

/// One problem of an imported workbook, where it is and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellProblem {
    /// The sheet's name (`KPI`); `None` for the file as a whole (too large,
    /// not a workbook).
    pub sheet: Option<String>,
    /// The cell (`F12`); `None` for a whole sheet or file.
    pub cell: Option<String>,
    /// An error keeps the dataset from loading; a warning does not.
    pub severity: Severity,
    /// The message in Japanese.
    pub ja: String,
    /// The message in English.
    pub en: String,
    /// The JSON path the validator named (`projects[0].kpis[3].latest`),
    /// when the problem came from it.
    pub path: Option<String>,
}

impl CellProblem {
    /// Where it is: `KPI!F12`, a sheet's name alone, or nothing for the file.
    pub fn place(&self) -> String {
        match (&self.sheet, &self.cell) {
            (Some(sheet), Some(cell)) => format!("{sheet}!{cell}"),
            (Some(sheet), None) => sheet.clone(),
            (None, _) => String::new(),
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> &str {
        lang.pick(&self.ja, &self.en)
    }

    /// Where and what, in `lang`: `KPI!F12: 数値ではありません（"12件"）`.
    pub fn describe(&self, lang: Lang) -> String {
        let place = self.place();
        if place.is_empty() {
            self.message(lang).to_string()
        } else {
            format!("{place}: {}", self.message(lang))
        }
    }
}

impl fmt::Display for CellProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

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
