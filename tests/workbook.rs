//! The Excel workbook round trip (`shinchoku::workbook`, feature
//! `workbook`): export → import gives the dataset back, for the bundled
//! report and random synthetic ones; a one-cell edit changes exactly that
//! field; mistakes are reported at their sheet and cell in both languages;
//! zip bombs are refused before anything is unpacked; formulas are read as
//! their stored result, never evaluated.
//!
//! Edited workbooks are made by patching the sheet XML inside the written
//! file (the `zip` crate), as a person editing in Excel would change cells.

#![cfg(not(target_arch = "wasm32"))]

use std::io::{Cursor, Read, Write};

use proptest::prelude::*;
use shinchoku::core::dataset::model::{Basis, Dataset, Unit, YearValue};
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::dataset::problem::{ImportAnswer, Severity};
use shinchoku::core::dataset::synth::scale;
use shinchoku::core::text::lang::Lang;
use shinchoku::workbook::{
    from_xlsx, to_xlsx, CellProblem, Imported, WorkbookError, MAX_UNPACKED_BYTES,
    MAX_WORKBOOK_BYTES, MAX_ZIP_ENTRIES,
};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

fn fy2022() -> Dataset {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/fy2022.json"))
        .expect("data/fy2022.json is readable");
    parse_dataset(&text).expect("data/fy2022.json parses")
}

/// Export, then import.
fn round_trip(dataset: &Dataset) -> Imported {
    from_xlsx(&to_xlsx(dataset).expect("the dataset can be written"))
}

fn errors(imported: &Imported) -> Vec<&CellProblem> {
    imported
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect()
}

// ---------------------------------------------------------------------
// Editing the cells of a written workbook.

/// The files inside an .xlsx, in order.
fn unzip(xlsx: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = ZipArchive::new(Cursor::new(xlsx)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut body = Vec::new();
            file.read_to_end(&mut body).unwrap();
            (file.name().unwrap().to_string(), body)
        })
        .collect()
}

fn rezip(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, body) in files {
        zip.start_file(name.as_str(), options).unwrap();
        zip.write_all(body).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A written workbook whose cells can be changed, sheet by sheet.
struct Edit {
    files: Vec<(String, Vec<u8>)>,
}

impl Edit {
    fn of(dataset: &Dataset) -> Self {
        Self {
            files: unzip(&to_xlsx(dataset).unwrap()),
        }
    }

    fn text(&self, name: &str) -> String {
        let (_, body) = self.files.iter().find(|(n, _)| n == name).unwrap();
        String::from_utf8(body.clone()).unwrap()
    }

    /// The file of the sheet named `sheet` (rust_xlsxwriter writes sheet N
    /// as `xl/worksheets/sheetN.xml`, N its sheetId).
    fn sheet_file(&self, sheet: &str) -> String {
        let workbook = self.text("xl/workbook.xml");
        let at = workbook
            .find(&format!("<sheet name=\"{sheet}\""))
            .unwrap_or_else(|| panic!("no sheet {sheet}"));
        let rest = &workbook[at..];
        let id_at = rest.find("sheetId=\"").unwrap() + "sheetId=\"".len();
        let id: String = rest[id_at..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        format!("xl/worksheets/sheet{id}.xml")
    }

    /// Replaces the cell at `address` of `sheet` with `cell(style)` (the
    /// cell's XML, given the old cell's ` s="…"` attribute), or removes it
    /// when `cell` gives the empty string.
    fn cell(&mut self, sheet: &str, address: &str, cell: impl Fn(&str) -> String) -> &mut Self {
        let name = self.sheet_file(sheet);
        let xml = self.text(&name);
        let start_tag = format!("<c r=\"{address}\"");
        let patched = if let Some(start) = xml.find(&start_tag) {
            let rest = &xml[start..];
            let open_end = rest.find('>').unwrap();
            let end = if rest[..open_end].ends_with('/') {
                open_end + 1
            } else {
                rest.find("</c>").unwrap() + "</c>".len()
            };
            let style = rest[..open_end]
                .split(' ')
                .find(|a| a.starts_with("s=\""))
                .map(|a| format!(" {}", a.trim_end_matches('/')))
                .unwrap_or_default();
            format!("{}{}{}", &xml[..start], cell(&style), &rest[end..])
        } else {
            // An empty cell: add it at the end of its row.
            let row: String = address.chars().filter(char::is_ascii_digit).collect();
            let row_tag = format!("<row r=\"{row}\"");
            let row_at = xml.find(&row_tag).unwrap_or_else(|| panic!("no row {row}"));
            let row_end = row_at + xml[row_at..].find("</row>").unwrap();
            format!("{}{}{}", &xml[..row_end], cell(""), &xml[row_end..])
        };
        let file = self.files.iter_mut().find(|(n, _)| *n == name).unwrap();
        file.1 = patched.into_bytes();
        self
    }

    /// Sets a cell to a number.
    fn number(&mut self, sheet: &str, address: &str, value: f64) -> &mut Self {
        let a = address.to_string();
        self.cell(sheet, address, move |s| {
            format!("<c r=\"{a}\"{s}><v>{value}</v></c>")
        })
    }

    /// Sets a cell to a text (an inline string, as other writers use).
    fn text_cell(&mut self, sheet: &str, address: &str, text: &str) -> &mut Self {
        let a = address.to_string();
        let escaped = text
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        self.cell(sheet, address, move |s| {
            format!("<c r=\"{a}\"{s} t=\"inlineStr\"><is><t xml:space=\"preserve\">{escaped}</t></is></c>")
        })
    }

    /// Empties a cell.
    fn clear(&mut self, sheet: &str, address: &str) -> &mut Self {
        self.cell(sheet, address, |_| String::new())
    }

    /// Sets a cell to raw XML (`{a}` the address, `{s}` the style).
    fn raw(&mut self, sheet: &str, address: &str, xml: &str) -> &mut Self {
        let a = address.to_string();
        let xml = xml.to_string();
        self.cell(sheet, address, move |s| {
            xml.replace("{a}", &a).replace("{s}", s)
        })
    }

    fn bytes(&self) -> Vec<u8> {
        rezip(&self.files)
    }

    fn import(&self) -> Imported {
        from_xlsx(&self.bytes())
    }
}

// Columns of the sheets for a plan of five years (FY2020–FY2024).
const KPI: &str = "KPI";
const PROGRAMS: &str = "事業 Programs";
const BUDGET_LINES: &str = "予算行 BudgetLines";
const PROJECTS: &str = "プロジェクト Projects";
/// KPI sheet: A project, B id, C kind, D name, E unit, F target.value,
/// G target.text, H target.comparator, I latest, J latest_text, K–O the
/// years 2020–2024, P grade, Q detail, R footnote, S source_note, T phases,
/// U phase_basis, V phase_reason.
fn kpi_cell(column: &str, kpi: usize) -> String {
    format!("{column}{}", kpi + 2)
}

/// The position of the first KPI (in the KPI sheet's rows) satisfying `f`,
/// with its project and index.
fn find_kpi(
    d: &Dataset,
    f: impl Fn(&shinchoku::core::dataset::model::Kpi) -> bool,
) -> (usize, usize, usize) {
    let mut row = 0;
    for (p, project) in d.projects.iter().enumerate() {
        for (k, kpi) in project.kpis.iter().enumerate() {
            if f(kpi) {
                return (row, p, k);
            }
            row += 1;
        }
    }
    panic!("no such KPI");
}

/// The project and index of the KPI on the `n`th row (0-based) of the KPI sheet.
fn kpi_at(d: &Dataset, n: usize) -> (usize, usize) {
    d.projects
        .iter()
        .enumerate()
        .flat_map(|(p, project)| (0..project.kpis.len()).map(move |k| (p, k)))
        .nth(n)
        .expect("that many KPIs")
}

// ---------------------------------------------------------------------
// (a) The bundled report.

#[test]
fn the_bundled_report_round_trips_exactly() {
    let original = fy2022();
    let imported = round_trip(&original);
    assert_eq!(imported.problems, vec![], "no problems");
    assert_eq!(imported.dataset, Some(original));
}

#[test]
fn the_workbook_has_the_documented_sheets() {
    let edit = Edit::of(&fy2022());
    let workbook = edit.text("xl/workbook.xml");
    for name in [
        "はじめに README",
        "報告書 Report",
        "プロジェクト Projects",
        "KPI",
        "内訳 Breakdowns",
        "事業 Programs",
        "事業の注記 ProgramNotes",
        "予算行 BudgetLines",
        "成果事例 Results",
        "プロジェクトの記載 ProjectTexts",
        "その他 Initiatives",
        "その他の記載 InitiativeTexts",
        "その他の囲み InitiativeNotes",
        "英語名 English",
        "府省 Ministries",
        "フェーズ Phases",
        "評価の意味 Grades",
    ] {
        assert!(
            workbook.contains(&format!("<sheet name=\"{name}\"")),
            "{name}"
        );
    }
    let kpi = edit.text(&edit.sheet_file(KPI));
    assert!(
        kpi.contains("<pane ") && kpi.contains("state=\"frozen\""),
        "header frozen"
    );
    assert!(kpi.contains("<dataValidation"), "drop-down lists");
    let styles = edit.text("xl/styles.xml");
    assert!(
        styles.contains("formatCode=\"@\""),
        "text columns are formatted as text"
    );
}

#[test]
fn texts_that_look_like_numbers_or_dates_are_text_cells() {
    let mut d = fy2022();
    d.projects[0].kpis[0].latest_text = Some("3-4".into());
    d.projects[0].kpis[1].latest_text = Some("１，０９９件".into());
    d.projects[0].kpis[2].latest_text = Some("31%（23/48/41）".into());
    d.projects[0].kpis[3].footnote = Some("0012".into());
    let edit = Edit::of(&d);
    let kpi = edit.text(&edit.sheet_file(KPI));
    for row in 2..=5 {
        let at = kpi.find(&format!("<c r=\"J{row}\"")).unwrap();
        assert!(
            kpi[at..].starts_with(&format!("<c r=\"J{row}\" s=")),
            "{}",
            &kpi[at..at + 40]
        );
        assert!(
            kpi[at..at + 40].contains("t=\"s\""),
            "a shared string: {}",
            &kpi[at..at + 40]
        );
    }
    let imported = edit.import();
    assert_eq!(errors(&imported), Vec::<&CellProblem>::new());
    assert_eq!(
        imported.dataset.map(|x| x.projects[0].kpis.clone()),
        Some(d.projects[0].kpis.clone())
    );
}

#[test]
fn an_optional_empty_text_reads_as_null() {
    // Documented: an empty cell in an optional column is null.
    let mut d = fy2022();
    d.projects[0].kpis[0].footnote = Some(String::new());
    let imported = round_trip(&d);
    d.projects[0].kpis[0].footnote = None;
    assert_eq!(imported.dataset, Some(d));
}

#[test]
fn unrepresentable_ids_are_refused_on_export() {
    let mut d = fy2022();
    d.projects[0].ministries.participating[0] = "mhlw, mext".into();
    match to_xlsx(&d) {
        Err(WorkbookError::Unrepresentable { path, .. }) => {
            assert_eq!(path, "projects[0].ministries.participating[0]")
        }
        other => panic!("{other:?}"),
    }
}

// ---------------------------------------------------------------------
// (b) Random datasets from the synthetic generator, with random edits.

/// Texts that are hard to keep: Japanese, full-width characters, line
/// breaks, texts Excel would read as numbers, dates or formulas, spaces,
/// control characters and Excel's own escapes.
fn tricky_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("3-4".to_string()),
        Just("１，０９９件".to_string()),
        Just("31%（23/48/41）".to_string()),
        Just("0012".to_string()),
        Just("1e5".to_string()),
        Just("2022/4/1".to_string()),
        Just("=SUM(A1:A3)".to_string()),
        Just("TRUE".to_string()),
        Just("  前後に空白  ".to_string()),
        Just("一行目\n二行目\n\n四行目".to_string()),
        Just("CRLF\r\nの改行".to_string()),
        Just("タブ\tと_x000D_と\u{1}".to_string()),
        Just("ＰＯＣ（全角）①②".to_string()),
        "[ぁ-んァ-ヶ一-龠０-９Ａ-Ｚａ-ｚ、。（）「」\n 0-9a-z,.%-]{1,60}",
    ]
}

/// A figure the validator accepts for any unit: 0–100 with up to two
/// decimals, so 16.8 and 0.1 appear.
fn figure() -> impl Strategy<Value = f64> {
    (0u32..=10_000).prop_map(|n| f64::from(n) / 100.0)
}

fn optional<T: std::fmt::Debug + Clone>(
    s: impl Strategy<Value = T>,
) -> impl Strategy<Value = Option<T>> {
    prop_oneof![Just(None), s.prop_map(Some)]
}

/// One random change to a dataset.
#[derive(Debug, Clone)]
enum Change {
    KpiName(usize, String),
    KpiDetail(usize, String),
    LatestText(usize, Option<String>),
    Footnote(usize, Option<String>),
    KpiNameEn(usize, Option<String>),
    Yearly(usize, Vec<Option<f64>>),
    Latest(usize, Option<f64>),
    ProgramDescription(usize, String),
    ProgramBudget(usize, Option<f64>, Option<String>),
    EditorialNote(usize, Option<String>),
    Aim(usize, String, Option<String>),
    Evaluation(usize, String, Option<String>),
    OverviewNote(usize, String),
    MinistryBasis(usize, Option<Basis>),
    NamesEnNote(Option<String>),
    InitiativeResult(usize, String),
    InitiativeNumber(usize, Option<String>),
}

fn change() -> impl Strategy<Value = Change> {
    let at = 0usize..1_000;
    prop_oneof![
        (at.clone(), tricky_text()).prop_map(|(i, t)| Change::KpiName(i, t)),
        (at.clone(), tricky_text()).prop_map(|(i, t)| Change::KpiDetail(i, t)),
        (at.clone(), optional(tricky_text())).prop_map(|(i, t)| Change::LatestText(i, t)),
        (at.clone(), optional(tricky_text())).prop_map(|(i, t)| Change::Footnote(i, t)),
        (at.clone(), optional(tricky_text())).prop_map(|(i, t)| Change::KpiNameEn(i, t)),
        (at.clone(), prop::collection::vec(optional(figure()), 5))
            .prop_map(|(i, v)| Change::Yearly(i, v)),
        (at.clone(), optional(figure())).prop_map(|(i, v)| Change::Latest(i, v)),
        (at.clone(), tricky_text()).prop_map(|(i, t)| Change::ProgramDescription(i, t)),
        (at.clone(), optional(figure()), optional(tricky_text()))
            .prop_map(|(i, v, t)| Change::ProgramBudget(i, v, t)),
        (at.clone(), optional(tricky_text())).prop_map(|(i, t)| Change::EditorialNote(i, t)),
        (at.clone(), tricky_text(), optional(tricky_text()))
            .prop_map(|(i, t, e)| Change::Aim(i, t, e)),
        (at.clone(), tricky_text(), optional(tricky_text()))
            .prop_map(|(i, t, n)| Change::Evaluation(i, t, n)),
        (at.clone(), tricky_text()).prop_map(|(i, t)| Change::OverviewNote(i, t)),
        (
            at.clone(),
            optional(prop_oneof![
                Just(Basis::Source),
                Just(Basis::Reference),
                Just(Basis::Institute)
            ])
        )
            .prop_map(|(i, b)| Change::MinistryBasis(i, b)),
        optional(tricky_text()).prop_map(Change::NamesEnNote),
        (at.clone(), tricky_text()).prop_map(|(i, t)| Change::InitiativeResult(i, t)),
        (at, optional(tricky_text())).prop_map(|(i, t)| Change::InitiativeNumber(i, t)),
    ]
}

fn apply(d: &mut Dataset, change: Change) {
    let first = d.report.plan_first_year;
    let kpis = d.projects.iter().map(|p| p.kpis.len()).sum::<usize>();
    let kpi = |d: &mut Dataset, i: usize| {
        d.projects
            .iter_mut()
            .flat_map(|p| p.kpis.iter_mut())
            .nth(i % kpis)
            .unwrap()
            .clone()
    };
    let set_kpi = |d: &mut Dataset, i: usize, k: shinchoku::core::dataset::model::Kpi| {
        *d.projects
            .iter_mut()
            .flat_map(|p| p.kpis.iter_mut())
            .nth(i % kpis)
            .unwrap() = k;
    };
    fn program(d: &mut Dataset, i: usize) -> &mut shinchoku::core::dataset::model::Program {
        let programs = d.projects.iter().map(|p| p.programs.len()).sum::<usize>();
        d.projects
            .iter_mut()
            .flat_map(|p| p.programs.iter_mut())
            .nth(i % programs)
            .unwrap()
    }
    let projects = d.projects.len();
    let initiatives = d.initiatives.len();
    match change {
        Change::KpiName(i, t) => {
            let mut k = kpi(d, i);
            k.name = t;
            set_kpi(d, i, k);
        }
        Change::KpiDetail(i, t) => {
            let mut k = kpi(d, i);
            k.detail = t;
            set_kpi(d, i, k);
        }
        Change::LatestText(i, t) => {
            let mut k = kpi(d, i);
            k.latest_text = t;
            set_kpi(d, i, k);
        }
        Change::Footnote(i, t) => {
            let mut k = kpi(d, i);
            k.footnote = t;
            set_kpi(d, i, k);
        }
        Change::KpiNameEn(i, t) => {
            let mut k = kpi(d, i);
            k.name_en = t;
            set_kpi(d, i, k);
        }
        Change::Yearly(i, values) => {
            let mut k = kpi(d, i);
            k.yearly = values
                .into_iter()
                .enumerate()
                .filter_map(|(y, v)| {
                    Some(YearValue {
                        fiscal_year: first + y as i32,
                        value: v?,
                    })
                })
                .collect();
            set_kpi(d, i, k);
        }
        Change::Latest(i, v) => {
            let mut k = kpi(d, i);
            k.latest = v;
            if k.unit == Unit::Count {
                k.latest = v.map(f64::round);
            }
            set_kpi(d, i, k);
        }
        Change::ProgramDescription(i, t) => program(d, i).description = t,
        Change::ProgramBudget(i, v, t) => {
            let g = program(d, i);
            g.budget = v;
            g.budget_text = t;
        }
        Change::EditorialNote(i, t) => program(d, i).editorial_note = t,
        Change::Aim(i, t, e) => {
            let p = &mut d.projects[i % projects];
            p.aim = t;
            p.aim_en = e;
        }
        Change::Evaluation(i, t, n) => {
            d.projects[i % projects].evaluation = t;
            d.projects[i % projects].evaluation_note = n;
        }
        Change::OverviewNote(i, t) => d.projects[i % projects].overview_notes.push(t),
        Change::MinistryBasis(i, b) => program(d, i).ministry_basis = b,
        Change::NamesEnNote(t) => d.report.names_en_note = t,
        Change::InitiativeResult(i, t) => d.initiatives[i % initiatives].results.push(t),
        Change::InitiativeNumber(i, t) => d.initiatives[i % initiatives].number = t,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn random_datasets_round_trip(
        copies in 1usize..=3,
        changes in prop::collection::vec(change(), 0..12),
    ) {
        let mut d = scale(&fy2022(), copies);
        for c in changes {
            apply(&mut d, c);
        }
        let imported = round_trip(&d);
        prop_assert_eq!(errors(&imported), Vec::<&CellProblem>::new());
        prop_assert_eq!(imported.dataset, Some(d));
    }
}

// ---------------------------------------------------------------------
// (c) One cell edited changes exactly that field.

#[test]
fn editing_one_figure_changes_exactly_that_figure() {
    let original = fy2022();
    let (row, p, k) = find_kpi(&original, |k| k.unit == Unit::Percent && k.target.is_some());
    let imported = Edit::of(&original)
        .number(KPI, &kpi_cell("F", row), 87.5)
        .import();
    assert_eq!(errors(&imported), Vec::<&CellProblem>::new());
    let mut expected = original;
    expected.projects[p].kpis[k].target.as_mut().unwrap().value = 87.5;
    assert_eq!(imported.dataset, Some(expected));
}

#[test]
fn editing_one_yearly_figure_changes_exactly_that_year() {
    let original = fy2022();
    let (row, p, k) = find_kpi(&original, |k| {
        k.unit == Unit::Percent && k.yearly.len() == 3
    });
    // FY2023 (column N) was empty: a new year's figure.
    let imported = Edit::of(&original)
        .number(KPI, &kpi_cell("N", row), 16.8)
        .import();
    assert_eq!(errors(&imported), Vec::<&CellProblem>::new());
    let mut expected = original;
    expected.projects[p].kpis[k].yearly.push(YearValue {
        fiscal_year: 2023,
        value: 16.8,
    });
    assert_eq!(imported.dataset, Some(expected));
}

#[test]
fn editing_one_text_changes_exactly_that_text() {
    let original = fy2022();
    let new_name = "新しいKPI名（全角１２３）\n二行目 3-4";
    let imported = Edit::of(&original)
        .text_cell(KPI, &kpi_cell("D", 2), new_name)
        .import();
    assert_eq!(errors(&imported), Vec::<&CellProblem>::new());
    // The KPI's English name now translates an older Japanese: a warning.
    assert!(
        imported
            .problems
            .iter()
            .all(|p| p.severity == Severity::Warning),
        "{:?}",
        imported.problems
    );
    let (p, k) = kpi_at(&original, 2);
    let mut expected = original;
    expected.projects[p].kpis[k].name = new_name.into();
    assert_eq!(imported.dataset, Some(expected));
}

#[test]
fn an_empty_optional_cell_is_null() {
    let original = fy2022();
    let (row, p, k) = find_kpi(&original, |k| k.latest_text.is_some());
    let imported = Edit::of(&original).clear(KPI, &kpi_cell("J", row)).import();
    assert_eq!(errors(&imported), Vec::<&CellProblem>::new());
    let mut expected = original;
    expected.projects[p].kpis[k].latest_text = None;
    assert_eq!(imported.dataset, Some(expected));
}

// ---------------------------------------------------------------------
// (d) A workbook with many kinds of mistakes.

/// The problem reported at `sheet!cell`, asserting there is exactly one.
fn at<'i>(imported: &'i Imported, sheet: &str, cell: &str) -> &'i CellProblem {
    let found: Vec<&CellProblem> = imported
        .problems
        .iter()
        .filter(|p| p.sheet.as_deref() == Some(sheet) && p.cell.as_deref() == Some(cell))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "at {sheet}!{cell}: {:#?}",
        imported.problems
    );
    found[0]
}

fn expect(imported: &Imported, sheet: &str, cell: &str, ja: &str, en: &str) {
    let p = at(imported, sheet, cell);
    assert_eq!(p.severity, Severity::Error, "{p}");
    assert_eq!((p.ja.as_str(), p.en.as_str()), (ja, en), "{sheet}!{cell}");
}

#[test]
fn mistakes_are_reported_at_their_cells_in_both_languages() {
    let d = fy2022();
    // A percentage KPI below the rows edited above.
    let percent = (9..)
        .find(|&n| {
            let (p, k) = kpi_at(&d, n);
            d.projects[p].kpis[k].unit == Unit::Percent && d.projects[p].kpis[k].latest.is_some()
        })
        .unwrap();
    let long = "あ".repeat(20_001);
    let imported = Edit::of(&d)
        // 1. Text where a number belongs.
        .text_cell(KPI, "I2", "12件")
        // 2. A value outside a drop-down list.
        .text_cell(KPI, "C3", "outputs")
        // 3. A required cell left empty.
        .clear(KPI, "P4")
        // 4. A formula without a stored result.
        .raw(KPI, "I5", "<c r=\"{a}\"{s}><f>SUM(K5:O5)</f></c>")
        // 5. A date where a number belongs.
        .raw(
            KPI,
            "K6",
            "<c r=\"{a}\" t=\"d\"><v>2023-03-04T00:00:00</v></c>",
        )
        // 6. A text too long.
        .text_cell(KPI, "Q7", &long)
        // 7. A row whose project id is unknown.
        .text_cell(KPI, "A8", "drug")
        // 8. An Excel error value.
        .raw(KPI, "F9", "<c r=\"{a}\"{s} t=\"e\"><v>#N/A</v></c>")
        // 9. A percentage over 100 (the validator, placed at its cell).
        .number(KPI, &kpi_cell("I", percent), 120.0)
        // 10. An unknown ministry id in a drop-down column (the validator).
        .text_cell(PROGRAMS, "H2", "mhlx")
        // 11. A duplicate program id (the validator).
        .text_cell(PROGRAMS, "B3", &d.projects[0].programs[0].id)
        // 12. Not TRUE/FALSE.
        .text_cell(BUDGET_LINES, "F2", "はい")
        // 13. Half a target: a kind without a value.
        .clear(KPI, "F10")
        // 14. A project number that is not whole.
        .number(PROJECTS, "B2", 1.5)
        .import();
    assert_eq!(
        imported.dataset, None,
        "nothing is loaded while there are errors"
    );
    expect(
        &imported,
        KPI,
        "I2",
        "数値ではありません（\"12件\"）",
        "not a number (\"12件\")",
    );
    expect(
        &imported,
        KPI,
        "C3",
        "「outputs」は選べる値ではありません（output, outcome）",
        "\"outputs\" is not one of output, outcome",
    );
    expect(
        &imported,
        KPI,
        "P4",
        "必須のセルが空欄です",
        "a required cell is empty",
    );
    expect(
        &imported,
        KPI,
        "I5",
        "数式に計算結果が保存されていません（=SUM(K5:O5)）：Excelで開いて保存し直すか、値を入れてください",
        "a formula without a stored result (=SUM(K5:O5)): open and save the file in Excel, or enter the value",
    );
    expect(
        &imported,
        KPI,
        "K6",
        "日付になっています：数値を入れてください（セルの表示形式を「標準」に）",
        "a date where a number belongs: enter a number (cell format General)",
    );
    expect(
        &imported,
        KPI,
        "Q7",
        "文字数が多すぎます（20,001 文字。上限 20,000 文字）",
        "a text of 20,001 characters; at most 20,000",
    );
    expect(
        &imported,
        KPI,
        "A8",
        "ID「drug」は「プロジェクト Projects」シートにありません",
        "no row of the sheet \"プロジェクト Projects\" has the id \"drug\"",
    );
    expect(
        &imported,
        KPI,
        "F9",
        "Excelのエラー値です（#N/A）",
        "an Excel error value (#N/A)",
    );
    let over = at(&imported, KPI, &kpi_cell("I", percent));
    assert_eq!(
        (over.ja.as_str(), over.en.as_str()),
        (
            "割合 120 が100を超えています",
            "a percentage of 120 is over 100"
        )
    );
    assert!(
        over.path.as_deref().unwrap().ends_with(".latest"),
        "{over:?}"
    );
    let ministry = at(&imported, PROGRAMS, "H2");
    assert_eq!(
        (ministry.ja.as_str(), ministry.en.as_str()),
        (
            "府省ID \"mhlx\" は定義されていません",
            "unknown ministry id \"mhlx\""
        )
    );
    assert_eq!(
        ministry.path.as_deref(),
        Some("projects[0].programs[0].ministry")
    );
    let duplicate = at(&imported, PROGRAMS, "B3");
    assert_eq!(
        duplicate.ja,
        format!(
            "事業ID \"{}\" が重複しています",
            d.projects[0].programs[0].id
        )
    );
    assert_eq!(
        duplicate.en,
        format!("duplicate program id \"{}\"", d.projects[0].programs[0].id)
    );
    expect(
        &imported,
        BUDGET_LINES,
        "F2",
        "TRUE か FALSE を入れてください（\"はい\"）",
        "enter TRUE or FALSE (\"はい\")",
    );
    expect(
        &imported,
        KPI,
        "F10",
        "目標は「目標値」と「目標の種類」をそろえて入れてください（目標がなければ3列とも空欄）",
        "give a target's value and kind together (all three target columns empty for none)",
    );
    expect(
        &imported,
        PROJECTS,
        "B2",
        "整数ではありません（1.5）",
        "not a whole number (1.5)",
    );
    // In the reader's language, with the place first.
    assert_eq!(
        at(&imported, KPI, "I2").describe(Lang::Ja),
        "KPI!I2: 数値ではありません（\"12件\"）"
    );
    assert_eq!(
        at(&imported, KPI, "I2").describe(Lang::En),
        "KPI!I2: not a number (\"12件\")"
    );
    // Errors come first, each in the workbook's order.
    let first_warning = imported
        .problems
        .iter()
        .position(|p| p.severity == Severity::Warning)
        .unwrap_or(imported.problems.len());
    assert!(imported.problems[first_warning..]
        .iter()
        .all(|p| p.severity == Severity::Warning));
}

#[test]
fn warnings_let_the_dataset_load() {
    let d = fy2022();
    let (row, p, k) = find_kpi(&d, |k| {
        k.unit == Unit::Count && k.latest.is_some() && !k.yearly.is_empty()
    });
    let latest = d.projects[p].kpis[k].latest.unwrap();
    let imported = Edit::of(&d)
        .number(KPI, &kpi_cell("I", row), latest + 1.0)
        .import();
    assert_eq!(errors(&imported), Vec::<&CellProblem>::new());
    assert!(imported.dataset.is_some());
    let cell = kpi_cell("I", row);
    let warning = imported
        .problems
        .iter()
        .find(|p| {
            p.cell.as_deref() == Some(cell.as_str())
                && p.path.as_deref().is_some_and(|x| x.ends_with(".latest"))
        })
        .unwrap_or_else(|| panic!("{:#?}", imported.problems));
    assert_eq!(warning.severity, Severity::Warning);
    assert!(
        warning.ja.starts_with(&format!("累計 {}", latest + 1.0)),
        "{warning:?}"
    );
}

#[test]
fn a_missing_sheet_or_column_is_named() {
    let d = fy2022();
    let mut edit = Edit::of(&d);
    // Rename the Grades sheet; change the KPI sheet's header of column P.
    let workbook = edit
        .text("xl/workbook.xml")
        .replace("評価の意味 Grades", "Sheet1");
    edit.files
        .iter_mut()
        .find(|(n, _)| n == "xl/workbook.xml")
        .unwrap()
        .1 = workbook.into_bytes();
    edit.text_cell(KPI, "P1", "進捗状況");
    let imported = edit.import();
    assert_eq!(imported.dataset, None);
    let missing = imported
        .problems
        .iter()
        .find(|p| p.sheet.as_deref() == Some("評価の意味 Grades"))
        .unwrap();
    assert_eq!(
        (missing.cell.as_deref(), missing.severity),
        (None, Severity::Error)
    );
    assert!(missing.ja.contains("このシートがありません"));
    let column = imported
        .problems
        .iter()
        .find(|p| p.sheet.as_deref() == Some(KPI) && p.cell.is_none())
        .unwrap();
    assert_eq!(
        column.en,
        "no column \"進捗 / Grade\" (columns are found by their header in row 1)"
    );
    assert!(imported
        .problems
        .iter()
        .any(|p| p.sheet.as_deref() == Some("Sheet1") && p.severity == Severity::Warning));
}

// ---------------------------------------------------------------------
// (e) Zip bombs and oversized files are refused before reading.

/// A small zip with one stored entry, whose central directory then
/// declares `declared` bytes unpacked.
fn zip_declaring(declared: u32) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    zip.write_all(b"<worksheet/>").unwrap();
    let mut bytes = zip.finish().unwrap().into_inner();
    let central = bytes
        .windows(4)
        .rposition(|w| w == [0x50, 0x4b, 0x01, 0x02])
        .expect("a central directory header");
    bytes[central + 24..central + 28].copy_from_slice(&declared.to_le_bytes());
    bytes
}

fn only_file_error(imported: &Imported) -> &CellProblem {
    assert_eq!(imported.dataset, None);
    assert_eq!(imported.problems.len(), 1, "{:#?}", imported.problems);
    let p = &imported.problems[0];
    assert_eq!(
        (p.sheet.as_deref(), p.cell.as_deref(), p.severity),
        (None, None, Severity::Error)
    );
    p
}

#[test]
fn a_zip_declaring_a_huge_unpacked_size_is_refused() {
    let bomb = zip_declaring(u32::MAX - 1);
    assert!(bomb.len() < 1_000, "a tiny file");
    let p = only_file_error(&from_xlsx(&bomb)).clone();
    assert!(p.en.contains("would unpack to too much"), "{p}");
    assert!(p.ja.contains("展開後の大きさが上限を超えます"), "{p}");
    assert!(u64::from(u32::MAX - 1) > MAX_UNPACKED_BYTES);
}

#[test]
fn a_zip_with_too_many_entries_is_refused() {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    for i in 0..=MAX_ZIP_ENTRIES {
        zip.start_file(format!("f{i}"), options).unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    let p = only_file_error(&from_xlsx(&bytes)).clone();
    assert!(p.en.contains("too many files"), "{p}");
    assert!(p.ja.contains("ブック内のファイルが多すぎます"), "{p}");
}

#[test]
fn a_file_over_the_size_limit_is_refused_unread() {
    let bytes = vec![0u8; MAX_WORKBOOK_BYTES as usize + 1];
    let p = only_file_error(&from_xlsx(&bytes)).clone();
    assert!(p.en.starts_with("the file is too large"), "{p}");
}

#[test]
fn an_entry_larger_than_it_declares_is_stopped() {
    // Declares 4 bytes but holds 12: the zip reader stops at 4 and fails.
    let liar = zip_declaring(4);
    let p = only_file_error(&from_xlsx(&liar)).clone();
    assert!(p.ja.starts_with("Excelのブック（.xlsx）"), "{p}");
}

#[test]
fn not_a_workbook_is_refused() {
    let p = only_file_error(&from_xlsx(b"{\"schema_version\": 1}")).clone();
    assert!(p.en.starts_with("not an Excel workbook"), "{p}");
}

// ---------------------------------------------------------------------
// (f) Formulas: the stored result, never the formula.

#[test]
fn a_formula_reads_as_its_stored_result_never_evaluated() {
    let d = fy2022();
    let (row, p, k) = find_kpi(&d, |k| k.unit == Unit::Percent && k.latest.is_some());
    let latest = d.projects[p].kpis[k].latest.unwrap();
    let cell = kpi_cell("I", row);
    // The formula would give 2; Excel stored the latest figure: that is read.
    let imported = Edit::of(&d)
        .raw(
            KPI,
            &cell,
            &format!("<c r=\"{{a}}\"{{s}}><f>1+1</f><v>{latest}</v></c>"),
        )
        .import();
    assert_eq!(errors(&imported), Vec::<&CellProblem>::new());
    assert_eq!(imported.dataset.as_ref(), Some(&d));
    let note = at(&imported, KPI, &cell);
    assert_eq!(note.severity, Severity::Warning);
    assert_eq!(
        note.ja,
        "数式の計算結果を読みました（数式そのものは保存されません）"
    );
}

#[test]
fn a_formula_without_a_stored_result_is_an_error_at_its_cell() {
    let d = fy2022();
    let imported = Edit::of(&d)
        .raw(
            KPI,
            "D2",
            "<c r=\"{a}\"{s} t=\"str\"><f>CONCAT(\"a\",\"b\")</f></c>",
        )
        .import();
    assert_eq!(imported.dataset, None);
    let p = at(&imported, KPI, "D2");
    assert_eq!(p.severity, Severity::Error);
    assert!(
        p.en.starts_with("a formula without a stored result (=CONCAT"),
        "{p}"
    );
}

// ---------------------------------------------------------------------
// The module's place in the architecture.

#[test]
fn the_workbook_module_uses_the_core_never_the_ui() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/workbook");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains("crate::ui"),
            "{} imports the UI",
            path.display()
        );
        assert!(
            !text.contains("leptos") && !text.contains("web_sys"),
            "{}",
            path.display()
        );
    }
}

#[test]
fn a_deleted_year_column_is_an_error_not_a_lost_year() {
    let imported = Edit::of(&fy2022()).clear(KPI, "N1").import();
    assert_eq!(imported.dataset, None);
    let p = imported
        .problems
        .iter()
        .find(|p| p.sheet.as_deref() == Some(KPI) && p.severity == Severity::Error)
        .unwrap_or_else(|| panic!("{:#?}", imported.problems));
    assert_eq!(p.cell, None);
    assert_eq!(
        p.ja,
        "列「2023年度 / FY2023」がありません（1行目の見出しで列を探します）"
    );
}

#[test]
fn the_reports_address_and_its_note_on_the_figures_round_trip() {
    let mut d = fy2022();
    d.report.source.url = Some("https://www.kantei.go.jp/jp/singi/kenkouiryou/".into());
    assert!(d.report.figures_note.is_some());
    let imported = round_trip(&d);
    assert_eq!(
        imported.dataset.as_ref(),
        Some(&d),
        "{:#?}",
        imported.problems
    );
}

#[test]
fn the_module_answers_in_the_form_the_viewer_reads() {
    // What `import_xlsx` gives the viewer is what `--import-json` prints:
    // the viewer reads it as an ImportAnswer (src/ui/page/workbook.rs).
    let d = fy2022();
    let dir = std::env::temp_dir().join(format!("shinchoku-answer-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let run = |bytes: &[u8], name: &str| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_workbook"))
            .arg("--import-json")
            .arg(&path)
            .output()
            .expect("the workbook command runs");
        assert!(out.status.success(), "{out:?}");
        serde_json::from_slice::<ImportAnswer>(&out.stdout).expect("the viewer reads the answer")
    };
    let clean = run(&to_xlsx(&d).unwrap(), "clean.xlsx");
    assert_eq!(clean.problems, Vec::<CellProblem>::new());
    let text = clean.dataset.expect("a clean workbook gives its dataset");
    assert_eq!(parse_dataset(&text).unwrap(), d);
    let (row, ..) = find_kpi(&d, |k| k.latest.is_some());
    let wrong = Edit::of(&d)
        .text_cell(KPI, &kpi_cell("I", row), "12件")
        .bytes();
    let refused = run(&wrong, "wrong.xlsx");
    assert_eq!(refused.dataset, None);
    let problem = &refused.problems[0];
    assert_eq!(problem.severity, Severity::Error);
    assert_eq!(problem.place(), format!("KPI!{}", kpi_cell("I", row)));
    assert_eq!(problem.ja, "数値ではありません（\"12件\"）");
    std::fs::remove_dir_all(&dir).unwrap();
}
