//! A dataset's problems as the reader is shown them: a JSON file's at their
//! JSON paths (in the validator's English), a workbook's at their sheets and
//! cells in the reader's language. A list shows the first
//! [`LISTED_PROBLEMS`] and counts the rest, whatever the file.

use crate::core::dataset::problem::{CellProblem, Problem, Severity};
use crate::core::present::vocab::{words, Words};
use crate::core::text::lang::Lang;
use crate::core::text::number::number;

/// At most this many of a dataset's problems are listed, errors and
/// warnings alike; the rest are counted ([`more_problems`]).
pub const LISTED_PROBLEMS: usize = 50;

/// What an error is called in a list that holds warnings too.
const ERROR: Words = words("誤り", "Error");
/// What a warning is called in a list that holds errors too.
const WARNING: Words = words("警告", "Warning");

/// `… and 152,950 more` (`…ほか152,950件`) under the first
/// [`LISTED_PROBLEMS`] of `total` problems; `None` when all are listed.
pub fn more_problems(total: usize, lang: Lang) -> Option<String> {
    (total > LISTED_PROBLEMS).then(|| {
        let rest = number((total - LISTED_PROBLEMS) as f64);
        match lang {
            Lang::Ja => format!("…ほか{rest}件"),
            Lang::En => format!("… and {rest} more"),
        }
    })
}

/// A dataset's problems as they were found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problems {
    /// A JSON dataset's, at their JSON paths, in English (the validator's
    /// words).
    AtPaths(Vec<Problem>),
    /// An Excel workbook's, at their sheets and cells, in both languages.
    AtCells(Vec<CellProblem>),
}

/// One line of a problem list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProblemLine {
    /// Where: `KPI!F12`, a JSON path, or empty for a whole file.
    pub place: String,
    /// What ([`Problems::in_english`] says in which language).
    pub message: String,
    /// Whether it is an error (else a warning).
    pub error: bool,
}

impl ProblemLine {
    /// `誤り` or `警告`, for a list that holds both.
    pub fn kind(&self, lang: Lang) -> &'static str {
        if self.error { ERROR } else { WARNING }.get(lang)
    }
}

impl Problems {
    /// How many there are.
    pub fn len(&self) -> usize {
        match self {
            Self::AtPaths(p) => p.len(),
            Self::AtCells(p) => p.len(),
        }
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Whether the list is in English whatever the reader's language: a
    /// JSON dataset's problems are worded in English only (a workbook's in
    /// both languages).
    pub fn in_english(&self) -> bool {
        matches!(self, Self::AtPaths(_))
    }

    /// The first [`LISTED_PROBLEMS`], as lines in `lang` (see
    /// [`Problems::in_english`]).
    pub fn listed(&self, lang: Lang) -> Vec<ProblemLine> {
        match self {
            Self::AtPaths(problems) => problems
                .iter()
                .take(LISTED_PROBLEMS)
                .map(|p| ProblemLine {
                    place: p.path.clone(),
                    message: p.message.clone(),
                    error: p.severity == Severity::Error,
                })
                .collect(),
            Self::AtCells(problems) => problems
                .iter()
                .take(LISTED_PROBLEMS)
                .map(|p| ProblemLine {
                    place: p.place(),
                    message: p.message(lang).to_string(),
                    error: p.severity == Severity::Error,
                })
                .collect(),
        }
    }

    /// The line under the list that counts the rest, if any are left out,
    /// in the list's language.
    pub fn more(&self, lang: Lang) -> Option<String> {
        let lang = if self.in_english() { Lang::En } else { lang };
        more_problems(self.len(), lang)
    }
}

/// `3 errors` / `1 warning` (`誤り3件` / `警告1件`).
fn count(n: usize, errors: bool, lang: Lang) -> String {
    let n_text = number(n as f64);
    match lang {
        Lang::Ja => format!("{}{n_text}件", if errors { ERROR } else { WARNING }.ja),
        Lang::En => {
            let word = if errors { "error" } else { "warning" };
            format!("{n_text} {word}{}", if n == 1 { "" } else { "s" })
        }
    }
}

/// Why a workbook was not loaded: how many errors (and warnings) it has,
/// and what to do.
pub fn workbook_refused(name: &str, problems: &[CellProblem], lang: Lang) -> String {
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    let mut found = count(errors, true, lang);
    if warnings > 0 {
        found = match lang {
            Lang::Ja => format!("{found}、{}", count(warnings, false, lang)),
            Lang::En => format!("{found} and {}", count(warnings, false, lang)),
        };
    }
    match lang {
        Lang::Ja => format!(
            "{name} に{found}があります。誤りがある間は読み込みません。Excel で直してから、もう一度開いてください。"
        ),
        Lang::En => format!(
            "{name} has {found}; nothing is loaded while there are errors. Fix them in Excel, then open the file again."
        ),
    }
}

/// A workbook that has warnings and no errors: it may be loaded as it is.
pub fn workbook_warned(name: &str, warnings: usize, lang: Lang) -> String {
    let found = count(warnings, false, lang);
    match lang {
        Lang::Ja => format!(
            "{name} に{found}があります（誤りはありません）。確かめたうえで、このまま読み込むか選んでください。"
        ),
        Lang::En => format!(
            "{name} has {found} and no errors: check them, then choose whether to load it as it is."
        ),
    }
}
