//! Parsing a dataset: bytes to text (UTF-8 or UTF-16, BOM or not) and JSON
//! text to a [`Dataset`], with errors that say where.

use std::fmt;

use serde::Deserialize;

use crate::core::dataset::bounds::scan_lists;
use crate::core::dataset::checked::Checks;
use crate::core::dataset::json_path::path_at;
use crate::core::dataset::maps_only::MapsOnly;
use crate::core::dataset::model::Dataset;
use crate::core::dataset::validate::unknown_version;

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

/// Parses dataset JSON; on failure reports the path and position. The
/// text must be one JSON object: a BOM before it and whitespace after it
/// are allowed, anything else (an array, trailing text) is an error. A
/// list longer than its bound is refused before anything is built
/// ([`scan_lists`]); a file that does not parse and is of a format version
/// this viewer does not read is refused for its version.
pub fn parse_dataset(text: &str) -> Result<Dataset, ParseError> {
    parse_dataset_with(text, Checks::Run)
}

/// [`parse_dataset`], whose lists are not counted first where the build
/// has checked this very text (`checks`).
pub fn parse_dataset_with(text: &str, checks: Checks) -> Result<Dataset, ParseError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let start = text.trim_start_matches([' ', '\t', '\n', '\r']);
    if !start.is_empty() && !start.starts_with('{') {
        let (line, column) = position(&text[..text.len() - start.len()]);
        let what = if start.starts_with('[') {
            "the file holds a JSON array"
        } else {
            "the file does not start with a JSON object"
        };
        return Err(ParseError {
            path: ".".into(),
            line,
            column,
            message: format!("{what}; a dataset is one JSON object {{ … }}"),
        });
    }
    // Lists are counted before any is built (a file of millions of entries
    // costs one scan); the walk bounds them again once they are built.
    if checks == Checks::Run {
        scan_lists(text).map_err(|long| {
            let (line, column) = position(&text[..long.offset]);
            ParseError {
                path: long.path,
                line,
                column,
                message: long.message,
            }
        })?;
    }
    let de = &mut serde_json::Deserializer::from_str(text);
    let dataset = Dataset::deserialize(MapsOnly(&mut *de)).map_err(|err| {
        if let Some(version) = unknown_version_of(text) {
            return version;
        }
        // The path is found only now, from where the parser stopped.
        let (line, column) = (err.line(), err.column());
        ParseError {
            path: path_at(text, offset(text, line, column), err.classify()),
            line,
            column,
            message: strip_position(&err.to_string()),
        }
    })?;
    de.end().map_err(|err| ParseError {
        path: ".".into(),
        line: err.line(),
        column: err.column(),
        message: format!(
            "{} after the dataset's JSON object",
            strip_position(&err.to_string())
        ),
    })?;
    Ok(dataset)
}

/// A file that does not parse and is of a format version this viewer does
/// not read ([`unknown_version`]) is refused for that: its other errors
/// are only what changed in the format. (One that parses is refused by the
/// validator.)
fn unknown_version_of(text: &str) -> Option<ParseError> {
    /// The top-level `schema_version` alone; every other field is skipped
    /// without being built.
    #[derive(serde::Deserialize)]
    struct Version {
        schema_version: u64,
    }
    let version: Version = serde_json::from_str(text).ok()?;
    let message = unknown_version(version.schema_version)?;
    let (line, column) = position(&text[..text.find("\"schema_version\"").unwrap_or(0)]);
    Some(ParseError {
        path: "schema_version".into(),
        line,
        column,
        message,
    })
}

/// Decodes a dataset file's bytes to text, the same on every path (a file
/// opened by the user, a fetched URL): UTF-8 with or without a BOM, or
/// UTF-16 LE or BE with a BOM, or without one where JSON's first (ASCII)
/// character shows it (RFC 8259). An error gives the line and column of the
/// first character that cannot be decoded.
pub fn decode_text(bytes: &[u8]) -> Result<String, ParseError> {
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => utf8(rest),
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes),
        [first, 0, ..] if *first != 0 => utf16(bytes, u16::from_le_bytes),
        [0, second, ..] if *second != 0 => utf16(bytes, u16::from_be_bytes),
        _ => utf8(bytes),
    }
}

fn utf8(bytes: &[u8]) -> Result<String, ParseError> {
    String::from_utf8(bytes.to_vec()).map_err(|err| {
        let valid = &bytes[..err.utf8_error().valid_up_to()];
        not_text(
            std::str::from_utf8(valid).unwrap_or_default(),
            "the file is not valid UTF-8 text",
        )
    })
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, ParseError> {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text = String::with_capacity(bytes.len() / 2);
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => text.push(c),
            Err(_) => {
                return Err(not_text(
                    &text,
                    "the file is not valid UTF-16 text (a lone surrogate)",
                ))
            }
        }
    }
    if bytes.len() % 2 == 1 {
        return Err(not_text(
            &text,
            "the file is not valid UTF-16 text (an odd number of bytes)",
        ));
    }
    Ok(text)
}

/// A decoding error just after the text decoded so far.
fn not_text(decoded: &str, message: &str) -> ParseError {
    let (line, column) = position(decoded);
    ParseError {
        path: ".".into(),
        line,
        column,
        message: message.into(),
    }
}

/// 1-based line and column of the character after `before`.
fn position(before: &str) -> (usize, usize) {
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// The byte offset of serde_json's `line` and `column` in `text` (its
/// column counts bytes from the line's start).
fn offset(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column).min(text.len())
}

/// serde_json appends " at line L column C"; the position is kept separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}
