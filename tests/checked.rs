//! The digest of a dataset text that passed every check at build time: the
//! app skips the checks for that very text and no other.

use shinchoku::core::dataset::checked::{checks_for, digest, digest_if_clean, Checks};
use shinchoku::core::dataset::parse::{parse_dataset, parse_dataset_with};
use shinchoku::core::dataset::problem::Severity;
use shinchoku::core::dataset::validate::validate;

const MINI: &str = include_str!("fixtures/mini.json");

#[test]
fn the_digest_is_fnv_1a_of_the_bytes() {
    // The published FNV-1a 64-bit values.
    assert_eq!(digest(""), "cbf29ce484222325");
    assert_eq!(digest("a"), "af63dc4c8601ec8c");
    assert_eq!(digest("foobar"), "85944171f73967e8");
}

#[test]
fn only_the_very_text_checked_skips_the_checks() {
    let dataset = parse_dataset(MINI).unwrap();
    let checked = digest_if_clean(MINI, &dataset).expect("mini has no problem");
    assert_eq!(checks_for(MINI, Some(&checked)), Checks::Passed);
    // One character more, a page without the digest, another digest.
    assert_eq!(checks_for(&format!("{MINI} "), Some(&checked)), Checks::Run);
    assert_eq!(checks_for(MINI, None), Checks::Run);
    assert_eq!(checks_for(MINI, Some("0000000000000000")), Checks::Run);
}

#[test]
fn the_bundled_report_passes_every_check_at_build_time() {
    let text = include_str!("../data/fy2022.json");
    let dataset = parse_dataset(text).unwrap();
    assert_eq!(digest_if_clean(text, &dataset), Some(digest(text)));
}

#[test]
fn a_text_with_a_problem_gets_no_digest() {
    // Beyond a bound: an error.
    let long = "あ".repeat(20_001);
    let text = MINI.replacen("\"name\": \"", &format!("\"name\": \"{long}"), 1);
    assert_ne!(text, MINI, "the fixture has a name to lengthen");
    let dataset = parse_dataset(&text).unwrap();
    assert!(validate(&dataset)
        .iter()
        .any(|p| p.message.contains("20,000")));
    assert_eq!(digest_if_clean(&text, &dataset), None);
    // A warning is a problem too: the app must show it.
    let mut warned = parse_dataset(MINI).unwrap();
    warned.report.grades.clear();
    let problems = validate(&warned);
    assert!(problems.iter().all(|p| p.severity == Severity::Warning) && !problems.is_empty());
    assert_eq!(digest_if_clean(MINI, &warned), None);
}

#[test]
fn a_text_that_passed_is_parsed_without_counting_its_lists_first() {
    let phases = ["\"basic\""; 21].join(", ");
    let text = MINI.replacen(
        "\"phases\": [\"basic\", \"applied\"]",
        &format!("\"phases\": [{phases}]"),
        1,
    );
    assert_ne!(text, MINI);
    let refused = parse_dataset(&text).unwrap_err();
    assert!(
        refused.message.contains("21 phases; at most 20"),
        "{refused}"
    );
    assert!(parse_dataset_with(&text, Checks::Passed).is_ok());
}
