//! Checkbox chips for one filter dimension, and, for a dimension with too
//! many values for chips, a field that adds values as you type.

use leptos::prelude::*;

use crate::core::text::lang::Lang;
use crate::ui::page::state::Viewer;
use crate::ui::widgets::listed::Listed;

/// A group of checkbox chips for one filter dimension: each box's checked
/// state follows the URL (`prop:checked`; the `checked` attribute too, so
/// a page rendered at build time shows it), each count its own memo.
#[component]
pub fn ChipGroup(
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
    counts: Option<Signal<Vec<(String, usize)>>>,
    /// Whether chips that would give nothing (and are not chosen) stay out
    /// of sight and of the tab order until the reader asks for them all.
    #[prop(optional)]
    fold_zero: bool,
) -> impl IntoView {
    let lang = Viewer::get().lang;
    let folded = RwSignal::new(fold_zero);
    // The chips folded away: none to give, and not chosen.
    let hidden_count = Memo::new(move |_| {
        counts.map_or(0, |c| {
            c.with(|c| {
                selected.with(|s| c.iter().filter(|(v, n)| *n == 0 && !s.contains(v)).count())
            })
        })
    });
    let chips = options
        .into_iter()
        .map(|(value, label)| {
            let checked = {
                let value = value.clone();
                Memo::new(move |_| selected.with(|s| s.contains(&value)))
            };
            let count = counts.map(|counts| {
                let value = value.clone();
                Memo::new(move |_| counts.with(|c| count_of(c, &value)))
            });
            let toggled = value.clone();
            view! {
                <label class="chip" class:zero=move || count.is_some_and(|n| n.get() == 0)>
                    <input
                        type="checkbox"
                        value=value
                        checked=checked
                        prop:checked=checked
                        on:change=move |_| on_toggle.run(toggled.clone())
                    />
                    <span>{label}</span>
                    {count.map(|n| view! { <span class="chip-count">{move || n.get()}</span> })}
                </label>
            }
        })
        .listed();
    view! {
        <fieldset class="chip-group" class:folded=move || folded.get() data-filter=key>
            <legend>{legend}</legend>
            <div class="chips">{chips}</div>
            {fold_zero.then(|| view! {
                <button type="button" class="more-chips" data-testid=format!("{key}-more") aria-expanded=move || (!folded.get()).to_string()
                    hidden=move || hidden_count.get() == 0 && folded.get()
                    on:click=move |_| folded.update(|f| *f = !*f)>
                    {move || match (folded.get(), lang.get()) {
                        (true, Lang::Ja) => format!("該当なしの{}件も表示", hidden_count.get()),
                        (true, Lang::En) => format!("Show {} with none", hidden_count.get()),
                        (false, l) => l.pick("該当なしを隠す", "Hide those with none").to_string(),
                    }}
                </button>
            })}
        </fieldset>
    }
}

/// Above this many projects the project filter is a [`ChoicePicker`]
/// instead of chips: the real report has 7 (with その他), a synthetic one thousands.
pub const CHIP_LIMIT: usize = 24;

/// A filter dimension with too many values for chips: type to find a value
/// in a list (`<datalist>`, which the browser does not lay out) and pick it
/// to add it; the selected values are chips that uncheck to remove.
#[component]
pub fn ChoicePicker(
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
    // (value, label) pairs, looked up by either; a filter's choices are few.
    let pairs = options.clone();
    let labels = options.clone();
    let (list_id, input_id) = (format!("{key}-choices"), format!("{key}-pick"));
    let choices = options
        .into_iter()
        .map(|(_, label)| view! { <option value=label></option> })
        .listed();
    let pick = move |ev: web_sys::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let typed = input.value();
        if let Some((value, _)) = pairs.iter().find(|(_, label)| label == typed.trim()) {
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
                Lang::Ja => format!("{count}件から名前を入力して追加"),
                Lang::En => format!("Type to add one of {count}"),
            }}</label>
            <input id=input_id type="search" class="choice-pick" list=list_id.clone() autocomplete="off" data-testid=format!("{key}-pick") on:change=pick />
            <datalist id=list_id>{choices}</datalist>
            <div class="chips">
                {move || selected.get().into_iter().map(|value| {
                    let label = labels
                        .iter()
                        .find(|(v, _)| *v == value)
                        .map_or_else(|| value.clone(), |(_, label)| label.clone());
                    let toggled = value.clone();
                    view! {
                        <label class="chip">
                            <input type="checkbox" value=value checked prop:checked=true on:change=move |_| on_toggle.run(toggled.clone()) />
                            <span>{label}</span>
                        </label>
                    }
                }).listed()}
            </div>
        </fieldset>
    }
}

/// The KPIs a chip's value gives, from a filter's counts (a few values,
/// scanned).
fn count_of(counts: &[(String, usize)], value: &str) -> usize {
    counts
        .iter()
        .find(|(v, _)| v == value)
        .map_or(0, |&(_, n)| n)
}
