//! The filter panel. Every control writes the URL through [`Viewer`]; none
//! keeps state of its own, so reload, back/forward and shared links restore it.

use std::collections::HashMap;

use leptos::html;
use leptos::prelude::*;

use crate::core::dataset::model::{Grade, KpiKind, MinistryScope};
use crate::core::engine::progress::Status;
use crate::core::select::counts::ChipCounts;
use crate::core::select::filter::{Filter, OTHER_PROJECT};
use crate::ui::page::state::Viewer;

/// Toggles `value` in `list`.
fn toggle<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if let Some(i) = list.iter().position(|v| *v == value) {
        list.remove(i);
    } else {
        list.push(value);
    }
}

/// Whether `event` is an `input` event inside an input method's composition.
fn is_composing(event: &web_sys::Event) -> bool {
    use wasm_bindgen::JsCast;
    event
        .dyn_ref::<web_sys::InputEvent>()
        .is_some_and(web_sys::InputEvent::is_composing)
}

/// A group of checkbox chips for one filter dimension.
///
/// One effect per group keeps the boxes in step with the URL and touches
/// only the boxes whose state changed, instead of one subscriber per chip.
/// (Projects above [`CHIP_LIMIT`] get a [`ChoicePicker`] instead; the other
/// dimensions have a few values each.)
#[component]
fn ChipGroup(
    /// Visible legend.
    legend: String,
    /// `data-filter` value.
    key: &'static str,
    /// (value, label) pairs.
    options: Vec<(String, String)>,
    /// The selected values.
    selected: Signal<Vec<String>>,
    /// Toggles a value.
    on_toggle: Callback<String>,
    /// KPIs each value would give with the other dimensions as they are
    /// (a chip with none is dimmed).
    #[prop(optional)]
    counts: Option<Signal<HashMap<String, usize>>>,
) -> impl IntoView {
    let boxes: Vec<(String, NodeRef<html::Input>)> = options
        .iter()
        .map(|(value, _)| (value.clone(), NodeRef::new()))
        .collect();
    let position: HashMap<String, usize> = boxes
        .iter()
        .enumerate()
        .map(|(i, (value, _))| (value.clone(), i))
        .collect();
    let initial = selected.get_untracked();
    let chips = options
        .into_iter()
        .zip(boxes.iter().map(|(_, node)| *node))
        .map(|((value, label), node)| {
            let checked = initial.contains(&value);
            let toggled = value.clone();
            let count = counts.map(|counts| {
                let value = value.clone();
                Memo::new(move |_| counts.with(|c| c.get(&value).copied().unwrap_or(0)))
            });
            view! {
                <label class="chip" class:zero=move || count.is_some_and(|n| n.get() == 0)>
                    <input
                        type="checkbox"
                        node_ref=node
                        value=value
                        prop:checked=checked
                        on:change=move |_| on_toggle.run(toggled.clone())
                    />
                    <span>{label}</span>
                    {count.map(|n| view! { <span class="chip-count">{move || n.get()}</span> })}
                </label>
            }
        })
        .collect_view();
    Effect::new(move |previous: Option<Vec<String>>| {
        let now = selected.get();
        let set = |value: &String| {
            if let Some(input) = position
                .get(value)
                .and_then(|&i| boxes[i].1.get_untracked())
            {
                input.set_checked(now.contains(value));
            }
        };
        match &previous {
            // First run: the nodes now exist; make every box agree.
            None => boxes.iter().for_each(|(value, _)| set(value)),
            Some(before) => before
                .iter()
                .chain(now.iter())
                .filter(|v| before.contains(v) != now.contains(v))
                .for_each(set),
        }
        now
    });
    view! {
        <fieldset class="chip-group" data-filter=key>
            <legend>{legend}</legend>
            <div class="chips">{chips}</div>
        </fieldset>
    }
}

/// Above this many projects the project filter is a [`ChoicePicker`]
/// instead of chips: the real report has 7 (with その他), a synthetic one thousands.
const CHIP_LIMIT: usize = 24;

/// A filter dimension with too many values for chips: type to find a value
/// in a list (`<datalist>`, which the browser does not lay out) and pick it
/// to add it; the selected values are chips that uncheck to remove.
#[component]
fn ChoicePicker(
    /// Visible legend.
    legend: String,
    /// `data-filter` value.
    key: &'static str,
    /// (value, label) pairs.
    options: Vec<(String, String)>,
    /// The selected values.
    selected: Signal<Vec<String>>,
    /// Toggles a value.
    on_toggle: Callback<String>,
) -> impl IntoView {
    let lang = Viewer::get().lang;
    let count = options.len();
    let value_of: HashMap<String, String> = options
        .iter()
        .map(|(value, label)| (label.clone(), value.clone()))
        .collect();
    let label_of: HashMap<String, String> = options
        .iter()
        .map(|(value, label)| (value.clone(), label.clone()))
        .collect();
    let list_id = format!("{key}-choices");
    let input_id = format!("{key}-pick");
    let choices = options
        .into_iter()
        .map(|(_, label)| view! { <option value=label></option> })
        .collect_view();
    let pick = move |ev: web_sys::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(value) = value_of.get(input.value().trim()) {
            if !selected.with_untracked(|s| s.contains(value)) {
                on_toggle.run(value.clone());
            }
            input.set_value("");
        }
    };
    view! {
        <fieldset class="chip-group" data-filter=key>
            <legend>{legend}</legend>
            <label class="note" for=input_id.clone()>{move || match lang.get() {
                crate::core::text::lang::Lang::Ja => format!("{count}件から名前を入力して追加"),
                crate::core::text::lang::Lang::En => format!("Type to add one of {count}"),
            }}</label>
            <input id=input_id type="search" class="choice-pick" list=list_id.clone() autocomplete="off" data-testid=format!("{key}-pick") on:change=pick />
            <datalist id=list_id>{choices}</datalist>
            <div class="chips">
                {move || selected.get().into_iter().map(|value| {
                    let label = label_of.get(&value).cloned().unwrap_or_else(|| value.clone());
                    let toggled = value.clone();
                    view! {
                        <label class="chip">
                            <input type="checkbox" value=value prop:checked=true on:change=move |_| on_toggle.run(toggled.clone()) />
                            <span>{label}</span>
                        </label>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// The whole filter panel.
#[component]
pub fn FilterBar() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let filter = viewer.filter;

    let ministry_options = move || {
        viewer.data.with_value(|d| {
            let used = |id: &str| {
                d.projects
                    .iter()
                    .map(|p| &p.ministries)
                    .chain(d.initiatives.iter().map(|i| &i.ministries))
                    .any(|roles| roles.counts_for(id, MinistryScope::Involved))
            };
            d.ministries
                .iter()
                .filter(|m| used(&m.id))
                .map(|m| {
                    // English names are long: the acronym where there is one.
                    let label = match lang.get() {
                        crate::core::text::lang::Lang::Ja => m.name_ja.clone(),
                        l @ crate::core::text::lang::Lang::En => m.short_name(l).to_string(),
                    };
                    (m.id.clone(), label)
                })
                .collect::<Vec<_>>()
        })
    };
    let project_options = move || {
        viewer.data.with_value(|d| {
            let l = lang.get();
            d.projects
                .iter()
                .map(|p| {
                    let name = l.pick(&p.name_ja, &p.name_en).to_string();
                    (p.id.clone(), format!("{} {name}", p.number))
                })
                .chain(std::iter::once((
                    OTHER_PROJECT.to_string(),
                    l.pick("その他", "Other").to_string(),
                )))
                .collect::<Vec<_>>()
        })
    };

    // KPIs per chip for the current selection (as the phase steps show).
    // Its own memo, so that chips whose counts stay are not touched.
    let counts = Memo::new(move |_| viewer.selection.with(|s| s.chips.clone()));
    let counts_of = move |pick: fn(
        &crate::core::dataset::model::Dataset,
        &ChipCounts,
    ) -> Vec<(String, usize)>| {
        Signal::derive(move || {
            counts.with(|c| {
                viewer
                    .data
                    .with_value(|d| pick(d, c).into_iter().collect::<HashMap<_, _>>())
            })
        })
    };
    let list_toggle = move |pick: fn(&mut Filter) -> &mut Vec<String>| {
        Callback::new(move |value: String| viewer.update_filter(|f| toggle(pick(f), value)))
    };
    // The filter's list of one dimension, as a signal.
    let selected_list = move |pick: fn(&Filter) -> &Vec<String>| {
        Signal::derive(move || filter.with(|f| pick(f).clone()))
    };

    // The search text into the filter (and the URL).
    let set_query = move |q: String| viewer.update_filter(|f| f.query = q);

    view! {
        <form class="filters" role="search" aria-label=move || lang.get().pick("絞り込み", "Filters")
            on:submit=|ev| ev.prevent_default()>
            <div class="filter-search">
                <label for="filter-q">{move || lang.get().pick("検索", "Search")}</label>
                <input
                    id="filter-q"
                    type="search"
                    data-filter="q"
                    autocomplete="off"
                    aria-describedby="filter-q-hint"
                    placeholder=move || lang.get().pick("KPI名・事業名・本文", "KPIs, programs, text")
                    prop:value=move || filter.with(|f| f.query.clone())
                    on:input=move |ev| {
                        // While an input method composes (kana to kanji), the
                        // text is not yet what the reader means: filter and
                        // write the URL once, at compositionend.
                        if !is_composing(&ev) {
                            set_query(event_target_value(&ev));
                        }
                    }
                    on:compositionend=move |ev| set_query(event_target_value(&ev))
                />
                // Under the box, not in its placeholder, where it was cut off.
                <p class="hint" id="filter-q-hint">{move || lang.get().pick("全角・半角、大文字・小文字を区別しません", "Full- and half-width letters and case are treated alike")}</p>
            </div>
            {move || view! {
                <ChipGroup
                    legend=lang.get().pick("府省", "Ministry").to_string()
                    key="ministry"
                    options=ministry_options()
                    selected=selected_list(|f| &f.ministries)
                    on_toggle=list_toggle(|f| &mut f.ministries)
                    counts=counts_of(|d, c| d.ministries.iter().map(|m| m.id.clone()).zip(c.ministries.iter().copied()).collect())
                />
            }}
            <label class="switch" data-filter="lead">
                <input
                    type="checkbox"
                    prop:checked=move || filter.with(|f| f.lead_only)
                    on:change=move |_| viewer.update_filter(|f| f.lead_only = !f.lead_only)
                />
                <span>{move || lang.get().pick("主担当（◎）のみ", "Lead (◎) only")}</span>
            </label>
            {move || {
                let legend = lang.get().pick("統合プロジェクト", "Project").to_string();
                let options = project_options();
                let selected = selected_list(|f| &f.projects);
                let on_toggle = list_toggle(|f| &mut f.projects);
                if options.len() <= CHIP_LIMIT {
                    let counts = counts_of(|d, c| d.projects.iter().map(|p| p.id.clone()).zip(c.projects.iter().copied()).collect());
                    view! { <ChipGroup legend key="project" options selected on_toggle counts /> }.into_any()
                } else {
                    view! { <ChoicePicker legend key="project" options selected on_toggle /> }.into_any()
                }
            }}
            <PhasePipeline />
            {move || {
                let l = lang.get();
                view! {
                    <ChipGroup
                        legend=l.pick("KPIの種類", "KPI kind").to_string()
                        key="kind"
                        options=KpiKind::ALL.iter().map(|k| (k.id().to_string(), k.label(l).to_string())).collect()
                        selected=Signal::derive(move || filter.with(|f| f.kinds.iter().map(|k| k.id().to_string()).collect()))
                        on_toggle=Callback::new(move |v: String| {
                            if let Some(kind) = KpiKind::from_id(&v) {
                                viewer.update_filter(|f| toggle(&mut f.kinds, kind));
                            }
                        })
                        counts=counts_of(|_, c| KpiKind::ALL.iter().zip(c.kinds).map(|(k, n)| (k.id().to_string(), n)).collect())
                    />
                    <ChipGroup
                        legend=l.pick("報告書の評価", "Report's grade").to_string()
                        key="grade"
                        options=viewer.data.with_value(|d| Grade::ALL.iter().map(|&g| (g.id().to_string(), format!("{} {}", g.id(), d.report.grade_meaning(g, l)))).collect())
                        selected=Signal::derive(move || filter.with(|f| f.grades.iter().map(|g| g.id().to_string()).collect()))
                        on_toggle=Callback::new(move |v: String| {
                            if let Some(grade) = Grade::from_id(&v) {
                                viewer.update_filter(|f| toggle(&mut f.grades, grade));
                            }
                        })
                        counts=counts_of(|_, c| Grade::ALL.iter().zip(c.grades).map(|(g, n)| (g.id().to_string(), n)).collect())
                    />
                    <ChipGroup
                        legend=l.pick("計算上の見通し", "Computed status").to_string()
                        key="status"
                        options=Status::ALL.iter().map(|s| (s.id().to_string(), l.pick(s.ja(), s.en()).to_string())).collect()
                        selected=Signal::derive(move || filter.with(|f| f.statuses.iter().map(|s| s.id().to_string()).collect()))
                        on_toggle=Callback::new(move |v: String| {
                            if let Some(status) = Status::from_id(&v) {
                                viewer.update_filter(|f| toggle(&mut f.statuses, status));
                            }
                        })
                        counts=counts_of(|_, c| Status::ALL.iter().map(|s| s.id().to_string()).zip(c.statuses.iter().copied()).collect())
                    />
                }
            }}
            <button
                type="button"
                class="clear"
                data-testid="clear-filters"
                prop:disabled=move || filter.with(Filter::is_empty)
                on:click=move |_| viewer.set_filter(Filter::default())
            >
                {move || lang.get().pick("すべて解除", "Clear all")}
            </button>
        </form>
    }
}

/// The five phases as a pipeline: click one to select it, then another to
/// select the range between; click the only selected one to clear.
#[component]
fn PhasePipeline() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let filter = viewer.filter;
    let phases = viewer.data.with_value(|d| d.phases.clone());
    let ids: Vec<String> = phases.iter().map(|p| p.id.clone()).collect();
    // Counts ignore the phase filter itself, so every step shows what it would add.
    let selection = viewer.selection;
    let click = move |index: usize| {
        let ids = ids.clone();
        viewer.update_filter(move |f| {
            let selected: Vec<usize> = ids
                .iter()
                .enumerate()
                .filter(|(_, id)| f.phases.contains(id))
                .map(|(i, _)| i)
                .collect();
            f.phases = match selected.as_slice() {
                [only] if *only == index => vec![],
                [only] => {
                    let (a, b) = if *only < index {
                        (*only, index)
                    } else {
                        (index, *only)
                    };
                    ids[a..=b].to_vec()
                }
                _ => vec![ids[index].clone()],
            };
        });
    };
    view! {
        <fieldset class="phase-pipeline" data-filter="phase">
            <legend>{move || lang.get().pick("研究開発のフェーズ", "Research phase")}</legend>
            <ol>
                {phases.into_iter().enumerate().map(|(i, phase)| {
                    let id = phase.id.clone();
                    let checked_id = phase.id.clone();
                    let click = click.clone();
                    view! {
                        <li>
                            <button
                                type="button"
                                data-phase=id.clone()
                                aria-pressed=move || filter.with(|f| f.phases.contains(&id)).to_string()
                                on:click=move |_| click(i)
                            >
                                <span class="phase-name">{move || lang.get().pick(&phase.name_ja, &phase.name_en).to_string()}</span>
                                <span class="phase-count">{move || {
                                    let (k, g) = selection.with(|s| s.phase_counts.get(i).copied().unwrap_or_default());
                                    format!("KPI {k} · {} {g}", lang.get().pick("事業", "prog."))
                                }}</span>
                            </button>
                            <span class="sr-only">{move || if filter.with(|f| f.phases.contains(&checked_id)) { "✓" } else { "" }}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <p class="note">{move || lang.get().pick(
                "※フェーズは本ビューアによる分類です（PDFの図から位置情報が失われたため、各事業・KPIの説明から分類）。",
                "※ Phases are our classification: the PDF lost the diagrams' positions, so each program and KPI was classified from its description.",
            )}</p>
        </fieldset>
    }
}
