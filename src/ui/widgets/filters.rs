//! The filter panel. Every control writes the URL through [`Viewer`]; none
//! keeps state of its own, so reload, back/forward and shared links restore it.

use leptos::prelude::*;

use crate::core::dataset::model::{Dataset, Grade, KpiKind, MinistryScope};
use crate::core::engine::progress::Status;
use crate::core::present::vocab;
use crate::core::select::counts::ChipCounts;
use crate::core::select::filter::{Filter, OTHER_PROJECT};
use crate::core::text::lang::Lang;
use crate::ui::page::state::Viewer;
use crate::ui::widgets::chips::{ChipGroup, ChoicePicker, CHIP_LIMIT};
use crate::ui::widgets::phases::PhasePipeline;
use crate::ui::widgets::text::{text_in, words_in};

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

/// One filter dimension as the panel draws it: its values and labels, the
/// values selected, how a value toggles and each chip's count.
struct Dimension {
    legend: String,
    key: &'static str,
    options: Vec<(String, String)>,
    selected: Signal<Vec<String>>,
    on_toggle: Callback<String>,
    counts: Signal<Vec<(String, usize)>>,
}

impl Dimension {
    /// A dimension whose values are enum ids (`Grade`, `KpiKind`, `Status`).
    fn of_ids<T: Copy + PartialEq + Send + Sync + 'static>(
        legend: &str,
        key: &'static str,
        values: &[T],
        id: fn(T) -> &'static str,
        label: impl Fn(T) -> String,
        list: fn(&mut Filter) -> &mut Vec<T>,
        counts: Signal<Vec<(String, usize)>>,
    ) -> Self {
        let viewer = Viewer::get();
        let all: Vec<T> = values.to_vec();
        let from_id = move |v: &str| all.iter().copied().find(|&x| id(x) == v);
        Self {
            legend: legend.to_string(),
            key,
            options: values
                .iter()
                .map(|&v| (id(v).to_string(), label(v)))
                .collect(),
            selected: Signal::derive(move || {
                viewer.filter.with(|f| {
                    let mut f = f.clone();
                    list(&mut f).iter().map(|&v| id(v).to_string()).collect()
                })
            }),
            on_toggle: Callback::new(move |v: String| {
                if let Some(value) = from_id(&v) {
                    viewer.update_filter(|f| toggle(list(f), value));
                }
            }),
            counts,
        }
    }

    fn chips(self) -> impl IntoView {
        let Self {
            legend,
            key,
            options,
            selected,
            on_toggle,
            counts,
        } = self;
        view! { <ChipGroup legend key options selected on_toggle counts /> }
    }
}

/// KPIs per chip for the current selection, per value id, as `pick` reads
/// them from the selection's chip counts.
fn counts_of(
    viewer: Viewer,
    pick: fn(&Dataset, &ChipCounts) -> Vec<(String, usize)>,
) -> Signal<Vec<(String, usize)>> {
    // Its own memo, so that chips whose counts stay are not touched.
    let counts = Memo::new(move |_| viewer.selection.with(|s| s.chips.clone()));
    Signal::derive(move || counts.with(|c| viewer.data.with_value(|d| pick(d, c))))
}

/// A list dimension of the filter (ministries, projects) as a signal and a toggle.
fn list_of(
    viewer: Viewer,
    list: fn(&mut Filter) -> &mut Vec<String>,
) -> (Signal<Vec<String>>, Callback<String>) {
    (
        Signal::derive(move || viewer.filter.with(|f| list(&mut f.clone()).clone())),
        Callback::new(move |value: String| viewer.update_filter(|f| toggle(list(f), value))),
    )
}

/// The ministries named in some project or initiative, labelled in `lang`
/// (English names are long: the acronym where there is one).
fn ministry_options(d: &Dataset, lang: Lang) -> Vec<(String, String)> {
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
            let label = match lang {
                Lang::Ja => m.name_ja.clone(),
                Lang::En => m.short_name(lang).to_string(),
            };
            (m.id.clone(), label)
        })
        .collect()
}

/// The projects, numbered, and その他.
fn project_options(d: &Dataset, lang: Lang) -> Vec<(String, String)> {
    d.projects
        .iter()
        .map(|p| {
            (
                p.id.clone(),
                format!("{} {}", p.number, lang.pick(&p.name_ja, &p.name_en)),
            )
        })
        .chain([(
            OTHER_PROJECT.to_string(),
            lang.pick("その他", "Other").to_string(),
        )])
        .collect()
}

/// The whole filter panel.
#[component]
pub fn FilterBar() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let filter = viewer.filter;
    view! {
        <form class="filters" role="search" aria-label=words_in(lang, vocab::FILTERS)
            on:submit=|ev| ev.prevent_default()>
            <SearchBox />
            {move || {
                let l = lang.get();
                let meaning = move |g: Grade| viewer.data.with_value(|d| d.report.grade_meaning(g, l).to_string());
                view! {
                    {Dimension::of_ids(vocab::COMPUTED_STATUS.get(l), "status", &Status::ALL, Status::id, |s| vocab::status(s, l).to_string(), |f| &mut f.statuses,
                        counts_of(viewer, |_, c| Status::ALL.iter().map(|s| s.id().to_string()).zip(c.statuses.iter().copied()).collect())).chips()}
                    {Dimension::of_ids(vocab::REPORTS_GRADE.get(l), "grade", &Grade::ALL, Grade::id, move |g| format!("{} {}", g.id(), meaning(g)), |f| &mut f.grades,
                        counts_of(viewer, |_, c| Grade::ALL.iter().zip(c.grades).map(|(g, n)| (g.id().to_string(), n)).collect())).chips()}
                }
            }}
            {move || {
                let l = lang.get();
                let (selected, on_toggle) = list_of(viewer, |f| &mut f.ministries);
                let counts = counts_of(viewer, |d, c| d.ministries.iter().map(|m| m.id.clone()).zip(c.ministries.iter().copied()).collect());
                let options = viewer.data.with_value(|d| ministry_options(d, l));
                view! { <ChipGroup legend=vocab::MINISTRY.get(l).to_string() key="ministry" options selected on_toggle counts fold_zero=true /> }
            }}
            <label class="switch" data-filter="lead">
                <input
                    type="checkbox"
                    checked=move || filter.with(|f| f.lead_only)
                    prop:checked=move || filter.with(|f| f.lead_only)
                    on:change=move |_| viewer.update_filter(|f| f.lead_only = !f.lead_only)
                />
                <span>{text_in(lang, "主担当（◎）のみ", "Lead (◎) only")}</span>
            </label>
            {move || {
                let l = lang.get();
                let legend = vocab::PROJECTS.get(l).to_string();
                let options = viewer.data.with_value(|d| project_options(d, l));
                let (selected, on_toggle) = list_of(viewer, |f| &mut f.projects);
                if options.len() <= CHIP_LIMIT {
                    let counts = counts_of(viewer, |d, c| d.projects.iter().map(|p| p.id.clone()).zip(c.projects.iter().copied()).collect());
                    view! { <ChipGroup legend key="project" options selected on_toggle counts /> }.into_any()
                } else {
                    view! { <ChoicePicker legend key="project" options selected on_toggle /> }.into_any()
                }
            }}
            <PhasePipeline />
            {move || {
                let l = lang.get();
                Dimension::of_ids(lang.get().pick("KPIの種類", "KPI kind"), "kind", &KpiKind::ALL, KpiKind::id, |k| vocab::kind(k, l).to_string(), |f| &mut f.kinds,
                    counts_of(viewer, |_, c| KpiKind::ALL.iter().zip(c.kinds).map(|(k, n)| (k.id().to_string(), n)).collect())).chips()
            }}
            <button
                type="button"
                class="clear"
                data-testid="clear-filters"
                disabled=move || filter.with(Filter::is_empty)
                on:click=move |_| viewer.set_filter(Filter::default())
            >
                {text_in(lang, "すべて解除", "Clear all")}
            </button>
        </form>
    }
}

/// The search box: filters as you type, but not while an input method is
/// composing (kana to kanji), when the text is not yet what the reader means.
#[component]
fn SearchBox() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let set_query = move |q: String| viewer.update_filter(|f| f.query = q);
    view! {
        <div class="filter-search">
            <label for="filter-q">{words_in(lang, vocab::SEARCH)}</label>
            <input
                id="filter-q"
                type="search"
                data-filter="q"
                autocomplete="off"
                aria-describedby="filter-q-hint"
                placeholder=text_in(lang, "KPI名・事業名・本文", "KPIs, programs, text")
                value=move || viewer.filter.with(|f| f.query.clone())
                prop:value=move || viewer.filter.with(|f| f.query.clone())
                on:input=move |ev| {
                    // Filter and write the URL once, at compositionend.
                    if !is_composing(&ev) {
                        set_query(event_target_value(&ev));
                    }
                }
                on:compositionend=move |ev| set_query(event_target_value(&ev))
            />
            // Under the box, not in its placeholder, where it was cut off.
            <p class="hint" id="filter-q-hint">{text_in(lang, "全角・半角、大文字・小文字を区別しません", "Full- and half-width letters and case are treated alike")}</p>
        </div>
    }
}
