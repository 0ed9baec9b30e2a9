//! Browser tests (wasm-bindgen-test in headless Chromium) of the chart
//! binding: it mounts ECharts into a node, replaces options without
//! merging, and disposes the instance when dropped; of the core's one
//! call into JavaScript, text folding; and of the status colours, the
//! charts' and the stylesheet's.
#![cfg(target_arch = "wasm32")]

use shinchoku::ui::chart::echarts::EChart;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ECHARTS_JS: &str = include_str!("../target/echarts/echarts.min.js");

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = echarts, js_name = getInstanceByDom)]
    fn get_instance_by_dom(element: &web_sys::HtmlElement) -> JsValue;
}

/// Loads ECharts into the test page once, as index.html does in the app.
fn load_echarts() {
    let window = web_sys::window().unwrap();
    if js_sys::Reflect::get(&window, &"echarts".into())
        .unwrap()
        .is_object()
    {
        return;
    }
    let document = window.document().unwrap();
    let script = document.create_element("script").unwrap();
    script.set_text_content(Some(ECHARTS_JS));
    document.body().unwrap().append_child(&script).unwrap();
}

fn sized_div() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    div.set_attribute("style", "width: 400px; height: 300px")
        .unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

/// The first component of `key` in the chart's option as ECharts holds it
/// (`getOption()` gives every component as an array), or the array itself
/// for `series`.
fn option_of(element: &web_sys::HtmlElement, key: &str) -> JsValue {
    let instance = get_instance_by_dom(element);
    let get_option: js_sys::Function = js_sys::Reflect::get(&instance, &"getOption".into())
        .unwrap()
        .unchecked_into();
    let option = get_option.call0(&instance).unwrap();
    let value = js_sys::Reflect::get(&option, &key.into()).unwrap();
    if key == "series" {
        value
    } else {
        value.unchecked_into::<js_sys::Array>().get(0)
    }
}

fn series_count(element: &web_sys::HtmlElement) -> u32 {
    option_of(element, "series")
        .unchecked_into::<js_sys::Array>()
        .length()
}

/// An option of a bar series per name, as JSON.
fn bars(names: &[&str]) -> String {
    let series: Vec<_> = names
        .iter()
        .map(|name| serde_json::json!({ "type": "bar", "name": name, "data": [1, 2] }))
        .collect();
    serde_json::json!({
        "xAxis": { "data": ["a", "b"] },
        "yAxis": {},
        "series": series,
    })
    .to_string()
}

#[wasm_bindgen_test]
fn mounts_a_chart_into_a_node_and_disposes_it_on_drop() {
    load_echarts();
    let div = sized_div();
    let chart = EChart::mount(&div, None).expect("echarts is loaded");
    chart.set_json(&bars(&["A"]), "{}").unwrap();
    assert!(
        get_instance_by_dom(&div).is_object(),
        "instance bound to the node"
    );
    assert!(
        div.query_selector("canvas").unwrap().is_some(),
        "drawn on a canvas"
    );
    drop(chart);
    assert!(get_instance_by_dom(&div).is_undefined(), "disposed on drop");
    assert_eq!(div.child_element_count(), 0, "dispose clears the node");
}

#[wasm_bindgen_test]
fn a_new_option_replaces_the_old_one_instead_of_merging() {
    load_echarts();
    let div = sized_div();
    let chart = EChart::mount(&div, None).unwrap();
    chart.set_json(&bars(&["A", "B"]), "{}").unwrap();
    assert_eq!(series_count(&div), 2);
    chart.set_json(&bars(&["A"]), "{}").unwrap();
    assert_eq!(series_count(&div), 1, "the filtered-out series is gone");
}

#[wasm_bindgen_test]
fn invalid_option_json_is_an_error_not_a_panic() {
    load_echarts();
    let div = sized_div();
    let chart = EChart::mount(&div, None).unwrap();
    assert!(chart.set_json("{not json", "{}").is_err());
}

#[wasm_bindgen_test]
fn mounting_without_echarts_is_a_readable_error() {
    load_echarts();
    let window = web_sys::window().unwrap();
    let saved = js_sys::Reflect::get(&window, &"echarts".into()).unwrap();
    js_sys::Reflect::set(&window, &"echarts".into(), &JsValue::UNDEFINED).unwrap();
    let result = EChart::mount(&sized_div(), None);
    js_sys::Reflect::set(&window, &"echarts".into(), &saved).unwrap();
    let message = result.err().expect("mount fails without echarts");
    assert!(!message.is_empty());
}

#[wasm_bindgen_test]
fn the_trimmed_build_has_the_dark_theme_and_stacked_bars_with_a_legend() {
    load_echarts();
    let div = sized_div();
    let chart = EChart::mount(&div, Some("dark")).expect("dark theme exists");
    chart
        .set_json(r#"{"legend":{},"xAxis":{"type":"value"},"yAxis":{"type":"category","data":["a"]},"series":[{"type":"bar","name":"x","stack":"s","data":[1]},{"type":"bar","name":"y","stack":"s","data":[2]}]}"#, "{}")
        .unwrap();
    assert!(div.query_selector("canvas").unwrap().is_some());
}

#[wasm_bindgen_test]
fn the_extra_json_is_merged_into_the_option_a_lone_axis_included() {
    load_echarts();
    let div = sized_div();
    let chart = EChart::mount(&div, None).unwrap();
    chart
        .set_json(
            r#"{"xAxis":{"type":"value"},"yAxis":{"type":"category","data":["a"],"axisLabel":{"color":"red"}},"series":[{"type":"bar","data":[1]}]}"#,
            r#"{"yAxis":{"axisLabel":{"width":120,"overflow":"truncate"}}}"#,
        )
        .unwrap();
    let label = js_sys::Reflect::get(&option_of(&div, "yAxis"), &"axisLabel".into()).unwrap();
    let get = |key: &str| js_sys::Reflect::get(&label, &key.into()).unwrap();
    assert_eq!(get("width").as_f64(), Some(120.0));
    assert_eq!(get("overflow").as_string().as_deref(), Some("truncate"));
    assert_eq!(
        get("color").as_string().as_deref(),
        Some("red"),
        "what was there stays"
    );
}

#[wasm_bindgen_test]
fn folding_lower_cases_every_character_as_rust_does() {
    use shinchoku::core::text::fold::{fold, fold_many};
    // Every code point (but the separator fold_many joins with), each after
    // the browser's NFKC: lower-cased as char::to_lowercase lower-cases it.
    let all: Vec<String> = (0..0x11_0000)
        .filter_map(char::from_u32)
        .filter(|&c| c != '\u{1F}')
        .map(String::from)
        .collect();
    let nfkc: String = js_sys::JsString::from(all.join("\u{1F}"))
        .normalize("NFKC")
        .into();
    let expected: Vec<String> = nfkc
        .split('\u{1F}')
        .map(|t| t.chars().flat_map(char::to_lowercase).collect())
        .collect();
    assert_eq!(fold_many(&all), expected);
    // A capital sigma ending a word too (JavaScript alone writes ς).
    assert_eq!(fold("ΟΔΟΣ ΣΑ"), "οδοσ σα");
}

/// The stylesheet colours each status as the charts do, in both themes: a
/// prerendered page has its status colours before the app, and where it
/// never runs.
#[wasm_bindgen_test]
fn the_stylesheet_has_the_charts_status_colours() {
    use shinchoku::core::engine::progress::Status;
    use shinchoku::ui::widgets::status::status_color;
    let css = include_str!("../style/main.css");
    for status in Status::ALL {
        let id = status.id();
        let light = format!(".status-{id} {{ color: {}; }}", status_color(status, false));
        let dark = format!(
            "[data-theme=\"dark\"] .status-{id} {{ color: {}; }}",
            status_color(status, true)
        );
        assert!(css.contains(&light), "style/main.css has no `{light}`");
        assert!(css.contains(&dark), "style/main.css has no `{dark}`");
    }
}
