//! How the app takes over a prerendered page (`make dist` writes the
//! bundled report's pages with the app's content already in `#app`): the
//! app is built off the page, and once its first load has settled it
//! replaces the prerendered content in one step, within the same task, so
//! no frame shows both or neither. The two are the same components with
//! the same state, so nothing moves. What the reader did meanwhile comes
//! along: the text typed into a field, a box ticked, the focus; the charts
//! drawn at build time stay in their places until ECharts draws them live.
//!
//! Hydration would attach the app to the prerendered nodes instead; it
//! needs the two renders to match node for node, a hydrating build of
//! Leptos in the wasm, and still runs every component. Replacing keeps one
//! build of the app and costs one DOM swap.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::App;
use crate::ui::chart::IMAGE_CLASS;
use crate::ui::page::ready::when_settled;

/// Id of the prerendered content inside `#app`.
pub const PRERENDERED: &str = "prerendered";

/// Class `docs/preflight.js` puts on `<html>` when the address asks for
/// something other than what the page shows.
pub const STALE: &str = "prerender-stale";

/// Mounts the app into a new `#app` off the page, and swaps it in for
/// `app` (holding `prerendered`) once the first load has settled.
pub fn mount_behind(app: web_sys::HtmlElement, prerendered: web_sys::Element) {
    let document = document();
    let Some(live) = document
        .create_element("div")
        .ok()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    when_settled({
        let live = live.clone();
        move || swap(&app, &prerendered, &live)
    });
    leptos::mount::mount_to(live, App).forget();
}

/// Carries the reader's input and the charts' drawings over from
/// `prerendered`, then puts `live` in the place of `app`.
fn swap(app: &web_sys::HtmlElement, prerendered: &web_sys::Element, live: &web_sys::HtmlElement) {
    carry_images(prerendered, live);
    let focused = focused_position(prerendered);
    live.set_id("app");
    let _ = app.replace_with_with_node_1(live);
    // Once in the page: a box is only ticked (with its events) there.
    carry_input(prerendered, live);
    if let Some(element) = focused.and_then(|n| nth(live, "*", n)) {
        if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// The `n`th element matching `selector` in `root`, in document order.
fn nth(root: &web_sys::Element, selector: &str, n: u32) -> Option<web_sys::Element> {
    root.query_selector_all(selector)
        .ok()?
        .get(n)?
        .dyn_into::<web_sys::Element>()
        .ok()
}

/// Where the focus is inside `root`, as its position among `root`'s
/// elements (the live page has the same elements in the same order).
fn focused_position(root: &web_sys::Element) -> Option<u32> {
    let active = document().active_element()?;
    if !root.contains(Some(&active)) {
        return None;
    }
    let all = root.query_selector_all("*").ok()?;
    (0..all.length()).find(|&i| {
        all.get(i)
            .is_some_and(|n| n == *active.unchecked_ref::<web_sys::Node>())
    })
}

/// The elements matching `selector` in `prerendered` and in `live`, paired
/// in document order (the live page has the same elements in the same
/// order).
fn pairs(
    prerendered: &web_sys::Element,
    live: &web_sys::Element,
    selector: &str,
) -> Vec<(web_sys::Element, web_sys::Element)> {
    let all = |root: &web_sys::Element| -> Vec<web_sys::Element> {
        root.query_selector_all(selector)
            .map(|list| {
                (0..list.length())
                    .filter_map(|i| list.get(i)?.dyn_into().ok())
                    .collect()
            })
            .unwrap_or_default()
    };
    all(prerendered).into_iter().zip(all(live)).collect()
}

/// Text typed into the prerendered fields, boxes ticked and choices made
/// there, given to the live ones (through the events the app listens to).
/// Only what the reader changed: the page as written is the app's.
fn carry_input(prerendered: &web_sys::Element, live: &web_sys::Element) {
    let changed = |after: &web_sys::EventTarget, event: &str| {
        if let Ok(event) = web_sys::Event::new(event) {
            let _ = after.dispatch_event(&event);
        }
    };
    for (before, after) in pairs(prerendered, live, "select") {
        let before = before.unchecked_into::<web_sys::HtmlSelectElement>();
        let after = after.unchecked_into::<web_sys::HtmlSelectElement>();
        let written = before
            .query_selector("option[selected]")
            .ok()
            .flatten()
            .and_then(|o| o.get_attribute("value"));
        if written.is_some_and(|w| w != before.value()) && before.value() != after.value() {
            after.set_value(&before.value());
            changed(&after, "change");
        }
    }
    for (before, after) in pairs(prerendered, live, "input") {
        let before = before.unchecked_into::<web_sys::HtmlInputElement>();
        let after = after.unchecked_into::<web_sys::HtmlInputElement>();
        match before.type_().as_str() {
            "checkbox" | "radio" => {
                if before.checked() != before.default_checked()
                    && before.checked() != after.checked()
                {
                    after.click();
                }
            }
            _ => {
                if before.value() != before.default_value() && before.value() != after.value() {
                    after.set_value(&before.value());
                    changed(&after, "input");
                }
            }
        }
    }
}

/// The prerendered charts' SVG drawings, moved into the live charts in the
/// same order, where ECharts has not drawn yet (it removes them when it
/// does).
fn carry_images(prerendered: &web_sys::Element, live: &web_sys::Element) {
    for (from, to) in pairs(prerendered, live, ".chart") {
        if to.query_selector("canvas").ok().flatten().is_some() {
            continue;
        }
        if let Ok(images) = from.query_selector_all(&format!(":scope > .{IMAGE_CLASS}")) {
            for j in 0..images.length() {
                if let Some(image) = images.get(j) {
                    let _ = to.append_child(&image);
                }
            }
        }
    }
}
