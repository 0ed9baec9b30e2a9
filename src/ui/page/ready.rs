//! The signal tests and benchmarks wait on: the first render after
//! loading; and, on a prerendered page, the moment the app takes the page
//! over (see `ui::start`), just before it.

use std::cell::RefCell;

/// Name of the performance mark set when the first render is done.
pub const READY_MARK: &str = "shinchoku:ready";

thread_local! {
    /// What runs once the first load has settled (shown or failed).
    static ON_SETTLED: RefCell<Option<Box<dyn FnOnce()>>> = RefCell::new(None);
}

/// Runs `f` once the first load has settled: its dataset rendered, or its
/// failure shown.
pub fn when_settled(f: impl FnOnce() + 'static) {
    ON_SETTLED.with(|slot| *slot.borrow_mut() = Some(Box::new(f)));
}

/// The first load has settled: runs what waits for it, once.
pub fn settled() {
    if let Some(f) = ON_SETTLED.with(|slot| slot.borrow_mut().take()) {
        f();
    }
}

/// Sets `<html data-ready="true">` and the `shinchoku:ready` performance
/// mark, after what waits for the first load to settle.
pub fn mark_ready() {
    settled();
    let Some(window) = crate::ui::page::browser::window() else {
        return;
    };
    if let Some(root) = super::root_element() {
        if root.dataset().get("ready").is_some() {
            return;
        }
        let _ = root.dataset().set("ready", "true");
    }
    if let Some(performance) = window.performance() {
        let _ = performance.mark(READY_MARK);
    }
}
