//! From a JSON path back to a sheet and cell: the reader records where each
//! object of the dataset was read (a row, or for a yearly figure or a list
//! entry its cell) and which column holds each field, and a validator
//! problem's path (`projects[0].kpis[3].target.value`) is found through its
//! longest recorded prefix and the column of what remains.

use std::collections::HashMap;

use crate::workbook::sheets::SheetId;

/// Where something was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    /// The sheet.
    pub sheet: SheetId,
    /// The 0-based row, unless the place is a whole sheet.
    pub row: Option<u32>,
    /// The 0-based column, when the place is one cell.
    pub col: Option<u32>,
}

/// The places of a dataset read from a workbook.
#[derive(Debug, Default)]
pub(crate) struct Locator {
    objects: HashMap<String, Place>,
    columns: HashMap<SheetId, HashMap<&'static str, u32>>,
}

impl Locator {
    /// Records where the object (or value) at `path` was read.
    pub(crate) fn object(&mut self, path: String, place: Place) {
        self.objects.insert(path, place);
    }

    /// Records the columns of a sheet, by field key.
    pub(crate) fn columns(&mut self, sheet: SheetId, columns: HashMap<&'static str, u32>) {
        self.columns.insert(sheet, columns);
    }

    /// Where the value at `path` was read: the cell of its field in the row
    /// of its object, else that row's first column, else the sheet.
    pub(crate) fn locate(&self, path: &str) -> Option<Place> {
        let mut prefix = path;
        loop {
            if let Some(place) = self.objects.get(prefix) {
                let mut place = *place;
                if place.row.is_some() && place.col.is_none() {
                    let field = without_indices(path[prefix.len()..].trim_start_matches('.'));
                    let columns = self.columns.get(&place.sheet);
                    place.col = columns
                        .and_then(|c| c.get(field.as_str()).copied())
                        .or_else(|| columns.and_then(|c| c.values().min().copied()));
                }
                return Some(place);
            }
            prefix = parent(prefix)?;
        }
    }
}

/// The path of the object holding `path`: `a.b[2].c` → `a.b[2]` → `a.b` → `a`.
fn parent(path: &str) -> Option<&str> {
    let cut = path.rfind(['.', '['])?;
    Some(&path[..cut])
}

/// A field path without its list indices: `ministries.lead[2]` → `ministries.lead`.
fn without_indices(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '[' => in_index = true,
            ']' => in_index = false,
            c if !in_index => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_field_through_the_longest_prefix() {
        let mut locator = Locator::default();
        locator.object(
            "projects".into(),
            Place {
                sheet: SheetId::Projects,
                row: None,
                col: None,
            },
        );
        locator.object(
            "projects[0].kpis[3]".into(),
            Place {
                sheet: SheetId::Kpis,
                row: Some(11),
                col: None,
            },
        );
        locator.columns(
            SheetId::Kpis,
            HashMap::from([("id", 1), ("target.value", 5)]),
        );
        let at = |path| locator.locate(path).map(|p| (p.sheet, p.row, p.col));
        assert_eq!(
            at("projects[0].kpis[3].target.value"),
            Some((SheetId::Kpis, Some(11), Some(5)))
        );
        assert_eq!(
            at("projects[0].kpis[3].phases[1]"),
            Some((SheetId::Kpis, Some(11), Some(1)))
        );
        assert_eq!(at("projects"), Some((SheetId::Projects, None, None)));
        assert_eq!(at("initiatives[0]"), None);
    }
}
