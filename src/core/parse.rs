//! Parsing a dataset from JSON text, with errors that say where.

use std::fmt;

use super::model::Dataset;

/// Why a dataset could not be parsed: the JSON path and position of the
/// first problem, and what it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// JSON path of the offending value, e.g. `projects[0].kpis[3].latest`.
    pub path: String,
    /// 1-based line in the text.
    pub line: usize,
    /// 1-based column in the text.
    pub column: usize,
    /// What was wrong.
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} (at {}, line {}, column {})",
            self.message, self.path, self.line, self.column
        )
    }
}

impl std::error::Error for ParseError {}

/// Parses dataset JSON; on failure reports the path and position.
pub fn parse_dataset(text: &str) -> Result<Dataset, ParseError> {
    let de = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(de).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        ParseError {
            path,
            line: inner.line(),
            column: inner.column(),
            message: strip_position(&inner.to_string()),
        }
    })
}

/// serde_json appends " at line L column C"; the position is kept separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}
