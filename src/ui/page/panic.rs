//! A panic must never leave a white page: the hook logs it and replaces the
//! app with a readable error panel built with plain DOM calls. A trap of the
//! WebAssembly module (an allocation that failed, say) is no panic and runs
//! no Rust after it: `docs/preflight.js` shows the same panel for it.

/// Installs the panic hook.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panel(&info.to_string());
    }));
}

/// Replaces the app's content with an alert panel holding `message`.
fn show_panel(message: &str) {
    let Some(document) = crate::ui::page::browser::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(host) = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into))
    else {
        return;
    };
    let Ok(panel) = document.create_element("section") else {
        return;
    };
    panel.set_id("fatal-error");
    panel.set_class_name("panel error-panel");
    let _ = panel.set_attribute("role", "alert");
    let heading = document.create_element("h2").ok();
    if let Some(h) = &heading {
        h.set_text_content(Some(
            "Shinchoku stopped because of an internal error / 内部エラーが発生しました",
        ));
        let _ = panel.append_child(h);
    }
    if let Ok(pre) = document.create_element("pre") {
        pre.set_text_content(Some(message));
        let _ = panel.append_child(&pre);
    }
    if let Ok(p) = document.create_element("p") {
        p.set_text_content(Some(
            "Reload the page to start again. / ページを再読み込みしてください。",
        ));
        let _ = panel.append_child(&p);
    }
    host.set_inner_html("");
    let _ = host.append_child(&panel);
    if let Some(root) = super::root_element() {
        let _ = root.dataset().set("error", "panic");
    }
}
