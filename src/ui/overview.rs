//! The overview: project cards and the three charts, each with a table
//! holding the same data for screen readers and for reading exact figures.

use leptos::prelude::*;

use crate::core::format::{number, oku_yen, percent};
use crate::core::i18n::Lang;
use crate::core::model::{Program, Project};
use crate::core::progress::{PlanClock, Status};
use crate::ui::chart::Chart;
use crate::ui::options::{self, AchievementBar, BudgetSlice};
use crate::ui::state::{View, Viewer};
use crate::ui::summary::status_icon;
use crate::ui::viewer::DarkMode;

/// At most this many project cards, matrix rows, chart bars or budget
/// projects are drawn; the rest is counted in a note (synthetic datasets
/// have thousands).
pub const DRAW_LIMIT: usize = 60;

/// Shortens a label for a chart axis (the table keeps it whole).
pub fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        text.chars().take(max - 1).chain(['…']).collect()
    }
}

/// Ministry abbreviations of a list of ids, e.g. 厚、文.
pub fn ministry_names(viewer: Viewer, ids: &[String], lang: Lang) -> String {
    viewer.data.with_value(|d| {
        ids.iter()
            .map(|id| {
                d.ministries
                    .iter()
                    .find(|m| &m.id == id)
                    .map_or(id.clone(), |m| {
                        lang.pick(&m.name_ja, &m.name_en).to_string()
                    })
            })
            .collect::<Vec<_>>()
            .join(lang.pick("、", ", "))
    })
}

/// The overview view.
#[component]
pub fn Overview() -> impl IntoView {
    view! {
        <ProjectCards />
        <AchievementChart />
        <PhaseMatrix />
        <BudgetChart />
    }
}

/// A card per project that passes the filter (or only the project `only`).
#[component]
pub fn ProjectCards(#[prop(default = None)] only: Option<String>) -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let projects = Memo::new(move |_| {
        let filter = viewer.filter.get();
        viewer.data.with_value(|d| {
            d.projects
                .iter()
                .filter(|p| {
                    only.as_ref()
                        .map_or_else(|| filter.project_matches(p), |id| &p.id == id)
                })
                .cloned()
                .collect::<Vec<Project>>()
        })
    });
    let more = move || {
        let n = projects.with(Vec::len);
        (n > DRAW_LIMIT).then(|| view! { <p class="note">{format!("… {} {}", n - DRAW_LIMIT, lang.get().pick("件のプロジェクトは省略（KPI一覧で表示）", "more projects not drawn (see the KPI table)"))}</p> })
    };
    view! {
        <section class="cards" aria-label=move || lang.get().pick("統合プロジェクト", "Projects")>
            {move || projects.get().into_iter().take(DRAW_LIMIT).map(|p| {
                let l = lang.get();
                let id = p.id.clone();
                let id2 = p.id.clone();
                let counts = viewer.rows.with(|rows| {
                    Status::ALL.into_iter().map(|s| (s, rows.iter().filter(|r| r.project_id == id && r.progress.status == s).count())).collect::<Vec<_>>()
                });
                let total: usize = counts.iter().map(|c| c.1).sum();
                let minibar_label = counts.iter().filter(|c| c.1 > 0).map(|(s, n)| format!("{} {n}", l.pick(s.ja(), s.en()))).collect::<Vec<_>>().join(", ");
                let budget = [p.budget.amed.map(|b| format!("AMED {}", oku_yen(b, l))), p.budget.inhouse.map(|b| format!("{} {}", l.pick("インハウス", "In-house"), oku_yen(b, l)))]
                    .into_iter().flatten().collect::<Vec<_>>().join(" / ");
                view! {
                    <article class="card" data-project-id=p.id.clone()>
                        <h3>{format!("{}. ", p.number)}{l.pick(&p.name_ja, &p.name_en).to_string()}</h3>
                        <p class="aim">{p.aim.clone()}</p>
                        <dl>
                            <dt>{l.pick("主担当（◎）", "Lead (◎)")}</dt>
                            <dd>{ministry_names(viewer, &p.ministries.lead, l)}</dd>
                            <dt>{l.pick("参画", "Participating")}</dt>
                            <dd>{ministry_names(viewer, &p.ministries.participating, l)}</dd>
                            <dt>{l.pick("令和4年度予算", "FY2022 budget")}</dt>
                            <dd>{budget}</dd>
                        </dl>
                        <div class="minibar" role="img" aria-label=minibar_label>
                            {counts.iter().filter(|c| c.1 > 0).map(|(s, n)| view! {
                                <span class=format!("seg status-{}", s.id()) style=format!("flex-grow:{n}") title=format!("{} {n}", l.pick(s.ja(), s.en()))>
                                    {format!("{} {n}", status_icon(*s))}
                                </span>
                            }).collect_view()}
                        </div>
                        <p class="card-foot">
                            <a href="#" on:click=move |ev| {
                                ev.prevent_default();
                                viewer.update_filter(|f| f.projects = vec![id2.clone()]);
                                viewer.set_param("view", Some(View::Kpis.id()), true);
                            }>{format!("{} ({total}) →", l.pick("KPIを見る", "See KPIs"))}</a>
                        </p>
                    </article>
                }
            }).collect_view()}
        </section>
        {more}
    }
}

#[component]
fn AchievementChart() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let DarkMode(dark) = expect_context();
    let elapsed = viewer
        .data
        .with_value(|d| PlanClock::of(&d.report).time_elapsed() * 100.0);
    let bars = Memo::new(move |_| {
        viewer.rows.with(|rows| {
            rows.iter()
                .filter_map(|r| {
                    r.progress.achievement.map(|a| {
                        (
                            format!("{}-{}", r.project_number, short(&r.kpi.name, 22)),
                            r.kpi.name.clone(),
                            a * 100.0,
                            r.progress.status,
                        )
                    })
                })
                .collect::<Vec<_>>()
        })
    });
    let option = Signal::derive(move || {
        let l = lang.get();
        let bars: Vec<AchievementBar> = bars
            .get()
            .into_iter()
            .map(|(label, _, percent, status)| AchievementBar {
                label,
                percent,
                status,
            })
            .collect();
        options::achievement(&bars, elapsed, l, dark.get())
    });
    let height = Signal::derive(move || 60 + 26 * bars.with(Vec::len) as u32);
    view! {
        <section class="panel" aria-labelledby="achievement-heading">
            <h2 id="achievement-heading">{move || lang.get().pick("KPIの達成率（2024年度目標に対する最新の数値）", "Achievement of each KPI (latest figure against the FY2024 target)")}</h2>
            <p class="note">{move || format!("{} {}%", lang.get().pick("縦線は目標（100%）と計画期間の経過割合", "Reference lines: the target (100%) and the share of the plan elapsed,"), number(elapsed))}</p>
            <Chart option label=Signal::derive(move || lang.get().pick("KPIごとの達成率の横棒グラフ。同じデータを下の表に示します。", "Horizontal bar chart of each KPI's achievement; the same data is in the table below.").to_string()) height dark file_name="shinchoku-achievement" />
            <details>
                <summary>{move || lang.get().pick("データ表", "Data table")}</summary>
                <table class="data-table">
                    <thead><tr><th scope="col">"KPI"</th><th scope="col">{move || lang.get().pick("達成率", "Achievement")}</th><th scope="col">{move || lang.get().pick("見通し", "Status")}</th></tr></thead>
                    <tbody>
                        {move || bars.get().into_iter().map(|(_, name, pct, status)| view! {
                            <tr><th scope="row">{name}</th><td>{percent(pct / 100.0)}</td><td>{lang.get().pick(status.ja(), status.en()).to_string()}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </details>
        </section>
    }
}

/// Counts of KPIs and programs per phase and project.
#[component]
pub fn PhaseMatrix() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let matrix = Memo::new(move |_| {
        let filter = viewer.filter.get();
        viewer.data.with_value(|d| {
            let projects: Vec<&Project> = d
                .projects
                .iter()
                .filter(|p| filter.project_matches(p))
                .collect();
            let rows = viewer.rows.get();
            projects
                .iter()
                .map(|p| {
                    let counts = d
                        .phases
                        .iter()
                        .map(|phase| {
                            let k = rows
                                .iter()
                                .filter(|r| {
                                    r.project_id == p.id && r.kpi.phases.contains(&phase.id)
                                })
                                .count();
                            let g = p
                                .programs
                                .iter()
                                .filter(|g| {
                                    filter.program_matches(p, g) && g.phases.contains(&phase.id)
                                })
                                .count();
                            (k, g)
                        })
                        .collect::<Vec<_>>();
                    (p.name_ja.clone(), p.name_en.clone(), counts)
                })
                .collect::<Vec<_>>()
        })
    });
    let phases = viewer.data.with_value(|d| d.phases.clone());
    view! {
        <section class="panel" aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">{move || lang.get().pick("フェーズ × プロジェクト（KPI数 / 事業数）", "Phase × project (KPIs / programs)")}</h2>
            <div class="table-scroll">
                <table class="data-table matrix" data-testid="phase-matrix">
                    <thead>
                        <tr>
                            <th scope="col">{move || lang.get().pick("プロジェクト", "Project")}</th>
                            {phases.into_iter().map(|p| view! { <th scope="col">{move || lang.get().pick(&p.name_ja, &p.name_en).to_string()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {move || matrix.get().into_iter().map(|(ja, en, counts)| {
                            let max = counts.iter().map(|c| c.0 + c.1).max().unwrap_or(0).max(1);
                            view! {
                                <tr>
                                    <th scope="row">{lang.get().pick(&ja, &en).to_string()}</th>
                                    {counts.into_iter().map(|(k, g)| view! {
                                        <td class="heat" style=format!("--heat:{:.2}", (k + g) as f64 / max as f64)>{format!("{k} / {g}")}</td>
                                    }).collect_view()}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <p class="note">{move || lang.get().pick("※フェーズは本ビューアによる分類です。", "※ Phases are our classification.")}</p>
        </section>
    }
}

/// Program budgets as a sunburst, with the same data as a table.
#[component]
pub fn BudgetChart() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let DarkMode(dark) = expect_context();
    let data = Memo::new(move |_| {
        let filter = viewer.filter.get();
        viewer.data.with_value(|d| {
            d.projects
                .iter()
                .filter(|p| filter.project_matches(p))
                .take(DRAW_LIMIT)
                .map(|p| {
                    let programs: Vec<Program> = p
                        .programs
                        .iter()
                        .filter(|g| filter.program_matches(p, g))
                        .cloned()
                        .collect();
                    (p.name_ja.clone(), p.name_en.clone(), programs)
                })
                .collect::<Vec<_>>()
        })
    });
    let option = Signal::derive(move || {
        let l = lang.get();
        let projects: Vec<(String, Vec<BudgetSlice>)> = data
            .get()
            .into_iter()
            .map(|(ja, en, programs)| {
                let slices = programs
                    .into_iter()
                    .filter_map(|g| {
                        g.budget.map(|amount| BudgetSlice {
                            program: g.name,
                            amount,
                            ministry: g.ministry,
                        })
                    })
                    .collect();
                (l.pick(&ja, &en).to_string(), slices)
            })
            .collect();
        options::budget(&projects)
    });
    view! {
        <section class="panel" aria-labelledby="budget-heading">
            <h2 id="budget-heading">{move || lang.get().pick("事業予算（令和4年度、帰属が明確な分のみ）", "Program budgets (FY2022, attributed amounts only)")}</h2>
            <p class="note">{move || lang.get().pick("色は所管府省：青 文部科学省、緑 厚生労働省、橙 経済産業省、紫 総務省、灰 不明。予算額が複数事業にまとめて記載されている事業は含みません（下表で「不明」）。", "Colour is the funding ministry: blue MEXT, green MHLW, orange METI, purple MIC, grey unknown. Programs whose amount the report prints jointly with others are left out (\"unknown\" below).")}</p>
            <Chart option label=Signal::derive(move || lang.get().pick("プロジェクトと事業の予算のサンバースト図。同じデータを下の表に示します。", "Sunburst of project and program budgets; the same data is in the table below.").to_string()) dark />
            <details>
                <summary>{move || lang.get().pick("データ表", "Data table")}</summary>
                <table class="data-table">
                    <thead><tr><th scope="col">{move || lang.get().pick("事業", "Program")}</th><th scope="col">{move || lang.get().pick("予算", "Budget")}</th></tr></thead>
                    <tbody>
                        {move || {
                            let l = lang.get();
                            data.get().into_iter().flat_map(|(ja, en, programs)| {
                                let head = view! { <tr class="group"><th scope="rowgroup" colspan="2">{l.pick(&ja, &en).to_string()}</th></tr> }.into_any();
                                std::iter::once(head).chain(programs.into_iter().map(move |g| {
                                    let (name, notes) = (g.name, g.notes);
                                    let text = g.budget.map_or_else(|| l.pick("不明（帰属できず）", "unknown (not attributable)").to_string(), |b| oku_yen(b, l));
                                    let notes = notes.join("・");
                                    view! { <tr><th scope="row">{name}</th><td>{text}{(!notes.is_empty()).then(|| format!(" ({notes})"))}</td></tr> }.into_any()
                                }))
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </details>
        </section>
    }
}
