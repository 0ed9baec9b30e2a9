//! Charts: [`options`] builds the option, [`echarts`] binds
//! ECharts' lifecycle, and [`Chart`] draws a reactive option on the page,
//! in the frame after the DOM has answered a change.

pub mod echarts;
pub mod options;

use leptos::html;
use leptos::prelude::*;

use crate::ui::page::browser::{after_next_frame, next_paint, save_as};
use crate::ui::page::state::PageQuery;
use echarts::{echarts_present, load_echarts, mark_charts_drawn, EChart};
use options::Spec;

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
    option: Signal<Spec>,
    dark: Signal<bool>,
    node: NodeRef<html::Div>,
    chart: Live,
    loaded: RwSignal<bool>,
    error: RwSignal<Option<String>>,
) {
    let latest = StoredValue::new_local(None::<(Spec, bool)>);
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
        chart.with_value(|c| match c.as_ref().map(|(_, c)| c.set(&option)) {
            Some(Err(message)) => error.set(Some(message)),
            // Drawn: the prerendered page's SVG of it goes.
            Some(Ok(())) => remove_images(&element),
            None => {}
        });
        mark_charts_drawn();
    };
    // A prerendered chart's SVG shows the first option only: when the
    // option changes (another language, a filter) before ECharts has drawn
    // it, the SVG goes rather than show what the page no longer says.
    Effect::new(move |first_run: Option<()>| {
        option.track();
        if first_run.is_some() {
            if let Some(element) = node.get_untracked() {
                remove_images(&element);
            }
        }
    });
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

/// Class of a prerendered chart's SVG, kept in the chart's element until
/// ECharts has drawn it (see `ui::start`).
pub const IMAGE_CLASS: &str = "chart-svg";

/// Removes the prerendered SVG from a drawn chart's element.
fn remove_images(element: &web_sys::HtmlElement) {
    if let Ok(images) = element.query_selector_all(&format!(":scope > .{IMAGE_CLASS}")) {
        for i in 0..images.length() {
            if let Some(image) = images
                .get(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            {
                image.remove();
            }
        }
    }
}

/// The charts of a page rendered at build time, in the order they appear:
/// each one's option, drawn to SVG after the page is written (the chart's
/// element carries its position as `data-svg`).
#[derive(Clone, Default)]
pub struct ChartImages(std::sync::Arc<std::sync::Mutex<Vec<ChartImage>>>);

/// One chart of a page rendered at build time.
#[derive(Clone, Debug)]
pub struct ChartImage {
    /// The chart's option, as JSON.
    pub option: String,
    /// ECharts option JSON merged over it.
    pub extra: String,
    /// The chart's height in pixels.
    pub height: u32,
}

impl ChartImages {
    /// Adds a chart; its position among the page's charts.
    fn add(&self, spec: &Spec, height: u32) -> usize {
        let mut images = self.0.lock().unwrap_or_else(|e| e.into_inner());
        images.push(ChartImage {
            option: serde_json::to_string(&spec.chart).unwrap_or_default(),
            extra: spec.extra.clone(),
            height,
        });
        images.len() - 1
    }

    /// The charts added so far, taken out.
    pub fn take(&self) -> Vec<ChartImage> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

/// A chart whose option follows a reactive `option`. `label` describes the
/// chart for screen readers; views also show its data as a table. The
/// chart is re-created when `dark` changes (ECharts themes are fixed at init)
/// and disposed when the component unmounts.
#[component]
pub fn Chart(
    /// The chart's option, rebuilt when its inputs change.
    #[prop(into)]
    option: Signal<Spec>,
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
    let height = move || height.map_or(320, |h| h.get());
    // At build time the option is kept to be drawn as SVG; in the browser
    // ECharts draws it (the SVG, if the page had one, stays until then).
    let image =
        use_context::<ChartImages>().map(|images| images.add(&option.get_untracked(), height()));
    let loaded = if image.is_some() {
        RwSignal::new(false)
    } else {
        let loaded = load_after_first_frame(error);
        draw_each_option_after_its_frame(option, dark, node, chart, loaded, error);
        loaded
    };
    let style = move || format!("height:{}px", height());
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
            <div node_ref=node class="chart" data-svg=image style=style role="img" aria-label=move || label.get() aria-busy=move || (!loaded.get()).to_string()></div>
            {move || error.get().map(|message| view! {
                <p class="chart-error" role="alert">{say("グラフを表示できません", "Chart unavailable")}": " {message}</p>
            })}
        </div>
    }
}
