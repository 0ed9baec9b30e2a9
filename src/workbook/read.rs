//! Reading a workbook back into a dataset: its bounds first, then every
//! sheet of the layout, found by name, its columns by their headers, each
//! cell read as its column wants (mistakes reported at the cell); the
//! dataset built from the rows, linked by ids; then the validator, whose
//! problems are placed back at their cells.

use std::collections::{HashMap, HashSet};
use std::io::Cursor;

use calamine::{Reader, Xlsx};

use crate::core::dataset::bounds::{MAX_PLAN_SPAN, PLAN_YEARS};
use crate::core::dataset::model::{
    Basis, Breakdown, BudgetLine, Comparator, Dataset, Funding, Grade, GradeMeaning, Initiative,
    InitiativeNote, Kpi, KpiKind, Ministry, MinistryRoles, NotableResult, Phase, Program, Project,
    ProjectBudget, Report, Source, Target, Unit, YearValue,
};
use crate::core::dataset::problem::Severity;
use crate::core::dataset::validate::validate;
use crate::workbook::bounds::{self, MAX_CELLS};
use crate::workbook::cells::{self, address, Content, ReadCell};
use crate::workbook::grid::{read_grid, Grid, Row};
use crate::workbook::locate::{Locator, Place};
use crate::workbook::messages::Message;
use crate::workbook::problem::{CellProblem, Imported};
use crate::workbook::sheets::{
    from_vocabulary_id, header_year, sheet, split_result_key, year_header, Column, Kind, SheetId,
    REPORT_FIELDS, SCHEMA_VERSION, SHEETS,
};

/// Builds a dataset from an `.xlsx` workbook written by
/// [`to_xlsx`](crate::workbook::to_xlsx) (and edited), and checks it as a
/// JSON dataset is checked. The dataset is `None` while there is an error.
pub fn from_xlsx(bytes: &[u8]) -> Imported {
    let mut found = Found::default();
    if let Err(message) = bounds::check(bytes) {
        found.file(message);
        return found.finish(None);
    }
    let mut xlsx = match Xlsx::new(Cursor::new(bytes)) {
        Ok(xlsx) => xlsx,
        Err(e) => {
            found.file(Message::NotAWorkbook {
                detail: e.to_string(),
            });
            return found.finish(None);
        }
    };
    let names = xlsx.sheet_names();
    for (i, name) in names.iter().enumerate() {
        if !SHEETS.iter().any(|s| s.name == name) {
            found.push(Problem {
                severity: Severity::Warning,
                sheet: Some((SHEETS.len() + i, name.clone())),
                at: None,
                message: Message::UnknownSheet,
                path: None,
            });
        }
    }
    let mut grids = HashMap::new();
    let mut budget = MAX_CELLS;
    for layout in SHEETS.iter().filter(|s| s.id != SheetId::Readme) {
        if !names.iter().any(|n| n == layout.name) {
            found.at(layout.id, None, Severity::Error, Message::MissingSheet);
            continue;
        }
        match read_grid(&mut xlsx, layout.name, &mut budget) {
            Ok(grid) => {
                grids.insert(layout.id, grid);
            }
            Err(message) => {
                found.at(layout.id, None, Severity::Error, message);
                break;
            }
        }
    }
    let mut headers = HashMap::new();
    for (&id, grid) in &grids {
        headers.insert(id, Header::read(id, grid, &mut found));
    }
    if found.has_errors() {
        return found.finish(None);
    }
    let mut builder = Builder {
        grids: &grids,
        headers: &headers,
        found,
        locator: Locator::default(),
    };
    for (&id, header) in &headers {
        builder.locator.columns(id, header.by_key.clone());
    }
    let dataset = builder.build();
    let Builder {
        mut found, locator, ..
    } = builder;
    let read_errors = found.error_cells.clone();
    for problem in validate(&dataset) {
        let place = locator.locate(&problem.path);
        if let Some(Place {
            sheet,
            row: Some(row),
            col: Some(col),
        }) = place
        {
            if read_errors.contains(&(sheet, row, col)) {
                continue;
            }
        }
        found.push(Problem {
            severity: problem.severity,
            sheet: place.map(|p| sheet_key(p.sheet)),
            at: place.and_then(|p| Some((p.row?, p.col?))),
            message: Message::validator(&problem.message),
            path: Some(problem.path),
        });
    }
    let ok = !found.has_errors();
    found.finish(ok.then_some(dataset))
}

/// A sheet of the layout as a problem's sheet: its tab order and name.
fn sheet_key(id: SheetId) -> (usize, String) {
    let order = SHEETS
        .iter()
        .position(|s| s.id == id)
        .expect("every sheet id is in SHEETS");
    (order, SHEETS[order].name.to_string())
}

/// A problem while it is being collected.
#[derive(Debug)]
struct Problem {
    severity: Severity,
    /// Tab order and name; `None` for the file.
    sheet: Option<(usize, String)>,
    /// 0-based row and column.
    at: Option<(u32, u32)>,
    message: Message,
    path: Option<String>,
}

/// The problems found so far.
#[derive(Debug, Default)]
struct Found {
    problems: Vec<Problem>,
    /// The cells with an error: sheet, row, column.
    error_cells: HashSet<(SheetId, u32, u32)>,
}

impl Found {
    fn push(&mut self, problem: Problem) {
        if problem.severity == Severity::Error {
            if let (Some((order, _)), Some((row, col))) = (&problem.sheet, problem.at) {
                if let Some(layout) = SHEETS.get(*order) {
                    self.error_cells.insert((layout.id, row, col));
                }
            }
        }
        self.problems.push(problem);
    }

    /// Whether the cell already has an error.
    fn error_at(&self, sheet: SheetId, row: u32, col: u32) -> bool {
        self.error_cells.contains(&(sheet, row, col))
    }

    /// An error of the file as a whole.
    fn file(&mut self, message: Message) {
        self.push(Problem {
            severity: Severity::Error,
            sheet: None,
            at: None,
            message,
            path: None,
        });
    }

    /// A problem at a sheet, or at one of its cells.
    fn at(&mut self, sheet: SheetId, at: Option<(u32, u32)>, severity: Severity, message: Message) {
        self.push(Problem {
            severity,
            sheet: Some(sheet_key(sheet)),
            at,
            message,
            path: None,
        });
    }

    fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }

    /// Errors first, then warnings; each in the workbook's order.
    fn finish(mut self, dataset: Option<Dataset>) -> Imported {
        self.problems.sort_by_key(|p| {
            (
                std::cmp::Reverse(p.severity),
                p.sheet.as_ref().map(|(order, _)| *order),
                p.at,
            )
        });
        Imported {
            dataset,
            problems: self
                .problems
                .into_iter()
                .map(|p| CellProblem {
                    sheet: p.sheet.map(|(_, name)| name),
                    cell: p.at.map(|(row, col)| address(row, col)),
                    severity: p.severity,
                    ja: p.message.ja(),
                    en: p.message.en(),
                    path: p.path,
                })
                .collect(),
        }
    }
}

/// A sheet's columns as found in its header row.
#[derive(Debug, Default)]
struct Header {
    /// The column of each field key.
    by_key: HashMap<&'static str, u32>,
    /// The fiscal year columns, by year.
    years: Vec<(i32, u32)>,
}

impl Header {
    /// Finds the layout's columns by their headers (either line of
    /// `名称` / `Name`), reporting missing, doubled and unknown ones and
    /// filled cells in columns without a header.
    fn read(id: SheetId, grid: &Grid, found: &mut Found) -> Self {
        let layout = sheet(id);
        let mut header = Header::default();
        let has_years = layout.columns.iter().any(|c| c.kind == Kind::Years);
        let cells = grid.header().cloned().unwrap_or_default();
        for (&col, cell) in &cells {
            let Content::Text(text) = &cell.content else {
                if !cell.is_empty() {
                    found.at(id, Some((0, col)), Severity::Warning, Message::NoHeader);
                }
                continue;
            };
            let lines: Vec<&str> = text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            let matches = |ja: &str, en: &str| lines.iter().any(|l| *l == ja || *l == en);
            let doubled = Message::DuplicateColumn {
                header: text.clone(),
            };
            let year = lines.iter().find_map(|l| header_year(l));
            if let Some(year) = year.filter(|_| has_years) {
                if header.years.iter().any(|(y, _)| *y == year) {
                    found.at(id, Some((0, col)), Severity::Error, doubled);
                } else {
                    header.years.push((year, col));
                }
                continue;
            }
            match layout
                .columns
                .iter()
                .find(|c| c.kind != Kind::Years && matches(c.ja, c.en))
            {
                Some(column) if header.by_key.contains_key(column.key) => {
                    found.at(id, Some((0, col)), Severity::Error, doubled);
                }
                Some(column) => {
                    header.by_key.insert(column.key, col);
                }
                None => found.at(
                    id,
                    Some((0, col)),
                    Severity::Warning,
                    Message::UnknownColumn {
                        header: text.clone(),
                    },
                ),
            }
        }
        header.years.sort_unstable();
        for column in layout.columns {
            if column.kind != Kind::Years && !header.by_key.contains_key(column.key) {
                found.at(
                    id,
                    None,
                    Severity::Error,
                    Message::MissingColumn {
                        header: format!("{} / {}", column.ja, column.en),
                    },
                );
            }
        }
        let headed: HashSet<u32> = cells
            .iter()
            .filter(|(_, cell)| !cell.is_empty())
            .map(|(col, _)| *col)
            .collect();
        let mut unheaded = HashSet::new();
        for (row, cells) in grid.data_rows() {
            for (&col, cell) in cells {
                if !cell.is_empty() && !headed.contains(&col) && unheaded.insert(col) {
                    found.at(id, Some((row, col)), Severity::Warning, Message::NoHeader);
                }
            }
        }
        header
    }
}

/// One row being read.
#[derive(Clone, Copy)]
struct At<'g> {
    sheet: SheetId,
    row: u32,
    cells: &'g Row,
}

/// Builds the dataset from the sheets read.
struct Builder<'g> {
    grids: &'g HashMap<SheetId, Grid>,
    headers: &'g HashMap<SheetId, Header>,
    found: Found,
    locator: Locator,
}

/// The figures of a KPI or a breakdown, as read.
struct Figures {
    target: Option<Target>,
    latest: Option<f64>,
    latest_text: Option<String>,
    yearly: Vec<YearValue>,
}

/// Our phases of a KPI or a program, as read.
struct OurPhases {
    phases: Vec<String>,
    phase_basis: Basis,
    phase_reason: String,
}

/// Where each dataset item read so far sits, by id.
#[derive(Default)]
struct Index {
    projects: HashMap<String, usize>,
    programs: HashMap<String, (usize, usize)>,
    kpis: HashMap<String, (usize, usize)>,
    breakdowns: HashMap<String, (usize, usize, usize)>,
    initiatives: HashMap<String, usize>,
    /// (project, number) → the result's index in the project.
    results: HashMap<(usize, i64), usize>,
}

impl<'g> Builder<'g> {
    /// The rows of a sheet below its header.
    fn rows(&self, id: SheetId) -> Vec<At<'g>> {
        self.grids
            .get(&id)
            .map(|grid| {
                grid.data_rows()
                    .map(|(row, cells)| At {
                        sheet: id,
                        row,
                        cells,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn error(&mut self, at: At<'_>, col: u32, message: Message) {
        self.found
            .at(at.sheet, Some((at.row, col)), Severity::Error, message);
    }

    /// Records that the object at `path` was read from this row.
    fn place(&mut self, at: At<'_>, path: String) {
        self.locator.object(
            path,
            Place {
                sheet: at.sheet,
                row: Some(at.row),
                col: None,
            },
        );
    }

    /// The layout's column of `key` and where the sheet has it.
    fn column(&self, sheet_id: SheetId, key: &str) -> (&'static Column, u32) {
        let layout = sheet(sheet_id);
        let column = layout
            .column(key)
            .unwrap_or_else(|| panic!("{} has no column {key}", layout.name));
        (column, self.headers[&sheet_id].by_key[column.key])
    }

    /// Where the sheet has the column of `key`.
    fn col(&self, at: At<'_>, key: &str) -> u32 {
        self.column(at.sheet, key).1
    }

    /// Notes that a cell's value is a formula's stored result.
    fn note_formula(&mut self, at: At<'_>, col: u32, cell: &ReadCell) {
        if cell.formula && !matches!(cell.content, Content::FormulaWithoutValue(_)) {
            self.found.at(
                at.sheet,
                Some((at.row, col)),
                Severity::Warning,
                Message::FormulaValueRead,
            );
        }
    }

    /// The column of `key` and its layout, and the cell's content, read
    /// once: a formula's stored result is noted.
    fn cell(&mut self, at: At<'g>, key: &str) -> (&'static Column, u32, &'g Content) {
        let (column, col) = self.column(at.sheet, key);
        let cell = at.cells.get(&col);
        if let Some(cell) = cell {
            self.note_formula(at, col, cell);
        }
        const EMPTY: &Content = &Content::Empty;
        (column, col, cell.map_or(EMPTY, |c| &c.content))
    }

    /// Reads a cell with `read`; a mistake is reported at the cell and
    /// reads as `None`.
    fn read<T>(
        &mut self,
        at: At<'g>,
        key: &str,
        read: impl FnOnce(&Content, &Column) -> Result<Option<T>, Message>,
    ) -> (Option<T>, u32) {
        let (column, col, content) = self.cell(at, key);
        match read(content, column) {
            Ok(value) => (value, col),
            Err(message) => {
                self.error(at, col, message);
                (None, col)
            }
        }
    }

    /// Reads a required cell with `read`; an empty cell is reported (a
    /// mistake already is).
    fn required<T>(
        &mut self,
        at: At<'g>,
        key: &str,
        read: impl FnOnce(&Content, &Column) -> Result<Option<T>, Message>,
    ) -> (Option<T>, u32) {
        let (value, col) = self.read(at, key, read);
        if value.is_none() {
            self.missing(at, col);
        }
        (value, col)
    }

    /// A text; empty is the empty text.
    fn text(&mut self, at: At<'g>, key: &str) -> String {
        self.read(at, key, |c, _| cells::text(c))
            .0
            .unwrap_or_default()
    }

    /// A text; empty is `None`.
    fn opt_text(&mut self, at: At<'g>, key: &str) -> Option<String> {
        self.read(at, key, |c, _| cells::text(c)).0
    }

    /// A required text (an id); empty is an error.
    fn id(&mut self, at: At<'g>, key: &str) -> String {
        self.required(at, key, |c, _| cells::text(c))
            .0
            .unwrap_or_default()
    }

    /// Reports a required cell left empty (unless it already has an error).
    fn missing(&mut self, at: At<'_>, col: u32) {
        if !self.found.error_at(at.sheet, at.row, col) {
            self.error(at, col, Message::Required);
        }
    }

    fn number(&mut self, at: At<'g>, key: &str) -> Option<f64> {
        self.read(at, key, |c, _| cells::number(c)).0
    }

    fn required_number(&mut self, at: At<'g>, key: &str) -> f64 {
        self.required(at, key, |c, _| cells::number(c))
            .0
            .unwrap_or(0.0)
    }

    /// A required whole number that fits `T`.
    fn integer<T: TryFrom<i64> + Default>(&mut self, at: At<'g>, key: &str) -> T {
        self.required(at, key, |c, _| {
            let Some(n) = cells::integer(c)? else {
                return Ok(None);
            };
            T::try_from(n)
                .map(Some)
                .map_err(|_| Message::NotAWholeNumber { value: n as f64 })
        })
        .0
        .unwrap_or_default()
    }

    /// A value of the column's closed list; `None` when empty (or wrong).
    fn choice(&mut self, at: At<'g>, key: &str) -> Option<&'static str> {
        self.read(at, key, choice).0
    }

    /// A required value of the column's closed list.
    fn required_choice(&mut self, at: At<'g>, key: &str) -> Option<&'static str> {
        self.required(at, key, choice).0
    }

    fn ids(&mut self, at: At<'g>, key: &str) -> Vec<String> {
        self.read(at, key, |c, _| cells::ids(c).map(Some))
            .0
            .unwrap_or_default()
    }

    fn boolean(&mut self, at: At<'g>, key: &str) -> bool {
        self.read(at, key, |c, _| cells::boolean(c))
            .0
            .unwrap_or(false)
    }

    /// The row's parent: the index `ids` gives its id, or a reported error.
    fn parent<T: Copy>(
        &mut self,
        at: At<'g>,
        key: &str,
        ids: &HashMap<String, T>,
        parent_sheet: SheetId,
    ) -> Option<T> {
        let (value, col) = self.required(at, key, |c, _| cells::text(c));
        let id = value?;
        let found = ids.get(&id).copied();
        if found.is_none() {
            self.error(
                at,
                col,
                Message::UnknownParent {
                    id,
                    sheet: sheet(parent_sheet).name,
                },
            );
        }
        found
    }

    /// A target's three columns; all empty is no target.
    fn target(&mut self, at: At<'g>) -> Option<Target> {
        let value = self.number(at, "target.value");
        let text = self.opt_text(at, "target.text");
        let comparator = self.choice(at, "target.comparator");
        if value.is_none() && text.is_none() && comparator.is_none() {
            return None;
        }
        let (Some(value), Some(comparator)) = (value, comparator) else {
            let key = if value.is_none() {
                "target.value"
            } else {
                "target.comparator"
            };
            let col = self.col(at, key);
            self.error(at, col, Message::PartialTarget);
            return None;
        };
        Some(Target {
            value,
            text: text.unwrap_or_default(),
            comparator: from_vocabulary_id(comparator).unwrap_or(Comparator::Reach),
        })
    }

    /// The figures of the year columns, in year order.
    fn years(&mut self, at: At<'g>, path: &str) -> Vec<YearValue> {
        let mut yearly = Vec::new();
        for &(year, col) in &self.headers[&at.sheet].years {
            let Some(cell) = at.cells.get(&col) else {
                continue;
            };
            self.note_formula(at, col, cell);
            match cells::number(&cell.content) {
                Ok(Some(value)) => {
                    self.locator.object(
                        format!("{path}.yearly[{}]", yearly.len()),
                        Place {
                            sheet: at.sheet,
                            row: Some(at.row),
                            col: Some(col),
                        },
                    );
                    yearly.push(YearValue {
                        fiscal_year: year,
                        value,
                    });
                }
                Ok(None) => {}
                Err(message) => self.error(at, col, message),
            }
        }
        yearly
    }

    /// The rows of a sheet that holds the list at `path`, each read by
    /// `read` (given its index) and placed at `path[i]`.
    fn list<T>(
        &mut self,
        sheet: SheetId,
        path: &str,
        mut read: impl FnMut(&mut Self, At<'g>, usize) -> T,
    ) -> Vec<T> {
        let mut items = Vec::new();
        for at in self.rows(sheet) {
            let i = items.len();
            self.place(at, format!("{path}[{i}]"));
            items.push(read(self, at, i));
        }
        items
    }

    /// The rows of a sheet of one of a project's lists (its notable results,
    /// programs, budget lines or KPIs), in order: each row's project found
    /// by its `project` column, the item read by `read` (given its path and
    /// where it goes: the project's index and its own) and added to the
    /// project's list `field`.
    fn project_items<T>(
        &mut self,
        sheet: SheetId,
        by_id: &HashMap<String, usize>,
        projects: &mut [Project],
        (field, list): (&str, fn(&mut Project) -> &mut Vec<T>),
        mut read: impl FnMut(&mut Self, At<'g>, &str, (usize, usize)) -> T,
    ) {
        for at in self.rows(sheet) {
            let Some(p) = self.parent(at, "project", by_id, SheetId::Projects) else {
                continue;
            };
            let i = list(&mut projects[p]).len();
            let path = format!("projects[{p}].{field}[{i}]");
            self.place(at, path.clone());
            let item = read(self, at, &path, (p, i));
            list(&mut projects[p]).push(item);
        }
    }

    /// The row's id, noting in `ids` where the first row with that id put
    /// it (the validator reports a second).
    fn own_id<T>(&mut self, at: At<'g>, ids: &mut HashMap<String, T>, position: T) -> String {
        let id = self.id(at, "id");
        ids.entry(id.clone()).or_insert(position);
        id
    }

    /// The lead and participating ministries.
    fn ministry_roles(&mut self, at: At<'g>) -> MinistryRoles {
        MinistryRoles {
            lead: self.ids(at, "ministries.lead"),
            participating: self.ids(at, "ministries.participating"),
        }
    }

    /// The figures of a KPI or a breakdown at `path`.
    fn figures(&mut self, at: At<'g>, path: &str) -> Figures {
        Figures {
            target: self.target(at),
            latest: self.number(at, "latest"),
            latest_text: self.opt_text(at, "latest_text"),
            yearly: self.years(at, path),
        }
    }

    /// Our phases of a KPI or a program.
    fn our_phases(&mut self, at: At<'g>) -> OurPhases {
        let phase_basis = self.required_choice(at, "phase_basis");
        OurPhases {
            phases: self.ids(at, "phases"),
            phase_basis: phase_basis
                .and_then(from_vocabulary_id)
                .unwrap_or(Basis::Classified),
            phase_reason: self.text(at, "phase_reason"),
        }
    }

    /// A sheet of paragraphs (`ProjectTexts`, `InitiativeTexts`): each row
    /// one paragraph of a list of its parent, the list its `part` names.
    fn paragraphs<P>(
        &mut self,
        sheet: SheetId,
        (key, ids, parent_sheet): (&str, &HashMap<String, usize>, SheetId),
        (path, parents): (&str, &mut [P]),
        list: for<'p> fn(&'p mut P, &'static str) -> &'p mut Vec<String>,
    ) {
        for at in self.rows(sheet) {
            let parent = self.parent(at, key, ids, parent_sheet);
            let part = self.required_choice(at, "part");
            let (Some(i), Some(part)) = (parent, part) else {
                continue;
            };
            let list = list(&mut parents[i], part);
            self.place(at, format!("{path}[{i}].{part}[{}]", list.len()));
            list.push(self.text(at, "text"));
        }
    }

    fn sheet_place(&mut self, path: &str, sheet: SheetId) {
        self.locator.object(
            path.into(),
            Place {
                sheet,
                row: None,
                col: None,
            },
        );
    }

    /// The dataset, from every sheet.
    fn build(&mut self) -> Dataset {
        for (path, sheet) in [
            ("report", SheetId::Report),
            ("report.grades", SheetId::Grades),
            ("ministries", SheetId::Ministries),
            ("phases", SheetId::Phases),
            ("projects", SheetId::Projects),
            ("initiatives", SheetId::Initiatives),
            ("initiative_notes", SheetId::InitiativeNotes),
        ] {
            self.sheet_place(path, sheet);
        }
        let (schema_version, mut report) = self.report();
        self.year_columns(&report);
        report.grades = self.grades();
        let ministries = self.ministries();
        let phases = self.phases();
        let mut index = Index::default();
        let mut projects = self.projects(&mut index);
        self.project_texts(&index, &mut projects);
        self.results(&mut index, &mut projects);
        self.programs(&mut index, &mut projects);
        self.program_notes(&index, &mut projects);
        self.budget_lines(&index, &mut projects);
        self.kpis(&mut index, &mut projects);
        self.breakdowns(&mut index, &mut projects);
        let mut initiatives = self.initiatives(&mut index);
        self.initiative_texts(&index, &mut initiatives);
        let initiative_notes = self.initiative_notes();
        let mut dataset = Dataset {
            schema_version,
            report,
            ministries,
            phases,
            projects,
            initiatives,
            initiative_notes,
        };
        self.english(&index, &mut dataset);
        dataset
    }

    fn report(&mut self) -> (u32, Report) {
        let mut rows: HashMap<&'static str, Vec<At<'g>>> = HashMap::new();
        for at in self.rows(SheetId::Report) {
            let key = self.id(at, "key");
            if key.is_empty() {
                continue;
            }
            let key_col = self.col(at, "key");
            match REPORT_FIELDS.iter().find(|f| f.key == key) {
                Some(field) => {
                    let list = rows.entry(field.key).or_default();
                    if !field.repeated && !list.is_empty() {
                        self.error(at, key_col, Message::DuplicateKey { key });
                    } else {
                        list.push(at);
                    }
                }
                None => self.found.at(
                    at.sheet,
                    Some((at.row, key_col)),
                    Severity::Warning,
                    Message::UnknownKey { key },
                ),
            }
        }
        for field in REPORT_FIELDS.iter().filter(|f| !f.repeated) {
            if !rows.contains_key(field.key) {
                self.found.at(
                    SheetId::Report,
                    None,
                    Severity::Error,
                    Message::MissingKey {
                        key: field.key.into(),
                    },
                );
            }
        }
        let one = |key: &str| rows.get(key).and_then(|r| r.first().copied());
        let text = |b: &mut Self, key: &str, required: bool| -> Option<String> {
            let at = one(key)?;
            b.place(at, format!("report.{key}"));
            if required {
                Some(b.id(at, "value"))
            } else {
                b.opt_text(at, "value")
            }
        };
        let id = text(self, "id", true).unwrap_or_default();
        let title = text(self, "title", false).unwrap_or_default();
        let title_en = text(self, "title_en", false).unwrap_or_default();
        let citation = text(self, "source.citation", false).unwrap_or_default();
        let citation_en = text(self, "source.citation_en", false).unwrap_or_default();
        let names_en_note = text(self, "names_en_note", false);
        let url = text(self, "source.url", false);
        let figures_note = text(self, "figures_note", false);
        let schema_version = self.report_integer(&rows, SCHEMA_VERSION);
        let plan_first_year = self.report_integer(&rows, "plan_first_year");
        let plan_last_year = self.report_integer(&rows, "plan_last_year");
        let figures_through = self.report_integer(&rows, "figures_through");
        let mut notes = Vec::new();
        for at in rows.get("source.notes").cloned().unwrap_or_default() {
            self.place(at, format!("report.source.notes[{}]", notes.len()));
            notes.push(self.text(at, "value"));
        }
        let report = Report {
            id,
            title,
            title_en,
            plan_first_year,
            plan_last_year,
            figures_through,
            source: Source {
                citation,
                citation_en,
                notes,
                url,
            },
            grades: Vec::new(),
            figures_note,
            names_en_note,
        };
        (schema_version, report)
    }

    /// Every fiscal year of the plan has its column in the sheets of figures
    /// (a deleted column would silently drop that year's figures).
    fn year_columns(&mut self, report: &Report) {
        let (first, last) = (report.plan_first_year, report.plan_last_year);
        if !PLAN_YEARS.contains(&first)
            || !PLAN_YEARS.contains(&last)
            || !(0..=MAX_PLAN_SPAN).contains(&(last - first))
        {
            return;
        }
        for id in [SheetId::Kpis, SheetId::Breakdowns] {
            for year in first..=last {
                if !self.headers[&id].years.iter().any(|(y, _)| *y == year) {
                    let (ja, en) = year_header(year);
                    self.found.at(
                        id,
                        None,
                        Severity::Error,
                        Message::MissingColumn {
                            header: format!("{ja} / {en}"),
                        },
                    );
                }
            }
        }
    }

    /// A whole number of the report sheet (`plan_first_year`), where its row is.
    fn report_integer<T: TryFrom<i64> + Default>(
        &mut self,
        rows: &HashMap<&'static str, Vec<At<'g>>>,
        key: &str,
    ) -> T {
        let Some(at) = rows.get(key).and_then(|r| r.first().copied()) else {
            return T::default();
        };
        self.place(at, format!("report.{key}"));
        self.integer(at, "value")
    }

    fn grades(&mut self) -> Vec<GradeMeaning> {
        self.list(SheetId::Grades, "report.grades", |b, at, _| {
            let grade = b.required_choice(at, "grade");
            GradeMeaning {
                grade: grade.and_then(from_vocabulary_id).unwrap_or(Grade::A),
                ja: b.text(at, "ja"),
                en: b.text(at, "en"),
            }
        })
    }

    fn ministries(&mut self) -> Vec<Ministry> {
        self.list(SheetId::Ministries, "ministries", |b, at, _| Ministry {
            id: b.id(at, "id"),
            abbr: b.text(at, "abbr"),
            name_ja: b.text(at, "name_ja"),
            name_en: b.text(at, "name_en"),
        })
    }

    fn phases(&mut self) -> Vec<Phase> {
        self.list(SheetId::Phases, "phases", |b, at, _| Phase {
            id: b.id(at, "id"),
            name_ja: b.text(at, "name_ja"),
            name_en: b.text(at, "name_en"),
        })
    }

    fn projects(&mut self, index: &mut Index) -> Vec<Project> {
        self.list(SheetId::Projects, "projects", |b, at, i| Project {
            id: b.own_id(at, &mut index.projects, i),
            number: b.integer(at, "number"),
            name_ja: b.text(at, "name_ja"),
            name_en: b.text(at, "name_en"),
            aim: b.text(at, "aim"),
            aim_en: None,
            budget: ProjectBudget {
                amed: b.number(at, "budget.amed"),
                inhouse: b.number(at, "budget.inhouse"),
            },
            ministries: b.ministry_roles(at),
            evaluation: b.text(at, "evaluation"),
            evaluation_note: b.opt_text(at, "evaluation_note"),
            ministry_actions: Vec::new(),
            notable_results: Vec::new(),
            programs: Vec::new(),
            budget_lines: Vec::new(),
            overview_notes: Vec::new(),
            kpis: Vec::new(),
        })
    }

    fn project_texts(&mut self, index: &Index, projects: &mut [Project]) {
        self.paragraphs(
            SheetId::ProjectTexts,
            ("project", &index.projects, SheetId::Projects),
            ("projects", projects),
            |project, part| {
                if part == "overview_notes" {
                    &mut project.overview_notes
                } else {
                    &mut project.ministry_actions
                }
            },
        );
    }

    fn results(&mut self, index: &mut Index, projects: &mut [Project]) {
        self.project_items(
            SheetId::Results,
            &index.projects,
            projects,
            ("notable_results", |p| &mut p.notable_results),
            |b, at, _, (p, r)| {
                let (number, col) = b.required(at, "number", |c, _| cells::integer(c));
                if let Some(n) = number {
                    if index.results.insert((p, n), r).is_some() {
                        b.error(at, col, Message::DuplicateKey { key: n.to_string() });
                    }
                }
                NotableResult {
                    title: b.text(at, "title"),
                    title_en: None,
                    program: b.opt_text(at, "program"),
                    summary: b.text(at, "summary"),
                }
            },
        );
    }

    fn programs(&mut self, index: &mut Index, projects: &mut [Project]) {
        self.project_items(
            SheetId::Programs,
            &index.projects,
            projects,
            ("programs", |p| &mut p.programs),
            |b, at, _, position| {
                let id = b.own_id(at, &mut index.programs, position);
                let funding = b.required_choice(at, "funding");
                let ministry_basis = b.choice(at, "ministry_basis");
                let OurPhases {
                    phases,
                    phase_basis,
                    phase_reason,
                } = b.our_phases(at);
                Program {
                    id,
                    name: b.text(at, "name"),
                    description: b.text(at, "description"),
                    name_en: None,
                    description_en: None,
                    budget: b.number(at, "budget"),
                    budget_text: b.opt_text(at, "budget_text"),
                    funding: funding
                        .and_then(from_vocabulary_id)
                        .unwrap_or(Funding::Amed),
                    notes: Vec::new(),
                    editorial_note: b.opt_text(at, "editorial_note"),
                    ministry: b.opt_text(at, "ministry"),
                    ministry_basis: ministry_basis.and_then(from_vocabulary_id),
                    phases,
                    phase_basis,
                    phase_reason,
                }
            },
        );
    }

    fn program_notes(&mut self, index: &Index, projects: &mut [Project]) {
        for at in self.rows(SheetId::ProgramNotes) {
            let Some((p, g)) = self.parent(at, "program", &index.programs, SheetId::Programs)
            else {
                continue;
            };
            let notes = &mut projects[p].programs[g].notes;
            self.place(
                at,
                format!("projects[{p}].programs[{g}].notes[{}]", notes.len()),
            );
            notes.push(self.text(at, "text"));
        }
    }

    fn budget_lines(&mut self, index: &Index, projects: &mut [Project]) {
        self.project_items(
            SheetId::BudgetLines,
            &index.projects,
            projects,
            ("budget_lines", |p| &mut p.budget_lines),
            |b, at, _, _| BudgetLine {
                amount: b.required_number(at, "amount"),
                text: b.text(at, "text"),
                programs: b.ids(at, "programs"),
                note: b.text(at, "note"),
                repeat: b.boolean(at, "repeat"),
            },
        );
    }

    fn kpis(&mut self, index: &mut Index, projects: &mut [Project]) {
        self.project_items(
            SheetId::Kpis,
            &index.projects,
            projects,
            ("kpis", |p| &mut p.kpis),
            |b, at, path, position| {
                let id = b.own_id(at, &mut index.kpis, position);
                let kind = b.required_choice(at, "kind");
                let unit = b.required_choice(at, "unit");
                let grade = b.required_choice(at, "grade");
                let Figures {
                    target,
                    latest,
                    latest_text,
                    yearly,
                } = b.figures(at, path);
                let OurPhases {
                    phases,
                    phase_basis,
                    phase_reason,
                } = b.our_phases(at);
                Kpi {
                    id,
                    kind: kind.and_then(from_vocabulary_id).unwrap_or(KpiKind::Output),
                    name: b.text(at, "name"),
                    unit: unit.and_then(from_vocabulary_id).unwrap_or(Unit::Count),
                    name_en: None,
                    target,
                    latest,
                    latest_text,
                    yearly,
                    grade: grade.and_then(from_vocabulary_id).unwrap_or(Grade::A),
                    breakdowns: Vec::new(),
                    detail: b.text(at, "detail"),
                    footnote: b.opt_text(at, "footnote"),
                    source_note: b.opt_text(at, "source_note"),
                    phases,
                    phase_basis,
                    phase_reason,
                }
            },
        );
    }

    fn breakdowns(&mut self, index: &mut Index, projects: &mut [Project]) {
        for at in self.rows(SheetId::Breakdowns) {
            let Some((p, k)) = self.parent(at, "kpi", &index.kpis, SheetId::Kpis) else {
                continue;
            };
            let b = projects[p].kpis[k].breakdowns.len();
            let path = format!("projects[{p}].kpis[{k}].breakdowns[{b}]");
            self.place(at, path.clone());
            let id = self.own_id(at, &mut index.breakdowns, (p, k, b));
            let label = self.text(at, "label");
            let Figures {
                target,
                latest,
                latest_text,
                yearly,
            } = self.figures(at, &path);
            projects[p].kpis[k].breakdowns.push(Breakdown {
                id,
                label,
                label_en: None,
                target,
                latest,
                latest_text,
                yearly,
            });
        }
    }

    fn initiatives(&mut self, index: &mut Index) -> Vec<Initiative> {
        self.list(SheetId::Initiatives, "initiatives", |b, at, i| Initiative {
            id: b.own_id(at, &mut index.initiatives, i),
            section: b.text(at, "section"),
            section_title: b.text(at, "section_title"),
            heading: b.text(at, "heading"),
            section_title_en: None,
            heading_en: None,
            number: b.opt_text(at, "number"),
            plan: Vec::new(),
            results: Vec::new(),
            ministries: b.ministry_roles(at),
            ministries_text: b.text(at, "ministries_text"),
        })
    }

    fn initiative_texts(&mut self, index: &Index, initiatives: &mut [Initiative]) {
        self.paragraphs(
            SheetId::InitiativeTexts,
            ("initiative", &index.initiatives, SheetId::Initiatives),
            ("initiatives", initiatives),
            |initiative, part| {
                if part == "plan" {
                    &mut initiative.plan
                } else {
                    &mut initiative.results
                }
            },
        );
    }

    fn initiative_notes(&mut self) -> Vec<InitiativeNote> {
        self.list(SheetId::InitiativeNotes, "initiative_notes", |b, at, _| {
            InitiativeNote {
                after: b.text(at, "after"),
                text: b.text(at, "text"),
            }
        })
    }

    /// The English sheet's rows, each set on its item.
    fn english(&mut self, index: &Index, d: &mut Dataset) {
        let mut seen = HashSet::new();
        for at in self.rows(SheetId::English) {
            let table = self.required_choice(at, "table");
            let id = self.id(at, "id");
            let field = self.required_choice(at, "field");
            let (Some(table), Some(field)) = (table, field) else {
                continue;
            };
            let id_col = self.col(at, "id");
            let field_col = self.col(at, "field");
            let target = english_target(index, table, &id);
            let Some(target) = target else {
                self.error(
                    at,
                    id_col,
                    Message::UnknownItem {
                        table: table.into(),
                        id,
                    },
                );
                continue;
            };
            let Some((path, japanese, slot)) = target.field(d, field) else {
                self.error(
                    at,
                    field_col,
                    Message::NoSuchField {
                        table: table.into(),
                        field: field.into(),
                    },
                );
                continue;
            };
            if !seen.insert(path.clone()) {
                self.error(
                    at,
                    id_col,
                    Message::DuplicateKey {
                        key: format!("{table} {id} {field}"),
                    },
                );
                continue;
            }
            let english = self.opt_text(at, "en");
            let japanese = japanese.to_string();
            let (_, ja_col, ja_content) = self.cell(at, "ja");
            let exported = cells::text(ja_content).ok().flatten().unwrap_or_default();
            if english.is_some() && exported != japanese {
                self.found.at(
                    at.sheet,
                    Some((at.row, ja_col)),
                    Severity::Warning,
                    Message::StaleTranslation,
                );
            }
            let en_col = self.col(at, "en");
            self.locator.object(
                path,
                Place {
                    sheet: at.sheet,
                    row: Some(at.row),
                    col: Some(en_col),
                },
            );
            *slot.get(d) = english;
        }
    }
}

/// A cell read as a value of its column's closed list.
fn choice(content: &Content, column: &Column) -> Result<Option<&'static str>, Message> {
    match column.kind {
        Kind::Choice(values) | Kind::OptChoice(values) => cells::choice(content, values),
        _ => unreachable!("{} is not a choice", column.key),
    }
}

/// The item an English row names.
#[derive(Clone, Copy)]
enum EnglishTarget {
    Project(usize),
    Result(usize, usize),
    Program(usize, usize),
    Kpi(usize, usize),
    Breakdown(usize, usize, usize),
    Initiative(usize),
}

/// Which optional English field of an item.
#[derive(Clone, Copy)]
enum EnglishSlot {
    Aim(usize),
    ResultTitle(usize, usize),
    ProgramName(usize, usize),
    ProgramDescription(usize, usize),
    KpiName(usize, usize),
    BreakdownLabel(usize, usize, usize),
    SectionTitle(usize),
    Heading(usize),
}

impl EnglishSlot {
    fn get(self, d: &mut Dataset) -> &mut Option<String> {
        match self {
            Self::Aim(p) => &mut d.projects[p].aim_en,
            Self::ResultTitle(p, r) => &mut d.projects[p].notable_results[r].title_en,
            Self::ProgramName(p, g) => &mut d.projects[p].programs[g].name_en,
            Self::ProgramDescription(p, g) => &mut d.projects[p].programs[g].description_en,
            Self::KpiName(p, k) => &mut d.projects[p].kpis[k].name_en,
            Self::BreakdownLabel(p, k, b) => &mut d.projects[p].kpis[k].breakdowns[b].label_en,
            Self::SectionTitle(i) => &mut d.initiatives[i].section_title_en,
            Self::Heading(i) => &mut d.initiatives[i].heading_en,
        }
    }
}

impl EnglishTarget {
    /// The field's JSON path, the Japanese it translates, and where it goes.
    fn field<'d>(self, d: &'d Dataset, field: &str) -> Option<(String, &'d str, EnglishSlot)> {
        Some(match (self, field) {
            (Self::Project(p), "aim_en") => (
                format!("projects[{p}].aim_en"),
                &d.projects[p].aim,
                EnglishSlot::Aim(p),
            ),
            (Self::Result(p, r), "title_en") => (
                format!("projects[{p}].notable_results[{r}].title_en"),
                &d.projects[p].notable_results[r].title,
                EnglishSlot::ResultTitle(p, r),
            ),
            (Self::Program(p, g), "name_en") => (
                format!("projects[{p}].programs[{g}].name_en"),
                &d.projects[p].programs[g].name,
                EnglishSlot::ProgramName(p, g),
            ),
            (Self::Program(p, g), "description_en") => (
                format!("projects[{p}].programs[{g}].description_en"),
                &d.projects[p].programs[g].description,
                EnglishSlot::ProgramDescription(p, g),
            ),
            (Self::Kpi(p, k), "name_en") => (
                format!("projects[{p}].kpis[{k}].name_en"),
                &d.projects[p].kpis[k].name,
                EnglishSlot::KpiName(p, k),
            ),
            (Self::Breakdown(p, k, b), "label_en") => (
                format!("projects[{p}].kpis[{k}].breakdowns[{b}].label_en"),
                &d.projects[p].kpis[k].breakdowns[b].label,
                EnglishSlot::BreakdownLabel(p, k, b),
            ),
            (Self::Initiative(i), "section_title_en") => (
                format!("initiatives[{i}].section_title_en"),
                &d.initiatives[i].section_title,
                EnglishSlot::SectionTitle(i),
            ),
            (Self::Initiative(i), "heading_en") => (
                format!("initiatives[{i}].heading_en"),
                &d.initiatives[i].heading,
                EnglishSlot::Heading(i),
            ),
            _ => return None,
        })
    }
}

/// The item a row of the English sheet names, if it exists.
fn english_target(index: &Index, table: &str, id: &str) -> Option<EnglishTarget> {
    Some(match table {
        "project" => EnglishTarget::Project(*index.projects.get(id)?),
        "notable_result" => {
            let (project, number) = split_result_key(id)?;
            let p = *index.projects.get(project)?;
            EnglishTarget::Result(p, *index.results.get(&(p, number))?)
        }
        "program" => {
            let (p, g) = *index.programs.get(id)?;
            EnglishTarget::Program(p, g)
        }
        "kpi" => {
            let (p, k) = *index.kpis.get(id)?;
            EnglishTarget::Kpi(p, k)
        }
        "breakdown" => {
            let (p, k, b) = *index.breakdowns.get(id)?;
            EnglishTarget::Breakdown(p, k, b)
        }
        "initiative" => EnglishTarget::Initiative(*index.initiatives.get(id)?),
        _ => return None,
    })
}
