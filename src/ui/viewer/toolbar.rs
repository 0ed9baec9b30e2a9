//! The toolbar: the views' tabs, then the actions (export, print, share,
//! the data menu, language and theme).

use leptos::prelude::*;

use crate::core::present::vocab;
use crate::core::text::lang::Lang;
use crate::ui::page::state::{DarkMode, Theme, View, Viewer};
use crate::ui::widgets::export::ExportBar;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::text::{text_in, words_in};

/// The toolbar.
#[component]
pub fn Toolbar(
    /// The quiet "data" menu, when the app gives one.
    data_menu: Option<ViewFn>,
) -> impl IntoView {
    let lang = Viewer::get().lang;
    view! {
        <div class="toolbar">
            <Tabs />
            <div class="toolbar-actions">
                <ExportBar />
                {data_menu.map(|menu| view! {
                    <details class="menu data-menu">
                        <summary data-testid="data-menu">{text_in(lang, "データ", "Data")}</summary>
                        <div class="menu-body">{menu.run()}</div>
                    </details>
                })}
                <Switches />
            </div>
        </div>
    }
}

/// A tab per view that has one.
#[component]
fn Tabs() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    view! {
        <nav class="tabs" aria-label=text_in(lang, "表示の切り替え", "Views")>
            {View::TABS.into_iter().map(|v| view! {
                <a
                    href=move || viewer.link(|pairs| {
                        pairs.retain(|(k, _)| k != "view" && k != "id");
                        if v != View::Overview {
                            pairs.push(("view".into(), v.id().into()));
                        }
                    })
                    data-view=v.id()
                    aria-current=move || (viewer.view.get() == v).then_some("page")
                    on:click=move |ev| {
                        ev.prevent_default();
                        viewer.set_param("view", (v != View::Overview).then_some(v.id()), true);
                    }
                >
                    {move || vocab::view(v, lang.get())}
                </a>
            }).listed()}
        </nav>
    }
}

/// The theme switch's name.
const DARK_THEME: vocab::Words = vocab::words("ダーク表示", "Dark theme");

/// The language and theme switches.
#[component]
fn Switches() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let DarkMode(dark) = expect_context();
    view! {
        <button
            type="button"
            data-testid="lang-switch"
            lang=text_in(lang, "en", "ja")
            on:click=move |_| {
                let next = (lang.get_untracked() == Lang::Ja).then_some("en");
                viewer.set_param("lang", next, false);
            }
        >
            {text_in(lang, "English", "日本語")}
        </button>
        // A toggle: its name stays and aria-pressed says whether it is on;
        // the half-filled circle takes little of the toolbar's row.
        <button
            type="button"
            class="theme-switch"
            data-testid="theme-switch"
            title=words_in(lang, DARK_THEME)
            aria-pressed=move || dark.get().to_string()
            on:click=move |_| {
                let next = if dark.get_untracked() { Theme::Light } else { Theme::Dark };
                viewer.set_param("theme", Some(next.id()), false);
            }
        >
            <span aria-hidden="true">"◐"</span>
            <span class="sr-only">{words_in(lang, DARK_THEME)}</span>
        </button>
    }
}
