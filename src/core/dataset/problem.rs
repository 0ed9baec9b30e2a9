//! What is wrong with a dataset, where, and whether it can still be shown:
//! a JSON file's problems at their JSON paths, a workbook's at their sheets
//! and cells.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::core::text::lang::Lang;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The dataset is shown with a notice.
    Warning,
    /// The dataset cannot be shown.
    Error,
}

/// One thing wrong with a dataset, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path of the offending value, e.g. `projects[0].kpis[3].latest`.
    pub path: String,
    /// Whether the dataset can still be shown.
    pub severity: Severity,
    /// Plain-language description.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// One problem of an imported Excel workbook, where it is and what it is,
/// in both languages (the workbook module finds them; the viewer lists them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

/// What the workbook module answers to an import (`import_xlsx` in the
/// browser, `workbook --import-json` natively), as JSON: the dataset as
/// JSON text, `None` while there are errors, and every problem found,
/// errors first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportAnswer {
    /// The dataset in the JSON format (`docs/data-format.md`).
    pub dataset: Option<String>,
    /// Every problem, errors first, each in the workbook's order.
    pub problems: Vec<CellProblem>,
}
