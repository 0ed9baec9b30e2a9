//! The signal tests and benchmarks wait on: the first render after
//! loading; and, on a prerendered page, the moment the app takes the page
//! over (see `ui::start`), just before it. On the way there the app sets
//! performance marks at each step of its start, which `make bench` reads
//! to say where the time goes (and a browser's performance panel shows).

use std::cell::RefCell;

/// Name of the performance mark set when the first render is done.
pub const READY_MARK: &str = "shinchoku:ready";

/// The wasm has been instantiated and the app starts.
pub const STARTED_MARK: &str = "shinchoku:started";

/// The dataset index has been read (or given up on).
pub const INDEX_READ_MARK: &str = "shinchoku:index-read";

/// The first dataset has been fetched and read (or has failed).
pub const DATASET_READ_MARK: &str = "shinchoku:dataset-read";

/// The first load's view has been built; next, a prerendered page is
/// taken over and the ready mark set.
pub const BUILT_MARK: &str = "shinchoku:built";

/// Sets the performance mark `name`.
pub fn mark(name: &str) {
    if let Some(performance) = crate::ui::page::browser::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

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
    let root = super::root_element();
    let first = root
        .as_ref()
        .is_none_or(|r| r.dataset().get("ready").is_none());
    if first {
        mark(BUILT_MARK);
    }
    settled();
    if !first {
        return;
    }
    if let Some(root) = root {
        let _ = root.dataset().set("ready", "true");
    }
    mark(READY_MARK);
}
