//! No dataset that passes validation can make the viewer panic or freeze:
//! datasets built at the validation bounds (the longest plan, the most
//! yearly figures and breakdowns, the longest texts, the largest figures)
//! pass validation, and the viewer's per-KPI work on them (progress,
//! explanation, detail chart series, CSV row) completes and prints no
//! "inf" or "NaN". A plan far beyond the bounds checks that the same work
//! grows linearly with the number of yearly figures.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::mpsc;
use std::time::Duration;

use proptest::prelude::*;
use shinchoku::core::dataset::bounds::{
    MAX_BREAKDOWNS, MAX_FIGURE, MAX_PLAN_SPAN, MAX_TEXT_CHARS, PLAN_YEARS,
};
use shinchoku::core::dataset::model::{
    Breakdown, Comparator, Dataset, Kpi, Target, Unit, YearValue,
};
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::dataset::problem::Severity;
use shinchoku::core::dataset::validate::validate;
use shinchoku::core::engine::progress::{assess, Figures};
use shinchoku::core::engine::series::{by_year, detail};
use shinchoku::core::present::explain::explain;
use shinchoku::core::present::export::kpis_csv;
use shinchoku::core::select::catalog::Catalog;
use shinchoku::core::select::filter::Filter;

fn mini() -> Dataset {
    parse_dataset(include_str!("fixtures/mini.json")).unwrap()
}

/// Every yearly figure of a plan starting in `first`, in `order`.
fn yearly(first: i32, values: &[f64], order: &[usize]) -> Vec<YearValue> {
    order
        .iter()
        .map(|&i| YearValue {
            fiscal_year: first + i as i32,
            value: values[i],
        })
        .collect()
}

/// A KPI at every bound: the longest texts, a figure for every plan year,
/// the most breakdowns, each with a figure for every plan year.
fn kpi_at_bounds(
    first: i32,
    unit: Unit,
    values: &[f64],
    order: &[usize],
    target: f64,
    latest: f64,
    text: &str,
) -> Kpi {
    let mut kpi = mini().projects[0].kpis[0].clone();
    let target = Target {
        value: target,
        text: text.to_string(),
        comparator: Comparator::AtLeast,
    };
    kpi.unit = unit;
    kpi.name = text.to_string();
    kpi.detail = text.to_string();
    kpi.latest_text = Some(text.to_string());
    kpi.target = Some(target.clone());
    kpi.latest = Some(latest);
    kpi.yearly = yearly(first, values, order);
    kpi.breakdowns = (0..MAX_BREAKDOWNS)
        .map(|b| Breakdown {
            id: format!("{}-{b}", kpi.id),
            label: text.to_string(),
            label_en: Some(text.to_string()),
            target: Some(target.clone()),
            latest: Some(latest),
            latest_text: Some(text.to_string()),
            yearly: yearly(first, values, order),
        })
        .collect();
    kpi
}

fn no_inf_or_nan(text: &str) -> bool {
    let lower = text.to_lowercase();
    !lower.contains("inf") && !lower.contains("nan")
}

/// The viewer's work for every KPI and breakdown of `d`; panics on anything wrong.
fn per_kpi_work(d: &Dataset) {
    let catalog = Catalog::new(d);
    let clock = catalog.clock;
    let plan_years = clock.total_years() as usize;
    for (i, entry) in catalog.kpis.iter().enumerate() {
        let (_, kpi) = catalog.kpi(d, i);
        let mut all = vec![(Figures::of_kpi(kpi), entry.progress.clone())];
        for part in &kpi.breakdowns {
            let figures = Figures::of_breakdown(kpi, part);
            all.push((figures, assess(&clock, figures)));
        }
        for (figures, progress) in all {
            let e = explain(&clock, figures, &progress);
            assert!(no_inf_or_nan(&e.ja) && no_inf_or_nan(&e.en), "{e:?}");
            let s = detail(&clock, figures, &progress);
            assert_eq!(s.years.len(), plan_years);
            assert_eq!(s.yearly.len(), plan_years);
            let figures_shown = s.yearly.iter().filter(|v| v.is_some()).count();
            assert_eq!(figures_shown, figures.yearly.len());
        }
    }
    let csv = kpis_csv(
        d,
        &catalog,
        &Filter::default(),
        shinchoku::core::text::lang::Lang::En,
    );
    assert!(no_inf_or_nan(&csv));
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 1 + catalog.kpis.len());
}

fn texts() -> impl Strategy<Value = String> {
    prop::sample::select(vec!['長', 'a', '＝', '\u{200B}', ' ', '9', '%'])
        .prop_map(|c| c.to_string().repeat(MAX_TEXT_CHARS))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(8))]

    #[test]
    fn datasets_at_the_bounds_validate_and_stay_cheap(
        first in PLAN_YEARS.start().to_owned()..=PLAN_YEARS.end() - MAX_PLAN_SPAN,
        through in 0..=MAX_PLAN_SPAN,
        percent in any::<bool>(),
        values in prop::collection::vec(0.0..=1.0_f64, (MAX_PLAN_SPAN + 1) as usize),
        order in Just((0..=MAX_PLAN_SPAN as usize).collect::<Vec<_>>()).prop_shuffle(),
        target in 0.0..=1.0_f64,
        latest in 0.0..=1.0_f64,
        text in texts(),
    ) {
        let (unit, scale) = if percent { (Unit::Percent, 100.0) } else { (Unit::Count, MAX_FIGURE) };
        let values: Vec<f64> = values.iter().map(|v| v * scale).collect();
        let mut d = mini();
        d.report.plan_first_year = first;
        d.report.plan_last_year = first + MAX_PLAN_SPAN;
        d.report.figures_through = first + through;
        d.projects.truncate(1);
        d.projects[0].kpis = vec![kpi_at_bounds(
            first, unit, &values, &order, target * scale, latest * scale, &text,
        )];
        for (i, p) in d.projects[0].programs.iter_mut().enumerate() {
            p.description = text.clone();
            p.budget = Some(if i == 0 { MAX_FIGURE } else { -0.0 });
        }
        d.initiatives.truncate(0);
        d.initiative_notes.clear();
        let errors: Vec<_> = validate(&d).into_iter().filter(|p| p.severity == Severity::Error).collect();
        prop_assert!(errors.is_empty(), "{errors:#?}");
        per_kpi_work(&d);
    }
}

#[test]
fn figures_by_year_ignore_order_and_years_outside() {
    let entries = [
        (2022, 3.0),
        (2019, 9.0),
        (2020, 1.0),
        (2030, 7.0),
        (2024, 5.0),
    ]
    .map(|(fiscal_year, value)| YearValue { fiscal_year, value });
    assert_eq!(
        by_year(2020, 2024, &entries),
        [Some(1.0), None, Some(3.0), None, Some(5.0)]
    );
    assert_eq!(by_year(2024, 2020, &entries), []);
    assert_eq!(by_year(i32::MAX, i32::MAX, &entries), [None]);
}

/// The per-KPI work on a plan of `years` years with a figure for each
/// year, run on another thread; `None` if it does not finish within `limit`.
fn timed_work(years: usize, limit: Duration) -> Option<()> {
    let (done, finished) = mpsc::channel();
    std::thread::spawn(move || {
        let mut d = mini();
        d.report.plan_first_year = 0;
        d.report.plan_last_year = years as i32 - 1;
        d.report.figures_through = years as i32 - 1;
        d.projects.truncate(1);
        let mut kpi = d.projects[0].kpis[0].clone();
        kpi.yearly = (0..years as i32)
            .rev()
            .map(|fiscal_year| YearValue {
                fiscal_year,
                value: 1.0,
            })
            .collect();
        kpi.latest = Some(years as f64);
        d.projects[0].kpis = vec![kpi];
        per_kpi_work(&d);
        let _ = done.send(());
    });
    finished.recv_timeout(limit).ok()
}

#[test]
fn the_per_kpi_work_grows_linearly_with_the_plan() {
    // 20,000× the longest valid plan. Linear work takes well under a second
    // even unoptimised; one scan of every yearly figure per plan year would
    // be 10^12 steps. The limit is generous so a busy machine cannot fail it.
    assert!(
        timed_work(1_000_000, Duration::from_secs(120)).is_some(),
        "the per-KPI work on a plan of 1,000,000 years did not finish in 2 minutes"
    );
}

#[test]
fn the_table_of_combining_marks_is_unicodes() {
    use shinchoku::core::text::marks::{extends, is_mark, longest_run};
    use unicode_normalization::char::is_combining_mark;
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        assert_eq!(is_mark(c), is_combining_mark(c), "U+{:04X}", u32::from(c));
    }
    assert!(extends('\u{200D}') && extends('\u{1F3FB}') && !extends('a'));
    assert_eq!(longest_run("plain 日本語"), 0);
    assert_eq!(longest_run("e\u{0301}e\u{0301}\u{0323}x"), 2);
}
