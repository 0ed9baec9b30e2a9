//! A KPI's rows in the table: a project header before it when it opens a
//! group, its own row, its breakdowns, and its detail when expanded.

use leptos::prelude::*;

use crate::core::engine::progress::Status;
use crate::core::present::kpi_row::{column_label, FigureCells, KpiRow};
use crate::core::select::sort::Column;
use crate::core::text::lang::Lang;
use crate::core::text::number::percent;
use crate::ui::page::state::Viewer;
use crate::ui::widgets::keyed::Key;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::status::{status_class, StatusBadge};
use crate::ui::widgets::text::local;

use super::detail::KpiDetail;

/// One KPI of the table's current page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Row {
    /// Catalog index.
    pub index: usize,
    /// The language it is drawn in (a new language draws the row again).
    pub lang: Lang,
    /// Whether a project header row comes before it.
    pub group_head: bool,
    /// Whether rows are grouped by project (else each names its project).
    pub grouped: bool,
}

impl Row {
    /// The rows of the catalog KPIs `indices`, in that order, drawn in
    /// `lang`. `grouped` (the dataset's order, unsorted): a project is a
    /// group header row before its first KPI; sorted, each row names its
    /// project.
    pub fn lay_out(indices: &[usize], lang: Lang, grouped: bool) -> Vec<Row> {
        Viewer::get().catalog.with_value(|c| {
            indices
                .iter()
                .enumerate()
                .map(|(n, &i)| Row {
                    index: i,
                    lang,
                    group_head: grouped
                        && (n == 0 || c.kpis[indices[n - 1]].project != c.kpis[i].project),
                    grouped,
                })
                .collect()
        })
    }

    /// The row as a keyed list's key ([`keyed_list`](crate::ui::widgets::keyed)).
    pub fn key(self) -> Key {
        (
            self.index,
            self.lang,
            u8::from(self.group_head) | u8::from(self.grouped) << 1,
        )
    }

    /// The row a key stands for.
    pub fn from_key((index, lang, marks): Key) -> Self {
        Row {
            index,
            lang,
            group_head: marks & 1 != 0,
            grouped: marks & 2 != 0,
        }
    }
}

/// A KPI's row, its breakdown rows and, when expanded, its detail row; a
/// project header row before it when it opens a group. Hidden, not
/// removed, when the filters leave it out (see `KpiTable`'s `keep_mounted`).
#[component]
pub fn KpiRows(
    row: Row,
    expanded: RwSignal<Vec<String>>,
    passing: Memo<Vec<bool>>,
) -> impl IntoView {
    let viewer = Viewer::get();
    let l = row.lang;
    let kpi = viewer.with_catalog(|d, c| KpiRow::build(d, c, row.index, l));
    let project = viewer.catalog.with_value(|c| c.kpis[row.index].project);
    let shown = Memo::new(move |_| passing.with(|p| p[row.index]));
    let id = kpi.id.clone();
    let is_open = {
        let id = id.clone();
        Memo::new(move |_| expanded.with(|e| e.contains(&id)))
    };
    let toggle = move |_| {
        expanded.update(|e| match e.iter().position(|open| *open == id) {
            Some(at) => {
                e.swap_remove(at);
            }
            None => e.push(id.clone()),
        })
    };
    let heads = viewer
        .data
        .with_value(|d| Column::ALL.map(|c| column_label(c, l, d.report.plan_last_year)));
    let breakdowns = kpi.breakdowns.iter().map(|b| view! {
        <tr class="breakdown" data-breakdown-id=b.id.clone() data-status=b.cells.status.id() hidden=move || !shown.get()>
            <td class="col-expand"></td>
            <th scope="row" class="name">{local(b.label.clone())}</th>
            <FigureTds cells=b.cells.clone() heads=heads.clone() lang=l />
            <td class="col-grade"></td>
        </tr>
    }).listed();
    let index = row.index;
    view! {
        {row.group_head.then(|| {
            let project_shown = Memo::new(move |_| {
                viewer.with_selection(|_, c, s| !s.kpis_of_project(c, project).is_empty())
            });
            view! {
                <tr class="group" hidden=move || !project_shown.get()><th scope="rowgroup" colspan="7">{kpi.project.clone()}</th></tr>
            }
        })}
        <tr class="kpi-row" data-kpi-id=kpi.id.clone() data-status=kpi.cells.status.id() data-grade=kpi.grade.id() hidden=move || !shown.get()>
            <td class="col-expand">
                <button type="button" class="expand" aria-expanded=move || is_open.get().to_string() aria-controls=format!("detail-{}", kpi.id) on:click=toggle>
                    <span aria-hidden="true">{move || if is_open.get() { "▾" } else { "▸" }}</span>
                    <span class="sr-only">{l.pick("詳細を表示", "Show details")}</span>
                </button>
            </td>
            <th scope="row" class="name">
                <span class="kpi-name">{local(kpi.name.clone())}</span>
                <span class="kpi-meta">{kpi.kind}{(!row.grouped).then(|| format!(" · {}", kpi.project))}</span>
            </th>
            <FigureTds cells=kpi.cells.clone() heads=heads.clone() lang=l />
            <td class="col-grade" data-label=heads[5].clone()>
                <span class="grade" title=kpi.grade_title.clone()>{kpi.grade.id()}</span>
                {kpi.disagrees.then(|| view! {
                    <span class="disagree" title=l.pick("計算上の見通しと報告書の評価が食い違います", "The computed status disagrees with the report's grade") data-disagree="true">
                        " ⚑"<span class="sr-only">{l.pick("（評価と食い違い）", " (disagrees with the grade)")}</span>
                    </span>
                })}
            </td>
        </tr>
        {breakdowns}
        {move || (is_open.get() && shown.get()).then(|| view! { <KpiDetail index lang=l /> })}
    }
}

/// The figure cells of a KPI or breakdown row, each labelled with its
/// column (the phone layout shows the label beside the value).
#[component]
fn FigureTds(cells: FigureCells, heads: [String; 6], lang: Lang) -> impl IntoView {
    let FigureCells {
        status,
        achievement,
        elapsed,
        latest,
        target,
        projection,
    } = cells;
    view! {
        <td class="col-status" data-label=heads[1].clone()><StatusBadge status lang /></td>
        <td class="col-achievement" data-label=heads[2].clone()><AchievementMeter achievement elapsed status /></td>
        <td class="num col-latest" data-label=heads[3].clone()>
            <span class="latest">{latest}</span>
            {target.map(|t| view! { <span class="target">{t}</span> })}
        </td>
        <td class="num col-projection" data-label=heads[4].clone()>{projection}</td>
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
