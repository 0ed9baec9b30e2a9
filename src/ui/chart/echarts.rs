//! Our own binding to ECharts' lifecycle: it loads ECharts when the first
//! chart is drawn (views without charts never load it), initialises a
//! chart on a given element, replaces its option without merging (so
//! filtered-out series disappear), follows the element's size and disposes
//! the instance when dropped.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::chart::options::Spec;
use crate::ui::page::browser::{add_script, error_text};
use crate::ui::page::standalone;

#[wasm_bindgen]
extern "C" {
    /// An `echarts.ECharts` instance.
    type EChartsInstance;

    #[wasm_bindgen(catch, js_namespace = echarts, js_name = init)]
    fn echarts_init(
        element: &web_sys::HtmlElement,
        theme: &JsValue,
        opts: &JsValue,
    ) -> Result<EChartsInstance, JsValue>;

    #[wasm_bindgen(catch, method, js_name = setOption)]
    fn set_option(this: &EChartsInstance, option: &JsValue, opts: &JsValue) -> Result<(), JsValue>;

    #[wasm_bindgen(method)]
    fn resize(this: &EChartsInstance);

    #[wasm_bindgen(method, js_name = getWidth)]
    fn get_width(this: &EChartsInstance) -> f64;

    #[wasm_bindgen(method, js_name = getHeight)]
    fn get_height(this: &EChartsInstance) -> f64;

    #[wasm_bindgen(catch, method, js_name = getDataURL)]
    fn get_data_url(this: &EChartsInstance, opts: &JsValue) -> Result<String, JsValue>;

    #[wasm_bindgen(method)]
    fn dispose(this: &EChartsInstance);
}

/// A live chart bound to one element. Dropping it disposes the chart.
pub struct EChart {
    instance: EChartsInstance,
    element: web_sys::HtmlElement,
    /// The option last given, as JSON: an equal one is not drawn again.
    drawn: RefCell<String>,
    /// Set while a new option waits for the next frame: the resize then
    /// happens with it, so the observer leaves the chart alone.
    held: std::rc::Rc<std::cell::Cell<bool>>,
    observer: Option<web_sys::ResizeObserver>,
    _on_resize: Option<Closure<dyn FnMut()>>,
}

impl EChart {
    /// Initialises ECharts on `element` (canvas renderer, the only one our
    /// trimmed build has; Japanese locale). Fails with a readable message
    /// when the ECharts script is missing.
    pub fn mount(element: &web_sys::HtmlElement, theme: Option<&str>) -> Result<Self, String> {
        let opts = js_sys::Object::new();
        set_property(&opts, "renderer", &"canvas".into());
        set_property(&opts, "locale", &"JA".into());
        let theme = theme.map_or(JsValue::NULL, JsValue::from);
        let instance = echarts_init(element, &theme, &opts).map_err(echarts_error)?;
        let mut chart = Self {
            instance,
            element: element.clone(),
            drawn: RefCell::default(),
            held: std::rc::Rc::default(),
            observer: None,
            _on_resize: None,
        };
        chart.observe(element);
        Ok(chart)
    }

    /// Resizes the chart whenever its element changes size (unless a new
    /// option already drew it at that size: see [`EChart::set_json`]).
    fn observe(&mut self, element: &web_sys::HtmlElement) {
        let instance: JsValue = self.instance.clone().into();
        let watched = element.clone();
        let held = self.held.clone();
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            let instance = instance.unchecked_ref::<EChartsInstance>();
            if !held.get() && !fits(instance, &watched) {
                instance.resize();
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(element);
            self.observer = Some(observer);
            self._on_resize = Some(on_resize);
        }
    }

    /// Holds off the resize observer until the next [`EChart::set`].
    pub fn hold(&self) {
        self.held.set(true);
    }

    /// Replaces the whole option (`notMerge: true`) with the spec's chart
    /// and merges its extra JSON over it; an option equal to the one drawn
    /// (a filter change that leaves this chart as it is) is not drawn
    /// again, only resized if the element changed size meanwhile (the
    /// observer was held).
    pub fn set(&self, spec: &Spec) -> Result<(), String> {
        self.held.set(false);
        let json = serde_json::to_string(&spec.chart).map_err(|e| e.to_string())?;
        let key = format!("{json}\u{0}{}", spec.extra);
        if *self.drawn.borrow() == key {
            if !fits(&self.instance, &self.element) {
                self.instance.resize();
            }
            return Ok(());
        }
        self.set_json(&json, &spec.extra)?;
        *self.drawn.borrow_mut() = key;
        Ok(())
    }

    /// Replaces the whole option with an ECharts option given as JSON, with
    /// `extra` (JSON too) merged into it. When the element has changed size
    /// too (the achievement chart grows with its bars), the option is drawn
    /// once, at the new size, by the resize (`lazyUpdate` holds it until
    /// then), not once before and once after.
    pub fn set_json(&self, json: &str, extra: &str) -> Result<(), String> {
        let option = js_sys::JSON::parse(json).map_err(echarts_error)?;
        merge_into(&option, &js_sys::JSON::parse(extra).map_err(echarts_error)?);
        let resized = !fits(&self.instance, &self.element);
        let opts = js_sys::Object::new();
        set_property(&opts, "notMerge", &JsValue::TRUE);
        set_property(&opts, "lazyUpdate", &JsValue::from_bool(resized));
        self.instance
            .set_option(&option, &opts)
            .map_err(echarts_error)?;
        if resized {
            self.instance.resize();
        }
        Ok(())
    }
}

/// Whether the chart is drawn at its element's current size.
fn fits(instance: &EChartsInstance, element: &web_sys::HtmlElement) -> bool {
    f64::from(element.client_width()) == instance.get_width()
        && f64::from(element.client_height()) == instance.get_height()
}

impl EChart {
    /// The chart as a PNG data URL at twice the screen resolution, on an
    /// opaque background (text in the system's Japanese font).
    pub fn png_data_url(&self, background: &str) -> Result<String, String> {
        let opts = js_sys::Object::new();
        set_property(&opts, "type", &"png".into());
        set_property(&opts, "pixelRatio", &2.into());
        set_property(&opts, "backgroundColor", &background.into());
        self.instance.get_data_url(&opts).map_err(echarts_error)
    }
}

impl Drop for EChart {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
        self.instance.dispose();
    }
}

impl Clone for EChartsInstance {
    fn clone(&self) -> Self {
        JsValue::from(self).unchecked_into()
    }
}

/// Where our trimmed ECharts lies, relative to the page (`dist/echarts.min.js`).
const ECHARTS_URL: &str = "echarts.min.js";

thread_local! {
    /// The one load of ECharts that every chart waits on.
    static ECHARTS_LOAD: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

/// Name of the performance mark set each time pending chart options have
/// been drawn (`make bench` reads it).
pub const CHARTS_DRAWN_MARK: &str = "shinchoku:charts-drawn";

/// Sets the mark: the pending chart options have been drawn.
pub fn mark_charts_drawn() {
    if let Some(performance) = crate::ui::page::browser::window().and_then(|w| w.performance()) {
        // Only the latest: marks are never collected otherwise.
        performance.clear_marks_with_mark_name(CHARTS_DRAWN_MARK);
        let _ = performance.mark(CHARTS_DRAWN_MARK);
    }
}

/// Whether `window.echarts` is there.
pub fn echarts_present() -> bool {
    crate::ui::page::browser::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"echarts".into()).ok())
        .is_some_and(|e| e.is_object())
}

/// Loads ECharts with a `<script>` the first time it is needed (from the
/// page itself in the single-file edition); later calls wait on the same
/// load. Fails with a readable message when the file cannot be loaded.
pub async fn load_echarts() -> Result<(), String> {
    if echarts_present() {
        return Ok(());
    }
    let promise = ECHARTS_LOAD.with(|load| {
        load.borrow_mut()
            .get_or_insert_with(|| match standalone::inline_file(ECHARTS_URL) {
                Some(code) => run_inline(&code),
                None => add_script(ECHARTS_URL),
            })
            .clone()
    });
    let loaded = wasm_bindgen_futures::JsFuture::from(promise).await;
    if loaded.is_ok() && echarts_present() {
        Ok(())
    } else {
        // A later chart may try again (the file may come back).
        ECHARTS_LOAD.with(|load| load.borrow_mut().take());
        Err(format!("{ECHARTS_URL} could not be loaded"))
    }
}

/// Merges `extra` into `target`, key by key: objects into objects (an
/// object into the first of an array, as ECharts reads a lone axis),
/// anything else replacing what is there.
fn merge_into(target: &JsValue, extra: &JsValue) {
    let Some(extra) = extra.dyn_ref::<js_sys::Object>() else {
        return;
    };
    for key in js_sys::Object::keys(extra) {
        let value = js_sys::Reflect::get(extra, &key).unwrap_or(JsValue::UNDEFINED);
        let mut current = js_sys::Reflect::get(target, &key).unwrap_or(JsValue::UNDEFINED);
        if let Some(list) = current.dyn_ref::<js_sys::Array>() {
            current = list.get(0);
        }
        if value.is_object() && !js_sys::Array::is_array(&value) && current.is_object() {
            merge_into(&current, &value);
        } else {
            let _ = js_sys::Reflect::set(target, &key, &value);
        }
    }
}

/// Runs ECharts' code carried inline by the single-file edition (an inline
/// script runs as it is inserted): resolved when `window.echarts` is there.
fn run_inline(code: &str) -> js_sys::Promise {
    let document = leptos::prelude::document();
    if let Ok(script) = document.create_element("script") {
        script.set_text_content(Some(code));
        if let Some(head) = document.head() {
            let _ = head.append_child(&script);
        }
    }
    if echarts_present() {
        js_sys::Promise::resolve(&JsValue::UNDEFINED)
    } else {
        js_sys::Promise::reject(&"ECharts did not start".into())
    }
}

fn set_property(target: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(target, &key.into(), value);
}

/// What ECharts threw, as a message.
fn echarts_error(error: JsValue) -> String {
    error_text(&error, "unknown ECharts error")
}
