//! The bundled dataset parses, and parse errors say where.

use shinchoku::core::parse::parse_dataset;

const BUNDLED: &str = include_str!("../data/fy2022.json");
const MINI: &str = include_str!("fixtures/mini.json");

#[test]
fn bundled_dataset_parses() {
    let dataset = parse_dataset(BUNDLED).expect("data/fy2022.json parses");
    assert_eq!(dataset.report.id, "fy2022");
}

#[test]
fn fixture_parses() {
    let dataset = parse_dataset(MINI).expect("mini fixture parses");
    assert_eq!(dataset.projects.len(), 2);
}

#[test]
fn a_wrong_type_reports_path_line_and_column() {
    let broken = MINI.replacen("\"latest\": 12,", "\"latest\": \"twelve\",", 1);
    assert_ne!(broken, MINI, "fixture has the value the test breaks");
    let error = parse_dataset(&broken).unwrap_err();
    assert_eq!(error.path, "projects[0].kpis[0].latest");
    let line = MINI
        .lines()
        .position(|l| l.contains("\"latest\": 12,"))
        .unwrap()
        + 1;
    assert_eq!(error.line, line);
    assert!(error.column > 1);
    assert!(error.message.contains("invalid type"), "{}", error.message);
}

#[test]
fn a_missing_required_field_is_named() {
    let broken = MINI.replacen("\"schema_version\": 1,", "", 1);
    let error = parse_dataset(&broken).unwrap_err();
    assert!(
        error.message.contains("schema_version"),
        "{}",
        error.message
    );
}

#[test]
fn truncated_json_is_an_error_with_a_position() {
    let error = parse_dataset(&MINI[..MINI.len() / 2]).unwrap_err();
    assert!(error.line > 1);
}

#[test]
fn the_documented_example_parses_and_validates_clean() {
    let doc = include_str!("../docs/data-format.md");
    let start = doc.find("```json\n").expect("docs have a json example") + 8;
    let end = start + doc[start..].find("```").unwrap();
    let dataset = parse_dataset(&doc[start..end]).expect("example parses");
    assert_eq!(shinchoku::core::validate::validate(&dataset), vec![]);
}
