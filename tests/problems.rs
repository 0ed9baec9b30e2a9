//! A dataset's problems as the reader is shown them
//! (`core::present::problems`): a JSON file's at their paths in English, a
//! workbook's at their sheets and cells in the reader's language, the first
//! 50 listed and the rest counted; the workbook module's answer as the
//! viewer reads it; which local files are workbooks.

use shinchoku::core::dataset::problem::{CellProblem, ImportAnswer, Problem, Severity};
use shinchoku::core::dataset::source::is_workbook;
use shinchoku::core::present::problems::{
    more_problems, workbook_refused, workbook_warned, Problems, LISTED_PROBLEMS,
};
use shinchoku::core::text::lang::Lang;

fn cell(sheet: &str, cell: &str, severity: Severity) -> CellProblem {
    CellProblem {
        sheet: Some(sheet.into()),
        cell: Some(cell.into()),
        severity,
        ja: "数値ではありません（\"12件\"）".into(),
        en: "not a number (\"12件\")".into(),
        path: Some("projects[0].kpis[0].latest".into()),
    }
}

#[test]
fn the_rest_is_counted_in_the_readers_language() {
    assert_eq!(more_problems(LISTED_PROBLEMS, Lang::En), None);
    assert_eq!(
        more_problems(LISTED_PROBLEMS + 1_234, Lang::En).as_deref(),
        Some("… and 1,234 more")
    );
    assert_eq!(
        more_problems(LISTED_PROBLEMS + 1_234, Lang::Ja).as_deref(),
        Some("…ほか1,234件")
    );
}

#[test]
fn a_workbooks_problems_are_listed_at_their_cells_in_the_readers_language() {
    let problems = Problems::AtCells(vec![
        cell("KPI", "F12", Severity::Error),
        CellProblem {
            sheet: None,
            cell: None,
            ..cell("KPI", "F12", Severity::Warning)
        },
    ]);
    assert!(!problems.in_english());
    let ja = problems.listed(Lang::Ja);
    assert_eq!(ja[0].place, "KPI!F12");
    assert_eq!(ja[0].message, "数値ではありません（\"12件\"）");
    assert!(ja[0].error);
    assert_eq!(ja[0].kind(Lang::Ja), "誤り");
    assert_eq!(ja[1].place, "", "a problem of the whole file has no place");
    assert_eq!(ja[1].kind(Lang::En), "Warning");
    assert_eq!(
        problems.listed(Lang::En)[0].message,
        "not a number (\"12件\")"
    );
}

#[test]
fn a_json_datasets_problems_stay_english_with_their_paths() {
    let problems = Problems::AtPaths(
        (0..LISTED_PROBLEMS + 3)
            .map(|n| Problem {
                path: format!("projects[{n}].id"),
                severity: Severity::Warning,
                message: "a warning".into(),
            })
            .collect(),
    );
    assert!(problems.in_english());
    let lines = problems.listed(Lang::Ja);
    assert_eq!(lines.len(), LISTED_PROBLEMS);
    assert_eq!(lines[0].place, "projects[0].id");
    assert_eq!(lines[0].message, "a warning");
    // The count under an English list is English too.
    assert_eq!(problems.more(Lang::Ja).as_deref(), Some("… and 3 more"));
}

#[test]
fn the_summaries_count_errors_and_warnings() {
    let problems = vec![
        cell("KPI", "F12", Severity::Error),
        cell("KPI", "F13", Severity::Error),
        cell("KPI", "F14", Severity::Warning),
    ];
    assert_eq!(
        workbook_refused("fy2023.xlsx", &problems, Lang::Ja),
        "fy2023.xlsx に誤り2件、警告1件があります。誤りがある間は読み込みません。Excel で直してから、もう一度開いてください。"
    );
    assert_eq!(
        workbook_refused("fy2023.xlsx", &problems[..1], Lang::En),
        "fy2023.xlsx has 1 error; nothing is loaded while there are errors. Fix them in Excel, then open the file again."
    );
    assert_eq!(
        workbook_refused("fy2023.xlsx", &problems, Lang::En),
        "fy2023.xlsx has 2 errors and 1 warning; nothing is loaded while there are errors. Fix them in Excel, then open the file again."
    );
    assert_eq!(
        workbook_warned("fy2023.xlsx", 2, Lang::En),
        "fy2023.xlsx has 2 warnings and no errors: check them, then choose whether to load it as it is."
    );
    assert!(
        workbook_warned("fy2023.xlsx", 2, Lang::Ja).starts_with("fy2023.xlsx に警告2件があります")
    );
}

#[test]
fn the_modules_answer_reads_as_the_module_writes_it() {
    let json = r#"{"dataset":null,"problems":[{"sheet":"KPI","cell":"F12","severity":"error","ja":"数値ではありません（\"12件\"）","en":"not a number (\"12件\")","path":"projects[0].kpis[0].latest"}]}"#;
    let answer: ImportAnswer = serde_json::from_str(json).unwrap();
    assert_eq!(answer.dataset, None);
    assert_eq!(answer.problems, vec![cell("KPI", "F12", Severity::Error)]);
    assert_eq!(serde_json::to_string(&answer).unwrap(), json);
}

#[test]
fn a_local_file_is_a_workbook_by_its_name_or_its_zip_bytes() {
    assert!(is_workbook("fy2023.xlsx", b"{\"sc"));
    assert!(is_workbook("FY2023.XLSX", b""));
    assert!(is_workbook("renamed.json", b"PK\x03\x04"));
    assert!(!is_workbook("fy2023.json", b"{\"sc"));
    assert!(!is_workbook("fy2023.json", b"\xef\xbb\xbf{"));
}
