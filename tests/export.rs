//! CSV and JSON exports of the selection.

use shinchoku::core::export::{file_name, kpis_csv, subset};
use shinchoku::core::filter::Filter;
use shinchoku::core::model::Dataset;
use shinchoku::core::parse::parse_dataset;
use shinchoku::core::validate::validate;

fn mini() -> Dataset {
    parse_dataset(include_str!("fixtures/mini.json")).unwrap()
}

#[test]
fn csv_is_excel_friendly() {
    let csv = kpis_csv(&mini(), &Filter::default());
    assert!(csv.starts_with('\u{feff}'), "BOM first");
    assert!(csv.ends_with("\r\n"));
    assert!(
        !csv.replace("\r\n", "").contains('\n'),
        "only CRLF line ends"
    );
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 1 + 4, "header + one row per KPI");
    assert!(lines[0].contains("\"FY2020\",\"FY2021\",\"FY2022\""));
    let alpha = lines
        .iter()
        .find(|l| l.contains("\"alpha-count\""))
        .unwrap();
    assert!(
        alpha.contains(",20,\"20件\",\"reach\",12,\"12件\",4,3,5,\"A\",\"on_track\",0.6,"),
        "{alpha}"
    );
}

#[test]
fn csv_neutralises_formulas_and_quotes_properly() {
    let mut d = mini();
    d.projects[0].kpis[0].name = "=HYPERLINK(\"http://x\")".into();
    d.projects[0].kpis[1].name = "-1+2".into();
    d.projects[1].kpis[0].name = "a \"quoted\", name\nwith a break".into();
    let csv = kpis_csv(&d, &Filter::default());
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{csv}");
    assert!(csv.contains("\"'-1+2\""));
    assert!(csv.contains("\"a \"\"quoted\"\", name\nwith a break\""));
}

#[test]
fn csv_follows_the_filter() {
    let f = Filter {
        projects: vec!["beta".into()],
        ..Filter::default()
    };
    let csv = kpis_csv(&mini(), &f);
    assert_eq!(csv.trim_end().split("\r\n").count(), 1 + 2);
}

#[test]
fn json_subset_is_a_valid_dataset_of_the_selection() {
    let d = mini();
    let f = Filter {
        projects: vec!["alpha".into()],
        phases: vec!["clinical".into(), "practical".into()],
        ..Filter::default()
    };
    let s = subset(&d, &f);
    assert_eq!(s.projects.len(), 1);
    assert_eq!(
        s.projects[0]
            .kpis
            .iter()
            .map(|k| k.id.as_str())
            .collect::<Vec<_>>(),
        ["alpha-percent"]
    );
    assert_eq!(
        s.projects[0]
            .programs
            .iter()
            .map(|k| k.id.as_str())
            .collect::<Vec<_>>(),
        ["alpha-two"]
    );
    assert!(s.initiatives.is_empty(), "その他 not selected");
    assert_eq!(validate(&s), vec![]);
    let text = serde_json::to_string(&s).unwrap();
    assert_eq!(parse_dataset(&text).unwrap(), s);
    assert_eq!(subset(&d, &Filter::default()), d);
}

#[test]
fn file_names_carry_year_and_filter() {
    let d = mini();
    let f = Filter {
        ministries: vec!["mic".into()],
        ..Filter::default()
    };
    assert_eq!(file_name(&d, &f, "csv"), "shinchoku-mini-mic.csv");
    assert_eq!(
        file_name(&d, &Filter::default(), "json"),
        "shinchoku-mini.json"
    );
}
