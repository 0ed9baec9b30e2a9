//! The KPI table: one row per KPI with breakdowns nested under it, sortable
//! by any column and expandable to the explanation, the report's own text
//! and a chart of the yearly figures.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::core::dataset::model::Kpi;
use crate::core::engine::progress::{
    agreement, assess, explain, Agreement, Figures, PlanClock, Progress, Status,
};
use crate::core::engine::series::detail;
use crate::core::present::format::{self, figure};
use crate::core::select::sort::{sort_kpis, Column};
use crate::core::text::lang::{fy, Lang};
use crate::core::text::number::{number, percent};
use crate::ui::chart::options;
use crate::ui::chart::Chart;
use crate::ui::page::state::{DarkMode, Viewer};
use crate::ui::widgets::empty::EmptyResult;
use crate::ui::widgets::status::{status_class, StatusBadge};
use crate::ui::widgets::text::{japanese_only, local};

/// Up to this many KPIs in scope, the table is one page whose rows all stay
/// mounted: a filter change only hides and shows rows (the bundled report
/// has 45 KPIs).
pub const MOUNT_ALL_UP_TO: usize = 50;

/// Rows per page of a larger table: about two screens at 1366×768, and all
/// a filter change builds again (each row is some forty nodes with its
/// breakdowns; at 50 a page took twice as long to answer a filter).
pub const PAGE_SIZE: usize = 25;

/// A column's heading; years come from the dataset.
fn column_label(column: Column, lang: Lang, last_year: i32) -> String {
    match column {
        Column::Name => "KPI".to_string(),
        Column::Status => lang.pick("計算上の見通し", "Computed status").to_string(),
        Column::Achievement => lang.pick("達成率", "Achievement").to_string(),
        Column::Latest => lang.pick("最新値／目標", "Latest / target").to_string(),
        Column::Projection => match lang {
            Lang::Ja => format!("{}末の見通し", fy(last_year, lang)),
            Lang::En => format!("Projected {}", fy(last_year, lang)),
        },
        Column::Grade => lang.pick("報告書の評価", "Report's grade").to_string(),
    }
}

/// The KPI table view; `only_kpi` shows one KPI expanded, `only_project`
/// the KPIs of one project.
#[component]
pub fn KpiTable(
    /// Show only this KPI, expanded.
    #[prop(default = None)]
    only_kpi: Option<String>,
    /// Show only this project's KPIs.
    #[prop(default = None)]
    only_project: Option<String>,
) -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let last_year = viewer.data.with_value(|d| d.report.plan_last_year);
    let sort = RwSignal::new(None::<(Column, bool)>);
    let expanded = RwSignal::new(only_kpi.iter().cloned().collect::<HashSet<String>>());
    let page = RwSignal::new(0usize);
    // A new filter or sort starts again at the first page.
    Effect::new(move |_| {
        viewer.filter.track();
        sort.track();
        page.set(0);
    });
    // Catalog indices of every KPI the table can show (all, one project's
    // or one), in display order, whether the filters pass them or not. The
    // sort is stable, so the passing rows keep this order.
    let scope = Memo::new(move |_| {
        let order = sort.get();
        viewer.with_catalog(|d, c| {
            let mut rows: Vec<usize> = (0..c.kpis.len())
                .filter(|&i| {
                    let (project, kpi) = c.kpi(d, i);
                    only_kpi.as_ref().is_none_or(|id| &kpi.id == id)
                        && only_project.as_ref().is_none_or(|id| &project.id == id)
                })
                .collect();
            if let Some((column, ascending)) = order {
                sort_kpis(&mut rows, d, c, column, ascending);
            }
            rows
        })
    });
    // Whether each KPI (by catalog index) passes the filters: one pass over
    // the selection, read by the ordering below and by every row.
    let passing = Memo::new(move |_| {
        viewer.with_selection(|_, c, s| {
            let mut passing = vec![false; c.kpis.len()];
            for &i in &s.kpis {
                passing[i] = true;
            }
            passing
        })
    });
    // The rows that pass the filters, in display order (the scope's).
    let sorted = Memo::new(move |_| {
        passing.with(|passing| {
            scope.with(|rows| {
                rows.iter()
                    .copied()
                    .filter(|&i| passing[i])
                    .collect::<Vec<_>>()
            })
        })
    });
    // When the whole scope fits on one page (the bundled report's 45 KPIs
    // do), every row stays mounted and a filter change only hides and shows
    // rows: nothing is built again. Larger scopes mount one page of
    // `PAGE_SIZE` passing rows.
    let keep_mounted = Memo::new(move |_| scope.with(Vec::len) <= MOUNT_ALL_UP_TO);
    let per_page = move || {
        if keep_mounted.get() {
            MOUNT_ALL_UP_TO
        } else {
            PAGE_SIZE
        }
    };
    let total = Memo::new(move |_| sorted.with(Vec::len));
    let pages = Memo::new(move |_| total.get().div_ceil(per_page()));
    let current = move || page.get().min(pages.get().saturating_sub(1));
    // The mounted rows: (catalog index, language, whether the row opens a
    // project group). Unsorted (the dataset's order) a project is a group
    // header row; sorted, each row names its project.
    let page_rows = Memo::new(move |_| {
        let (l, grouped) = (lang.get(), sort.get().is_none());
        let mounted: Vec<usize> = if keep_mounted.get() {
            scope.get()
        } else {
            let p = page.get();
            sorted.with(|rows| {
                rows.iter()
                    .skip(p * PAGE_SIZE)
                    .take(PAGE_SIZE)
                    .copied()
                    .collect()
            })
        };
        viewer.catalog.with_value(|c| {
            mounted
                .iter()
                .enumerate()
                .map(|(n, &i)| Row {
                    index: i,
                    lang: l,
                    group_head: grouped
                        && (n == 0 || c.kpis[mounted[n - 1]].project != c.kpis[i].project),
                    grouped,
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section class="panel" aria-labelledby="kpi-heading">
            <h2 id="kpi-heading">{move || lang.get().pick("KPI一覧", "KPIs")}</h2>
            <p class="note">{move || lang.get().pick(
                "「計算上の見通し」は本ビューアが報告書の数値から計算したもので、報告書の評価（A/B）とは別です。⚑は両者が食い違うKPIです。",
                "\"Computed status\" is calculated by this viewer from the report's figures; it is separate from the report's own grade (A/B). ⚑ marks KPIs where the two disagree.",
            )}</p>
            <div class="table-scroll" data-testid="kpi-table-scroll">
                <table class="data-table kpi-table">
                    <thead>
                        <tr>
                            <th scope="col" class="col-expand"><span class="sr-only">{move || lang.get().pick("詳細", "Details")}</span></th>
                            {Column::ALL.into_iter().map(|c| view! {
                                <th scope="col" class=format!("col-{}", c.id()) aria-sort=move || match sort.get() {
                                    Some((col, true)) if col == c => "ascending",
                                    Some((col, false)) if col == c => "descending",
                                    _ => "none",
                                }>
                                    <button type="button" class="sort" data-sort=c.id() on:click=move |_| {
                                        sort.update(|s| *s = match *s {
                                            Some((col, true)) if col == c => Some((c, false)),
                                            Some((col, false)) if col == c => None,
                                            _ => Some((c, true)),
                                        });
                                    }>
                                        {move || column_label(c, lang.get(), last_year)}
                                        <span aria-hidden="true">{move || match sort.get() {
                                            Some((col, true)) if col == c => " ▲",
                                            Some((col, false)) if col == c => " ▼",
                                            _ => " ↕",
                                        }}</span>
                                    </button>
                                </th>
                            }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || page_rows.get() key=|row: &Row| (row.index, row.lang.tag(), row.group_head, row.grouped) let:row>
                            <KpiRows row expanded passing />
                        </For>
                    </tbody>
                </table>
            </div>
            // The pager is rebuilt only when the number of pages changes, so
            // the focused button stays focused while paging by keyboard.
            {move || (pages.get() > 1).then(|| view! {
                <nav class="pager" aria-label=move || lang.get().pick("KPI一覧のページ", "KPI table pages")>
                    <button type="button" data-testid="page-prev" prop:disabled={move || current() == 0} on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>{move || lang.get().pick("← 前へ", "← Previous")}</button>
                    <span role="status">{move || {
                        let (p, total, size) = (current(), total.get(), per_page());
                        format!("{}–{} / {total}", p * size + 1, ((p + 1) * size).min(total))
                    }}</span>
                    <button type="button" data-testid="page-next" prop:disabled={move || current() + 1 >= pages.get()} on:click=move |_| page.update(|p| *p += 1)>{move || lang.get().pick("次へ →", "Next →")}</button>
                </nav>
            })}
            {move || sorted.with(Vec::is_empty).then(|| view! { <EmptyResult /> })}
        </section>
    }
}

/// One KPI of the table's current page.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Row {
    /// Catalog index.
    index: usize,
    /// The language it is drawn in (a new language draws the row again).
    lang: Lang,
    /// Whether a project header row comes before it.
    group_head: bool,
    /// Whether rows are grouped by project (else each names its project).
    grouped: bool,
}

/// A KPI's row, its breakdown rows and, when expanded, its detail row; a
/// project header row before it when it opens a group.
#[component]
fn KpiRows(
    row: Row,
    expanded: RwSignal<HashSet<String>>,
    passing: Memo<Vec<bool>>,
) -> impl IntoView {
    let viewer = Viewer::get();
    let l = row.lang;
    let (clock, p) = viewer
        .catalog
        .with_value(|c| (c.clock, c.kpis[row.index].progress.clone()));
    let (project_label, kpi) = viewer.data.with_value(|d| {
        let (project, kpi) = viewer.catalog.with_value(|c| c.kpi(d, row.index));
        let label = format!(
            "{}. {}",
            project.number,
            l.pick(&project.name_ja, &project.name_en)
        );
        (label, kpi.clone())
    });
    let id = kpi.id.clone();
    let is_open = {
        let id = id.clone();
        Memo::new(move |_| expanded.with(|e| e.contains(&id)))
    };
    let toggle = {
        let id = id.clone();
        move |_| {
            expanded.update(|e| {
                if !e.remove(&id) {
                    e.insert(id.clone());
                }
            })
        }
    };
    // Hidden, not removed, when the filters leave it out (see `keep_mounted`).
    let project = viewer.catalog.with_value(|c| c.kpis[row.index].project);
    let shown = Memo::new(move |_| passing.with(|p| p[row.index]));
    let disagrees = agreement(kpi.grade, p.status) == Agreement::Disagrees;
    let detail_id = format!("detail-{}", kpi.id);
    let unit = kpi.unit;
    let heads = [
        Column::Status,
        Column::Achievement,
        Column::Latest,
        Column::Projection,
        Column::Grade,
    ]
    .map(|c| column_label(c, l, clock.last_year));
    let grade_head = heads[4].clone();
    let figures_cells = move |status: Status,
                              achievement: Option<f64>,
                              elapsed: f64,
                              latest: String,
                              target: Option<String>,
                              projection: Option<f64>| {
        view! {
            <td class="col-status" data-label=heads[0].clone()><StatusBadge status lang=l /></td>
            <td class="col-achievement" data-label=heads[1].clone()><AchievementMeter achievement elapsed status /></td>
            <td class="num col-latest" data-label=heads[2].clone()>
                <span class="latest">{latest}</span>
                {target.map(|t| view! { <span class="target">{format!("{} {t}", l.pick("目標", "target"))}</span> })}
            </td>
            <td class="num col-projection" data-label=heads[3].clone()>{projection.map(|v| figure(v, unit, l)).unwrap_or_else(|| "–".into())}</td>
        }
    };
    let breakdowns = kpi.breakdowns.iter().map(|b| {
        let bp = assess(&clock, Figures::of_breakdown(&kpi, b));
        view! {
            <tr class="breakdown" data-breakdown-id=b.id.clone() data-status=bp.status.id() hidden=move || !shown.get()>
                <td class="col-expand"></td>
                <th scope="row" class="name">{l.pick("［", "[")}{local(l, &b.label, b.label_en.as_deref())}{l.pick("］", "]")}</th>
                {figures_cells(bp.status, bp.achievement, bp.time_elapsed, format::latest(b.latest, b.latest_text.as_deref(), unit, l), b.target.as_ref().map(|t| format::target(t, unit, l)), bp.projection)}
                <td class="col-grade"></td>
            </tr>
        }
    }).collect_view();
    let kind = kpi.kind.label(l);
    let grade = kpi.grade.id();
    let grade_title = viewer
        .data
        .with_value(|d| d.report.grade_label(kpi.grade, l));
    view! {
        {row.group_head.then(|| {
            let project_shown = Memo::new(move |_| {
                viewer.with_selection(|_, c, s| !s.kpis_of_project(c, project).is_empty())
            });
            view! {
            <tr class="group" hidden=move || !project_shown.get()><th scope="rowgroup" colspan="7">{project_label.clone()}</th></tr>
            }
        })}
        <tr class="kpi-row" data-kpi-id=kpi.id.clone() data-status=p.status.id() data-grade=grade hidden=move || !shown.get()>
            <td class="col-expand">
                <button type="button" class="expand" aria-expanded=move || is_open.get().to_string() aria-controls=detail_id.clone() on:click=toggle>
                    <span aria-hidden="true">{move || if is_open.get() { "▾" } else { "▸" }}</span>
                    <span class="sr-only">{l.pick("詳細を表示", "Show details")}</span>
                </button>
            </td>
            <th scope="row" class="name">
                <span class="kpi-name">{local(l, &kpi.name, kpi.name_en.as_deref())}</span>
                <span class="kpi-meta">{kind}{(!row.grouped).then(|| format!(" · {project_label}"))}</span>
            </th>
            {figures_cells(p.status, p.achievement, p.time_elapsed, format::latest(kpi.latest, kpi.latest_text.as_deref(), unit, l), kpi.target.as_ref().map(|t| format::target(t, unit, l)), p.projection)}
            <td class="col-grade" data-label=grade_head>
                <span class="grade" title=grade_title>{grade}</span>
                {disagrees.then(|| view! {
                    <span class="disagree" title=l.pick("計算上の見通しと報告書の評価が食い違います", "The computed status disagrees with the report's grade") data-disagree="true">
                        " ⚑"<span class="sr-only">{l.pick("（評価と食い違い）", " (disagrees with the grade)")}</span>
                    </span>
                })}
            </td>
        </tr>
        {breakdowns}
        {move || (is_open.get() && shown.get()).then(|| view! { <KpiDetail kpi=kpi.clone() progress=p.clone() clock lang=l /> })}
    }
}

/// The achievement bar with the time-elapsed marker. The bar's length,
/// colour and the printed percentage all say the same, so it reads without
/// colour and in print without background graphics (the track has a border).
#[component]
fn AchievementMeter(achievement: Option<f64>, elapsed: f64, status: Status) -> impl IntoView {
    achievement.map(|a| {
        let width = (a * 100.0).clamp(0.0, 100.0);
        view! {
            <div class="achv" role="img" aria-label=percent(a)>
                <div class="achv-track">
                    <div class=format!("achv-fill {}", status_class(status)) style=format!("width:{width:.1}%")></div>
                    <div class="achv-marker" style=format!("left:{:.1}%", elapsed * 100.0)></div>
                </div>
                <span class="achv-text">{percent(a)}</span>
            </div>
        }
    })
}

/// The detail row of an expanded KPI: explanation, the report's text, chart.
#[component]
fn KpiDetail(kpi: Kpi, progress: Progress, clock: PlanClock, lang: Lang) -> impl IntoView {
    let DarkMode(dark) = expect_context();
    let explanation = explain(&clock, Figures::of_kpi(&kpi), &progress);
    let series = detail(&clock, Figures::of_kpi(&kpi), &progress);
    let has_figures = !kpi.yearly.is_empty();
    let option = Signal::derive(move || options::kpi_detail(&series, lang, dark.get()));
    let yearly_text = kpi
        .yearly
        .iter()
        .map(|y| format!("{} {}", fy(y.fiscal_year, lang), number(y.value)))
        .collect::<Vec<_>>()
        .join(", ");
    let label = format!(
        "{} {yearly_text}",
        lang.pick("年度別の実績:", "Yearly figures:")
    );
    view! {
        <tr class="kpi-detail" id=format!("detail-{}", kpi.id)>
            <td colspan="7">
                <div class="detail-grid">
                    <div>
                        <p class="explanation" data-testid="explanation">{match lang { Lang::Ja => explanation.ja, Lang::En => explanation.en }}</p>
                        <h4>{lang.pick("進捗の詳細（報告書）", "Progress detail (report)")}</h4>
                        {japanese_only(lang, "source-text", kpi.detail.clone())}
                        {kpi.footnote.clone().map(|f| view! { <p class="footnote" lang="ja">{f}</p> })}
                        {kpi.source_note.clone().map(|f| view! { <p class="footnote" lang="ja">{f}</p> })}
                        <p class="note">{lang.pick("フェーズ（本ビューアによる分類）: ", "Phases (our classification, reason in Japanese): ")}<span lang="ja">{kpi.phase_reason.clone()}</span></p>
                    </div>
                    {has_figures.then(|| view! {
                        <div class="detail-chart">
                            <Chart option label=Signal::stored(label) height=Signal::stored(260) dark />
                        </div>
                    })}
                </div>
            </td>
        </tr>
    }
}
