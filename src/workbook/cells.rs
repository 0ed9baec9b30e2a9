//! Cells: A1 addresses, what a cell holds once read (a formula's stored
//! result, never the formula evaluated), and reading a cell as the type its
//! column wants, with the mistake named when it is not.

use crate::core::dataset::bounds::MAX_TEXT_CHARS;
use crate::workbook::messages::Message;

/// The letters of a 0-based column: 0 → `A`, 25 → `Z`, 26 → `AA`.
pub(crate) fn column_name(col: u32) -> String {
    let mut n = u64::from(col) + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = ((n - 1) % 26) as u8;
        letters.push(char::from(b'A' + rem));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// The A1 address of a 0-based row and column: (11, 5) → `F12`.
pub(crate) fn address(row: u32, col: u32) -> String {
    format!("{}{}", column_name(col), u64::from(row) + 1)
}

/// What a cell holds, as Excel stored it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Content {
    /// Nothing (or an empty text).
    Empty,
    /// Text.
    Text(String),
    /// A number.
    Number(f64),
    /// `TRUE` or `FALSE`.
    Bool(bool),
    /// A date or time (a number in a date format, or an ISO date).
    Date,
    /// An Excel error value such as `#N/A`.
    Error(String),
    /// A formula whose result Excel did not store: its text.
    FormulaWithoutValue(String),
}

/// A cell as read: its content and whether that came from a formula.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ReadCell {
    /// The stored value.
    pub content: Content,
    /// Whether the cell holds a formula (its stored result is `content`).
    pub formula: bool,
}

impl ReadCell {
    /// Whether the cell holds nothing to read.
    pub(crate) fn is_empty(&self) -> bool {
        self.content == Content::Empty
    }
}

/// A cell read as text: `None` for an empty cell. Numbers read as they are
/// written (`12`, `16.8`), since an id or a label typed into a cell without
/// the Text format becomes a number.
pub(crate) fn text(content: &Content) -> Result<Option<String>, Message> {
    let text = match content {
        Content::Empty => return Ok(None),
        Content::Text(t) => t.clone(),
        Content::Number(n) => n.to_string(),
        Content::Bool(_) => return Err(Message::BoolNotAllowed),
        Content::Date => return Err(Message::DateForText),
        Content::Error(code) => return Err(Message::ExcelError { code: code.clone() }),
        Content::FormulaWithoutValue(f) => {
            return Err(Message::FormulaWithoutValue { formula: f.clone() })
        }
    };
    if text.len() > MAX_TEXT_CHARS {
        let chars = text.chars().count();
        if chars > MAX_TEXT_CHARS {
            return Err(Message::TextTooLong { chars });
        }
    }
    Ok(Some(text))
}

/// A cell read as a number: `None` for an empty cell. A text that is a
/// plain decimal number (`12`, `-0.5`, spaces around it) reads as that
/// number; any other text (`12件`, `１２`, `1,099`) is a mistake.
pub(crate) fn number(content: &Content) -> Result<Option<f64>, Message> {
    match content {
        Content::Empty => Ok(None),
        Content::Number(n) => Ok(Some(*n)),
        Content::Text(t) if t.trim().is_empty() => Ok(None),
        Content::Text(t) => plain_number(t.trim())
            .map(Some)
            .ok_or_else(|| Message::NotANumber { text: t.clone() }),
        Content::Bool(_) => Err(Message::BoolNotAllowed),
        Content::Date => Err(Message::DateForNumber),
        Content::Error(code) => Err(Message::ExcelError { code: code.clone() }),
        Content::FormulaWithoutValue(f) => Err(Message::FormulaWithoutValue { formula: f.clone() }),
    }
}

/// `-12.5` and the like: an optional minus, ASCII digits, an optional
/// fraction. Nothing else (no exponent, comma, or full-width digit).
fn plain_number(text: &str) -> Option<f64> {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if digits(whole) && digits(fraction) {
        text.parse().ok()
    } else {
        None
    }
}

/// A cell read as a whole number within `i64`'s exact range for doubles.
pub(crate) fn integer(content: &Content) -> Result<Option<i64>, Message> {
    let Some(value) = number(content)? else {
        return Ok(None);
    };
    if value.fract() == 0.0 && value.abs() <= 9_007_199_254_740_992.0 {
        Ok(Some(value as i64))
    } else {
        Err(Message::NotAWholeNumber { value })
    }
}

/// A cell read as `TRUE` or `FALSE` (a boolean, or that text in any case):
/// `None` for an empty cell.
pub(crate) fn boolean(content: &Content) -> Result<Option<bool>, Message> {
    match content {
        Content::Empty => Ok(None),
        Content::Bool(b) => Ok(Some(*b)),
        Content::Text(t) if t.trim().eq_ignore_ascii_case("true") => Ok(Some(true)),
        Content::Text(t) if t.trim().eq_ignore_ascii_case("false") => Ok(Some(false)),
        Content::Text(t) if t.trim().is_empty() => Ok(None),
        Content::Text(t) => Err(Message::NotABool { text: t.clone() }),
        Content::Number(n) => Err(Message::NotABool {
            text: n.to_string(),
        }),
        Content::Date => Err(Message::NotABool {
            text: "(date)".into(),
        }),
        Content::Error(code) => Err(Message::ExcelError { code: code.clone() }),
        Content::FormulaWithoutValue(f) => Err(Message::FormulaWithoutValue { formula: f.clone() }),
    }
}

/// A cell read as one value of a closed list (`output`, `outcome`):
/// `None` for an empty cell. Spaces around it are ignored.
pub(crate) fn choice(
    content: &Content,
    allowed: &'static [&'static str],
) -> Result<Option<&'static str>, Message> {
    let Some(value) = text(content)? else {
        return Ok(None);
    };
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    allowed
        .iter()
        .find(|a| **a == value)
        .copied()
        .map(Some)
        .ok_or_else(|| Message::NotInList {
            value: value.to_string(),
            allowed: allowed.join(", "),
        })
}

/// The characters that separate ids in a list cell: the ASCII, full-width
/// and Japanese commas, and line breaks.
pub(crate) const ID_SEPARATORS: [char; 4] = [',', '，', '、', '\n'];

/// How a list of ids is written: `mhlw, mext`.
pub(crate) fn join_ids(ids: &[String]) -> String {
    ids.join(", ")
}

/// Whether an id can sit in a list cell and be read back as itself.
pub(crate) fn listable_id(id: &str) -> bool {
    !id.is_empty() && id.trim() == id && !id.contains(ID_SEPARATORS)
}

/// A list cell read as ids: separated by commas (`,` `，` `、`) or line
/// breaks, spaces around each ignored; an empty cell is the empty list.
pub(crate) fn ids(content: &Content) -> Result<Vec<String>, Message> {
    Ok(text(content)?
        .unwrap_or_default()
        .split(ID_SEPARATORS)
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(str::to_string)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        assert_eq!(address(0, 0), "A1");
        assert_eq!(address(11, 5), "F12");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(16_383), "XFD");
    }

    #[test]
    fn numbers_from_text() {
        assert_eq!(number(&Content::Text(" 12 ".into())), Ok(Some(12.0)));
        assert_eq!(number(&Content::Text("-0.5".into())), Ok(Some(-0.5)));
        assert_eq!(number(&Content::Text("  ".into())), Ok(None));
        for bad in ["12件", "１２", "1,099", "1e3", "."] {
            assert!(number(&Content::Text(bad.into())).is_err(), "{bad}");
        }
    }

    #[test]
    fn id_lists() {
        assert_eq!(
            ids(&Content::Text("mhlw、 mext，meti\ncao".into())),
            Ok(vec![
                "mhlw".into(),
                "mext".into(),
                "meti".into(),
                "cao".into()
            ])
        );
        assert!(listable_id("mhlw"));
        assert!(!listable_id("a,b"));
        assert!(!listable_id(" a"));
    }
}
