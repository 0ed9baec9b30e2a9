//! The year in review from one report: the bundled FY2022 report's items,
//! pinned against lists worked out by hand from the seed text (the PDF's
//! text layer), and the rules on small made-up KPIs.
//!
//! How the lists below were worked out. Each KPI row of the report's
//! tables prints its FY2024 target, its latest (cumulative, since FY2020)
//! figure and, in brackets, its single-year figures for R2/R3/R4 (FY2020,
//! FY2021, FY2022): e.g. seed lines 964–971, 「研究成果の科学誌（インパクト
//! ファクター５以上）への論文掲載件数 400件 450件 （107/137/206） A」. For each
//! count KPI, by hand:
//!
//! * the cumulative figure at the start of FY2022 = latest − FY2022's
//!   figure (the report's note, seed line 210: 「最新の数値」は計画開始から
//!   令和４年度末までの通算の数値);
//! * **reached during FY2022** when that start is below the target and the
//!   latest figure is at or above it;
//! * **short of the pace needed** when the target is not met and FY2022's
//!   figure is below (target − latest) ÷ 2, the two years FY2023–FY2024
//!   left;
//! * **rose** when FY2022's figure ≥ 2 × the mean of FY2020 and FY2021,
//!   **fell** when it is ≤ half that mean.
#![cfg(not(target_arch = "wasm32"))]

use shinchoku::core::dataset::model::{Comparator, Dataset, Kpi, KpiKind, Target, Unit, YearValue};
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::engine::progress::{assess_kpi, PlanClock};
use shinchoku::core::engine::year_review::{review, Pace, YearReview};
use shinchoku::core::present::year_review::{year_in_review, ReviewKind, YearInReview};
use shinchoku::core::select::catalog::Catalog;
use shinchoku::core::select::filter::Filter;
use shinchoku::core::text::lang::Lang;

fn fy2022() -> Dataset {
    parse_dataset(include_str!("../data/fy2022.json")).unwrap()
}

fn reviewed(d: &Dataset, filter: &Filter, lang: Lang) -> YearInReview {
    let catalog = Catalog::new(d);
    let selection = catalog.select(d, filter);
    year_in_review(d, &catalog, &selection, lang, None)
}

fn ids(review: &YearInReview, kind: ReviewKind) -> Vec<&str> {
    let group = review.groups.iter().find(|g| g.kind == kind).unwrap();
    assert_eq!(group.total, group.items.len());
    group.items.iter().map(|i| i.kpi_id.as_str()).collect()
}

/// Reached during FY2022: start of FY2022 (latest − FY2022) < target ≤
/// latest. By hand, from the seed (line: target, latest, yearly):
///
/// | KPI | seed | target | latest | FY2022 | start |
/// |---|---|---|---|---|---|
/// | regenerative-papers-high-if | 971 | 400 | 450 | 206 | 244 |
/// | regenerative-trial-transition | 987 | 20 | 27 | 9 | 18 |
/// | regenerative-seed-transfer | 1060 | 30 | 42 | 28 | 14 |
/// | genome-nonclinical-poc | 1402 | 5 | 5 | 3 | 2 |
/// | genome-clinical-poc | 1411 | 10 | 12 | 9 | 3 |
/// | genome-papers-high-if | 1423 | 900 | 1,099 | 467 | 632 |
/// | genome-biomarkers | 1549 | 15 | 17 | 5 | 12 |
/// | disease-seed-transfer | 1808 | 10 | 10 | 4 | 6 |
/// | seeds-approval-applications | 2136 | 30 | 31 | 11 | 20 |
///
/// Not in it, e.g.: drugs-nonclinical-poc (target 25, 128 − 47 = 81
/// already above it), regenerative-approvals (２件以上, 4 − 1 = 3 already
/// above it), seeds-investigator-trials (93 < 170, not met).
#[test]
fn reached_in_fy2022_as_worked_out_by_hand() {
    let r = reviewed(&fy2022(), &Filter::default(), Lang::Ja);
    assert_eq!(r.year, 2022);
    assert_eq!(
        ids(&r, ReviewKind::Reached),
        [
            "regenerative-papers-high-if",
            "regenerative-trial-transition",
            "regenerative-seed-transfer",
            "genome-nonclinical-poc",
            "genome-clinical-poc",
            "genome-papers-high-if",
            "genome-biomarkers",
            "disease-seed-transfer",
            "seeds-approval-applications",
        ]
    );
    let first = &r.groups[0].items[0];
    assert_eq!(
        first.sentence,
        "2022年度の間に目標400件に到達（累計 244件 → 450件、2022年度は206件）。"
    );
    assert_eq!(
        first.figures,
        "年度別（2020〜2022年度） 107/137/206件 · 目標 400件 · 最新の数値 450件"
    );
}

/// Short of the pace needed: target not met and FY2022's figure below
/// (target − latest) ÷ 2. By hand:
///
/// | KPI | seed | target | latest | needed a year | FY2022 |
/// |---|---|---|---|---|---|
/// | devices-healthcare-demonstrations | 605 | 35 | 18 | (35 − 18) ÷ 2 = 8.5 | 3 |
/// | devices-class34-approvals | 630 | 20 | 5 | (20 − 5) ÷ 2 = 7.5 | 2 |
/// | devices-healthcare-launches | 643 | 10 | 6 | (10 − 6) ÷ 2 = 2 | 1 |
/// | seeds-investigator-trials | 2094 | 170 | 93 | (170 − 93) ÷ 2 = 38.5 | 29 |
///
/// The two other KPIs short of their target kept up: drugs-network-seed-
/// licensing (seed 162: 10, 7, 3/2/2; needs 1.5, had 2) and devices-seed-
/// licensing (seed 620: 15, 14, 6/3/5; needs 0.5, had 5). The sentence
/// is the KPI detail's: the recent pace is the mean of all three years,
/// (2 + 1 + 2) ÷ 3 ≈ 1.67, and 7.5 ÷ 1.67 = 4.5.
#[test]
fn short_of_the_pace_needed_as_worked_out_by_hand() {
    let r = reviewed(&fy2022(), &Filter::default(), Lang::Ja);
    assert_eq!(
        ids(&r, ReviewKind::ShortOfPace),
        [
            "devices-healthcare-demonstrations",
            "devices-class34-approvals",
            "devices-healthcare-launches",
            "seeds-investigator-trials",
        ]
    );
    let approvals = &r.groups[1].items[1];
    assert_eq!(
        approvals.sentence,
        "2022年度は2件（目標20件）。目標まで年7.5件が必要（直近の年平均の4.5倍）。"
    );
    let en = reviewed(&fy2022(), &Filter::default(), Lang::En);
    assert_eq!(
        en.groups[1].items[1].sentence,
        "2 in FY2022, against a target of 20. Reaching it needs 7.5 a year, 4.5× the recent pace."
    );
}

/// Pace against the years before: FY2022 ÷ mean(FY2020, FY2021). By hand:
///
/// Rose (≥ 2×), largest first:
/// genome-clinical-poc (1411: 3/0/9) 9 ÷ 1.5 = 6;
/// regenerative-company-stage (1068: 9/3/26) 26 ÷ 6 ≈ 4.33;
/// regenerative-nonclinical-poc (953: 14/11/54) 54 ÷ 12.5 = 4.32;
/// regenerative-seed-transfer (1060: 9/5/28) 28 ÷ 7 = 4;
/// regenerative-international-guidelines (1100: 2/2/7) 7 ÷ 2 = 3.5;
/// genome-nonclinical-poc (1402: 1/1/3) 3 ÷ 1 = 3.
/// Just below: genome-papers-high-if 467 ÷ 316 ≈ 1.48.
///
/// Fell (≤ ½), largest fall first:
/// genome-new-diagnosis-treatment (1559: 2/3/0) 0 ÷ 2.5 = 0;
/// devices-nonclinical-poc (581: 23/16/2) 2 ÷ 19.5 ≈ 0.10;
/// drugs-approvals (248: 5/15/3) 3 ÷ 10 = 0.3;
/// devices-healthcare-demonstrations (605: 10/5/3) 3 ÷ 7.5 = 0.4 and
/// devices-healthcare-launches (643: 1/4/1) 1 ÷ 2.5 = 0.4 (a tie: the
/// report's order);
/// drugs-advanced-methods-licensing (260: 95/69/38) 38 ÷ 82 ≈ 0.46;
/// genome-disease-genes (1455: 70/36/25) 25 ÷ 53 ≈ 0.47.
/// Just above: drugs-clinical-transition 7 ÷ 11 ≈ 0.64.
#[test]
fn pace_rose_and_fell_as_worked_out_by_hand() {
    let r = reviewed(&fy2022(), &Filter::default(), Lang::Ja);
    assert_eq!(
        ids(&r, ReviewKind::Rose),
        [
            "genome-clinical-poc",
            "regenerative-company-stage",
            "regenerative-nonclinical-poc",
            "regenerative-seed-transfer",
            "regenerative-international-guidelines",
            "genome-nonclinical-poc",
        ]
    );
    assert_eq!(
        ids(&r, ReviewKind::Fell),
        [
            "genome-new-diagnosis-treatment",
            "devices-nonclinical-poc",
            "drugs-approvals",
            "devices-healthcare-demonstrations",
            "devices-healthcare-launches",
            "drugs-advanced-methods-licensing",
            "genome-disease-genes",
        ]
    );
    let rose = &r.groups[2].items[0];
    assert_eq!(
        rose.sentence,
        "2022年度は9件で、それ以前の年平均1.5件の6倍。"
    );
    let none = &r.groups[3].items[0];
    assert_eq!(none.sentence, "2022年度は0件（それ以前の年平均2.5件）。");
}

/// What one report cannot tell: the two percentages (seed 193:
/// 80.8/81.1/81.0, seed 593: 23/48/41; the latest is the ratio over the
/// whole period, not a sum) and the one row printed as "-" (seed 1492–1494,
/// 「データ基盤構築の状況」, no yearly figures).
#[test]
fn what_one_report_cannot_tell_says_so() {
    let r = reviewed(&fy2022(), &Filter::default(), Lang::En);
    assert_eq!(
        ids(&r, ReviewKind::Unknown),
        [
            "drugs-new-modality-share",
            "devices-class34-share",
            "genome-data-infrastructure"
        ]
    );
    let unknown = &r.groups[4].items;
    assert!(unknown[0]
        .sentence
        .starts_with("A percentage: yearly ratios do not add up"));
    assert_eq!(
        unknown[2].sentence,
        "The report gives no yearly figures, so what happened in FY2022 cannot be told."
    );
    assert_eq!(unknown[2].figures, "");
}

#[test]
fn the_review_follows_the_filter_and_the_limit() {
    let d = fy2022();
    let filter = Filter {
        projects: vec!["devices".into()],
        ..Filter::default()
    };
    let r = reviewed(&d, &filter, Lang::Ja);
    assert!(ids(&r, ReviewKind::Reached).is_empty());
    assert_eq!(ids(&r, ReviewKind::ShortOfPace).len(), 3);
    assert_eq!(ids(&r, ReviewKind::Unknown), ["devices-class34-share"]);
    let catalog = Catalog::new(&d);
    let selection = catalog.select(&d, &Filter::default());
    let capped = year_in_review(&d, &catalog, &selection, Lang::Ja, Some(2));
    let reached = &capped.groups[0];
    assert_eq!((reached.items.len(), reached.total), (2, 9));
}

fn kpi(unit: Unit, target: Option<f64>, latest: Option<f64>, yearly: &[(i32, f64)]) -> Kpi {
    Kpi {
        id: "k".into(),
        kind: KpiKind::Output,
        name: "テスト".into(),
        unit,
        name_en: None,
        target: target.map(|value| Target {
            value,
            text: format!("{value}"),
            comparator: Comparator::Reach,
        }),
        latest,
        latest_text: None,
        yearly: yearly
            .iter()
            .map(|&(fiscal_year, value)| YearValue { fiscal_year, value })
            .collect(),
        grade: shinchoku::core::dataset::model::Grade::A,
        breakdowns: vec![],
        detail: String::new(),
        footnote: None,
        source_note: None,
        phases: vec![],
        phase_basis: shinchoku::core::dataset::model::Basis::Classified,
        phase_reason: String::new(),
    }
}

const CLOCK: PlanClock = PlanClock {
    first_year: 2020,
    last_year: 2024,
    through_year: 2022,
};

fn review_of(k: &Kpi) -> YearReview {
    review(&CLOCK, k, &assess_kpi(&CLOCK, k))
}

#[test]
fn edge_cases_are_said_not_guessed() {
    // No figure for the last reported year.
    let k = kpi(
        Unit::Count,
        Some(10.0),
        Some(5.0),
        &[(2020, 2.0), (2021, 3.0)],
    );
    assert_eq!(review_of(&k), YearReview::NoFigureForYear);
    // No yearly figures, and a percentage.
    assert_eq!(
        review_of(&kpi(Unit::Count, None, Some(5.0), &[])),
        YearReview::NoYearly
    );
    assert_eq!(
        review_of(&kpi(Unit::Percent, Some(50.0), Some(60.0), &[(2022, 60.0)])),
        YearReview::Ratio
    );
    // The first year of figures: nothing earlier to compare the pace with.
    let first = review_of(&kpi(Unit::Count, Some(10.0), Some(4.0), &[(2022, 4.0)]));
    assert_eq!(first.count().unwrap().pace, Pace::Unknown);
    // From none to some: a rise without a ratio.
    let from_none = review_of(&kpi(
        Unit::Count,
        None,
        Some(3.0),
        &[(2020, 0.0), (2021, 0.0), (2022, 3.0)],
    ));
    let c = from_none.count().unwrap();
    assert_eq!((c.pace, c.pace_ratio), (Pace::Rose, None));
    // Exactly twice and exactly half count.
    let twice = review_of(&kpi(
        Unit::Count,
        None,
        Some(8.0),
        &[(2020, 2.0), (2021, 2.0), (2022, 4.0)],
    ));
    assert_eq!(twice.count().unwrap().pace, Pace::Rose);
    let half = review_of(&kpi(
        Unit::Count,
        None,
        Some(5.0),
        &[(2020, 2.0), (2021, 2.0), (2022, 1.0)],
    ));
    assert_eq!(half.count().unwrap().pace, Pace::Fell);
    // Met exactly in the year: the start was below the target.
    let met = review_of(&kpi(
        Unit::Count,
        Some(10.0),
        Some(10.0),
        &[(2020, 3.0), (2021, 3.0), (2022, 4.0)],
    ));
    assert!(met.count().unwrap().reached);
    // The plan is over: nothing is needed a year any more.
    let over = PlanClock {
        through_year: 2024,
        ..CLOCK
    };
    let k = kpi(Unit::Count, Some(100.0), Some(10.0), &[(2024, 1.0)]);
    let late = review(&over, &k, &assess_kpi(&over, &k));
    assert!(!late.count().unwrap().short_of_pace);
}
