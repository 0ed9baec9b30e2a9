//! A KPI as the KPI table shows it: its row of figures with the report's
//! grade beside the computed status, its ［うち…］ breakdown rows, and the
//! detail an expanded row opens (the explanation, the report's own text
//! and the yearly figures).

use crate::core::dataset::model::{Dataset, Grade, Kpi, KpiKind, Project};
use crate::core::engine::progress::{
    agreement, assess, Agreement, Figures, PlanClock, Progress, Status,
};
use crate::core::engine::series::{detail, DetailSeries};
use crate::core::present::cite::Citable;
use crate::core::present::explain::explain;
use crate::core::present::format::{self, figure};
use crate::core::present::glossary::{terms_in, Explained, Term, TERMS};
use crate::core::present::names::{project_heading, Local};
use crate::core::present::vocab;
use crate::core::select::catalog::Catalog;
use crate::core::select::sort::Column;
use crate::core::text::lang::{fy, Lang};
use crate::core::text::number::number;

/// A column's heading; years come from the dataset.
pub fn column_label(column: Column, lang: Lang, last_year: i32) -> String {
    match column {
        Column::Name => vocab::KPI.get(lang).to_string(),
        Column::Status => vocab::COMPUTED_STATUS.get(lang).to_string(),
        Column::Achievement => vocab::ACHIEVEMENT.get(lang).to_string(),
        Column::Latest => vocab::LATEST_TARGET.get(lang).to_string(),
        Column::Projection => vocab::projected(last_year, lang),
        Column::Grade => vocab::REPORTS_GRADE.get(lang).to_string(),
    }
}

/// The figure cells of a KPI or breakdown row.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureCells {
    /// Computed status.
    pub status: Status,
    /// latest / target, uncapped.
    pub achievement: Option<f64>,
    /// Share of the plan period elapsed (0–1), marked on the bar.
    pub elapsed: f64,
    /// The latest figure as the reader's language writes it.
    pub latest: String,
    /// The target, after the word for it (`目標 ２件以上`), if any.
    pub target: Option<String>,
    /// The projected end-of-plan figure, or `–`.
    pub projection: String,
}

impl FigureCells {
    fn of(
        progress: &Progress,
        figures: Figures<'_>,
        latest_text: Option<&str>,
        lang: Lang,
    ) -> Self {
        Self {
            status: progress.status,
            achievement: progress.achievement,
            elapsed: progress.time_elapsed,
            latest: format::latest(figures.latest, latest_text, figures.unit, lang),
            target: figures.target.map(|t| {
                format!(
                    "{} {}",
                    vocab::TARGET.get(lang),
                    format::target(t, figures.unit, lang)
                )
            }),
            projection: progress
                .projection
                .map_or_else(|| "–".into(), |v| figure(v, figures.unit, lang)),
        }
    }
}

/// One ［うち…］ part of a KPI.
#[derive(Debug, Clone, PartialEq)]
pub struct BreakdownRow {
    /// Its id.
    pub id: String,
    /// The label, in brackets: ［うち遺伝子治療］.
    pub label: Local,
    /// Its figures.
    pub cells: FigureCells,
}

/// One KPI's row of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct KpiRow {
    /// The KPI's id.
    pub id: String,
    /// Its name.
    pub name: Local,
    /// Its kind (アウトプット).
    pub kind: &'static str,
    /// Its project, numbered: 1. 医薬品プロジェクト.
    pub project: String,
    /// Its figures.
    pub cells: FigureCells,
    /// The report's grade.
    pub grade: Grade,
    /// The grade with its meaning (the grade's tooltip).
    pub grade_title: String,
    /// Whether the computed status disagrees with the grade (⚑).
    pub disagrees: bool,
    /// Its breakdown rows.
    pub breakdowns: Vec<BreakdownRow>,
}

impl KpiRow {
    /// The row of catalog entry `index`.
    pub fn build(dataset: &Dataset, catalog: &Catalog, index: usize, lang: Lang) -> Self {
        let (project, kpi) = catalog.kpi(dataset, index);
        let progress = &catalog.kpis[index].progress;
        let breakdowns = kpi
            .breakdowns
            .iter()
            .map(|b| {
                let figures = Figures::of_breakdown(kpi, b);
                let label = Local::of(lang, &b.label, b.label_en.as_deref());
                BreakdownRow {
                    id: b.id.clone(),
                    label: Local {
                        text: format!(
                            "{}{}{}",
                            lang.pick("［", "["),
                            label.text,
                            lang.pick("］", "]")
                        ),
                        ..label
                    },
                    cells: FigureCells::of(
                        &assess(&catalog.clock, figures),
                        figures,
                        b.latest_text.as_deref(),
                        lang,
                    ),
                }
            })
            .collect();
        Self {
            id: kpi.id.clone(),
            name: Local::of(lang, &kpi.name, kpi.name_en.as_deref()),
            kind: vocab::kind(kpi.kind, lang),
            project: project_heading(project, lang),
            cells: FigureCells::of(
                progress,
                Figures::of_kpi(kpi),
                kpi.latest_text.as_deref(),
                lang,
            ),
            grade: kpi.grade,
            grade_title: vocab::grade_label(&dataset.report, kpi.grade, lang),
            disagrees: agreement(kpi.grade, progress.status) == Agreement::Disagrees,
            breakdowns,
        }
    }
}

/// What an expanded KPI row shows.
#[derive(Debug, Clone, PartialEq)]
pub struct KpiDetail {
    /// One sentence with the figures behind the status.
    pub explanation: String,
    /// 進捗の詳細, as printed.
    pub detail: Local,
    /// The printed footnote and other printed notes of the row.
    pub notes: Vec<String>,
    /// Why the phases were chosen (ours, in Japanese).
    pub phase_reason: String,
    /// The yearly figures in words, for the chart's label: 年度別の実績: 2020年度 93, ….
    pub yearly: String,
    /// The chart's series; `None` where the KPI has no yearly figures.
    pub series: Option<DetailSeries>,
    /// How to cite it.
    pub cite: Citable,
    /// The report's terms it uses (its kind, and what its name and text
    /// name), explained.
    pub terms: Vec<Explained>,
}

impl KpiDetail {
    /// The detail of `kpi` of `project`, whose progress is `progress`.
    pub fn build(
        project: &Project,
        kpi: &Kpi,
        progress: &Progress,
        clock: &PlanClock,
        lang: Lang,
    ) -> Self {
        let figures = Figures::of_kpi(kpi);
        let said = explain(clock, figures, progress);
        let yearly = kpi
            .yearly
            .iter()
            .map(|y| format!("{} {}", fy(y.fiscal_year, lang), number(y.value)))
            .collect::<Vec<_>>()
            .join(", ");
        Self {
            explanation: lang.pick(&said.ja, &said.en).to_string(),
            detail: Local::printed(lang, &kpi.detail),
            notes: kpi
                .footnote
                .iter()
                .chain(kpi.source_note.iter())
                .cloned()
                .collect(),
            phase_reason: kpi.phase_reason.clone(),
            yearly: format!("{} {yearly}", lang.pick("年度別の実績:", "Yearly figures:")),
            series: (!kpi.yearly.is_empty()).then(|| detail(clock, figures, progress)),
            terms: std::iter::once(kind_term(kpi.kind))
                .chain(terms_in(&format!("{}\n{}", kpi.name, kpi.detail)))
                .map(|t| t.explain(lang))
                .collect(),
            cite: Citable {
                path: vec![
                    project_heading(project, lang),
                    vocab::KPI.get(lang).to_string(),
                    lang.local(&kpi.name, kpi.name_en.as_deref()).to_string(),
                ],
                figure: printed_figures(kpi, clock, lang),
                query: vec![("view", "kpi".into()), ("id", kpi.id.clone())],
            },
        }
    }
}

/// A KPI's figures as the report prints them, for a citation: 最新の数値
/// 128件（2024年度目標 ２件以上）.
fn printed_figures(kpi: &Kpi, clock: &PlanClock, lang: Lang) -> Option<String> {
    let latest = kpi.latest_text.as_ref().map(|t| match lang {
        Lang::Ja => format!("最新の数値 {t}"),
        Lang::En => format!("latest figure {t}"),
    });
    let target = kpi
        .target
        .as_ref()
        .map(|t| format!("{} {}", vocab::target_for(clock.last_year, lang), t.text));
    match (latest, target) {
        (Some(l), Some(t)) => Some(format!("{l}{}{t}", lang.pick("、", "; "))),
        (l, t) => l.or(t),
    }
}

/// The glossary's entry for a KPI kind.
fn kind_term(kind: KpiKind) -> &'static Term {
    let id = match kind {
        KpiKind::Output => "term-output",
        KpiKind::Outcome => "term-outcome",
    };
    TERMS.iter().find(|t| t.id == id).unwrap_or(&TERMS[0])
}
