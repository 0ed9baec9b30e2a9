//! What is wrong with a dataset, where, and whether it can still be shown.

use std::fmt;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
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
