//! The digest of a dataset text the build checked: the app skips walking
//! the bounds of that very text and no other, and its other checks run.

use shinchoku::core::dataset::bounds::Bounds;
use shinchoku::core::dataset::checked::{bounds_for, digest, digest_if_within};
use shinchoku::core::dataset::parse::{parse_dataset, parse_dataset_with};
use shinchoku::core::dataset::validate::{validate, validate_with};

const MINI: &str = include_str!("fixtures/mini.json");

#[test]
fn the_digest_is_fnv_1a_of_the_bytes() {
    // The published FNV-1a 64-bit values.
    assert_eq!(digest(""), "cbf29ce484222325");
    assert_eq!(digest("a"), "af63dc4c8601ec8c");
    assert_eq!(digest("foobar"), "85944171f73967e8");
}

#[test]
fn only_the_very_text_checked_skips_its_bounds() {
    let dataset = parse_dataset(MINI).unwrap();
    let checked = digest_if_within(MINI, &dataset).expect("mini is within every bound");
    assert_eq!(bounds_for(MINI, Some(&checked)), Bounds::Held);
    // One character more, a page without the digest, another digest.
    assert_eq!(
        bounds_for(&format!("{MINI} "), Some(&checked)),
        Bounds::Check
    );
    assert_eq!(bounds_for(MINI, None), Bounds::Check);
    assert_eq!(bounds_for(MINI, Some("0000000000000000")), Bounds::Check);
}

#[test]
fn a_text_beyond_a_bound_gets_no_digest() {
    let long = "あ".repeat(20_001);
    let text = MINI.replacen("\"name\": \"", &format!("\"name\": \"{long}"), 1);
    assert_ne!(text, MINI, "the fixture has a name to lengthen");
    let dataset = parse_dataset(&text).unwrap();
    assert!(validate(&dataset)
        .iter()
        .any(|p| p.message.contains("20,000")));
    assert_eq!(digest_if_within(&text, &dataset), None);
}

#[test]
fn held_bounds_are_not_walked_and_the_other_checks_still_run() {
    let long = "あ".repeat(20_001);
    let text = MINI.replacen("\"name\": \"", &format!("\"name\": \"{long}"), 1);
    let mut dataset = parse_dataset_with(&text, Bounds::Held).unwrap();
    assert!(validate_with(&dataset, Bounds::Held).is_empty());
    // A check that is not a bound: a format version this viewer does not
    // read is still an error.
    dataset.schema_version = 999;
    assert!(!validate_with(&dataset, Bounds::Held).is_empty());
}
