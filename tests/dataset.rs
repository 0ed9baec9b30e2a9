//! The bundled dataset parses, and parse errors say where.

use shinchoku::core::dataset::model::Dataset;
use shinchoku::core::dataset::parse::{decode_text, parse_dataset};

const BUNDLED: &str = include_str!("../data/fy2022.json");
const MINI: &str = include_str!("fixtures/mini.json");

#[test]
fn bundled_dataset_parses() {
    let dataset = parse_dataset(BUNDLED).expect("data/fy2022.json parses");
    assert_eq!(dataset.report.id, "fy2022");
}

#[test]
fn the_parse_builds_what_serde_json_builds() {
    for text in [BUNDLED, MINI] {
        let plain: Dataset = serde_json::from_str(text).unwrap();
        assert_eq!(parse_dataset(text).unwrap(), plain);
    }
}

#[test]
fn a_record_written_as_a_list_is_refused_at_the_list() {
    // serde_json alone would read a struct from a list of its fields in
    // order; the parse reads records from objects only (maps_only).
    let mut mini: serde_json::Value = serde_json::from_str(MINI).unwrap();
    let project = &mut mini["projects"][0];
    let fields: Vec<serde_json::Value> = project.as_object().unwrap().values().cloned().collect();
    *project = serde_json::Value::Array(fields);
    let error = parse_dataset(&serde_json::to_string_pretty(&mini).unwrap()).unwrap_err();
    assert_eq!(error.path, "projects[0]");
    assert!(
        error
            .message
            .starts_with("invalid type: sequence, expected struct"),
        "{}",
        error.message
    );
}

#[test]
fn a_name_written_as_an_object_is_refused() {
    // serde_json alone would read the variant `A` from `{"A": null}` too;
    // the parse reads the model's enums from names only (maps_only).
    let mut mini: serde_json::Value = serde_json::from_str(MINI).unwrap();
    mini["projects"][0]["kpis"][0]["grade"] = serde_json::json!({ "A": null });
    let error = parse_dataset(&serde_json::to_string_pretty(&mini).unwrap()).unwrap_err();
    assert_eq!(error.path, "projects[0].kpis[0].grade");
    assert!(
        error.message.starts_with("invalid type: map, expected"),
        "{}",
        error.message
    );
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
    assert_eq!(
        shinchoku::core::dataset::validate::validate(&dataset),
        vec![]
    );
}

#[test]
fn valid_json_followed_by_anything_else_is_refused() {
    for tail in ["garbage", "{}", "[1]", "\u{0}", "x\n"] {
        let error = parse_dataset(&format!("{MINI}{tail}")).unwrap_err();
        assert!(error.message.contains("trailing"), "{tail:?}: {error}");
        assert!(error.line > 1, "{error}");
    }
    assert!(
        parse_dataset(&format!("{MINI}\n \t\r\n")).is_ok(),
        "whitespace is fine"
    );
}

#[test]
fn a_top_level_array_or_value_is_refused_clearly() {
    for text in [
        format!("[{MINI}]"),
        "  [".to_string(),
        "\"x\"".to_string(),
        "42".to_string(),
        "null".to_string(),
    ] {
        let error = parse_dataset(&text).unwrap_err();
        assert!(
            error.message.contains("a dataset is one JSON object"),
            "{text:.20}: {error}"
        );
        assert_eq!((error.path.as_str(), error.line), (".", 1), "{error}");
    }
}

#[test]
fn utf8_and_utf16_with_or_without_a_bom_decode_the_same() {
    let plain = decode_text(MINI.as_bytes()).unwrap();
    assert_eq!(plain, MINI);
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend(MINI.as_bytes());
    assert_eq!(decode_text(&bom).unwrap(), MINI);
    let units: Vec<u16> = MINI.encode_utf16().collect();
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(units.iter().flat_map(|u| u.to_le_bytes()))
        .collect();
    let be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(units.iter().flat_map(|u| u.to_be_bytes()))
        .collect();
    assert_eq!(decode_text(&le).unwrap(), MINI);
    assert_eq!(decode_text(&be).unwrap(), MINI);
    // Without a BOM, JSON's first character tells (RFC 8259 text starts with ASCII).
    let le_no_bom: Vec<u8> = units.iter().flat_map(|u| u.to_le_bytes()).collect();
    let be_no_bom: Vec<u8> = units.iter().flat_map(|u| u.to_be_bytes()).collect();
    assert_eq!(decode_text(&le_no_bom).unwrap(), MINI);
    assert_eq!(decode_text(&be_no_bom).unwrap(), MINI);
    assert_eq!(
        parse_dataset(&decode_text(&le).unwrap()).unwrap(),
        parse_dataset(MINI).unwrap()
    );
    // A BOM that reaches the parser as text is skipped too.
    assert!(parse_dataset(&format!("\u{FEFF}{MINI}")).is_ok());
}

#[test]
fn bytes_that_are_not_text_say_where() {
    let mut bytes = b"{\n  \"schema_version\": 1,\n  \"x\": \"".to_vec();
    bytes.extend([0xFF, 0xC0]);
    let error = decode_text(&bytes).unwrap_err();
    assert_eq!((error.line, error.column), (3, 9), "{error}");
    assert!(error.message.contains("UTF-8"), "{error}");
    let odd = [0xFF, 0xFE, b'{'];
    assert!(decode_text(&odd).unwrap_err().message.contains("UTF-16"));
    let lone_surrogate = [0xFF, 0xFE, 0x00, 0xD8, b'{', 0];
    assert!(decode_text(&lone_surrogate).is_err());
    assert_eq!(decode_text(b"").unwrap(), "");
}

/// `MINI` with `field`'s list in its first project led by `entries` more
/// entries of `entry`; the first project's `ministry_actions`, which
/// `MINI` leaves out, is given as an empty list first.
fn with_entries(field: &str, entry: &str, entries: usize) -> String {
    let text = MINI.replacen(
        "\"kpis\": [",
        "\"ministry_actions\": [],\n      \"kpis\": [",
        1,
    );
    let opening = format!("\"{field}\": [");
    assert!(text.contains(&opening), "the fixture has {field}");
    let mut list = opening.clone();
    for _ in 0..entries {
        list.push_str(entry);
        list.push(',');
    }
    let text = text.replacen(&opening, &list, 1);
    // A list that was empty now ends with a comma: drop it.
    text.replacen(",]", "]", 1)
}

#[test]
fn a_list_of_millions_is_refused_before_it_is_built() {
    // 3,000,000 ministry actions (15 MB): refused by counting, with the
    // list's path, its length and where its first entry past the bound is.
    let text = with_entries("ministry_actions", "\"ab\"", 3_000_000);
    assert!(text.len() > 15_000_000);
    let error = parse_dataset(&text).unwrap_err();
    assert_eq!(error.path, "projects[0].ministry_actions");
    assert!(
        error.message.starts_with("3000000 entries; at most 1000")
            || error.message.starts_with("3000001 entries; at most 1000"),
        "{error}"
    );
    let line = MINI
        .lines()
        .position(|l| l.contains("\"kpis\": ["))
        .unwrap()
        + 1;
    assert_eq!(error.line, line, "{error}");
    // Within its bound the same list parses (the validator bounds it too).
    let text = with_entries("ministry_actions", "\"ab\"", 1_000);
    let dataset = parse_dataset(&text).unwrap();
    assert!(dataset.projects[0].ministry_actions.len() >= 1_000);
}

#[test]
fn every_list_is_counted_by_its_own_bound() {
    // Yearly figures: at most one per year of the longest plan (51).
    let yearly = "{\"fiscal_year\": 2020, \"value\": 1}";
    let error = parse_dataset(&with_entries("yearly", yearly, 60)).unwrap_err();
    assert_eq!(error.path, "projects[0].kpis[0].yearly");
    assert!(
        error.message.contains("yearly figures; at most 51"),
        "{error}"
    );
    // A list of a field the dataset does not have is bounded too.
    let unknown = MINI.replacen('{', &format!("{{\"extra\": [{}0],", "0,".repeat(1_000)), 1);
    let error = parse_dataset(&unknown).unwrap_err();
    assert_eq!(error.path, "extra");
    assert_eq!(error.message, "1001 entries; at most 1000");
    // A key written with escapes is the field it names.
    let escaped = with_entries("ministry_actions", "\"\"", 1_001).replacen(
        "\"ministry_actions\"",
        "\"ministry\\u005factions\"",
        1,
    );
    let error = parse_dataset(&escaped).unwrap_err();
    assert_eq!(error.path, "projects[0].ministry_actions");
    // The scan stops looking past serde_json's nesting limit (128): what
    // is deeper is the parser's (which skips a field it does not know
    // without building it).
    let deep = MINI.replacen(
        '{',
        &format!(
            "{{\"extra\": {}{}{},",
            "[".repeat(200),
            "0,".repeat(2_000) + "0",
            "]".repeat(200)
        ),
        1,
    );
    assert!(parse_dataset(&deep).is_ok());
}
