//! The signal tests and benchmarks wait on: the first render after loading.

/// Name of the performance mark set when the first render is done.
pub const READY_MARK: &str = "shinchoku:ready";

/// Sets `<html data-ready="true">` and the `shinchoku:ready` performance mark.
pub fn mark_ready() {
    let Some(window) = web_sys::window() else {
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
