//! Writing a dataset as a workbook: one sheet per table of the layout
//! (`sheets.rs`), the read-me first. Texts are text cells in columns
//! formatted as text, so Excel turns neither `3-4` into a date nor
//! `１，０９９件` into a number, even when retyped; figures are number
//! cells in the General format, which shows them as written (16.8 stays
//! 16.8); an absent value is an empty cell.

use std::collections::HashSet;
use std::fmt;

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, Format, FormatAlign,
    FormatBorder, Formula, Workbook, Worksheet, XlsxError,
};

use crate::core::dataset::bounds::MAX_PLAN_SPAN;
use crate::core::dataset::model::{Basis, Dataset, Kpi, MinistryRoles, Target, YearValue};
use crate::workbook::cells::{column_name, join_ids, listable_id};
use crate::workbook::readme::{readme, ReadmeLine};
use crate::workbook::sheets::{
    result_key, sheet, vocabulary_id, year_header, Column, Kind, Sheet, SheetId, Vocabulary,
    REPORT_FIELDS, SHEETS, WRAP_WIDTH,
};

/// Why a dataset could not be written as a workbook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkbookError {
    /// A value the workbook cannot hold so that it reads back the same:
    /// an id with a comma in a list cell, a yearly figure outside the plan.
    Unrepresentable {
        /// JSON path of the value.
        path: String,
        /// Why, in Japanese.
        ja: String,
        /// Why, in English.
        en: String,
    },
    /// The xlsx writer failed (a text longer than Excel's 32,767 characters).
    Xlsx(String),
}

impl WorkbookError {
    /// The error in Japanese.
    pub fn ja(&self) -> String {
        match self {
            Self::Unrepresentable { path, ja, .. } => format!("{path}: {ja}"),
            Self::Xlsx(detail) => format!("Excelのブックを書き出せません（{detail}）"),
        }
    }

    /// The error in English.
    pub fn en(&self) -> String {
        match self {
            Self::Unrepresentable { path, en, .. } => format!("{path}: {en}"),
            Self::Xlsx(detail) => format!("the Excel workbook could not be written ({detail})"),
        }
    }
}

impl fmt::Display for WorkbookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en())
    }
}

impl std::error::Error for WorkbookError {}

impl From<XlsxError> for WorkbookError {
    fn from(e: XlsxError) -> Self {
        Self::Xlsx(e.to_string())
    }
}

/// The last 0-based row data validations and column formats reach (Excel's
/// last row), so rows the user adds get them too.
const LAST_ROW: u32 = 1_048_575;

/// The dataset as an `.xlsx` workbook.
pub fn to_xlsx(dataset: &Dataset) -> Result<Vec<u8>, WorkbookError> {
    let report = &dataset.report;
    if i64::from(report.plan_last_year) - i64::from(report.plan_first_year)
        > i64::from(MAX_PLAN_SPAN)
    {
        return Err(WorkbookError::Unrepresentable {
            path: "report.plan_last_year".into(),
            ja: format!("計画が長すぎます（上限 {} 年）", MAX_PLAN_SPAN + 1),
            en: format!("the plan is too long (at most {} years)", MAX_PLAN_SPAN + 1),
        });
    }
    let years: Vec<i32> = (report.plan_first_year..=report.plan_last_year).collect();
    let formats = Formats::new();
    let mut workbook = Workbook::new();
    for layout in SHEETS {
        let worksheet = workbook.add_worksheet();
        worksheet.set_name(layout.name)?;
        if layout.id == SheetId::Readme {
            write_readme(worksheet, dataset, &formats)?;
            continue;
        }
        let mut w = SheetWriter::new(worksheet, layout, &years, &formats, dataset)?;
        match layout.id {
            SheetId::Readme => {}
            SheetId::Report => write_report(&mut w, dataset)?,
            SheetId::Projects => write_projects(&mut w, dataset)?,
            SheetId::Kpis => write_kpis(&mut w, dataset)?,
            SheetId::Breakdowns => write_breakdowns(&mut w, dataset)?,
            SheetId::Programs => write_programs(&mut w, dataset)?,
            SheetId::ProgramNotes => write_program_notes(&mut w, dataset)?,
            SheetId::BudgetLines => write_budget_lines(&mut w, dataset)?,
            SheetId::Results => write_results(&mut w, dataset)?,
            SheetId::ProjectTexts => write_project_texts(&mut w, dataset)?,
            SheetId::Initiatives => write_initiatives(&mut w, dataset)?,
            SheetId::InitiativeTexts => write_initiative_texts(&mut w, dataset)?,
            SheetId::InitiativeNotes => write_initiative_notes(&mut w, dataset)?,
            SheetId::English => write_english(&mut w, dataset)?,
            SheetId::Ministries => write_ministries(&mut w, dataset)?,
            SheetId::Phases => write_phases(&mut w, dataset)?,
            SheetId::Grades => write_grades(&mut w, dataset)?,
        }
        w.finish()?;
    }
    Ok(workbook.save_to_buffer()?)
}

/// The cell formats, made once.
struct Formats {
    /// Header of a column the report prints.
    header: Format,
    /// Header of a column that is our reading.
    header_ours: Format,
    /// Header of an id column.
    header_id: Format,
    /// Short text.
    text: Format,
    /// Long text, wrapped.
    text_wrapped: Format,
    /// A figure, as written (General).
    number: Format,
    /// A read-me title.
    title: Format,
    /// A read-me heading.
    heading: Format,
    /// A read-me paragraph.
    paragraph: Format,
}

impl Formats {
    fn new() -> Self {
        let header = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border_bottom(FormatBorder::Thin);
        Self {
            header_ours: header.clone().set_background_color(Color::RGB(0xFCE4D6)),
            header_id: header.clone().set_background_color(Color::RGB(0xEDEDED)),
            header: header.set_background_color(Color::RGB(0xDDEBF7)),
            text: Format::new()
                .set_num_format("@")
                .set_align(FormatAlign::Top),
            text_wrapped: Format::new()
                .set_num_format("@")
                .set_text_wrap()
                .set_align(FormatAlign::Top),
            number: Format::new().set_align(FormatAlign::Top),
            title: Format::new().set_bold().set_font_size(16),
            heading: Format::new().set_bold().set_font_size(12),
            paragraph: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        }
    }

    /// The format of a column's cells.
    fn of(&self, column: &Column) -> &Format {
        match column.kind {
            Kind::Number | Kind::OptNumber | Kind::Integer | Kind::Years | Kind::Bool => {
                &self.number
            }
            _ if column.width >= WRAP_WIDTH => &self.text_wrapped,
            _ => &self.text,
        }
    }
}

/// Writes one sheet's rows, cell by cell, under the layout's header.
struct SheetWriter<'w> {
    worksheet: &'w mut Worksheet,
    layout: &'static Sheet,
    formats: &'w Formats,
    /// Each layout column's first 0-based column in the sheet.
    starts: Vec<u16>,
    /// The plan's fiscal years, one column each where the layout has `Years`.
    years: &'w [i32],
    /// Columns used in all.
    width: u16,
    /// The 0-based row being written (0 is the header).
    row: u32,
}

impl<'w> SheetWriter<'w> {
    fn new(
        worksheet: &'w mut Worksheet,
        layout: &'static Sheet,
        years: &'w [i32],
        formats: &'w Formats,
        dataset: &Dataset,
    ) -> Result<Self, WorkbookError> {
        let mut starts = Vec::with_capacity(layout.columns.len());
        let mut next: u16 = 0;
        for column in layout.columns {
            starts.push(next);
            next += match column.kind {
                Kind::Years => years.len() as u16,
                _ => 1,
            };
        }
        let writer = Self {
            worksheet,
            layout,
            formats,
            starts,
            years,
            width: next,
            row: 0,
        };
        let mut writer = writer;
        writer.header(dataset)?;
        Ok(writer)
    }

    /// The header row, column widths and formats, drop-down lists, frozen panes.
    fn header(&mut self, dataset: &Dataset) -> Result<(), WorkbookError> {
        let ws = &mut *self.worksheet;
        ws.set_row_height(0, 32)?;
        for (column, &start) in self.layout.columns.iter().zip(&self.starts) {
            let header_format = if column.ours {
                &self.formats.header_ours
            } else if matches!(column.kind, Kind::Id | Kind::Parent) {
                &self.formats.header_id
            } else {
                &self.formats.header
            };
            let cell_format = self.formats.of(column);
            let headers: Vec<(String, String)> = match column.kind {
                Kind::Years => self.years.iter().map(|y| year_header(*y)).collect(),
                _ => vec![(column.ja.to_string(), column.en.to_string())],
            };
            for (i, (ja, en)) in headers.iter().enumerate() {
                let col = start + i as u16;
                ws.write_string_with_format(0, col, format!("{ja}\n{en}"), header_format)?;
                ws.set_column_width(col, column.width)?;
                ws.set_column_format(col, cell_format)?;
                if let Some(validation) = validation(column, dataset)? {
                    ws.add_data_validation(1, col, LAST_ROW, col, &validation)?;
                }
            }
        }
        ws.set_freeze_panes(1, self.layout.frozen_columns)?;
        Ok(())
    }

    /// Adds the autofilter over the rows written.
    fn finish(&mut self) -> Result<(), WorkbookError> {
        if self.width > 0 {
            self.worksheet
                .autofilter(0, 0, self.row.max(1), self.width - 1)?;
        }
        Ok(())
    }

    /// Starts the next row.
    fn next_row(&mut self) {
        self.row += 1;
    }

    fn column(&self, key: &str) -> (&'static Column, u16) {
        let i = self
            .layout
            .columns
            .iter()
            .position(|c| c.key == key)
            .unwrap_or_else(|| panic!("{} has no column {key}", self.layout.name));
        (&self.layout.columns[i], self.starts[i])
    }

    /// A text cell (an empty text writes nothing).
    fn text(&mut self, key: &str, text: &str) -> Result<(), WorkbookError> {
        let (column, col) = self.column(key);
        if !text.is_empty() {
            let format = self.formats.of(column);
            self.worksheet
                .write_string_with_format(self.row, col, text, format)?;
        }
        Ok(())
    }

    /// An optional text: `None` (and the empty text) is an empty cell.
    fn opt_text(&mut self, key: &str, text: Option<&str>) -> Result<(), WorkbookError> {
        self.text(key, text.unwrap_or(""))
    }

    /// A figure: `None` is an empty cell.
    fn number(&mut self, key: &str, value: Option<f64>) -> Result<(), WorkbookError> {
        let (column, col) = self.column(key);
        if let Some(value) = value {
            let format = self.formats.of(column);
            self.worksheet
                .write_number_with_format(self.row, col, value, format)?;
        }
        Ok(())
    }

    /// `TRUE` or `FALSE`.
    fn boolean(&mut self, key: &str, value: bool) -> Result<(), WorkbookError> {
        let (column, col) = self.column(key);
        let format = self.formats.of(column);
        self.worksheet
            .write_boolean_with_format(self.row, col, value, format)?;
        Ok(())
    }

    /// A list of ids, `a, b`; each must read back as itself.
    fn ids(&mut self, key: &str, ids: &[String], path: &str) -> Result<(), WorkbookError> {
        if let Some((i, id)) = ids.iter().enumerate().find(|(_, id)| !listable_id(id)) {
            return Err(WorkbookError::Unrepresentable {
                path: format!("{path}.{key}[{i}]"),
                ja: format!("ID「{id}」は空か、カンマ・改行・前後の空白を含むため、一覧のセルに書けません"),
                en: format!("the id \"{id}\" is empty or holds a comma, a line break or spaces around it, so it cannot go in a list cell"),
            });
        }
        self.text(key, &join_ids(ids))
    }

    /// The lead and participating ministries.
    fn ministry_roles(&mut self, roles: &MinistryRoles, path: &str) -> Result<(), WorkbookError> {
        self.ids("ministries.lead", &roles.lead, path)?;
        self.ids("ministries.participating", &roles.participating, path)
    }

    /// Our phases, their basis and the reason.
    fn our_phases(
        &mut self,
        phases: &[String],
        basis: Basis,
        reason: &str,
        path: &str,
    ) -> Result<(), WorkbookError> {
        self.ids("phases", phases, path)?;
        self.text("phase_basis", &vocabulary_id(basis))?;
        self.text("phase_reason", reason)
    }

    /// A target's three columns.
    fn target(&mut self, target: Option<&Target>) -> Result<(), WorkbookError> {
        self.number("target.value", target.map(|t| t.value))?;
        self.text("target.text", target.map_or("", |t| t.text.as_str()))?;
        self.opt_text(
            "target.comparator",
            target.map(|t| vocabulary_id(t.comparator)).as_deref(),
        )
    }

    /// The yearly figures, one per plan year's column.
    fn years(&mut self, yearly: &[YearValue], path: &str) -> Result<(), WorkbookError> {
        let (_, start) = self.column("yearly");
        let mut seen = HashSet::new();
        for (i, entry) in yearly.iter().enumerate() {
            let at = self.years.iter().position(|y| *y == entry.fiscal_year);
            let Some(at) = at.filter(|_| seen.insert(entry.fiscal_year)) else {
                return Err(WorkbookError::Unrepresentable {
                    path: format!("{path}.yearly[{i}].fiscal_year"),
                    ja: format!(
                        "{}年度は計画期間の外か、2回あります：年度の列に書けません",
                        entry.fiscal_year
                    ),
                    en: format!(
                        "fiscal year {} is outside the plan or given twice: it has no column",
                        entry.fiscal_year
                    ),
                });
            };
            self.worksheet.write_number_with_format(
                self.row,
                start + at as u16,
                entry.value,
                &self.formats.number,
            )?;
        }
        Ok(())
    }
}

/// The drop-down list (or input hint) of a column, if it has one.
fn validation(column: &Column, dataset: &Dataset) -> Result<Option<DataValidation>, XlsxError> {
    let list_from = |sheet_id: SheetId, key: &str, rows: usize| {
        let layout = sheet(sheet_id);
        let col = layout
            .columns
            .iter()
            .position(|c| c.key == key)
            .expect("the list's column exists");
        Formula::new(format!(
            "='{}'!${c}$2:${c}${}",
            layout.name,
            rows.max(1) + 1,
            c = column_name(col as u32)
        ))
    };
    let warn = |v: DataValidation| v.set_error_style(DataValidationErrorStyle::Warning);
    Ok(Some(match column.kind {
        Kind::Choice(values) | Kind::OptChoice(values) => {
            DataValidation::new().allow_list_strings(values)?
        }
        Kind::Bool => DataValidation::new().allow_list_strings(&["TRUE", "FALSE"])?,
        Kind::OptRef(Vocabulary::Ministries) => warn(DataValidation::new().allow_list_formula(
            list_from(SheetId::Ministries, "id", dataset.ministries.len()),
        )),
        Kind::Parent => {
            let projects = dataset.projects.len();
            let kpis: usize = dataset.projects.iter().map(|p| p.kpis.len()).sum();
            let programs: usize = dataset.projects.iter().map(|p| p.programs.len()).sum();
            let source = match column.key {
                "kpi" => list_from(SheetId::Kpis, "id", kpis),
                "program" => list_from(SheetId::Programs, "id", programs),
                "initiative" => list_from(SheetId::Initiatives, "id", dataset.initiatives.len()),
                _ => list_from(SheetId::Projects, "id", projects),
            };
            warn(DataValidation::new().allow_list_formula(source))
        }
        Kind::Ids(vocabulary) => {
            let ids: Vec<&str> = match vocabulary {
                Vocabulary::Ministries => {
                    dataset.ministries.iter().map(|m| m.id.as_str()).collect()
                }
                Vocabulary::Phases => dataset.phases.iter().map(|p| p.id.as_str()).collect(),
                Vocabulary::Programs => Vec::new(),
            };
            let mut hint = format!("カンマ区切り / separated by commas\n{}", ids.join(", "));
            if hint.chars().count() > 250 {
                hint = hint.chars().take(248).collect::<String>() + "…";
            }
            DataValidation::new()
                .allow_any_value()
                .set_input_title(column.en)?
                .set_input_message(hint)?
        }
        Kind::Number | Kind::OptNumber | Kind::Integer | Kind::Years => {
            DataValidation::new().allow_decimal_number(DataValidationRule::Between(-1e15, 1e15))
        }
        Kind::Id | Kind::Text | Kind::OptText | Kind::OptRef(_) => return Ok(None),
    }))
}

fn write_readme(
    ws: &mut Worksheet,
    dataset: &Dataset,
    formats: &Formats,
) -> Result<(), WorkbookError> {
    ws.set_column_width(0, 24)?;
    ws.set_column_width(1, 30)?;
    ws.set_column_width(2, 70)?;
    for (row, line) in readme(dataset).iter().enumerate() {
        let row = row as u32;
        match line {
            ReadmeLine::Title(text) => {
                ws.write_string_with_format(row, 0, text, &formats.title)?;
            }
            ReadmeLine::Heading(text) => {
                ws.write_string_with_format(row, 0, text, &formats.heading)?;
            }
            ReadmeLine::Paragraph(text) => {
                ws.merge_range(row, 0, row, 2, text, &formats.paragraph)?;
                let lines = text.chars().count() / 90 + text.matches('\n').count() + 1;
                ws.set_row_height(row, 15.0 * lines as f64)?;
            }
            ReadmeLine::Columns(cells) => {
                for (col, text) in cells.iter().enumerate() {
                    ws.write_string_with_format(row, col as u16, text, &formats.paragraph)?;
                }
            }
            ReadmeLine::Blank => {}
        }
    }
    ws.set_active(true);
    Ok(())
}

fn write_report(w: &mut SheetWriter<'_>, d: &Dataset) -> Result<(), WorkbookError> {
    let r = &d.report;
    for field in REPORT_FIELDS {
        let values: Vec<ReportValue<'_>> = match field.key {
            "schema_version" => vec![ReportValue::Number(f64::from(d.schema_version))],
            "id" => vec![ReportValue::Text(&r.id)],
            "title" => vec![ReportValue::Text(&r.title)],
            "title_en" => vec![ReportValue::Text(&r.title_en)],
            "plan_first_year" => vec![ReportValue::Number(f64::from(r.plan_first_year))],
            "plan_last_year" => vec![ReportValue::Number(f64::from(r.plan_last_year))],
            "figures_through" => vec![ReportValue::Number(f64::from(r.figures_through))],
            "source.citation" => vec![ReportValue::Text(&r.source.citation)],
            "source.citation_en" => vec![ReportValue::Text(&r.source.citation_en)],
            "source.url" => vec![ReportValue::Text(r.source.url.as_deref().unwrap_or(""))],
            "figures_note" => vec![ReportValue::Text(r.figures_note.as_deref().unwrap_or(""))],
            "names_en_note" => vec![ReportValue::Text(r.names_en_note.as_deref().unwrap_or(""))],
            "source.notes" => r
                .source
                .notes
                .iter()
                .map(|n| ReportValue::Text(n))
                .collect(),
            other => unreachable!("report field {other} is not written"),
        };
        for value in values {
            w.next_row();
            w.text("label", &format!("{}\n{}", field.ja, field.en))?;
            w.text("key", field.key)?;
            match value {
                ReportValue::Text(text) => w.text("value", text)?,
                ReportValue::Number(n) => {
                    let (_, col) = w.column("value");
                    w.worksheet
                        .write_number_with_format(w.row, col, n, &w.formats.number)?;
                }
            }
        }
    }
    Ok(())
}

/// A value of the report sheet.
enum ReportValue<'a> {
    Text(&'a str),
    Number(f64),
}

fn write_projects(w: &mut SheetWriter<'_>, d: &Dataset) -> Result<(), WorkbookError> {
    for (i, p) in d.projects.iter().enumerate() {
        let path = format!("projects[{i}]");
        w.next_row();
        w.text("id", &p.id)?;
        w.number("number", Some(f64::from(p.number)))?;
        w.text("name_ja", &p.name_ja)?;
        w.text("name_en", &p.name_en)?;
        w.text("aim", &p.aim)?;
        w.number("budget.amed", p.budget.amed)?;
        w.number("budget.inhouse", p.budget.inhouse)?;
        w.ministry_roles(&p.ministries, &path)?;
        w.text("evaluation", &p.evaluation)?;
        w.opt_text("evaluation_note", p.evaluation_note.as_deref())?;
    }
    Ok(())
}

fn write_figures(
    w: &mut SheetWriter<'_>,
    target: Option<&Target>,
    latest: Option<f64>,
    latest_text: Option<&str>,
    yearly: &[YearValue],
    path: &str,
) -> Result<(), WorkbookError> {
    w.target(target)?;
    w.number("latest", latest)?;
    w.opt_text("latest_text", latest_text)?;
    w.years(yearly, path)
}

fn write_kpis(w: &mut SheetWriter<'_>, d: &Dataset) -> Result<(), WorkbookError> {
    for (i, p) in d.projects.iter().enumerate() {
        for (j, k) in p.kpis.iter().enumerate() {
            let path = format!("projects[{i}].kpis[{j}]");
            w.next_row();
            w.text("project", &p.id)?;
            write_kpi(w, k, &path)?;
        }
    }
    Ok(())
}

fn write_kpi(w: &mut SheetWriter<'_>, k: &Kpi, path: &str) -> Result<(), WorkbookError> {
    w.text("id", &k.id)?;
    w.text("kind", &vocabulary_id(k.kind))?;
    w.text("name", &k.name)?;
    w.text("unit", &vocabulary_id(k.unit))?;
    write_figures(
        w,
        k.target.as_ref(),
        k.latest,
        k.latest_text.as_deref(),
        &k.yearly,
        path,
    )?;
    w.text("grade", &vocabulary_id(k.grade))?;
    w.text("detail", &k.detail)?;
    w.opt_text("footnote", k.footnote.as_deref())?;
    w.opt_text("source_note", k.source_note.as_deref())?;
    w.our_phases(&k.phases, k.phase_basis, &k.phase_reason, path)
}

fn write_breakdowns(w: &mut SheetWriter<'_>, d: &Dataset) -> Result<(), WorkbookError> {
    for (i, p) in d.projects.iter().enumerate() {
        for (j, k) in p.kpis.iter().enumerate() {
            for (b, part) in k.breakdowns.iter().enumerate() {
                let path = format!("projects[{i}].kpis[{j}].breakdowns[{b}]");
                w.next_row();
                w.text("kpi", &k.id)?;
                w.text("id", &part.id)?;
                w.text("label", &part.label)?;
                write_figures(
                    w,
                    part.target.as_ref(),
                    part.latest,
                    part.latest_text.as_deref(),
                    &part.yearly,
                    &path,
                )?;
            }
        }
    }
    Ok(())
}

fn write_programs(w: &mut SheetWriter<'_>, d: &Dataset) -> Result<(), WorkbookError> {
    for (i, p) in d.projects.iter().enumerate() {
        for (j, g) in p.programs.iter().enumerate() {
            let path = format!("projects[{i}].programs[{j}]");
            w.next_row();
            w.text("project", &p.id)?;
            w.text("id", &g.id)?;
            w.text("name", &g.name)?;
            w.text("description", &g.description)?;
            w.number("budget", g.budget)?;
            w.opt_text("budget_text", g.budget_text.as_deref())?;
            w.text("funding", &vocabulary_id(g.funding))?;
            w.opt_text("ministry", g.ministry.as_deref())?;
            w.opt_text(
                "ministry_basis",
                g.ministry_basis.map(vocabulary_id).as_deref(),
            )?;
            w.opt_text("editorial_note", g.editorial_note.as_deref())?;
            w.our_phases(&g.phases, g.phase_basis, &g.phase_reason, &path)?;
        }
    }
    Ok(())
}

fn write_program_notes(w: &mut SheetWriter<'_>, d: &Dataset) -> Result<(), WorkbookError> {
    for g in d.projects.iter().flat_map(|p| &p.programs) {
        for note in &g.notes {
            w.next_row();
            w.text("program", &g.id)?;
            w.text("text", note)?;
        }
    }
    Ok(())
}

fn write_budget_lines(w: &mut SheetWriter<'_>, d: &Dataset) -> Result<(), WorkbookError> {
    for (i, p) in d.projects.iter().enumerate() {
        for (j, line) in p.budget_lines.iter().enumerate() {
            let path = format!("projects[{i}].budget_lines[{j}]");
            w.next_row();
            w.text("project", &p.id)?;
            w.number("amount", Some(line.amount))?;
            w.text("text", &line.text)?;
            w.ids("programs", &line.programs, &path)?;
            w.text("note", &line.note)?;
            w.boolean("repeat", line.repeat)?;
        }
    }
    Ok(())
}

fn write_results(w: &mut SheetWriter<'_>, d: &Dataset) -> Result<(), WorkbookError> {
    for p in &d.projects {
        for (n, result) in p.notable_results.iter().enumerate() {
            w.next_row();
            w.text("project", &p.id)?;
            w.number("number", Some((n + 1) as f64))?;
            w.text("title", &result.title)?;
            w.opt_text("program", result.program.as_deref())?;
            w.text("summary", &result.summary)?;
        }
    }
    Ok(())
}

/// A sheet of paragraphs: each parent's lists, by part, one paragraph a row.
fn write_paragraphs<'d>(
    w: &mut SheetWriter<'_>,
    parent_key: &str,
    parents: impl Iterator<Item = (&'d str, [(&'static str, &'d [String]); 2])>,
) -> Result<(), WorkbookError> {
    for (id, parts) in parents {
        for (part, texts) in parts {
            for text in texts {
                w.next_row();
                w.text(parent_key, id)?;
                w.text("part", part)?;
                w.text("text", text)?;
            }
        }
    }
    Ok(())
}

fn write_project_texts(w: &mut SheetWriter<'_>, d: &Dataset) -> Result<(), WorkbookError> {
    let parts = d.projects.iter().map(|p| {
        let parts = [
            ("ministry_actions", p.ministry_actions.as_slice()),
            ("overview_notes", p.overview_notes.as_slice()),
        ];
        (p.id.as_str(), parts)
    });
    write_paragraphs(w, "project", parts)
}

fn write_initiatives(w: &mut SheetWriter<'_>, d: &Dataset) -> Result<(), WorkbookError> {
    for (i, x) in d.initiatives.iter().enumerate() {
        let path = format!("initiatives[{i}]");
        w.next_row();
        w.text("id", &x.id)?;
        w.text("section", &x.section)?;
        w.text("section_title", &x.section_title)?;
        w.text("heading", &x.heading)?;
        w.opt_text("number", x.number.as_deref())?;
        w.ministry_roles(&x.ministries, &path)?;
        w.text("ministries_text", &x.ministries_text)?;
    }
    Ok(())
}

fn write_initiative_texts(w: &mut SheetWriter<'_>, d: &Dataset) -> Result<(), WorkbookError> {
    let parts = d.initiatives.iter().map(|x| {
        let parts = [
            ("plan", x.plan.as_slice()),
            ("results", x.results.as_slice()),
        ];
        (x.id.as_str(), parts)
    });
    write_paragraphs(w, "initiative", parts)
}

fn write_initiative_notes(w: &mut SheetWriter<'_>, d: &Dataset) -> Result<(), WorkbookError> {
    for note in &d.initiative_notes {
        w.next_row();
        w.text("after", &note.after)?;
        w.text("text", &note.text)?;
    }
    Ok(())
}

fn write_english(w: &mut SheetWriter<'_>, d: &Dataset) -> Result<(), WorkbookError> {
    let mut row = |table: &str, id: &str, field: &str, ja: &str, en: Option<&str>| {
        w.next_row();
        w.text("table", table)?;
        w.text("id", id)?;
        w.text("field", field)?;
        w.text("ja", ja)?;
        w.opt_text("en", en)
    };
    for p in &d.projects {
        row("project", &p.id, "aim_en", &p.aim, p.aim_en.as_deref())?;
        for (n, result) in p.notable_results.iter().enumerate() {
            let key = result_key(&p.id, n as i64 + 1);
            row(
                "notable_result",
                &key,
                "title_en",
                &result.title,
                result.title_en.as_deref(),
            )?;
        }
        for g in &p.programs {
            row("program", &g.id, "name_en", &g.name, g.name_en.as_deref())?;
            row(
                "program",
                &g.id,
                "description_en",
                &g.description,
                g.description_en.as_deref(),
            )?;
        }
        for k in &p.kpis {
            row("kpi", &k.id, "name_en", &k.name, k.name_en.as_deref())?;
            for part in &k.breakdowns {
                row(
                    "breakdown",
                    &part.id,
                    "label_en",
                    &part.label,
                    part.label_en.as_deref(),
                )?;
            }
        }
    }
    for x in &d.initiatives {
        row(
            "initiative",
            &x.id,
            "section_title_en",
            &x.section_title,
            x.section_title_en.as_deref(),
        )?;
        row(
            "initiative",
            &x.id,
            "heading_en",
            &x.heading,
            x.heading_en.as_deref(),
        )?;
    }
    Ok(())
}

fn write_ministries(w: &mut SheetWriter<'_>, d: &Dataset) -> Result<(), WorkbookError> {
    for m in &d.ministries {
        w.next_row();
        w.text("id", &m.id)?;
        w.text("abbr", &m.abbr)?;
        w.text("name_ja", &m.name_ja)?;
        w.text("name_en", &m.name_en)?;
    }
    Ok(())
}

fn write_phases(w: &mut SheetWriter<'_>, d: &Dataset) -> Result<(), WorkbookError> {
    for p in &d.phases {
        w.next_row();
        w.text("id", &p.id)?;
        w.text("name_ja", &p.name_ja)?;
        w.text("name_en", &p.name_en)?;
    }
    Ok(())
}

fn write_grades(w: &mut SheetWriter<'_>, d: &Dataset) -> Result<(), WorkbookError> {
    for g in &d.report.grades {
        w.next_row();
        w.text("grade", &vocabulary_id(g.grade))?;
        w.text("ja", &g.ja)?;
        w.text("en", &g.en)?;
    }
    Ok(())
}
