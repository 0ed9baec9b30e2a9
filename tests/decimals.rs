//! Figures are read exactly: every decimal the validator accepts (finite,
//! within `MAX_FIGURE`, written as JSON writes numbers) parses to the same
//! double as Rust's own correctly rounded `str::parse::<f64>`, the double
//! nearest to what was written; and so does every decimal the viewer reads
//! itself (`text::number::decimal`: rounded figures, printed figures).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use shinchoku::core::dataset::bounds::MAX_FIGURE;
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::dataset::problem::Severity;
use shinchoku::core::dataset::validate::validate;
use shinchoku::core::engine::progress::{assess_kpi, PlanClock, Status};
use shinchoku::core::text::number::decimal;

const MINI: &str = include_str!("fixtures/mini.json");

/// The first KPI's `latest` and its target's value, as the dataset reads
/// them when written as `latest` and `target`.
fn read(latest: &str, target: &str) -> (f64, f64) {
    let text = MINI
        .replacen("\"latest\": 12,", &format!("\"latest\": {latest},"), 1)
        .replacen("{ \"value\": 20,", &format!("{{ \"value\": {target},"), 1);
    let dataset = parse_dataset(&text).unwrap();
    let kpi = &dataset.projects[0].kpis[0];
    (kpi.latest.unwrap(), kpi.target.as_ref().unwrap().value)
}

/// Whether the validator accepts `value` as a KPI's latest figure.
fn accepted(value: f64) -> bool {
    let mut dataset = parse_dataset(MINI).unwrap();
    dataset.projects[0].kpis[0].latest = Some(value);
    dataset.projects[0].kpis[0].yearly.clear();
    !validate(&dataset)
        .iter()
        .any(|p| p.severity == Severity::Error && p.path.ends_with("kpis[0].latest"))
}

proptest! {
    // Some written figures are beyond MAX_FIGURE: those are set aside.
    #![proptest_config(ProptestConfig {
        max_global_rejects: 100_000,
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_accepted_decimal_is_the_nearest_double(
        // Figures are never negative (the validator refuses negative
        // counts, percentages and budgets).
        written in "(0|[1-9][0-9]{0,15})(\\.[0-9]{1,17})?([eE](-[0-9]{1,2}|\\+?[0-9]))?",
    ) {
        let exact: f64 = written.parse().unwrap();
        prop_assume!(exact.abs() <= MAX_FIGURE && accepted(exact));
        let (latest, _) = read(&written, "20");
        prop_assert_eq!(latest.to_bits(), exact.to_bits(), "{} read as {}, not {}", written, latest, exact);
    }

    #[test]
    fn decimals_of_15_to_17_digits_are_the_nearest_double(
        whole in "[1-9][0-9]{0,14}",
        fraction in "[0-9]{1,16}",
    ) {
        let written = format!("{whole}.{fraction}");
        let exact: f64 = written.parse().unwrap();
        prop_assume!(exact <= MAX_FIGURE);
        let (latest, _) = read(&written, "20");
        prop_assert_eq!(latest.to_bits(), exact.to_bits(), "{} read as {}, not {}", written, latest, exact);
    }

    #[test]
    fn decimals_the_viewer_reads_are_read_as_str_parse_reads_them(
        // Leading zeros, up to 800 digits (the most a double's exact
        // decimal needs is 767), and far beyond a double's range.
        written in "-?[0-9]{1,40}(\\.[0-9]{1,40})?|-?[0-9]{300,800}(\\.[0-9]{1,800})?|-?0\\.0{300,400}[1-9][0-9]{0,20}",
    ) {
        let exact: f64 = written.parse().unwrap();
        let read = decimal(&written);
        prop_assert_eq!(read.map(f64::to_bits), Some(exact.to_bits()), "{} read as {:?}, not {}", written, read, exact);
    }
}

#[test]
fn just_under_a_target_of_1e15_is_not_achieved() {
    let (latest, target) = read("999999999999999.9", "1e15");
    // The double just below 1e15 (doubles there are 0.125 apart).
    assert_eq!(latest, 1e15 - 0.125);
    assert!(latest < target);
    let text = MINI
        .replacen("\"latest\": 12,", "\"latest\": 999999999999999.9,", 1)
        .replacen("{ \"value\": 20,", "{ \"value\": 1e15,", 1);
    let dataset = parse_dataset(&text).unwrap();
    let progress = assess_kpi(
        &PlanClock::of(&dataset.report),
        &dataset.projects[0].kpis[0],
    );
    assert_ne!(progress.status, Status::Achieved);
}
