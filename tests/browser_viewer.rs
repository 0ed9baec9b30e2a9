//! Browser component tests: the viewer rendered from the small `mini`
//! dataset, and the filter state ↔ URL query round trip.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::prelude::*;
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::ui::viewer::ViewerRoot;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const ECHARTS_JS: &str = include_str!("../target/echarts/echarts.min.js");

/// Lets the browser run its queued tasks (Leptos' effects among them) once.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until `done` holds, letting the browser work in between; fails
/// the test, naming `what`, if it never does.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..2_000 {
        if done() {
            return;
        }
        yield_to_browser().await;
    }
    panic!("never happened: {what}");
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the viewer at `query` into a fresh node and waits for it to render.
async fn mount(query: &str) -> web_sys::HtmlElement {
    if js_sys::Reflect::get(&web_sys::window().unwrap(), &"echarts".into())
        .unwrap()
        .is_undefined()
    {
        let script = document().create_element("script").unwrap();
        script.set_text_content(Some(ECHARTS_JS));
        document().body().unwrap().append_child(&script).unwrap();
    }
    let history = web_sys::window().unwrap().history().unwrap();
    let path = web_sys::window().unwrap().location().pathname().unwrap();
    history
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{query}")),
        )
        .unwrap();
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let dataset = Arc::new(parse_dataset(include_str!("fixtures/mini.json")).unwrap());
    leptos::mount::mount_to(
        host.clone(),
        move || view! { <ViewerRoot dataset=dataset.clone() /> },
    )
    .forget();
    let shown = host.clone();
    until("the viewer renders", move || {
        shown
            .query_selector("[data-testid=kpi-count]")
            .unwrap()
            .is_some()
    })
    .await;
    host
}

fn count_text(host: &web_sys::HtmlElement) -> String {
    host.query_selector("[data-testid=kpi-count]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
}

fn all(host: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let list = host.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().unchecked_into())
        .collect()
}

fn search() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

#[wasm_bindgen_test]
async fn overview_renders_cards_and_counts() {
    let host = mount("").await;
    assert_eq!(count_text(&host), "4件のKPIを表示中");
    // A card per project (the scorecard's rows carry data-project-id too).
    assert_eq!(all(&host, ".card[data-project-id]").len(), 2);
    assert_eq!(all(&host, "[data-filter]").len(), 8);
    host.remove();
}

#[wasm_bindgen_test]
async fn the_url_query_restores_the_filter() {
    let host = mount("?view=kpis&project=beta&grade=B").await;
    let rows = all(&host, "tr[data-kpi-id]:not([hidden])");
    assert_eq!(rows.len(), 1);
    assert_eq!(
        rows[0].get_attribute("data-kpi-id").as_deref(),
        Some("beta-slow")
    );
    assert_eq!(
        rows[0].get_attribute("data-status").as_deref(),
        Some("at_risk")
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn a_filter_click_writes_the_url() {
    let host = mount("?view=kpis").await;
    let alpha: web_sys::HtmlElement = host
        .query_selector("[data-filter=project] input[value=alpha]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    alpha.click();
    until("the table shows alpha's two KPIs", || {
        all(&host, "tr[data-kpi-id]:not([hidden])").len() == 2
    })
    .await;
    assert!(search().contains("project=alpha"), "{}", search());
    assert!(
        search().contains("view=kpis"),
        "other keys are kept: {}",
        search()
    );
    assert_eq!(all(&host, "tr[data-kpi-id]:not([hidden])").len(), 2);
    host.remove();
}

#[wasm_bindgen_test]
async fn unknown_values_show_a_notice_not_a_crash() {
    let host = mount("?ministry=nowhere&view=kpis&status=%E2%9C%93").await;
    let notice = host
        .query_selector("[data-testid=ignored-params]")
        .unwrap()
        .expect("notice shown");
    assert!(notice.text_content().unwrap().contains("ministry=nowhere"));
    assert_eq!(all(&host, "tr[data-kpi-id]:not([hidden])").len(), 4);
    host.remove();
}

#[wasm_bindgen_test]
async fn every_view_renders_from_the_small_dataset() {
    for (view, selector) in [
        ("overview", "[data-project-id]"),
        ("kpis", "tr[data-kpi-id]:not([hidden])"),
        ("ministry", ".ministry-view"),
        ("initiatives", "[data-initiative-id]"),
        ("changes", "[data-testid=year-review] li[data-kpi-id]"),
    ] {
        let host = mount(&format!("?view={view}")).await;
        assert!(
            !all(&host, selector).is_empty(),
            "view {view} shows {selector}"
        );
        host.remove();
    }
}

/// The methodology view fetches its page from beside the app (the test
/// runner serves the crate's own `docs/`), in the UI language, and shows
/// it in place of the loading state.
#[wasm_bindgen_test]
async fn the_methodology_view_fetches_its_page_in_the_ui_language() {
    for (query, lang, heading) in [
        ("?view=method", "ja", "進捗の計算方法"),
        ("?view=method&lang=en", "en", "How progress is computed"),
    ] {
        let host = mount(query).await;
        let shown = host.clone();
        until("the page is shown", move || {
            !all(&shown, "[data-testid=methodology] h1").is_empty()
        })
        .await;
        let page = host
            .query_selector("[data-testid=methodology]")
            .unwrap()
            .unwrap();
        assert_eq!(page.get_attribute("lang").as_deref(), Some(lang));
        let h1 = page.query_selector("h1").unwrap().unwrap().text_content();
        assert_eq!(h1.as_deref(), Some(heading));
        assert!(all(&host, "[data-testid=methodology-loading]").is_empty());
        host.remove();
    }
}

#[wasm_bindgen_test]
async fn the_language_switch_redraws_the_kpi_rows() {
    let host = mount("?view=kpis").await;
    let kind = |host: &web_sys::HtmlElement| {
        host.query_selector("tr[data-kpi-id]:not([hidden]) .kpi-meta")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert!(kind(&host).contains("アウト"), "{}", kind(&host));
    let switch: web_sys::HtmlElement = host
        .query_selector("[data-testid=lang-switch]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    switch.click();
    until("the rows are redrawn in English", || {
        kind(&host).starts_with("Out")
    })
    .await;
    assert!(search().contains("lang=en"), "{}", search());
    assert!(kind(&host).starts_with("Out"), "{}", kind(&host));
    let label = host
        .query_selector("tr[data-kpi-id]:not([hidden]) button.expand .sr-only")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(label, "Show details");
    host.remove();
}
