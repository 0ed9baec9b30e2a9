//! The progress engine on hand-checked figures, every edge case, and
//! property tests over generated KPIs.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use shinchoku::core::dataset::model::{Comparator, Grade, Target, Unit, YearValue};
use shinchoku::core::engine::progress::{
    agreement, assess, Agreement, Figures, PlanClock, Progress, Projection, Status,
};
use shinchoku::core::present::explain::explain;

const FY2022: PlanClock = PlanClock {
    first_year: 2020,
    last_year: 2024,
    through_year: 2022,
};

fn target(value: f64, comparator: Comparator) -> Target {
    Target {
        value,
        text: format!("{value}件"),
        comparator,
    }
}

fn years(values: &[f64]) -> Vec<YearValue> {
    values
        .iter()
        .enumerate()
        .map(|(i, v)| YearValue {
            fiscal_year: 2020 + i as i32,
            value: *v,
        })
        .collect()
}

fn count(t: Option<f64>, latest: Option<f64>, yearly: &[f64]) -> Progress {
    let t = t.map(|v| target(v, Comparator::Reach));
    let y = years(yearly);
    assess(
        &FY2022,
        Figures {
            unit: Unit::Count,
            target: t.as_ref(),
            latest,
            yearly: &y,
        },
    )
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn the_clock_comes_from_the_report_years() {
    assert_eq!(FY2022.total_years(), 5);
    assert_eq!(FY2022.elapsed_years(), 3);
    assert_eq!(FY2022.remaining_years(), 2);
    assert!((FY2022.time_elapsed() - 0.6).abs() < 1e-12);
    let later = PlanClock {
        through_year: 2030,
        ..FY2022
    };
    assert_eq!((later.elapsed_years(), later.remaining_years()), (5, 0));
    let before = PlanClock {
        through_year: 2018,
        ..FY2022
    };
    assert_eq!(before.elapsed_years(), 0);
    let broken = PlanClock {
        first_year: 2025,
        last_year: 2020,
        through_year: 2022,
    };
    assert_eq!(broken.total_years(), 1);
    assert!(broken.time_elapsed().is_finite());
}

#[test]
fn on_track_count_by_hand() {
    // 300 target, 180 so far over 3 years (60/year): 180 + 60 × 2 = 300.
    let p = count(Some(300.0), Some(180.0), &[50.0, 60.0, 70.0]);
    assert!(close(p.achievement, 0.6));
    assert!(close(p.expected_by_now, 180.0));
    assert!(close(p.pace_index, 1.0));
    assert!(close(p.yearly_mean, 60.0));
    assert!(close(p.projection, 300.0));
    assert_eq!(p.projection_method, Some(Projection::Linear));
    assert!(close(p.required_yearly, 60.0));
    assert!(close(p.required_vs_recent, 1.0));
    assert_eq!(p.status, Status::OnTrack);
}

#[test]
fn achieved_is_uncapped() {
    let p = count(Some(25.0), Some(128.0), &[40.0, 40.0, 48.0]);
    assert!(close(p.achievement, 5.12));
    assert_eq!(p.required_yearly, None);
    assert_eq!(p.status, Status::Achieved);
}

#[test]
fn at_risk_and_off_track_around_the_threshold() {
    // 100 target; 48 in 3 years → 48 + 16 × 2 = 80 = exactly 80%: at risk.
    assert_eq!(
        count(Some(100.0), Some(48.0), &[16.0, 16.0, 16.0]).status,
        Status::AtRisk
    );
    // 45 → 75: off track.
    let p = count(Some(100.0), Some(45.0), &[15.0, 15.0, 15.0]);
    assert_eq!(p.status, Status::OffTrack);
    assert!(close(p.required_yearly, 27.5));
    assert!(close(p.required_vs_recent, 27.5 / 15.0));
}

#[test]
fn no_target_and_no_data() {
    assert_eq!(
        count(None, Some(1.0), &[0.0, 1.0, 0.0]).status,
        Status::NoTarget
    );
    let p = count(None, None, &[]);
    assert_eq!(p.status, Status::NoData);
    assert_eq!(
        (p.projection, p.achievement, p.yearly_mean),
        (None, None, None)
    );
    assert_eq!(count(Some(10.0), None, &[]).status, Status::NoData);
}

#[test]
fn zero_target_is_met_without_dividing_by_zero() {
    let p = count(Some(0.0), Some(0.0), &[0.0, 0.0, 0.0]);
    assert_eq!(p.achievement, None);
    assert_eq!(p.status, Status::Achieved);
}

#[test]
fn missing_yearly_figures_use_the_cumulative_mean() {
    let p = count(Some(100.0), Some(30.0), &[]);
    assert!(close(p.yearly_mean, 10.0));
    assert!(close(p.projection, 50.0));
    assert_eq!(p.status, Status::OffTrack);
}

#[test]
fn a_single_year_of_data() {
    let p = count(Some(10.0), Some(4.0), &[4.0]);
    assert!(close(p.yearly_mean, 4.0));
    assert!(close(p.projection, 12.0));
    assert_eq!(p.status, Status::OnTrack);
}

#[test]
fn zero_recent_pace_has_no_ratio() {
    let p = count(Some(10.0), Some(0.0), &[0.0, 0.0, 0.0]);
    assert!(close(p.required_yearly, 5.0));
    assert_eq!(p.required_vs_recent, None);
    assert_eq!(p.status, Status::OffTrack);
    assert!(explain(
        &FY2022,
        figures_of(Some(10.0), Some(0.0), &years(&[0.0, 0.0, 0.0])),
        &p
    )
    .en
    .contains("5 a year"));
}

fn figures_of<'a>(t: Option<f64>, latest: Option<f64>, y: &'a [YearValue]) -> Figures<'a> {
    let t = t.map(|v| Box::leak(Box::new(target(v, Comparator::Reach))) as &Target);
    Figures {
        unit: Unit::Count,
        target: t,
        latest,
        yearly: y,
    }
}

#[test]
fn a_plan_already_over_uses_the_final_figure() {
    let over = PlanClock {
        through_year: 2024,
        ..FY2022
    };
    let t = target(100.0, Comparator::Reach);
    let y = years(&[20.0, 20.0, 20.0, 20.0, 10.0]);
    let p = assess(
        &over,
        Figures {
            unit: Unit::Count,
            target: Some(&t),
            latest: Some(90.0),
            yearly: &y,
        },
    );
    assert_eq!(p.projection_method, Some(Projection::Final));
    assert!(close(p.projection, 90.0));
    assert_eq!(p.required_yearly, None);
    assert_eq!(p.status, Status::AtRisk);
}

#[test]
fn percentages_carry_the_latest_ratio_forward() {
    let t = Target {
        value: 25.0,
        text: "25%".into(),
        comparator: Comparator::Reach,
    };
    let y = years(&[23.0, 48.0, 41.0]);
    let p = assess(
        &FY2022,
        Figures {
            unit: Unit::Percent,
            target: Some(&t),
            latest: Some(31.0),
            yearly: &y,
        },
    );
    assert_eq!(p.status, Status::Achieved);
    assert_eq!(
        (p.yearly_mean, p.expected_by_now, p.pace_index),
        (None, None, None)
    );
    let below = assess(
        &FY2022,
        Figures {
            unit: Unit::Percent,
            target: Some(&t),
            latest: Some(21.0),
            yearly: &y,
        },
    );
    assert_eq!(below.projection_method, Some(Projection::LatestRatio));
    assert!(close(below.projection, 21.0));
    assert_eq!(below.status, Status::AtRisk);
    let e = explain(
        &FY2022,
        Figures {
            unit: Unit::Percent,
            target: Some(&t),
            latest: Some(21.0),
            yearly: &y,
        },
        &below,
    );
    assert!(e.ja.contains("足し上げられない"), "{}", e.ja);
}

#[test]
fn percentages_over_100_stay_finite() {
    let t = Target {
        value: 50.0,
        text: "50%".into(),
        comparator: Comparator::Reach,
    };
    let p = assess(
        &FY2022,
        Figures {
            unit: Unit::Percent,
            target: Some(&t),
            latest: Some(140.0),
            yearly: &[],
        },
    );
    assert!(close(p.achievement, 2.8));
    assert_eq!(p.status, Status::Achieved);
}

#[test]
fn at_least_targets_are_met_at_the_value() {
    let t = target(2.0, Comparator::AtLeast);
    let y = years(&[1.0, 2.0, 1.0]);
    let p = assess(
        &FY2022,
        Figures {
            unit: Unit::Count,
            target: Some(&t),
            latest: Some(4.0),
            yearly: &y,
        },
    );
    assert_eq!(p.status, Status::Achieved);
}

#[test]
fn explanation_of_an_achieved_kpi_has_the_numbers() {
    let t = Target {
        value: 25.0,
        text: "25件".into(),
        comparator: Comparator::Reach,
    };
    let y = years(&[40.0, 40.0, 48.0]);
    let f = Figures {
        unit: Unit::Count,
        target: Some(&t),
        latest: Some(128.0),
        yearly: &y,
    };
    let e = explain(&FY2022, f, &assess(&FY2022, f));
    assert_eq!(
        e.ja,
        "2024年度目標25件に対し128件（512%）。計画期間の60%経過時点で達成済み。"
    );
    assert_eq!(e.en, "128 against the FY2024 target of 25 (512%); already achieved with 60% of the plan period elapsed.");
}

#[test]
fn explanation_of_a_projected_kpi() {
    let t = Target {
        value: 300.0,
        text: "300件".into(),
        comparator: Comparator::Reach,
    };
    let y = years(&[40.0, 40.0, 40.0]);
    let f = Figures {
        unit: Unit::Count,
        target: Some(&t),
        latest: Some(120.0),
        yearly: &y,
    };
    let e = explain(&FY2022, f, &assess(&FY2022, f));
    assert!(e.ja.contains("直線目安は180件"), "{}", e.ja);
    assert!(
        e.ja.contains("2024年度末に200件（目標の67%、未達見込み）"),
        "{}",
        e.ja
    );
    assert!(
        e.ja.contains("年90件が必要（直近の年平均の2.3倍）"),
        "{}",
        e.ja
    );
    assert!(
        e.en.contains("needs 90 a year, 2.3× the recent pace"),
        "{}",
        e.en
    );
}

#[test]
fn grade_agreement() {
    assert_eq!(agreement(Grade::A, Status::OnTrack), Agreement::Agrees);
    assert_eq!(agreement(Grade::A, Status::OffTrack), Agreement::Disagrees);
    assert_eq!(agreement(Grade::B, Status::AtRisk), Agreement::Agrees);
    assert_eq!(agreement(Grade::B, Status::Achieved), Agreement::Disagrees);
    assert_eq!(
        agreement(Grade::A, Status::NoData),
        Agreement::NotComparable
    );
    assert_eq!(
        agreement(Grade::B, Status::NoTarget),
        Agreement::NotComparable
    );
}

#[test]
fn status_ids_round_trip() {
    for s in Status::ALL {
        assert_eq!(Status::from_id(s.id()), Some(s));
    }
    assert_eq!(Status::from_id("nope"), None);
}

fn all_finite(p: &Progress) -> bool {
    [
        Some(p.time_elapsed),
        p.achievement,
        p.expected_by_now,
        p.pace_index,
        p.yearly_mean,
        p.projection,
        p.required_yearly,
        p.required_vs_recent,
    ]
    .into_iter()
    .flatten()
    .all(f64::is_finite)
}

fn any_value() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => 0.0..10_000.0f64,
        1 => Just(0.0),
        1 => -100.0..0.0f64,
        1 => prop::num::f64::ANY,
    ]
}

proptest! {
    #[test]
    fn never_panics_and_never_yields_nan(
        unit in prop_oneof![Just(Unit::Count), Just(Unit::Percent)],
        t in prop::option::of(any_value()),
        latest in prop::option::of(any_value()),
        yearly in prop::collection::vec(any_value(), 0..6),
        first in 2015..2025i32, len in 0..8i32, through in 2010..2035i32,
    ) {
        let clock = PlanClock { first_year: first, last_year: first + len, through_year: through };
        let t = t.map(|v| target(v, Comparator::Reach));
        let y = years(&yearly);
        let f = Figures { unit, target: t.as_ref(), latest, yearly: &y };
        let p = assess(&clock, f);
        prop_assert!(all_finite(&p), "{p:?}");
        let e = explain(&clock, f, &p);
        for text in [&e.ja, &e.en] {
            let lower = text.to_lowercase();
            prop_assert!(!lower.contains("nan") && !lower.contains("inf") && !text.contains('∞'), "{e:?}");
        }
    }

    #[test]
    fn projection_is_at_least_latest_for_non_negative_years(
        t in 1.0..1000.0f64,
        yearly in prop::collection::vec(0.0..500.0f64, 1..4),
    ) {
        let latest: f64 = yearly.iter().sum();
        let p = count(Some(t), Some(latest), &yearly);
        prop_assert!(p.projection.unwrap() >= latest);
    }

    /// docs/methodology.md §3, stated as bands: a KPI short of its target
    /// whose projection is a given share of the target is on track from
    /// 100%, at risk from 80% and off track below. The inputs are built
    /// from the share wanted (the projection of a count is the latest
    /// figure plus the yearly mean times the two years left, §2), so the
    /// test does not restate the rule it checks.
    #[test]
    fn status_follows_the_stated_bands_of_the_projection(
        t in 10.0..1000.0f64,
        done in 0.0..0.99f64,
        // Away from the band edges by 0.1%; the edges themselves are the
        // worked examples above (exactly 80%; 10 of 10).
        (share, expected) in prop_oneof![
            (1.001..3.0f64).prop_map(|s| (s, Status::OnTrack)),
            (0.801..0.999f64).prop_map(|s| (s, Status::AtRisk)),
            (0.0..0.799f64).prop_map(|s| (s, Status::OffTrack)),
        ],
    ) {
        let wanted = t * share;
        // Short of the target, and not above the projection.
        let latest = wanted.min(t) * done;
        let mean = (wanted - latest) / 2.0;
        let p = count(Some(t), Some(latest), &[mean, mean, mean]);
        prop_assert!(
            p.projection.is_some_and(|v| (v - wanted).abs() < 1e-6 * t),
            "{p:?}"
        );
        prop_assert_eq!(p.status, expected, "projection {} of target {}", wanted, t);
    }

    /// A KPI whose latest figure reaches the target is achieved, whatever
    /// its yearly figures (§3: "latest figure ≥ target").
    #[test]
    fn reaching_the_target_is_achieved_whatever_the_pace(
        t in 1.0..1000.0f64,
        over in 1.0..5.0f64,
        yearly in prop::collection::vec(-50.0..500.0f64, 0..4),
    ) {
        let p = count(Some(t), Some(t * over), &yearly);
        prop_assert_eq!(p.status, Status::Achieved);
    }

    /// More done, at a faster pace, never gives a worse status.
    #[test]
    fn a_larger_projection_never_gives_a_worse_status(
        t in 1.0..1000.0f64,
        yearly in prop::collection::vec(0.0..500.0f64, 1..4),
    ) {
        let latest: f64 = yearly.iter().sum();
        let p = count(Some(t), Some(latest), &yearly);
        let more: Vec<f64> = yearly.iter().map(|v| v * 2.0).collect();
        let better = count(Some(t), Some(latest * 2.0), &more);
        prop_assert!(better.status <= p.status);
    }
}
