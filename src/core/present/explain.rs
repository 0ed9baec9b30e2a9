//! One sentence per KPI (or breakdown) that says where it stands and why,
//! with the actual numbers, in both languages: the KPI detail's
//! explanation. `docs/methodology.ja.md` and `docs/methodology.md` explain
//! the same arithmetic at length.

use crate::core::dataset::model::{Comparator, Unit, YearValue};
use crate::core::engine::progress::{ratio, Figures, PlanClock, Progress, Projection, Status};
use crate::core::present::vocab;
use crate::core::text::lang::Lang;
use crate::core::text::number::{number, percent};

/// A one-sentence account of a computation, in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    /// Japanese.
    pub ja: String,
    /// English.
    pub en: String,
}

/// Explains `progress` with the actual numbers.
pub fn explain(clock: &PlanClock, figures: Figures<'_>, progress: &Progress) -> Explanation {
    let (unit_ja, unit_en) = (
        vocab::unit(figures.unit, Lang::Ja),
        vocab::unit(figures.unit, Lang::En),
    );
    let year = clock.last_year;
    let elapsed = percent(progress.time_elapsed);
    let latest = figures.latest.map(number).unwrap_or_default();
    let Some(target) = figures.target.filter(|_| progress.status.is_graded()) else {
        return match progress.status {
            Status::NoData => Explanation {
                ja: "数値の記載がないため、進捗は計算できません（報告書の評価のみ）。".into(),
                en: "The report gives no figures for this row, so progress cannot be computed (the report's grade only).".into(),
            },
            _ => {
                let years = yearly_list(figures.yearly);
                Explanation {
                    ja: format!("{year}年度の目標の設定はなく、最新の数値は{latest}{unit_ja}（年度別 {years}）。推移のみを示します。"),
                    en: format!("No FY{year} target is set; the latest figure is {latest}{unit_en} (by year {years}). Trend only."),
                }
            }
        };
    };
    let goal = number(target.value);
    let at_least = if target.comparator == Comparator::AtLeast {
        "at least "
    } else {
        ""
    };
    let achieved = progress
        .achievement
        .map(percent)
        .unwrap_or_else(|| "–".into());
    let head_ja = format!(
        "{year}年度目標{}に対し{latest}{unit_ja}（{achieved}）。",
        target.text
    );
    let head_en = format!(
        "{latest}{unit_en} against the FY{year} target of {at_least}{goal}{unit_en} ({achieved}); "
    );
    if progress.status == Status::Achieved {
        return Explanation {
            ja: format!("{head_ja}計画期間の{elapsed}経過時点で達成済み。"),
            en: format!("{head_en}already achieved with {elapsed} of the plan period elapsed."),
        };
    }
    let projected = progress.projection.map(number).unwrap_or_default();
    let share = progress
        .projection
        .and_then(|p| ratio(p, target.value))
        .map(percent)
        .unwrap_or_else(|| "–".into());
    let verdict_ja = vocab::status(progress.status, Lang::Ja);
    let verdict_en = vocab::status(progress.status, Lang::En).to_ascii_lowercase();
    match progress.projection_method {
        Some(Projection::Final) => Explanation {
            ja: format!("{head_ja}計画期間は終了しており、最終値は目標の{share}（{verdict_ja}）。"),
            en: format!("{head_en}the plan period is over and the final figure is {share} of the target ({verdict_en})."),
        },
        Some(Projection::LatestRatio) => Explanation {
            ja: format!("{head_ja}割合は年度ごとに足し上げられないため、最新の割合が続くと仮定すると目標の{share}（{verdict_ja}）。"),
            en: format!("{head_en}ratios do not add up year by year, so assuming the latest ratio holds it stays at {share} of the target ({verdict_en})."),
        },
        _ => {
            let mean = progress.yearly_mean.map(number).unwrap_or_else(|| "0".into());
            let expected = progress.expected_by_now.map(number).unwrap_or_default();
            let need = need(progress, figures.unit);
            let need_en = if need.en.is_empty() {
                String::new()
            } else {
                format!(" {}", need.en)
            };
            Explanation {
                ja: format!("{head_ja}計画期間の{elapsed}経過時点の直線目安は{expected}{unit_ja}。年平均{mean}{unit_ja}が続くと{year}年度末に{projected}{unit_ja}（目標の{share}、{verdict_ja}）。{}", need.ja),
                en: format!("{head_en}a straight line would be at {expected}{unit_en} with {elapsed} of the plan elapsed. At the mean of {mean}{unit_en} a year it reaches {projected}{unit_en} by the end of FY{year} ({share} of the target, {verdict_en}).{need_en}"),
            }
        }
    }
}

/// The yearly figure a count still needs to reach its target, and how it
/// compares with the recent pace: 「目標まで年7.5件が必要（直近の年平均の4.5倍）。」,
/// "Reaching it needs 7.5 a year, 4.5× the recent pace."; empty when
/// nothing more is needed (or it cannot be computed).
pub fn need(progress: &Progress, unit: Unit) -> Explanation {
    let (unit_ja, unit_en) = (vocab::unit(unit, Lang::Ja), vocab::unit(unit, Lang::En));
    match (progress.required_yearly, progress.required_vs_recent) {
        (Some(need), Some(times)) => Explanation {
            ja: format!(
                "目標まで年{}{unit_ja}が必要（直近の年平均の{}倍）。",
                number(need),
                number(times)
            ),
            en: format!(
                "Reaching it needs {}{unit_en} a year, {}× the recent pace.",
                number(need),
                number(times)
            ),
        },
        (Some(need), None) => Explanation {
            ja: format!("目標まで年{}{unit_ja}が必要。", number(need)),
            en: format!("Reaching it needs {}{unit_en} a year.", number(need)),
        },
        _ => Explanation {
            ja: String::new(),
            en: String::new(),
        },
    }
}

/// `93/95/95`, or `–` when there are no yearly figures.
pub fn yearly_list(yearly: &[YearValue]) -> String {
    if yearly.is_empty() {
        return "–".into();
    }
    yearly
        .iter()
        .map(|y| number(y.value))
        .collect::<Vec<_>>()
        .join("/")
}
