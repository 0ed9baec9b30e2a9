//! The viewer: toolbar, tabs, filter panel, notices and the current view.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::model::Dataset;
use crate::core::present::describe::selection_in_words;
use crate::core::text::lang::Lang;
use crate::ui::page::ready::mark_ready;
use crate::ui::page::state::PageLang;
use crate::ui::page::state::{DarkMode, Theme, View, Viewer};
use crate::ui::views::initiatives::Initiatives;
use crate::ui::views::kpis::KpiTable;
use crate::ui::views::method::Method;
use crate::ui::views::ministry::MinistryView;
use crate::ui::views::overview::{BudgetChart, Overview, PhaseMatrix, ProjectCards};
use crate::ui::views::summary::Headline;
use crate::ui::widgets::export::ExportBar;
use crate::ui::widgets::filters::FilterBar;

/// Whether the system prefers a dark scheme.
fn system_prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Whether the window is wider than the one-column layout breakpoint.
fn wide_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_none_or(|w| w > 900.0)
}

/// Sets `<html data-theme>` and `<html lang>`.
fn apply_to_document(theme: Theme, lang: &str) {
    if let Some(root) = crate::ui::page::root_element() {
        let _ = root.dataset().set("theme", theme.id());
        let _ = root.set_attribute("lang", lang);
    }
}

/// The loaded viewer.
#[component]
pub fn ViewerRoot(
    /// The dataset to show.
    dataset: Arc<Dataset>,
    /// The quiet "data" menu: another dataset, a local file.
    #[prop(optional, into)]
    data_menu: Option<ViewFn>,
) -> impl IntoView {
    let viewer = Viewer::provide(dataset);
    let lang = viewer.lang;
    let dark = Memo::new(move |_| match viewer.theme.get() {
        Some(Theme::Dark) => true,
        Some(Theme::Light) => false,
        None => system_prefers_dark(),
    });
    provide_context(DarkMode(dark));
    Effect::new(move |_| {
        let theme = if dark.get() {
            Theme::Dark
        } else {
            Theme::Light
        };
        apply_to_document(theme, lang.get().tag());
        if let Some(PageLang(page)) = use_context::<PageLang>() {
            page.set(lang.get());
        }
    });
    Effect::new(move |_| mark_ready());
    let full_link = move || viewer.link(|pairs| pairs.retain(|(k, _)| k != "embed"));
    let sheet = NodeRef::<leptos::html::Details>::new();
    // Wide screens hide the panel's fold, so a window that opened narrow
    // (panel folded) and was then widened must unfold it, or the filters
    // would be out of reach.
    let unfold = window_event_listener(leptos::ev::resize, move |_| {
        if let Some(details) = sheet.get_untracked().filter(|d| !d.open() && wide_screen()) {
            details.set_open(true);
        }
    });
    on_cleanup(move || unfold.remove());
    let content = move || match viewer.view.get() {
        View::Overview => view! { <Overview /> }.into_any(),
        View::Kpis => view! { <KpiTable /> }.into_any(),
        View::Ministry => view! { <MinistryView /> }.into_any(),
        View::Initiatives => view! { <Initiatives /> }.into_any(),
        View::Method => view! { <Method /> }.into_any(),
        View::Budget => view! { <BudgetChart /> }.into_any(),
        View::Phases => view! { <PhaseMatrix /> }.into_any(),
        View::Kpi => view! { <KpiTable only_kpi=viewer.id.get() /> }.into_any(),
        View::Project => {
            let id = viewer.id.get();
            view! { <ProjectCards only=id.clone() /><KpiTable only_project=id /> }.into_any()
        }
    };
    move || {
        if viewer.embed.get() {
            view! {
            <div class="embedded">
                <p class="embed-bar">
                    <span class="brand">"Shinchoku "<span lang="ja">"進捗"</span></span>
                    <a href=full_link target="_blank" rel="noopener" data-testid="open-full">{move || lang.get().pick("全画面で開く ↗", "Open full viewer ↗")}</a>
                </p>
                <IgnoredNotice />
                <details class="embed-filters">
                    <summary>{move || lang.get().pick("絞り込み", "Filters")}</summary>
                    <FilterBar />
                </details>
                // A single KPI needs no summary of the whole selection.
                {move || (viewer.view.get() != View::Kpi).then(|| view! { <Headline /> })}
                {content}
            </div>
        }.into_any()
        } else {
            let data_menu = data_menu.clone();
            view! {
        <PrintHeading />
        <Headline />
        <div class="toolbar">
            <nav class="tabs" aria-label=move || lang.get().pick("表示の切り替え", "Views")>
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
                        {move || v.label(lang.get())}
                    </a>
                }).collect_view()}
            </nav>
            <div class="toolbar-actions">
                <ExportBar />
                {data_menu.map(|menu| view! {
                    <details class="menu data-menu">
                        <summary data-testid="data-menu">{move || lang.get().pick("データ", "Data")}</summary>
                        <div class="menu-body">{menu.run()}</div>
                    </details>
                })}
                <button
                    type="button"
                    data-testid="lang-switch"
                    lang=move || lang.get().pick("en", "ja")
                    on:click=move |_| {
                        let next = if lang.get_untracked() == crate::core::text::lang::Lang::Ja { Some("en") } else { None };
                        viewer.set_param("lang", next, false);
                    }
                >
                    {move || lang.get().pick("English", "日本語")}
                </button>
                <button
                    type="button"
                    data-testid="theme-switch"
                    aria-pressed=move || dark.get().to_string()
                    on:click=move |_| {
                        let next = if dark.get_untracked() { Theme::Light } else { Theme::Dark };
                        viewer.set_param("theme", Some(next.id()), false);
                    }
                >
                    {move || if dark.get() { lang.get().pick("ライト表示", "Light theme") } else { lang.get().pick("ダーク表示", "Dark theme") }}
                </button>
            </div>
        </div>
        <IgnoredNotice />
        <div class="layout">
            <aside class="sidebar">
                // Open on wide screens; on phones the filters start folded so the data comes first.
                <details class="filters-toggle" open=wide_screen() node_ref=sheet>
                    <summary>
                        {move || lang.get().pick("絞り込み", "Filters")}
                        <span class="sheet-count" data-testid="sheet-count">{move || {
                            let n = viewer.selection.with(|s| s.kpis.len());
                            match lang.get() {
                                Lang::Ja => format!("（{n}件）"),
                                Lang::En => format!(" ({n})"),
                            }
                        }}</span>
                    </summary>
                    <FilterBar />
                    // On phones the panel is a sheet: this closes it and shows the result.
                    <button type="button" class="show-results" data-testid="show-results" on:click=move |_| {
                        if let Some(details) = sheet.get_untracked() {
                            details.set_open(false);
                        }
                        if let Some(content) = document().query_selector(".content").ok().flatten() {
                            content.scroll_into_view();
                        }
                    }>
                        {move || {
                            let n = viewer.selection.with(|s| s.kpis.len());
                            match lang.get() {
                                Lang::Ja => format!("{n}件のKPIを表示"),
                                Lang::En => format!("Show {n} KPIs"),
                            }
                        }}
                    </button>
                </details>
            </aside>
            <div class="content">
                {content}
            </div>
        </div>
    }.into_any()
        }
    }
}

/// Printed at the top of a printout only: the selection in words and the
/// source (the title is the page header's).
#[component]
fn PrintHeading() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let citation = viewer.data.with_value(|d| d.report.source.citation.clone());
    view! {
        <div class="print-only" data-testid="print-heading">
            <p>{move || {
                let l = lang.get();
                let words = viewer.filter.with(|f| viewer.data.with_value(|d| selection_in_words(d, f, l)));
                format!("{} {}: {words}", viewer.view.get().label(l), l.pick("／ 表示条件", "/ Selection"))
            }}</p>
            <p>{move || lang.get().pick("出典: ", "Source: ")}<span lang="ja">{citation.clone()}</span></p>
        </div>
    }
}

/// A small notice for URL parameters that named nothing known, and for an
/// address the browser would not update.
#[component]
fn IgnoredNotice() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let refused = move || {
        viewer.history_refused().map(|why| view! {
            <p class="notice" role="status" data-testid="history-refused">
                {lang.get().pick("ブラウザがアドレスの更新を拒否したため、表示中の条件はリンクに反映されません: ", "The browser refused to update the address, so links no longer match this view: ")}
                <code>{why}</code>
            </p>
        })
    };
    let ignored = move || {
        let ignored = viewer.ignored.get();
        (!ignored.is_empty()).then(|| {
            // Invisible characters shown, long values cut (`Ignored`'s Display).
            let list = ignored
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <p class="notice" role="status" data-testid="ignored-params">
                    {lang.get().pick("URLの次の指定は認識できないか重複しているため無視しました: ", "Ignored URL parameters (unknown or repeated): ")}
                    <code>{list}</code>
                </p>
            }
        })
    };
    view! { {refused} {ignored} }
}
