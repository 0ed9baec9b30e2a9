//! A sheet as read: its filled cells by row and column, taken one by one
//! from calamine's cell reader (a cell's stored value, or for a formula its
//! stored result, never the formula evaluated), up to a number of cells.

use std::collections::BTreeMap;
use std::io::{Read, Seek};

use calamine::{DataRef, Xlsx, XlsxFormulaMetadata};

use crate::workbook::cells::{Content, ReadCell};
use crate::workbook::messages::Message;

/// The filled cells of one sheet.
#[derive(Debug, Default)]
pub(crate) struct Grid {
    rows: BTreeMap<u32, BTreeMap<u32, ReadCell>>,
}

/// One row's filled cells by 0-based column.
pub(crate) type Row = BTreeMap<u32, ReadCell>;

impl Grid {
    /// The filled cells of the header row (row 1).
    pub(crate) fn header(&self) -> Option<&Row> {
        self.rows.get(&0)
    }

    /// The rows below the header with at least one filled cell, in order.
    pub(crate) fn data_rows(&self) -> impl Iterator<Item = (u32, &Row)> {
        self.rows
            .range(1..)
            .filter(|(_, cells)| cells.values().any(|c| !c.is_empty()))
            .map(|(row, cells)| (*row, cells))
    }
}

/// Reads the sheet `name`, counting its filled cells against `budget`
/// (the cells left for the whole workbook).
pub(crate) fn read_grid<RS: Read + Seek>(
    xlsx: &mut Xlsx<RS>,
    name: &str,
    budget: &mut usize,
) -> Result<Grid, Message> {
    let not_a_workbook = |e: calamine::XlsxError| Message::NotAWorkbook {
        detail: e.to_string(),
    };
    let mut reader = xlsx.worksheet_cells_reader(name).map_err(not_a_workbook)?;
    let mut grid = Grid::default();
    while let Some(cell) = reader
        .next_cell_with_formula_metadata()
        .map_err(not_a_workbook)?
    {
        let formula = cell.formula.as_ref().map(|f| match f {
            XlsxFormulaMetadata::Normal { formula }
            | XlsxFormulaMetadata::Shared { formula, .. } => formula.clone(),
            _ => String::new(),
        });
        let content = match (content_of(cell.value), formula.as_ref()) {
            (Content::Empty, Some(f)) => Content::FormulaWithoutValue(f.clone()),
            (content, _) => content,
        };
        if content == Content::Empty {
            continue;
        }
        // LibreOffice saves TRUE and FALSE as the formulas TRUE() and
        // FALSE() with their value: values, not formulas.
        let formula =
            formula.filter(|f| !(matches!(content, Content::Bool(_)) && boolean_constant(f)));
        if *budget == 0 {
            return Err(Message::TooManyCells {
                max: crate::workbook::bounds::MAX_CELLS,
            });
        }
        *budget -= 1;
        let (row, col) = cell.pos;
        grid.rows.entry(row).or_default().insert(
            col,
            ReadCell {
                content,
                formula: formula.is_some(),
            },
        );
    }
    Ok(grid)
}

/// What calamine read, as the content the reader checks.
fn content_of(value: DataRef<'_>) -> Content {
    match value {
        DataRef::Empty => Content::Empty,
        DataRef::String(s) if s.is_empty() => Content::Empty,
        DataRef::String(s) => Content::Text(s),
        DataRef::SharedString("") => Content::Empty,
        DataRef::SharedString(s) => Content::Text(s.to_string()),
        DataRef::Float(f) => Content::Number(f),
        DataRef::Int(i) => Content::Number(i as f64),
        DataRef::Bool(b) => Content::Bool(b),
        DataRef::DateTime(_) | DataRef::DateTimeIso(_) | DataRef::DurationIso(_) => Content::Date,
        DataRef::Error(e) => Content::Error(e.to_string()),
    }
}

/// Whether a formula is the constant `TRUE()` or `FALSE()`.
fn boolean_constant(formula: &str) -> bool {
    let f = formula
        .trim()
        .trim_start_matches('=')
        .trim_end_matches("()");
    f.eq_ignore_ascii_case("true") || f.eq_ignore_ascii_case("false")
}
