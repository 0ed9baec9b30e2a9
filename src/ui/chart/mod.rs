//! Charts: charming builds the option ([`options`]), [`echarts`] binds
//! ECharts' lifecycle, and [`Chart`] draws a reactive option on the page,
//! in the frame after the DOM has answered a change.

pub mod echarts;
pub mod options;

use leptos::html;
use leptos::prelude::*;

use crate::ui::page::browser::{after_next_frame, next_paint, save_as};
use crate::ui::page::state::PageQuery;
use echarts::{echarts_present, load_echarts, mark_charts_drawn, EChart};

/// Whether ECharts is there, loading it (once, for every chart) after the
/// page's first frame is drawn: the headline and tables come first, and
/// running ECharts takes a few dozen milliseconds the first screen need not
/// wait for. A failed load is set in `error`.
fn load_after_first_frame(error: RwSignal<Option<String>>) -> RwSignal<bool> {
    let loaded = RwSignal::new(echarts_present());
    if !loaded.get_untracked() {
        leptos::task::spawn_local(async move {
            next_paint().await;
            match load_echarts().await {
                Ok(()) => loaded.set(true),
                Err(message) => error.set(Some(message)),
            }
        });
    }
    loaded
}

/// The live chart on the element, with the theme it was made for.
type Live = StoredValue<Option<(bool, EChart)>, LocalStorage>;

/// Draws each new option once the frame that answers the change has been
/// painted: that frame shows the tables, counts and cards at once, and the
/// charts follow in the next one (several changes before then are drawn
/// once). The chart is made again when the theme changes.
fn draw_each_option_after_its_frame(
    option: Signal<charming::Chart>,
    dark: Signal<bool>,
    node: NodeRef<html::Div>,
    chart: Live,
    loaded: RwSignal<bool>,
    error: RwSignal<Option<String>>,
) {
    let latest = StoredValue::new_local(None::<(charming::Chart, bool)>);
    let draw = move || {
        let Some(Some((option, dark))) = latest.try_update_value(Option::take) else {
            return;
        };
        let Some(element) = node.get_untracked() else {
            return;
        };
        if chart.with_value(|c| c.as_ref().is_none_or(|(d, _)| *d != dark)) {
            chart.set_value(None);
            match EChart::mount(&element, dark.then_some("dark")) {
                Ok(mounted) => chart.set_value(Some((dark, mounted))),
                Err(message) => {
                    error.set(Some(message));
                    return;
                }
            }
        }
        chart.with_value(|c| {
            if let Some(Err(message)) = c.as_ref().map(|(_, c)| c.set(&option)) {
                error.set(Some(message));
            }
        });
        mark_charts_drawn();
    };
    Effect::new(move |_| {
        let option = option.get();
        let dark = dark.get();
        if node.get().is_none() || !loaded.get() {
            return;
        }
        let waiting = latest.with_value(Option::is_some);
        latest.set_value(Some((option, dark)));
        chart.with_value(|c| {
            if let Some((_, c)) = c {
                c.hold();
            }
        });
        if !waiting {
            after_next_frame(draw);
        }
    });
}

/// A chart whose option follows a reactive `option`. `label` describes the
/// chart for screen readers; views also show its data as a table. The
/// chart is re-created when `dark` changes (ECharts themes are fixed at init)
/// and disposed when the component unmounts.
#[component]
pub fn Chart(
    /// The chart's option, rebuilt when its inputs change.
    #[prop(into)]
    option: Signal<charming::Chart>,
    /// Accessible description of the chart.
    #[prop(into)]
    label: Signal<String>,
    /// Height in pixels (default 320).
    #[prop(optional, into)]
    height: Option<Signal<u32>>,
    /// Whether to use ECharts' dark theme.
    #[prop(optional, into)]
    dark: Signal<bool>,
    /// File name (without extension) for the PNG download.
    #[prop(default = "shinchoku-chart")]
    file_name: &'static str,
) -> impl IntoView {
    let node = NodeRef::<html::Div>::new();
    let chart = StoredValue::new_local(None::<(bool, EChart)>);
    let error = RwSignal::new(None::<String>);
    let loaded = load_after_first_frame(error);
    draw_each_option_after_its_frame(option, dark, node, chart, loaded, error);
    let style = move || format!("height:{}px", height.map_or(320, |h| h.get()));
    let save_png = move |_| {
        let background = if dark.get_untracked() {
            "#1b2027"
        } else {
            "#ffffff"
        };
        let url = chart.with_value(|c| c.as_ref().map(|(_, c)| c.png_data_url(background)));
        if let Some(Ok(url)) = url {
            let _ = save_as(&url, &format!("{file_name}.png"));
        }
    };
    // In the page, its language; alone (tests), both.
    let lang = use_context::<PageQuery>().map(|p| p.lang);
    let say = move |ja: &'static str, en: &'static str| match lang.map(|l| l.get()) {
        Some(crate::core::text::lang::Lang::Ja) => view! { <span lang="ja">{ja}</span> }.into_any(),
        Some(crate::core::text::lang::Lang::En) => en.into_any(),
        None => view! { <span lang="ja">{ja}</span>" / "{en} }.into_any(),
    };
    view! {
        <div class="chart-frame">
            <button type="button" class="chart-save" data-testid="chart-png" on:click=save_png>
                "PNG"<span class="sr-only">" "{move || say("グラフを画像で保存", "save the chart as an image")}</span>
            </button>
            <div node_ref=node class="chart" style=style role="img" aria-label=move || label.get() aria-busy=move || (!loaded.get()).to_string()></div>
            {move || error.get().map(|message| view! {
                <p class="chart-error" role="alert">{say("グラフを表示できません", "Chart unavailable")}": " {message}</p>
            })}
        </div>
    }
}
