//! The year in review from one report, ready to show: the selected KPIs
//! that met their target during the report's last reported year, those
//! whose figure for that year fell short of the yearly figure the target
//! still needs, those whose figure rose or fell most against the earlier
//! years, and those of which the report cannot tell; each with a sentence
//! in the KPI detail's words and the figures behind it.

use std::cmp::Ordering;

use crate::core::dataset::model::{Dataset, Kpi};
use crate::core::engine::compare::Change;
use crate::core::engine::progress::{Progress, Status};
use crate::core::engine::year_review::{review, CountYear, Pace, YearReview, PACE_CHANGE};
use crate::core::present::explain::{need, yearly_list};
use crate::core::present::format::{figure, target};
use crate::core::present::names::{project_heading, Local};
use crate::core::present::vocab;
use crate::core::select::catalog::Catalog;
use crate::core::select::selection::Selection;
use crate::core::select::sort::sorted;
use crate::core::text::lang::{fy, Lang};
use crate::core::text::number::number;

/// The groups of the year in review, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewKind {
    /// The cumulative figure met the target during the year.
    Reached,
    /// Short of the target, and the year's figure below the yearly figure
    /// the target still needs.
    ShortOfPace,
    /// The year's figure at least twice the earlier years' mean.
    Rose,
    /// The year's figure at most half the earlier years' mean.
    Fell,
    /// The report cannot tell (no yearly figures, none for the year, or a
    /// percentage).
    Unknown,
}

impl ReviewKind {
    /// Every group, in the order shown.
    pub const ALL: [ReviewKind; 5] = [
        ReviewKind::Reached,
        ReviewKind::ShortOfPace,
        ReviewKind::Rose,
        ReviewKind::Fell,
        ReviewKind::Unknown,
    ];

    /// Its id (`data-review`).
    pub fn id(self) -> &'static str {
        match self {
            Self::Reached => "reached",
            Self::ShortOfPace => "short",
            Self::Rose => "rose",
            Self::Fell => "fell",
            Self::Unknown => "unknown",
        }
    }

    /// What changed for the KPIs of the group (`data-change`): the status
    /// for those that met their target, a figure for the others; nothing
    /// for those the report cannot tell of.
    pub fn changes(self) -> &'static [Change] {
        match self {
            Self::Reached => &[Change::Figure, Change::Status],
            Self::ShortOfPace | Self::Rose | Self::Fell => &[Change::Figure],
            Self::Unknown => &[],
        }
    }
}

/// One KPI of the year in review.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewItem {
    /// The KPI's id.
    pub kpi_id: String,
    /// Its project, numbered.
    pub project: String,
    /// Its name.
    pub name: Local,
    /// What happened during the year, in a sentence or two.
    pub sentence: String,
    /// The figures behind the sentence: by year, the target, the latest.
    pub figures: String,
    /// Its computed status now.
    pub status: Status,
}

/// One group of the year in review.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewGroup {
    /// Which group.
    pub kind: ReviewKind,
    /// Its heading.
    pub heading: String,
    /// The rule that puts a KPI in it.
    pub rule: String,
    /// Its KPIs, at most the limit asked for.
    pub items: Vec<ReviewItem>,
    /// How many KPIs it has in all.
    pub total: usize,
}

/// The year in review of the selected KPIs.
#[derive(Debug, Clone, PartialEq)]
pub struct YearInReview {
    /// The last reported year.
    pub year: i32,
    /// The section's heading.
    pub heading: String,
    /// What the section is and where its figures come from.
    pub intro: String,
    /// The groups, in [`ReviewKind::ALL`] order, each possibly empty.
    pub groups: Vec<ReviewGroup>,
}

/// The group's heading and rule in `lang`, for `year`.
fn words(kind: ReviewKind, year: i32, lang: Lang) -> (String, String) {
    let y = fy(year, lang);
    let times = number(PACE_CHANGE);
    match (kind, lang) {
        (ReviewKind::Reached, Lang::Ja) => (
            format!("{y}に目標に到達"),
            format!("累計の数値が{y}の間に目標に達したKPI（{y}初めの累計は、最新の数値から{y}の数値を引いたもの）。"),
        ),
        (ReviewKind::Reached, Lang::En) => (
            format!("Reached the target in {y}"),
            format!("KPIs whose cumulative figure met the target during {y} (the cumulative figure at its start is the latest figure less {y}'s own)."),
        ),
        (ReviewKind::ShortOfPace, Lang::Ja) => (
            "必要なペースに届かなかった".into(),
            format!("目標に達しておらず、{y}の数値が目標までに必要な年平均を下回ったKPI。"),
        ),
        (ReviewKind::ShortOfPace, Lang::En) => (
            "Short of the pace needed".into(),
            format!("KPIs short of the target whose {y} figure was below the yearly figure the target still needs."),
        ),
        (ReviewKind::Rose, Lang::Ja) => (
            "ペースが上がった".into(),
            format!("{y}の数値が、それ以前の年平均の{times}倍以上のKPI（上がった順）。"),
        ),
        (ReviewKind::Rose, Lang::En) => (
            "Pace rose".into(),
            format!("KPIs whose {y} figure was at least {times} times the mean of the years before (largest rise first)."),
        ),
        (ReviewKind::Fell, Lang::Ja) => (
            "ペースが下がった".into(),
            format!("{y}の数値が、それ以前の年平均の{times}分の1以下のKPI（下がった順）。"),
        ),
        (ReviewKind::Fell, Lang::En) => (
            "Pace fell".into(),
            format!("KPIs whose {y} figure was at most 1/{times} of the mean of the years before (largest fall first)."),
        ),
        (ReviewKind::Unknown, Lang::Ja) => (
            "この報告書からは分からない".into(),
            format!("{y}の動きをこの報告書の数値からは示せないKPI。"),
        ),
        (ReviewKind::Unknown, Lang::En) => (
            "Cannot be told from this report".into(),
            format!("KPIs for which this report's figures cannot tell what happened in {y}."),
        ),
    }
}

/// The KPI's target as the reader's language writes it (empty without one).
fn target_text(kpi: &Kpi, lang: Lang) -> String {
    kpi.target
        .as_ref()
        .map(|t| target(t, kpi.unit, lang))
        .unwrap_or_default()
}

/// What happened to a count during `year`, for `kind`'s group.
fn count_sentence(
    kind: ReviewKind,
    year: i32,
    c: &CountYear,
    kpi: &Kpi,
    progress: &Progress,
    lang: Lang,
) -> String {
    let unit = kpi.unit;
    let (y, f) = (fy(year, lang), |v: f64| figure(v, unit, lang));
    let this_year = f(c.figure);
    match kind {
        ReviewKind::Reached => {
            let (before, latest) = (
                c.before.map(f).unwrap_or_default(),
                kpi.latest.map(f).unwrap_or_default(),
            );
            let target_text = target_text(kpi, lang);
            match lang {
                Lang::Ja => format!("{y}の間に目標{target_text}に到達（累計 {before} → {latest}、{y}は{this_year}）。"),
                Lang::En => format!("Met its target of {target_text} during {y} (cumulative {before} → {latest}; {this_year} in {y})."),
            }
        }
        ReviewKind::ShortOfPace => {
            let need = need(progress, unit);
            let goal = target_text(kpi, lang);
            match lang {
                Lang::Ja => format!("{y}は{this_year}（目標{goal}）。{}", need.ja),
                Lang::En => format!(
                    "{this_year} in {y}, against a target of {goal}. {}",
                    need.en
                ),
            }
        }
        _ => {
            let mean = c.earlier_mean.map(f).unwrap_or_default();
            match (lang, c.pace_ratio.filter(|r| *r > 0.0)) {
                (Lang::Ja, Some(r)) => format!(
                    "{y}は{this_year}で、それ以前の年平均{mean}の{}倍。",
                    number(r)
                ),
                (Lang::En, Some(r)) => format!(
                    "{this_year} in {y}, {}× the mean of the years before ({mean} a year).",
                    number(r)
                ),
                (Lang::Ja, None) => format!("{y}は{this_year}（それ以前の年平均{mean}）。"),
                (Lang::En, None) => {
                    format!("{this_year} in {y} (the years before: {mean} a year on average).")
                }
            }
        }
    }
}

/// Why the report cannot tell what happened during `year`.
fn unknown_sentence(review: &YearReview, year: i32, lang: Lang) -> String {
    let y = fy(year, lang);
    match (review, lang) {
        (YearReview::NoYearly, Lang::Ja) => {
            format!("年度別の数値の記載がないため、{y}の動きは分かりません。")
        }
        (YearReview::NoYearly, Lang::En) => {
            format!("The report gives no yearly figures, so what happened in {y} cannot be told.")
        }
        (YearReview::NoFigureForYear, Lang::Ja) => format!("{y}の数値の記載がありません。"),
        (YearReview::NoFigureForYear, Lang::En) => format!("The report gives no figure for {y}."),
        (_, Lang::Ja) => "割合は年度ごとに足し上げられず、最新の数値は期間全体の割合のため、いつ目標に達したかは報告書から分かりません。".into(),
        (_, Lang::En) => "A percentage: yearly ratios do not add up, and the latest figure is the ratio over the whole period, so when the target was met cannot be told from the report.".into(),
    }
}

/// The figures behind an item: by year, the target and the latest figure.
fn figures_line(kpi: &Kpi, lang: Lang) -> String {
    let mut parts = Vec::new();
    if !kpi.yearly.is_empty() {
        let years = match (kpi.yearly.first(), kpi.yearly.last()) {
            (Some(a), Some(b)) if a.fiscal_year != b.fiscal_year => match lang {
                Lang::Ja => format!("{}〜{}", a.fiscal_year, fy(b.fiscal_year, lang)),
                Lang::En => format!("{}–{}", fy(a.fiscal_year, lang), fy(b.fiscal_year, lang)),
            },
            (Some(a), _) => fy(a.fiscal_year, lang),
            _ => String::new(),
        };
        let list = yearly_list(&kpi.yearly);
        parts.push(match lang {
            Lang::Ja => format!("年度別（{years}） {list}{}", vocab::unit(kpi.unit, lang)),
            Lang::En => format!("{list} by year ({years})"),
        });
    }
    if kpi.target.is_some() {
        parts.push(format!(
            "{} {}",
            vocab::TARGET.get(lang),
            target_text(kpi, lang)
        ));
    }
    if let Some(latest) = kpi.latest {
        parts.push(format!(
            "{} {}",
            lang.pick(vocab::LATEST.ja, "latest"),
            figure(latest, kpi.unit, lang)
        ));
    }
    parts.join(lang.pick(" · ", "; "))
}

/// The year in review of the KPIs `selection` holds, each group's list
/// cut at `limit` items when one is given (its total still counts them all).
pub fn year_in_review(
    dataset: &Dataset,
    catalog: &Catalog,
    selection: &Selection,
    lang: Lang,
    limit: Option<usize>,
) -> YearInReview {
    let year = catalog.clock.through_year;
    let mut grouped: Vec<Vec<(f64, ReviewItem)>> = vec![Vec::new(); ReviewKind::ALL.len()];
    for &i in &selection.kpis {
        let (project, kpi) = catalog.kpi(dataset, i);
        let progress = &catalog.kpis[i].progress;
        let reviewed = review(&catalog.clock, kpi, progress);
        let item = |sentence: String| ReviewItem {
            kpi_id: kpi.id.clone(),
            project: project_heading(project, lang),
            name: Local::of(lang, &kpi.name, kpi.name_en.as_deref()),
            sentence,
            figures: figures_line(kpi, lang),
            status: progress.status,
        };
        let Some(c) = reviewed.count() else {
            grouped[ReviewKind::Unknown as usize]
                .push((0.0, item(unknown_sentence(&reviewed, year, lang))));
            continue;
        };
        let mut put = |kind: ReviewKind, key: f64| {
            let sentence = count_sentence(kind, year, c, kpi, progress, lang);
            grouped[kind as usize].push((key, item(sentence)));
        };
        if c.reached {
            put(ReviewKind::Reached, 0.0);
        }
        if c.short_of_pace {
            put(ReviewKind::ShortOfPace, 0.0);
        }
        // A rise from an earlier mean of zero has no ratio: it comes first.
        match c.pace {
            Pace::Rose => put(ReviewKind::Rose, -c.pace_ratio.unwrap_or(f64::INFINITY)),
            Pace::Fell => put(ReviewKind::Fell, c.pace_ratio.unwrap_or_default()),
            Pace::Steady | Pace::Unknown => {}
        }
    }
    let groups = ReviewKind::ALL
        .into_iter()
        .zip(grouped)
        .map(|(kind, items)| {
            // Stable: KPIs with the same key keep the dataset's order.
            let items = sorted(items, &|a, b| {
                a.0.partial_cmp(&b.0).unwrap_or(Ordering::Equal)
            });
            let total = items.len();
            let (heading, rule) = words(kind, year, lang);
            ReviewGroup {
                kind,
                heading,
                rule,
                items: items
                    .into_iter()
                    .take(limit.unwrap_or(usize::MAX))
                    .map(|(_, item)| item)
                    .collect(),
                total,
            }
        })
        .collect();
    let y = fy(year, lang);
    YearInReview {
        year,
        heading: match lang {
            Lang::Ja => format!("{y}の動き（この報告書から）"),
            Lang::En => format!("{y} in review (from this report)"),
        },
        intro: match lang {
            Lang::Ja => format!("この報告書の年度別の数値から、{y}の間に起きたことを示します。比べる報告書がなくても分かることだけで、推測はしていません。"),
            Lang::En => format!("What happened during {y}, from this report's yearly figures alone: only what they tell, nothing guessed."),
        },
        groups,
    }
}
