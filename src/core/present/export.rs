//! Exports of the current selection: an Excel-friendly CSV of the KPIs
//! (formula-like text neutralised, whatever hides its first character), a
//! CSV of what changed (the same rules), and a JSON subset in the dataset's
//! own format (so it loads again).

use std::collections::HashSet;

use crate::core::dataset::bounds::json_text;
use crate::core::dataset::model::{Dataset, Program, Project, Unit};
use crate::core::engine::compare::Change;
use crate::core::engine::progress::{agreement, Agreement, PlanClock};
use crate::core::engine::series::by_year;
use crate::core::present::comparison::{ComparedView, ItemKey};
use crate::core::present::vocab;
use crate::core::present::year_review::YearInReview;
use crate::core::select::catalog::Catalog;
use crate::core::select::filter::Filter;
use crate::core::text::diff::{Edit, Part};
use crate::core::text::fold::is_invisible;
use crate::core::text::lang::{fy, Lang};
use crate::core::text::number::{number, round_to};

/// A CSV cell: a number stays a number, text is quoted.
enum Cell {
    Number(Option<f64>),
    Text(String),
}

/// Characters that NFKC turns into `=`, `+`, `-` or `@` (or a text that
/// starts with one): the full-width, small, superscript and subscript forms.
/// `tests/export.rs` checks this list against NFKC over all of Unicode, so
/// no cell needs normalising (in the browser that would be a call into
/// JavaScript per cell).
const FORMULA_LOOKALIKES: &str = "＝＋－＠﹦﹢﹣﹫⁼⁺₌₊⩵⩶﬩";

/// Whether a spreadsheet could read `text` as a formula: it starts with a
/// tab, CR or LF, or its first visible character after NFKC (skipping
/// whitespace, zero-width and bidi characters, see
/// [`is_invisible`]) is `=`, `+`, `-` or `@`.
pub fn is_formula_like(text: &str) -> bool {
    text.starts_with(['\t', '\r', '\n'])
        || text
            .chars()
            .find(|c| !is_invisible(*c))
            .is_some_and(|c| "=+-@".contains(c) || FORMULA_LOOKALIKES.contains(c))
}

/// Text cells that a spreadsheet would read as a formula get a leading `'`.
fn neutralise(text: &str) -> String {
    if is_formula_like(text) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

fn render(cell: &Cell) -> String {
    match cell {
        Cell::Number(Some(v)) if v.is_finite() => {
            if v.fract() == 0.0 && v.abs() < 1e15 {
                format!("{}", *v as i64)
            } else {
                format!("{v}")
            }
        }
        Cell::Number(_) => String::new(),
        Cell::Text(t) => format!("\"{}\"", neutralise(t).replace('"', "\"\"")),
    }
}

/// `value` rounded to `places` decimals, as the viewer shows it
/// ([`round_to`]).
fn rounded(value: Option<f64>, places: usize) -> Option<f64> {
    value.map(|v| round_to(v, places))
}

/// A CSV file of `rows`, the first the header: UTF-8 with BOM, CRLF line
/// ends, every cell text (neutralised when formula-like).
fn text_csv(rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::from("\u{feff}");
    for row in rows {
        let cells: Vec<String> = row.into_iter().map(|t| render(&Cell::Text(t))).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A text's difference in one line: `[-removed-]{+added+}` around what
/// stayed.
pub fn diff_markup(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|p| match p.edit {
            Edit::Same => p.text.clone(),
            Edit::Removed => format!("[-{}-]", p.text),
            Edit::Added => format!("{{+{}+}}", p.text),
        })
        .collect()
}

/// What changed, as the view shows it, as CSV in the reader's language:
/// the year in review from the report shown, then the comparison with
/// another report when there is one; a row per item with its section,
/// group, kind of item, id, project (or section), name, kinds of change
/// (`figure status …`), sentences and the figures behind them. The same
/// file rules as [`kpis_csv`]; every cell is text.
pub fn changes_csv(review: &YearInReview, compared: Option<&ComparedView>, lang: Lang) -> String {
    let l = |ja: &str, en: &str| lang.pick(ja, en).to_string();
    let header = vec![
        l("変化の区分", "section"),
        l("グループ", "group"),
        l("対象の種類", "item"),
        "ID".to_string(),
        l(vocab::PROJECT.ja, "context"),
        l("項目名", "name"),
        l("変化の種類", "changes"),
        l("変化の内容", "what changed"),
        l("根拠の数値", "figures"),
    ];
    let kpi = vocab::KPI.get(lang).to_string();
    let mut rows = vec![header];
    for group in &review.groups {
        for item in &group.items {
            rows.push(vec![
                review.heading.clone(),
                group.heading.clone(),
                kpi.clone(),
                item.kpi_id.clone(),
                item.project.clone(),
                item.name.text.clone(),
                Change::ids(group.kind.changes()),
                item.sentence.clone(),
                item.figures.clone(),
            ]);
        }
    }
    if let Some(compared) = compared {
        let section = match lang {
            Lang::Ja => format!("比較: {} → {}", compared.from.text, compared.to.text),
            Lang::En => format!("Compared: {} → {}", compared.from.text, compared.to.text),
        };
        for group in &compared.sections {
            for item in &group.items {
                let (what, id) = match &item.key {
                    ItemKey::Kpi(id) => (kpi.clone(), id.clone()),
                    ItemKey::Project(id) => (vocab::PROJECT.get(lang).to_string(), id.clone()),
                    ItemKey::Program { id, .. } => {
                        (vocab::PROGRAM.get(lang).to_string(), id.clone())
                    }
                    ItemKey::Initiative(id) => (l("取組", "initiative"), id.clone()),
                };
                let mut text: Vec<String> =
                    item.lines.iter().map(|line| line.text.clone()).collect();
                text.extend(item.diff.as_deref().map(diff_markup));
                rows.push(vec![
                    section.clone(),
                    group.heading.clone(),
                    what,
                    id,
                    item.context.clone(),
                    item.name.text.clone(),
                    Change::ids(&item.changes),
                    text.join(" / "),
                    String::new(),
                ]);
            }
        }
    }
    text_csv(rows)
}

/// The KPIs that pass `filter` as CSV in the reader's language: headers,
/// names and labels in `lang` (ids stay as stable keys), figures rounded as
/// displayed (percentages to one decimal), the unit in its own column.
/// UTF-8 with BOM, CRLF line ends, RFC 4180 quoting, formula-like text
/// neutralised, numbers as numbers. The KPIs and their progress come from
/// the catalog, as on screen.
pub fn kpis_csv(dataset: &Dataset, catalog: &Catalog, filter: &Filter, lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    let mut line = |cells: Vec<Cell>| {
        out.push_str(&cells.iter().map(render).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    };
    line(
        csv_header(&catalog.clock, lang)
            .into_iter()
            .map(Cell::Text)
            .collect(),
    );
    for &i in &catalog.select(dataset, filter).kpis {
        line(csv_row(dataset, catalog, i, lang));
    }
    out
}

/// The fiscal years the CSV has a column for: the plan's, up to the
/// figures' year.
fn csv_years(clock: &PlanClock) -> (i32, i32) {
    (clock.first_year, clock.through_year.min(clock.last_year))
}

/// The CSV's header row, in `lang`.
fn csv_header(clock: &PlanClock, lang: Lang) -> Vec<String> {
    let (first, last) = csv_years(clock);
    let l = |ja: &str, en: &str| lang.pick(ja, en).to_string();
    let mut header: Vec<String> = vec![
        l(vocab::PROJECT_ID.ja, "project_id"),
        vocab::PROJECT.get(lang).to_string(),
        l("KPI ID", "kpi_id"),
        vocab::KIND.get(lang).to_string(),
        vocab::KPI.get(lang).to_string(),
        vocab::UNIT.get(lang).to_string(),
        vocab::target_for(clock.last_year, lang),
        l("目標（報告書の表記）", "Target as printed"),
        vocab::LATEST.get(lang).to_string(),
        l("最新の数値（報告書の表記）", "Latest as printed"),
    ];
    header.extend((first..=last).map(|y| match lang {
        Lang::Ja => format!("{}の実績", fy(y, lang)),
        Lang::En => format!("{} figure", fy(y, lang)),
    }));
    header.extend([
        vocab::REPORTS_GRADE.get(lang).to_string(),
        vocab::COMPUTED_STATUS.get(lang).to_string(),
        l("達成率（%）", "Achievement (%)"),
        l("直線目安（現時点）", "Expected by now"),
        l("進捗ペース指数", "Pace index"),
        l("年平均", "Yearly mean"),
        vocab::projected(clock.last_year, lang),
        l("目標に必要な年平均", "Required yearly"),
        l("必要な年平均÷直近の年平均", "Required vs recent pace"),
        l("評価と見通しの一致", "Agrees with the grade"),
    ]);
    header
}

/// The CSV row of catalog KPI `index`, in `lang`.
fn csv_row(dataset: &Dataset, catalog: &Catalog, index: usize, lang: Lang) -> Vec<Cell> {
    let (project, kpi) = catalog.kpi(dataset, index);
    let p = &catalog.kpis[index].progress;
    let (first, last) = csv_years(&catalog.clock);
    let mut row = vec![
        Cell::Text(project.id.clone()),
        Cell::Text(lang.pick(&project.name_ja, &project.name_en).to_string()),
        Cell::Text(kpi.id.clone()),
        Cell::Text(vocab::kind(kpi.kind, lang).to_string()),
        Cell::Text(lang.local(&kpi.name, kpi.name_en.as_deref()).to_string()),
        Cell::Text(match kpi.unit {
            Unit::Count => lang
                .pick(vocab::unit(Unit::Count, Lang::Ja), "count")
                .to_string(),
            Unit::Percent => "%".to_string(),
        }),
        Cell::Number(rounded(kpi.target.as_ref().map(|t| t.value), 1)),
        Cell::Text(
            kpi.target
                .as_ref()
                .map(|t| t.text.clone())
                .unwrap_or_default(),
        ),
        Cell::Number(rounded(kpi.latest, 1)),
        Cell::Text(kpi.latest_text.clone().unwrap_or_default()),
    ];
    row.extend(
        by_year(first, last, &kpi.yearly)
            .into_iter()
            .map(|v| Cell::Number(rounded(v, 1))),
    );
    row.extend([
        Cell::Text(kpi.grade.id().into()),
        Cell::Text(vocab::status(p.status, lang).to_string()),
        Cell::Number(rounded(p.achievement.map(|a| a * 100.0), 1)),
        Cell::Number(rounded(p.expected_by_now, 1)),
        Cell::Number(rounded(p.pace_index, 2)),
        Cell::Number(rounded(p.yearly_mean, 1)),
        Cell::Number(rounded(p.projection, 1)),
        Cell::Number(rounded(p.required_yearly, 1)),
        Cell::Number(rounded(p.required_vs_recent, 1)),
        Cell::Text(
            match agreement(kpi.grade, p.status) {
                Agreement::Agrees => lang.pick("一致", "yes"),
                Agreement::Disagrees => lang.pick("不一致", "no"),
                Agreement::NotComparable => "",
            }
            .to_string(),
        ),
    ]);
    row
}

/// The part of `dataset` that passes `filter`, in the dataset's own format,
/// selected through the catalog as on screen. Budget lines are kept only
/// when all their candidate programs are kept.
pub fn subset(dataset: &Dataset, catalog: &Catalog, filter: &Filter) -> Dataset {
    let selection = catalog.select(dataset, filter);
    let projects = selection
        .projects
        .iter()
        .map(|&p| {
            let project = &dataset.projects[p];
            let programs: Vec<Program> = selection
                .programs_of_project(catalog, p)
                .iter()
                .map(|&i| catalog.program(dataset, i).1.clone())
                .collect();
            let kept: HashSet<&str> = programs.iter().map(|program| program.id.as_str()).collect();
            let budget_lines = project
                .budget_lines
                .iter()
                .filter(|l| l.programs.iter().all(|id| kept.contains(id.as_str())))
                .cloned()
                .collect();
            Project {
                id: project.id.clone(),
                number: project.number,
                name_ja: project.name_ja.clone(),
                name_en: project.name_en.clone(),
                aim: project.aim.clone(),
                aim_en: project.aim_en.clone(),
                budget: project.budget.clone(),
                ministries: project.ministries.clone(),
                evaluation: project.evaluation.clone(),
                evaluation_note: project.evaluation_note.clone(),
                notable_results: project.notable_results.clone(),
                ministry_actions: project.ministry_actions.clone(),
                budget_lines,
                overview_notes: project.overview_notes.clone(),
                programs,
                kpis: selection
                    .kpis_of_project(catalog, p)
                    .iter()
                    .map(|&i| catalog.kpi(dataset, i).1.clone())
                    .collect(),
            }
        })
        .collect();
    let initiatives: Vec<_> = catalog
        .initiatives_shown(dataset, filter)
        .into_iter()
        .map(|i| dataset.initiatives[i].clone())
        .collect();
    let kept: HashSet<&str> = initiatives.iter().map(|i| i.id.as_str()).collect();
    let initiative_notes = dataset
        .initiative_notes
        .iter()
        .filter(|n| kept.contains(n.after.as_str()))
        .cloned()
        .collect();
    Dataset {
        schema_version: dataset.schema_version,
        report: dataset.report.clone(),
        ministries: dataset.ministries.clone(),
        phases: dataset.phases.clone(),
        projects,
        initiatives,
        initiative_notes,
    }
}

/// Why the JSON export was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// Even without indentation the file would be larger than `max` bytes,
    /// more than the viewer opens again.
    TooLarge {
        /// The compact file's size.
        bytes: u64,
        /// The largest file the viewer opens.
        max: u64,
    },
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mb = |bytes: u64| number(bytes as f64 / 1_048_576.0);
        match self {
            Self::TooLarge { bytes, max } => write!(
                f,
                "the selection makes a JSON file of {} MB, more than the {} MB this viewer can open again; narrow the selection and export again",
                mb(*bytes),
                mb(*max)
            ),
        }
    }
}

/// The [`subset`] as JSON text that the viewer can open again: indented
/// when that stays within `max_bytes` (the viewer's limit for opened files),
/// compact when only that does, else [`ExportError::TooLarge`].
pub fn subset_json(
    dataset: &Dataset,
    catalog: &Catalog,
    filter: &Filter,
    max_bytes: u64,
) -> Result<String, ExportError> {
    let part = subset(dataset, catalog, filter);
    // Written once, compact, and indented from that text: a second
    // serialisation with serde_json's pretty printer would compile every
    // model type's `Serialize` twice into the wasm.
    let compact = json_text(&part);
    let pretty = indent_json(&compact);
    if pretty.len() as u64 <= max_bytes {
        return Ok(pretty);
    }
    if compact.len() as u64 <= max_bytes {
        Ok(compact)
    } else {
        Err(ExportError::TooLarge {
            bytes: compact.len() as u64,
            max: max_bytes,
        })
    }
}

/// Compact JSON text (no whitespace outside strings, as `serde_json`
/// writes it) indented the way `serde_json::to_string_pretty` indents it:
/// two spaces, `": "` after keys, `[]` and `{}` when empty.
pub fn indent_json(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if matches!(chars.peek(), Some('}' | ']')) {
                    out.extend(chars.next());
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

/// A file name for an export: `shinchoku-fy2022-mic.csv`.
pub fn file_name(dataset: &Dataset, filter: &Filter, extension: &str) -> String {
    named(&[dataset.report.id.as_str()], filter, extension)
}

/// A file name for the changes' CSV: `shinchoku-fy2022-changes.csv`, or
/// with the report compared, `shinchoku-fy2022-changes-fy2023-mic.csv`.
pub fn changes_file_name(dataset: &Dataset, other: Option<&Dataset>, filter: &Filter) -> String {
    let mut parts = vec![dataset.report.id.as_str(), "changes"];
    parts.extend(other.map(|d| d.report.id.as_str()));
    named(&parts, filter, "csv")
}

/// `shinchoku`, `parts` and the filter's ids, joined by `-`, kept to safe
/// characters and 120 of them, then `.extension`.
fn named(parts: &[&str], filter: &Filter, extension: &str) -> String {
    let mut parts: Vec<String> = std::iter::once("shinchoku")
        .chain(parts.iter().copied())
        .map(str::to_string)
        .collect();
    parts.extend(filter.ministries.iter().cloned());
    parts.extend(filter.projects.iter().cloned());
    parts.extend(filter.phases.iter().cloned());
    let name = parts.join("-");
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(120)
        .collect();
    format!("{safe}.{extension}")
}
