//! The headline band: the few figures that answer "how is the plan doing?"
//! for the current selection: how many KPIs with a target are achieved or
//! on course, the report's own A/B, how much of the plan period has passed
//! and the budget; then the selection in words.

use crate::core::dataset::model::{Dataset, Grade, Ministry};
use crate::core::engine::budget::BudgetTotal;
use crate::core::engine::progress::{PlanClock, Status};
use crate::core::present::describe::selection_in_words;
use crate::core::present::format::oku_yen;
use crate::core::present::vocab;
use crate::core::select::filter::Filter;
use crate::core::select::selection::Selection;
use crate::core::text::lang::{fy, Lang};
use crate::core::text::number::number;

/// The headline band, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    /// KPIs achieved or on course.
    pub good: usize,
    /// KPIs with a target and figures.
    pub graded: usize,
    /// What `good / graded` means.
    pub verdict_label: String,
    /// Each computed status that some KPI has, best first: how many KPIs
    /// it selects with the other filters as they are, and whether the
    /// status filter has it on (the headline's counts are filters).
    pub statuses: Vec<StatusCount>,
    /// The report's grades counted: `A 25 · B 20`.
    pub grades: String,
    /// What the grades mean, as the report says.
    pub grades_label: String,
    /// Share of the plan period elapsed: `60%`.
    pub elapsed: String,
    /// What that share is of.
    pub elapsed_label: String,
    /// The budget tile.
    pub budget: BudgetTile,
    /// `45件のKPIを表示中`.
    pub kpi_count: String,
    /// The selection in words.
    pub selection: String,
}

/// One computed status in the headline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusCount {
    /// The status.
    pub status: Status,
    /// The KPIs it selects with the other filters as they are.
    pub count: usize,
    /// Whether the status filter has it on.
    pub active: bool,
}

/// The budget tile: its big figure, what it is, and how it splits.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetTile {
    /// The figure, e.g. `1,230億円`.
    pub big: String,
    /// What the figure is.
    pub label: String,
    /// How much of it the chosen ministries, or any ministry, can be given.
    pub split: Option<String>,
}

impl Headline {
    /// The headline of `selection` (what `filter` selects from `dataset`).
    pub fn build(dataset: &Dataset, selection: &Selection, filter: &Filter, lang: Lang) -> Self {
        let clock = PlanClock::of(&dataset.report);
        let sum = |keep: fn(Status) -> bool| {
            Status::ALL
                .into_iter()
                .filter(|&s| keep(s))
                .map(|s| selection.count(s))
                .sum::<usize>()
        };
        let (good, graded) = (sum(Status::is_good), sum(Status::is_graded));
        let last = fy(clock.last_year, lang);
        let meanings: Vec<(&str, &str)> = Grade::ALL
            .iter()
            .map(|&g| (g.id(), dataset.report.grade_meaning(g, lang)))
            .collect();
        let (first, through) = (fy(clock.first_year, lang), fy(clock.through_year, lang));
        let n = selection.kpis.len();
        Self {
            good,
            graded,
            verdict_label: match lang {
                Lang::Ja => {
                    format!("目標のあるKPI {graded}件のうち、{last}までに達成済み・達成見込み")
                }
                Lang::En => {
                    format!("of {graded} KPIs with a target are achieved or on course for {last}")
                }
            },
            statuses: Status::ALL
                .into_iter()
                .map(|status| StatusCount {
                    status,
                    count: selection.chips.statuses[status.index()],
                    active: filter.statuses.contains(&status),
                })
                .filter(|s| s.count > 0 || s.active)
                .collect(),
            grades: Grade::ALL
                .iter()
                .map(|&g| format!("{} {}", g.id(), selection.by_grade[g.index()]))
                .collect::<Vec<_>>()
                .join(" · "),
            grades_label: match lang {
                Lang::Ja => format!(
                    "{}（{}）",
                    vocab::REPORTS_GRADE.ja,
                    meanings
                        .iter()
                        .map(|(g, m)| format!("{g}「{m}」"))
                        .collect::<Vec<_>>()
                        .join("、")
                ),
                Lang::En => format!(
                    "Report's grades ({})",
                    meanings
                        .iter()
                        .map(|(g, m)| format!("{g}: {m}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            },
            elapsed: format!("{}%", number(clock.time_elapsed() * 100.0)),
            elapsed_label: match lang {
                Lang::Ja => format!("計画期間（{first}〜{last}）の経過、{through}末時点"),
                Lang::En => {
                    format!("of the plan period ({first}–{last}) elapsed at the end of {through}")
                }
            },
            budget: BudgetTile::build(dataset, &selection.budget, &filter.ministries, lang),
            kpi_count: match lang {
                Lang::Ja => format!("{n}件のKPIを表示中"),
                Lang::En => format!("{n} KPIs shown"),
            },
            selection: selection_in_words(dataset, filter, lang),
        }
    }
}

impl BudgetTile {
    /// The tile for a selection's budget `b`, with `chosen` the ministries
    /// of the ministry filter. For whole projects: with no ministry chosen,
    /// the sum of the selected projects' printed amounts and how much of it
    /// each ministry can be given; with ministries chosen, what they can be
    /// given, and the rest of the projects' printed amounts beside it. With
    /// a phase or search filter: the selected programs' own amounts.
    pub fn build(dataset: &Dataset, b: &BudgetTotal, chosen: &[String], lang: Lang) -> Self {
        let Some(t) = &b.projects else {
            let p = &b.programs;
            return Self {
                big: oku_yen(p.known, lang),
                label: match lang {
                    Lang::Ja => format!(
                        "選択中の事業の予算（事業ごとの記載額）、額の記載がない事業 {}件",
                        p.programs_unknown
                    ),
                    Lang::En => format!(
                        "Selected programs' own printed budgets; {} programs without an amount of their own",
                        p.programs_unknown
                    ),
                },
                split: None,
            };
        };
        let printed = oku_yen(t.printed(), lang);
        let funds = match (lang, t.inhouse > 0.0) {
            (Lang::Ja, true) => format!(
                "AMED {}＋インハウス {}",
                oku_yen(t.amed, lang),
                oku_yen(t.inhouse, lang)
            ),
            (Lang::En, true) => format!(
                "AMED {} + in-house {}",
                oku_yen(t.amed, lang),
                oku_yen(t.inhouse, lang)
            ),
            _ => "AMED".to_string(),
        };
        let position = |id: &String| dataset.ministries.iter().position(|m| &m.id == id);
        let named: Vec<(usize, &Ministry)> = dataset
            .ministries
            .iter()
            .enumerate()
            .filter(|(m, ministry)| {
                if chosen.is_empty() {
                    t.by_ministry[*m] > 0.0
                } else {
                    chosen.contains(&ministry.id)
                }
            })
            .collect();
        let amounts = || {
            named
                .iter()
                .map(|(m, ministry)| {
                    format!(
                        "{} {}",
                        ministry.short_name(lang),
                        oku_yen(t.by_ministry[*m], lang)
                    )
                })
                .collect::<Vec<_>>()
                .join(vocab::LIST_DOT.get(lang))
        };
        let rest = oku_yen(t.not_attributable(), lang);
        if chosen.is_empty() {
            let all = oku_yen(t.attributable(), lang);
            return Self {
                big: printed,
                label: match lang {
                    Lang::Ja => format!("予算（報告書のプロジェクト別記載額の合計：{funds}）"),
                    Lang::En => {
                        format!("Budget (the sum of the report's printed project amounts: {funds})")
                    }
                },
                split: Some(match lang {
                    Lang::Ja => format!(
                        "府省に帰属できる額 {all}（{}）、帰属できない額 {rest}",
                        amounts()
                    ),
                    Lang::En => format!(
                        "Attributable to ministries {all} ({}); not attributable {rest}",
                        amounts()
                    ),
                }),
            };
        }
        let ours: f64 = chosen
            .iter()
            .filter_map(position)
            .map(|m| t.by_ministry[m])
            .sum();
        let others = oku_yen((t.attributable() - ours).max(0.0), lang);
        Self {
            big: oku_yen(ours, lang),
            label: match lang {
                Lang::Ja => format!("{}に帰属できる予算", names_of(&named, lang)),
                Lang::En => format!("Budget attributable to {}", names_of(&named, lang)),
            },
            split: Some(match lang {
                Lang::Ja => format!(
                    "該当するプロジェクトの記載額の合計 {printed}（{funds}）のうち。ほかの府省に帰属できる額 {others}、どの府省にも帰属できない額 {rest}"
                ),
                Lang::En => format!(
                    "Of {printed} printed for its projects ({funds}); attributable to other ministries {others}, to none {rest}"
                ),
            }),
        }
    }
}

/// The full names of `ministries`, joined.
fn names_of(ministries: &[(usize, &Ministry)], lang: Lang) -> String {
    ministries
        .iter()
        .map(|(_, m)| lang.pick(&m.name_ja, &m.name_en))
        .collect::<Vec<_>>()
        .join(vocab::LIST_DOT.get(lang))
}
