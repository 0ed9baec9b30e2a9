//! The KPI table: one row per KPI with breakdowns nested under it, sortable
//! by any column and expandable to the explanation, the report's own text
//! and a chart of the yearly figures.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::core::format::{figure, number, percent};
use crate::core::i18n::Lang;
use crate::core::model::{Grade, Kpi};
use crate::core::progress::{
    agreement, assess, explain, Agreement, Figures, PlanClock, Progress, Status,
};
use crate::core::series::detail;
use crate::core::sort::{sort_kpis, Column};
use crate::ui::chart::Chart;
use crate::ui::options;
use crate::ui::state::Viewer;
use crate::ui::summary::status_icon;
use crate::ui::viewer::DarkMode;

/// Rows per page of the KPI table: enough for the bundled report (45 KPIs)
/// on one page, few enough that a filter change at any scale rebuilds a
/// small table (each row is some forty nodes with its breakdowns).
pub const PAGE_SIZE: usize = 50;

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
    let sort = RwSignal::new(None::<(Column, bool)>);
    let expanded = RwSignal::new(only_kpi.iter().cloned().collect::<HashSet<String>>());
    let page = RwSignal::new(0usize);
    // A new filter or sort starts again at the first page.
    Effect::new(move |_| {
        viewer.filter.track();
        sort.track();
        page.set(0);
    });
    // Catalog indices of the rows, in display order.
    let sorted = Memo::new(move |_| {
        let order = sort.get();
        viewer.data.with_value(|d| {
            viewer.catalog.with_value(|c| {
                let mut rows: Vec<usize> = viewer.selection.with(|s| {
                    s.kpis
                        .iter()
                        .copied()
                        .filter(|&i| {
                            let (project, kpi) = c.kpi(d, i);
                            only_kpi.as_ref().is_none_or(|id| &kpi.id == id)
                                && only_project.as_ref().is_none_or(|id| &project.id == id)
                        })
                        .collect()
                });
                if let Some((column, ascending)) = order {
                    sort_kpis(&mut rows, d, c, column, ascending);
                }
                rows
            })
        })
    });
    let total = Memo::new(move |_| sorted.with(Vec::len));
    let pages = Memo::new(move |_| total.get().div_ceil(PAGE_SIZE));
    let current = move || page.get().min(pages.get().saturating_sub(1));
    let page_rows = Memo::new(move |_| {
        let p = page.get();
        sorted.with(|rows| {
            rows.iter()
                .skip(p * PAGE_SIZE)
                .take(PAGE_SIZE)
                .copied()
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
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="kpi-heading">
                <table class="data-table kpi-table">
                    <thead>
                        <tr>
                            <th scope="col"><span class="sr-only">{move || lang.get().pick("詳細", "Details")}</span></th>
                            {Column::ALL.into_iter().map(|c| view! {
                                <th scope="col" aria-sort=move || match sort.get() {
                                    Some((col, true)) if col == c => "ascending",
                                    Some((col, false)) if col == c => "descending",
                                    _ => "none",
                                }>
                                    <button type="button" class="sort" data-sort=format!("{c:?}").to_lowercase() on:click=move |_| {
                                        sort.update(|s| *s = match *s {
                                            Some((col, true)) if col == c => Some((c, false)),
                                            Some((col, false)) if col == c => None,
                                            _ => Some((c, true)),
                                        });
                                    }>
                                        {move || c.label(lang.get())}
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
                        <For each=move || page_rows.get() key=move |&index| (index, lang.get_untracked().tag()) let:index>
                            <KpiRows index expanded />
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
                        let (p, total) = (current(), total.get());
                        format!("{}–{} / {total}", p * PAGE_SIZE + 1, ((p + 1) * PAGE_SIZE).min(total))
                    }}</span>
                    <button type="button" data-testid="page-next" prop:disabled={move || current() + 1 >= pages.get()} on:click=move |_| page.update(|p| *p += 1)>{move || lang.get().pick("次へ →", "Next →")}</button>
                </nav>
            })}
            {move || sorted.with(Vec::is_empty).then(|| view! {
                <p class="empty" role="status">{lang.get().pick("条件に合うKPIはありません。絞り込みを解除してください。", "No KPI matches the filters. Clear some of them.")}</p>
            })}
        </section>
    }
}

/// A KPI's row (`index` in the catalog), its breakdown rows and, when
/// expanded, its detail row.
#[component]
fn KpiRows(index: usize, expanded: RwSignal<HashSet<String>>) -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let (clock, p) = viewer
        .catalog
        .with_value(|c| (c.clock, c.kpis[index].progress.clone()));
    let (project_number, project_name, kpi) = viewer.data.with_value(|d| {
        let (project, kpi) = viewer.catalog.with_value(|c| c.kpi(d, index));
        let l = lang.get_untracked();
        let name = l.pick(&project.name_ja, &project.name_en).to_string();
        (project.number, name, kpi.clone())
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
    let l = lang.get_untracked();
    let disagrees = agreement(kpi.grade, p.status) == Agreement::Disagrees;
    let detail_id = format!("detail-{}", kpi.id);
    let unit = kpi.unit;
    let breakdowns = kpi.breakdowns.iter().map(|b| {
        let bp = assess(&clock, Figures::of_breakdown(&kpi, b));
        view! {
            <tr class="breakdown" data-breakdown-id=b.id.clone() data-status=bp.status.id()>
                <td></td>
                <td></td>
                <td></td>
                <th scope="row" class="name">{format!("［{}］", b.label)}</th>
                <td class="num">{b.target.as_ref().map(|t| t.text.clone()).unwrap_or_else(|| "–".into())}</td>
                <td class="num">{b.latest.map(|v| figure(v, unit, l)).unwrap_or_else(|| "–".into())}</td>
                <td><AchievementBar achievement=bp.achievement elapsed=bp.time_elapsed status=bp.status /></td>
                <td class="num">{bp.projection.map(|v| figure(v, unit, l)).unwrap_or_else(|| "–".into())}</td>
                <td><StatusBadge status=bp.status /></td>
                <td></td>
            </tr>
        }
    }).collect_view();
    view! {
        <tr class="kpi-row" data-kpi-id=kpi.id.clone() data-status=p.status.id() data-grade=if kpi.grade == Grade::A { "A" } else { "B" }>
            <td>
                <button type="button" class="expand" aria-expanded=move || is_open.get().to_string() aria-controls=detail_id.clone() on:click=toggle>
                    <span aria-hidden="true">{move || if is_open.get() { "▾" } else { "▸" }}</span>
                    <span class="sr-only">{l.pick("詳細を表示", "Show details")}</span>
                </button>
            </td>
            <td class="project">{format!("{project_number}. {project_name}")}</td>
            <td>{match kpi.kind { crate::core::model::KpiKind::Output => l.pick("アウトプット", "Output"), _ => l.pick("アウトカム", "Outcome") }}</td>
            <th scope="row" class="name">{kpi.name.clone()}</th>
            <td class="num">{kpi.target.as_ref().map(|t| t.text.clone()).unwrap_or_else(|| "–".into())}</td>
            <td class="num">{kpi.latest_text.clone().unwrap_or_else(|| "–".into())}</td>
            <td><AchievementBar achievement=p.achievement elapsed=p.time_elapsed status=p.status /></td>
            <td class="num">{p.projection.map(|v| figure(v, unit, l)).unwrap_or_else(|| "–".into())}</td>
            <td><StatusBadge status=p.status /></td>
            <td class="grade">
                {if kpi.grade == Grade::A { "A" } else { "B" }}
                {disagrees.then(|| view! {
                    <span class="disagree" title=l.pick("計算上の見通しと報告書の評価が食い違います", "The computed status disagrees with the report's grade") data-disagree="true">
                        " ⚑"<span class="sr-only">{l.pick("（評価と食い違い）", " (disagrees with the grade)")}</span>
                    </span>
                })}
            </td>
        </tr>
        {breakdowns}
        {move || is_open.get().then(|| view! { <KpiDetail kpi=kpi.clone() progress=p.clone() clock /> })}
    }
}

/// The achievement bar with the time-elapsed marker.
#[component]
fn AchievementBar(achievement: Option<f64>, elapsed: f64, status: Status) -> impl IntoView {
    achievement.map(|a| {
        let width = (a * 100.0).clamp(0.0, 100.0);
        view! {
            <div class="achv" role="img" aria-label=percent(a)>
                <div class="achv-track">
                    <div class=format!("achv-fill status-{}", status.id()) style=format!("width:{width:.1}%")></div>
                    <div class="achv-marker" style=format!("left:{:.1}%", elapsed * 100.0)></div>
                </div>
                <span class="achv-text">{percent(a)}</span>
            </div>
        }
    })
}

/// A status badge: icon, text and colour.
#[component]
pub fn StatusBadge(status: Status) -> impl IntoView {
    let lang = Viewer::get().lang;
    view! {
        <span class=format!("badge status-{}", status.id())>
            <span class="badge-icon" aria-hidden="true">{status_icon(status)}</span>
            {move || lang.get().pick(status.ja(), status.en()).to_string()}
        </span>
    }
}

/// The detail row of an expanded KPI: explanation, the report's text, chart.
#[component]
fn KpiDetail(kpi: Kpi, progress: Progress, clock: PlanClock) -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let DarkMode(dark) = expect_context();
    let explanation = explain(&clock, Figures::of_kpi(&kpi), &progress);
    let series = detail(&clock, Figures::of_kpi(&kpi), &progress);
    let has_figures = !kpi.yearly.is_empty();
    let option = Signal::derive(move || options::kpi_detail(&series, lang.get(), dark.get()));
    let yearly_text = kpi
        .yearly
        .iter()
        .map(|y| format!("FY{} {}", y.fiscal_year, number(y.value)))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <tr class="kpi-detail" id=format!("detail-{}", kpi.id)>
            <td colspan="10">
                <div class="detail-grid">
                    <div>
                        <p class="explanation" data-testid="explanation">{move || match lang.get() { Lang::Ja => explanation.ja.clone(), Lang::En => explanation.en.clone() }}</p>
                        <h4>{move || lang.get().pick("進捗の詳細（報告書）", "Progress detail (report)")}</h4>
                        <p class="source-text" lang="ja">{kpi.detail.clone()}</p>
                        {kpi.footnote.clone().map(|f| view! { <p class="footnote" lang="ja">{f}</p> })}
                        {kpi.source_note.clone().map(|f| view! { <p class="footnote" lang="ja">{f}</p> })}
                        <p class="note">{move || format!("{}: {}", lang.get().pick("フェーズ（本ビューアによる分類）", "Phases (our classification)"), kpi.phase_reason)}</p>
                    </div>
                    {has_figures.then(|| view! {
                        <div>
                            <Chart option label=Signal::derive(move || format!("{} {}", lang.get().pick("年度別の実績:", "Yearly figures:"), yearly_text)) height=Signal::stored(260) dark />
                        </div>
                    })}
                </div>
            </td>
        </tr>
    }
}
