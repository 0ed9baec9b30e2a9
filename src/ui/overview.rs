//! The overview: project cards and the three charts, each with a table
//! holding the same data for screen readers and for reading exact figures.

use leptos::prelude::*;

use crate::core::format::{number, oku_yen, percent};
use crate::core::i18n::Lang;
use crate::core::model::Program;
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
    // Indices of the projects shown, in document order.
    let projects = Memo::new(move |_| match &only {
        Some(id) => viewer
            .data
            .with_value(|d| d.projects.iter().position(|p| &p.id == id))
            .into_iter()
            .collect::<Vec<usize>>(),
        None => viewer.selection.with(|s| s.projects.clone()),
    });
    let total = move || projects.with(Vec::len);
    view! {
        <section class="cards" aria-label=move || lang.get().pick("統合プロジェクト", "Projects")>
            {move || projects.get().into_iter().take(DRAW_LIMIT).map(|index| {
                let l = lang.get();
                let p = viewer.data.with_value(|d| d.projects[index].clone());
                let id2 = p.id.clone();
                let counts = status_counts(viewer, index);
                let total: usize = counts.iter().map(|c| c.1).sum();
                let minibar_label = counts.iter().filter(|c| c.1 > 0).map(|(s, n)| format!("{} {n}", l.pick(s.ja(), s.en()))).collect::<Vec<_>>().join(", ");
                let budget = [p.budget.amed.map(|b| format!("AMED {}", oku_yen(b, l))), p.budget.inhouse.map(|b| format!("{} {}", l.pick("インハウス", "In-house"), oku_yen(b, l)))]
                    .into_iter().flatten().collect::<Vec<_>>().join(" / ");
                let actions = p.ministry_actions.clone();
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
                        {(!actions.is_empty()).then(|| view! {
                            <details class="ministry-actions">
                                <summary>{l.pick("関係府省の主な取組", "Ministries' main actions (in Japanese)")}</summary>
                                <ul class="results">
                                    {actions.into_iter().map(|a| view! { <li lang="ja">{a}</li> }).collect_view()}
                                </ul>
                            </details>
                        })}
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
        {not_drawn(lang, total)}
    }
}

/// KPIs of project `index` in the selection, per computed status.
fn status_counts(viewer: Viewer, index: usize) -> Vec<(Status, usize)> {
    viewer.catalog.with_value(|c| {
        viewer.selection.with(|s| {
            let kpis = s.kpis_of_project(c, index);
            Status::ALL
                .into_iter()
                .map(|status| {
                    let n = kpis
                        .iter()
                        .filter(|&&i| c.kpis[i].progress.status == status)
                        .count();
                    (status, n)
                })
                .collect()
        })
    })
}

/// A note under a chart or table that draws only the first [`DRAW_LIMIT`] items.
fn not_drawn(lang: Memo<Lang>, total: impl Fn() -> usize + Send + Sync + 'static) -> impl IntoView {
    move || {
        let n = total();
        (n > DRAW_LIMIT).then(|| {
            let hidden = n - DRAW_LIMIT;
            view! {
                <p class="note" data-testid="not-drawn">{match lang.get() {
                    Lang::Ja => format!("先頭の{DRAW_LIMIT}件のみ表示（残り{hidden}件はKPI一覧で表示できます）"),
                    Lang::En => format!("Only the first {DRAW_LIMIT} are drawn ({hidden} more: see the KPI table)"),
                }}</p>
            }
        })
    }
}

/// Achievement of each selected KPI as horizontal bars, with a data table.
#[component]
fn AchievementChart() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let DarkMode(dark) = expect_context();
    let elapsed = viewer
        .data
        .with_value(|d| PlanClock::of(&d.report).time_elapsed() * 100.0);
    // KPIs with an achievement: how many, and the first DRAW_LIMIT as bars.
    let with_achievement = Memo::new(move |_| {
        viewer.catalog.with_value(|c| {
            viewer.selection.with(|s| {
                s.kpis
                    .iter()
                    .filter(|&&i| c.kpis[i].progress.achievement.is_some())
                    .count()
            })
        })
    });
    let bars = Memo::new(move |_| {
        viewer.data.with_value(|d| {
            viewer.catalog.with_value(|c| {
                viewer.selection.with(|s| {
                    s.kpis
                        .iter()
                        .filter_map(|&i| {
                            let progress = &c.kpis[i].progress;
                            let (project, kpi) = c.kpi(d, i);
                            progress.achievement.map(|a| {
                                (
                                    format!("{}-{}", project.number, short(&kpi.name, 22)),
                                    kpi.name.clone(),
                                    a * 100.0,
                                    progress.status,
                                )
                            })
                        })
                        .take(DRAW_LIMIT)
                        .collect::<Vec<_>>()
                })
            })
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
            {not_drawn(lang, move || with_achievement.get())}
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
    // Per drawn project: its names and (KPIs, programs) per phase.
    let matrix = Memo::new(move |_| {
        viewer.data.with_value(|d| {
            viewer.catalog.with_value(|c| {
                viewer.selection.with(|s| {
                    s.projects
                        .iter()
                        .take(DRAW_LIMIT)
                        .map(|&p| {
                            let mut counts = vec![(0, 0); c.phase_count()];
                            for &i in s.kpis_of_project(c, p) {
                                for &phase in c.kpis[i].phases.iter() {
                                    counts[phase].0 += 1;
                                }
                            }
                            for &i in s.programs_of_project(c, p) {
                                for &phase in c.programs[i].phases.iter() {
                                    counts[phase].1 += 1;
                                }
                            }
                            let project = &d.projects[p];
                            (project.name_ja.clone(), project.name_en.clone(), counts)
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    let projects_shown = move || viewer.selection.with(|s| s.projects.len());
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
            {not_drawn(lang, projects_shown)}
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
    // Per drawn project: its names and its selected programs.
    let data = Memo::new(move |_| {
        viewer.data.with_value(|d| {
            viewer.catalog.with_value(|c| {
                viewer.selection.with(|s| {
                    s.projects
                        .iter()
                        .take(DRAW_LIMIT)
                        .map(|&p| {
                            let programs: Vec<Program> = s
                                .programs_of_project(c, p)
                                .iter()
                                .map(|&i| c.program(d, i).1.clone())
                                .collect();
                            let project = &d.projects[p];
                            (project.name_ja.clone(), project.name_en.clone(), programs)
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    let projects_shown = move || viewer.selection.with(|s| s.projects.len());
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
            {not_drawn(lang, projects_shown)}
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
                                    let ours = g.editorial_note.map(|n| format!(" [{}: {n}]", l.pick("本データの注記", "our note")));
                                    view! { <tr><th scope="row">{name}</th><td>{text}{(!notes.is_empty()).then(|| format!(" ({notes})"))}{ours}</td></tr> }.into_any()
                                }))
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </details>
        </section>
    }
}
