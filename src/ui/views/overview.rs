//! The overview: the project cards, the achievement and budget charts (each
//! with a table holding the same data, for screen readers and for reading
//! exact figures) and the phase × project matrix.

use leptos::prelude::*;

use crate::core::engine::progress::{PlanClock, Status};
use crate::core::present::format::{self, oku_yen};
use crate::core::text::fold::ellipsize;
use crate::core::text::lang::{fy, Lang};
use crate::core::text::number::{number, percent};
use crate::ui::chart::options::{self, AchievementBar, BudgetBar};
use crate::ui::chart::Chart;
use crate::ui::page::state::{DarkMode, View, Viewer};
use crate::ui::views::DRAW_LIMIT;
use crate::ui::widgets::empty::EmptyResult;
use crate::ui::widgets::status::{status_class, status_icon};
use crate::ui::widgets::text::{local, ministry_names};

/// The overview view.
#[component]
pub fn Overview() -> impl IntoView {
    let viewer = Viewer::get();
    let nothing = move || {
        viewer
            .selection
            .with(|s| s.kpis.is_empty() && s.programs.is_empty())
    };
    view! {
        // Said first, in the content area, when the filters leave nothing.
        {move || nothing().then(|| view! { <EmptyResult /> })}
        <ProjectCards />
        <AchievementChart />
        <PhaseMatrix />
        <BudgetChart />
    }
}

/// A card per project that passes the filter (or only the project `only`).
/// Cards are kept while their project stays in (keyed by project and
/// language); a filter change only updates each card's status bar and link.
#[component]
pub fn ProjectCards(
    /// Only this project's card (the project view), else every selected one.
    #[prop(default = None)]
    only: Option<String>,
) -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    // Indices of the projects shown, in the dataset's order.
    let projects = Memo::new(move |_| match &only {
        Some(id) => viewer
            .data
            .with_value(|d| d.projects.iter().position(|p| &p.id == id))
            .into_iter()
            .collect::<Vec<usize>>(),
        None => viewer.selection.with(|s| s.projects.clone()),
    });
    let total = move || projects.with(Vec::len);
    let drawn = move || {
        let l = lang.get();
        projects.with(|p| {
            p.iter()
                .take(DRAW_LIMIT)
                .map(|&i| (i, l))
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="cards" aria-label=move || lang.get().pick("統合プロジェクト", "Projects")>
            <For each=drawn key=|card| (card.0, card.1.tag()) let:card>
                <ProjectCard index=card.0 lang=card.1 />
            </For>
        </section>
        {not_drawn(lang, total, Rest::ByFiltering)}
    }
}

/// One project's card: what the report says of it, drawn once, and its
/// status bar and KPI link, which follow the filters.
#[component]
fn ProjectCard(index: usize, lang: Lang) -> impl IntoView {
    let viewer = Viewer::get();
    let l = lang;
    let counts = Memo::new(move |_| status_counts(viewer, index));
    let (id, about) = viewer.data.with_value(|d| {
        let p = &d.projects[index];
        let budget = [
            p.budget.amed.map(|b| format!("AMED {}", oku_yen(b, l))),
            p.budget.inhouse.map(|b| format!("{} {}", l.pick("インハウス", "In-house"), oku_yen(b, l))),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" / ");
        let actions = p.ministry_actions.clone();
        let about = view! {
            <h3>{format!("{}. ", p.number)}{l.pick(&p.name_ja, &p.name_en).to_string()}</h3>
            <p class="aim">{local(l, &p.aim, p.aim_en.as_deref())}</p>
            <dl>
                <dt>{l.pick("主担当（◎）", "Lead (◎)")}</dt>
                <dd>{ministry_names(viewer, &p.ministries.lead, l)}</dd>
                <dt>{l.pick("参画", "Participating")}</dt>
                <dd>{ministry_names(viewer, &p.ministries.participating, l)}</dd>
                <dt>{format!("{}{}", fy(d.report.figures_through, l), l.pick("予算", " budget"))}</dt>
                <dd>{budget}</dd>
            </dl>
            {(!actions.is_empty()).then(|| view! {
                <details class="ministry-actions">
                    <summary>{l.pick("関係府省の主な取組", "Ministries' main actions")}{(l == Lang::En).then(|| view! { " " <span class="ja-only">"Japanese only"</span> })}</summary>
                    <ul class="results">
                        {actions.into_iter().map(|a| view! { <li lang="ja">{a}</li> }).collect_view()}
                    </ul>
                </details>
            })}
        };
        (p.id.clone(), about)
    });
    let minibar_label = move || {
        counts.with(|counts| {
            counts
                .iter()
                .filter(|c| c.1 > 0)
                .map(|(s, n)| format!("{} {n}", l.pick(s.ja(), s.en())))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let card_id = id.clone();
    let see_kpis = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let id = id.clone();
        viewer.update_filter(|f| f.projects = vec![id]);
        viewer.set_param("view", Some(View::Kpis.id()), true);
    };
    view! {
        <article class="card" data-project-id=card_id>
            {about}
            <div class="minibar" role="img" aria-label=minibar_label>
                {move || counts.get().into_iter().filter(|c| c.1 > 0).map(|(s, n)| view! {
                    <span class=format!("seg {}", status_class(s)) style=format!("flex-grow:{n}") title=format!("{} {n}", l.pick(s.ja(), s.en()))>
                        {format!("{} {n}", status_icon(s))}
                    </span>
                }).collect_view()}
            </div>
            <p class="card-foot">
                {move || {
                    let total: usize = counts.with(|c| c.iter().map(|c| c.1).sum());
                    if total > 0 {
                        let see_kpis = see_kpis.clone();
                        view! {
                            <a href="#" on:click=see_kpis>{format!("{} ({total}) →", l.pick("KPIを見る", "See KPIs"))}</a>
                        }.into_any()
                    } else {
                        view! { <span class="note">{l.pick("この条件に合うKPIはありません", "No KPI matches these filters")}</span> }.into_any()
                    }
                }}
            </p>
        </article>
    }
}

/// KPIs of project `index` in the selection, per computed status.
fn status_counts(viewer: Viewer, index: usize) -> Vec<(Status, usize)> {
    viewer.with_selection(|_, c, s| {
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
}

/// A note under a chart or table that draws only the first [`DRAW_LIMIT`] items.
fn not_drawn(
    lang: Memo<Lang>,
    total: impl Fn() -> usize + Send + Sync + 'static,
    rest: Rest,
) -> impl IntoView {
    move || {
        let n = total();
        (n > DRAW_LIMIT).then(|| {
            let hidden = n - DRAW_LIMIT;
            let l = lang.get();
            let rest = match rest {
                Rest::InKpiTable => l.pick("KPI一覧で表示できます", "see the KPI table"),
                Rest::ByFiltering => l.pick("絞り込むと表示できます", "narrow the filters to see them"),
            };
            view! {
                <p class="note" data-testid="not-drawn">{match l {
                    Lang::Ja => format!("先頭の{DRAW_LIMIT}件のみ表示（残り{hidden}件は{rest}）"),
                    Lang::En => format!("Only the first {DRAW_LIMIT} are drawn ({hidden} more: {rest})"),
                }}</p>
            }
        })
    }
}

/// Where the items a capped chart or list leaves out can be seen.
#[derive(Clone, Copy)]
enum Rest {
    /// KPIs: every one is in the KPI table.
    InKpiTable,
    /// Projects: only by narrowing the selection.
    ByFiltering,
}

/// Achievement of each selected KPI as horizontal bars, with a data table.
#[component]
fn AchievementChart() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let DarkMode(dark) = expect_context();
    // Phones: names above the bars (read once; the layout does not flip live).
    let compact = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w < 640.0);
    let (elapsed, last_year) = viewer.data.with_value(|d| {
        (
            PlanClock::of(&d.report).time_elapsed() * 100.0,
            d.report.plan_last_year,
        )
    });
    // KPIs with an achievement: how many, and the first DRAW_LIMIT as bars.
    let with_achievement = Memo::new(move |_| {
        viewer.with_selection(|_, c, s| {
            s.kpis
                .iter()
                .filter(|&&i| c.kpis[i].progress.achievement.is_some())
                .count()
        })
    });
    // (short label, full name, percent, status, latest, target) per KPI,
    // drawn in the language of the moment.
    let bars = Memo::new(move |_| {
        let l = lang.get();
        viewer.with_selection(|d, c, s| {
            s.kpis
                .iter()
                .filter_map(|&i| {
                    let progress = &c.kpis[i].progress;
                    let (project, kpi) = c.kpi(d, i);
                    progress.achievement.map(|a| {
                        let name = l.local(&kpi.name, kpi.name_en.as_deref()).to_string();
                        let latest =
                            format::latest(kpi.latest, kpi.latest_text.as_deref(), kpi.unit, l);
                        let target = kpi
                            .target
                            .as_ref()
                            .map(|t| format::target(t, kpi.unit, l))
                            .unwrap_or_default();
                        (
                            format!(
                                "{}-{}",
                                project.number,
                                // The axis label is cut; the table keeps the name whole.
                                ellipsize(&name, if l == Lang::En { 34 } else { 22 })
                            ),
                            name,
                            a * 100.0,
                            progress.status,
                            latest,
                            target,
                            kpi.grade,
                        )
                    })
                })
                .take(DRAW_LIMIT)
                .collect::<Vec<_>>()
        })
    });
    let option = Signal::derive(move || {
        let l = lang.get();
        let bars: Vec<AchievementBar> = bars
            .get()
            .into_iter()
            .map(
                |(label, name, percent, status, latest, target, _)| AchievementBar {
                    label,
                    name,
                    detail: match l {
                        Lang::Ja => format!(
                            "最新 {latest} ／ 目標 {target}：達成率 {}%",
                            number(percent)
                        ),
                        Lang::En => {
                            format!("latest {latest} / target {target}: {}%", number(percent))
                        }
                    },
                    percent,
                    status,
                },
            )
            .collect();
        options::achievement(&bars, elapsed, l, dark.get(), compact)
    });
    let row = if compact { 40 } else { 26 };
    let height = Signal::derive(move || 60 + row * bars.with(Vec::len) as u32);
    view! {
        <section class="panel" aria-labelledby="achievement-heading" data-testid="achievement-chart">
            <h2 id="achievement-heading">{move || match lang.get() {
                Lang::Ja => format!("KPIの達成率（{}目標に対する最新の数値、低い順）", fy(last_year, Lang::Ja)),
                Lang::En => format!("Achievement of each KPI (latest figure against the {} target, lowest first)", fy(last_year, Lang::En)),
            }}</h2>
            <p class="note">{move || match lang.get() {
                Lang::Ja => format!("縦線は目標（100%）と計画期間の経過割合（{}%）。軸は{}%までで、それを超える値は棒の端に数値で示します。", number(elapsed), number(options::ACHIEVEMENT_CAP)),
                Lang::En => format!("Reference lines: the target (100%) and the share of the plan elapsed ({}%). The axis ends at {}%; longer bars stop there and are labelled with their value.", number(elapsed), number(options::ACHIEVEMENT_CAP)),
            }}</p>
            <Chart option label=Signal::derive(move || lang.get().pick("KPIごとの達成率の横棒グラフ。同じデータを下の表に示します。", "Horizontal bar chart of each KPI's achievement; the same data is in the table below.").to_string()) height dark file_name="shinchoku-achievement" />
            {not_drawn(lang, move || with_achievement.get(), Rest::InKpiTable)}
            <details>
                <summary>{move || lang.get().pick("データ表", "Data table")}</summary>
                <table class="data-table">
                    <thead><tr><th scope="col">"KPI"</th><th scope="col">{move || lang.get().pick("最新値／目標", "Latest / target")}</th><th scope="col">{move || lang.get().pick("達成率", "Achievement")}</th><th scope="col">{move || lang.get().pick("計算上の見通し", "Computed status")}</th><th scope="col">{move || lang.get().pick("報告書の評価", "Report's grade")}</th></tr></thead>
                    <tbody>
                        {move || bars.get().into_iter().map(|(_, name, pct, status, latest, target, grade)| view! {
                            <tr><th scope="row">{name}</th><td>{format!("{latest} / {target}")}</td><td>{percent(pct / 100.0)}</td><td>{lang.get().pick(status.ja(), status.en()).to_string()}</td><td>{grade.id()}</td></tr>
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
        viewer.with_selection(|d, c, s| {
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
    });
    let projects_shown = move || viewer.selection.with(|s| s.projects.len());
    let phases = viewer.data.with_value(|d| d.phases.clone());
    view! {
        <section class="panel matrix-panel" aria-labelledby="matrix-heading">
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
            {not_drawn(lang, projects_shown, Rest::ByFiltering)}
            <p class="note">{move || lang.get().pick("※フェーズは本ビューアによる分類です。", "※ Phases are our classification.")}</p>
        </section>
    }
}

/// The selected projects' printed budgets as sorted stacked bars (per
/// funding ministry, and what no ministry can be given), with a table.
#[component]
pub fn BudgetChart() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let DarkMode(dark) = expect_context();
    // Ministries with an attributable amount anywhere in the dataset: the
    // chart's series and the table's columns.
    let ministries: Vec<(usize, String, String, String)> = viewer.with_catalog(|d, c| {
        (0..d.ministries.len())
            .filter(|&m| {
                c.ledgers
                    .iter()
                    .flat_map(|l| &l.amounts)
                    .any(|a| a.ministry == Some(m))
            })
            .map(|m| {
                let ministry = &d.ministries[m];
                (
                    m,
                    ministry.id.clone(),
                    ministry.name_ja.clone(),
                    ministry.name_en.clone(),
                )
            })
            .collect()
    });
    let ministries = StoredValue::new(ministries);
    // Per drawn project: (name ja, name en, printed, by ministry, not attributable).
    let rows = Memo::new(move |_| {
        viewer.with_selection(|d, c, s| {
            s.projects
                .iter()
                .take(DRAW_LIMIT)
                .map(|&p| {
                    let project = &d.projects[p];
                    let totals = c.project_totals(d, [p]);
                    let by: Vec<f64> = ministries
                        .with_value(|ms| ms.iter().map(|(m, ..)| totals.by_ministry[*m]).collect());
                    let name = |n: &str| format!("{}. {}", project.number, n);
                    (
                        name(&project.name_ja),
                        name(&project.name_en),
                        totals.printed(),
                        by,
                        totals.not_attributable(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let projects_shown = move || viewer.selection.with(|s| s.projects.len());
    let option = Signal::derive(move || {
        let l = lang.get();
        let bars: Vec<BudgetBar> = rows
            .get()
            .into_iter()
            .map(
                |(ja, en, printed, by_ministry, not_attributable)| BudgetBar {
                    label: l.pick(&ja, &en).to_string(),
                    printed,
                    by_ministry,
                    not_attributable,
                },
            )
            .collect();
        let series: Vec<(usize, String)> = ministries.with_value(|ms| {
            ms.iter()
                .map(|(m, _, ja, en)| (*m, l.pick(ja, en).to_string()))
                .collect()
        });
        options::budget(&bars, &series, l, dark.get())
    });
    let partial = move || viewer.selection.with(|s| s.budget.projects.is_none());
    view! {
        <section class="panel" aria-labelledby="budget-heading" data-testid="budget-chart">
            <h2 id="budget-heading">{move || viewer.data.with_value(|d| match lang.get() {
                Lang::Ja => format!("予算（{}、報告書の記載額）", fy(d.report.figures_through, Lang::Ja)),
                Lang::En => format!("Budgets ({}, as printed in the report)", fy(d.report.figures_through, Lang::En)),
            })}</h2>
            <p class="note">{move || lang.get().pick(
                "各プロジェクトの記載額（AMED対象経費＋インハウス）を、所管府省に帰属できる額と帰属できない額に分けて示します。府省の帰属は、報告書が府省を記載した事業はその記載により、それ以外は報告書外の情報（AMEDの事業でないインハウスの事業はそれを行う研究機関の所管府省、その他の事業はAMEDの事業一覧）によります。帰属できない額は、複数の府省の事業にまとめて記載された額と丸めの差です。",
                "Each project's printed total (AMED plus in-house), split into what can be attributed to a funding ministry and what cannot. Ministries come from the report where it names them, and otherwise from outside the report: for in-house programs that are not AMED's, the ministry overseeing the institutes that run them; for the others, AMED's program list. What cannot be attributed is printed jointly for programs of several ministries, plus rounding.")}</p>
            {move || partial().then(|| view! { <p class="note" data-testid="budget-partial">{lang.get().pick(
                "予算は報告書どおりプロジェクト単位で示します。フェーズ・検索の絞り込みは予算には適用されません。",
                "Budgets are shown per project, as the report prints them: the phase and search filters do not apply to them.")}</p> })}
            <Chart option label=Signal::derive(move || lang.get().pick("プロジェクト別予算の横棒グラフ（府省別の内訳）。同じデータを下の表に示します。", "Bar chart of project budgets split by ministry; the same data is in the table below.").to_string()) dark />
            {not_drawn(lang, projects_shown, Rest::ByFiltering)}
            <details>
                <summary>{move || lang.get().pick("データ表", "Data table")}</summary>
                <table class="data-table">
                    <thead><tr>
                        <th scope="col">{move || lang.get().pick("プロジェクト", "Project")}</th>
                        <th scope="col">{move || lang.get().pick("記載額", "Printed total")}</th>
                        {move || { let l = lang.get(); ministries.with_value(|ms| ms.iter().map(|(_, _, ja, en)| view! { <th scope="col">{l.pick(ja, en).to_string()}</th> }).collect_view()) }}
                        <th scope="col">{move || lang.get().pick("帰属できない額", "Not attributable")}</th>
                    </tr></thead>
                    <tbody>
                        {move || {
                            let l = lang.get();
                            rows.get().into_iter().map(|(ja, en, printed, by, rest)| view! {
                                <tr>
                                    <th scope="row">{l.pick(&ja, &en).to_string()}</th>
                                    <td>{oku_yen(printed, l)}</td>
                                    {by.into_iter().map(|v| view! { <td>{oku_yen(v, l)}</td> }).collect_view()}
                                    <td>{oku_yen(rest, l)}</td>
                                </tr>
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </details>
        </section>
    }
}
