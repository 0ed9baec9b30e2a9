//! What changed (`?view=changes`): another report compared with the one
//! shown when `?compare=` names one (or the data menu opened a file to
//! compare with), then the year in review from the report shown alone.
//! Both follow the filters; `core::present::comparison` and
//! `core::present::year_review` make everything shown, this lays it out.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::dataset::model::Dataset;
use crate::core::engine::compare::{
    compare, in_order, same_plan, Change, Comparison, PlanMismatch,
};
use crate::core::present::capped::{NotDrawn, Rest, DRAW_LIMIT};
use crate::core::present::comparison::{
    compared, refusal, ChangeItem, ComparedView, ItemKey, Side,
};
use crate::core::present::export::{changes_csv, changes_file_name};
use crate::core::present::vocab;
use crate::core::present::year_review::{year_in_review, ReviewItem, YearInReview};
use crate::core::select::catalog::Catalog;
use crate::core::text::diff::Edit;
use crate::core::text::lang::Lang;
use crate::ui::page::fetched::fetched;
use crate::ui::page::load::{fetch_index, load_compare, LoadError, Loaded, Origin};
use crate::ui::page::state::{View, Viewer};
use crate::ui::widgets::capped::not_drawn_note;
use crate::ui::widgets::export::download;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::status::StatusBadge;
use crate::ui::widgets::text::text_in;
use crate::ui::widgets::text::{japanese_only_label, local};

/// The comparison's heading, also where it is offered.
const TWO_REPORTS: vocab::Words = vocab::words("2つの報告書の比較", "Two reports compared");

/// The other report, ready to compare: where it came from, its catalog,
/// and the comparison (or why the two cannot be compared).
struct Prepared {
    other: Loaded,
    catalog: Catalog,
    /// The comparison, earlier report first.
    comparison: Result<Comparison, PlanMismatch>,
    /// Whether the report shown is the later of the two.
    shown_is_after: bool,
}

/// A prepared comparison, compared by identity (it is rebuilt only when
/// another report arrives).
#[derive(Clone)]
struct Shared(Arc<Prepared>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// Where the comparison stands.
#[derive(Clone, PartialEq)]
enum Against {
    /// No report to compare with.
    Nothing,
    /// The `?compare=` report is loading.
    Loading,
    /// It could not be loaded (the message in English, as load errors are).
    Failed(String),
    /// Loaded, and compared or refused.
    Ready(Shared),
}

/// Compares `other` with the report shown, if they are of one plan.
fn prepare(shown: &Dataset, other: Loaded) -> Prepared {
    let d = other.dataset.clone();
    let (before, after) = in_order(shown, &d);
    Prepared {
        catalog: Catalog::new(&d),
        shown_is_after: std::ptr::eq(after, shown),
        comparison: same_plan(shown, &d).map(|()| compare(before, after)),
        other,
    }
}

/// The view.
#[component]
pub fn ChangesView() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let linked = fetched(move || {
        let value = viewer.compare.get();
        async move {
            match value {
                Some(value) => {
                    let (index, _) = fetch_index().await;
                    let ids: Vec<String> = index.datasets.iter().map(|e| e.id.clone()).collect();
                    Some((load_compare(&index, &value).await, ids))
                }
                None => None,
            }
        }
    });
    // The report compared with: `?compare=`, else a file from the data menu.
    let against = Memo::new(move |_| {
        let loaded: Option<Result<Loaded, String>> = if viewer.compare.with(Option::is_some) {
            match linked.get() {
                None => return Against::Loading,
                Some(None) => None,
                Some(Some((result, ids))) => Some(result.map_err(|e| failure_text(&e, &ids))),
            }
        } else {
            viewer
                .compare_file
                .get()
                .map(|r| r.map_err(|e| e.to_string()))
        };
        match loaded {
            None => Against::Nothing,
            Some(Err(message)) => Against::Failed(message),
            Some(Ok(other)) => {
                let prepared = viewer.data.with_value(|shown| prepare(shown, other));
                Against::Ready(Shared(Arc::new(prepared)))
            }
        }
    });
    let other_selection = Memo::new(move |_| match against.get() {
        Against::Ready(Shared(p)) => {
            let d = p.other.dataset.clone();
            Some(viewer.filter.with(|f| p.catalog.select(&d, f)))
        }
        _ => None,
    });
    // Builds the comparison as shown (`limit`) or whole (the CSV).
    let build = move |l: Lang, limit: Option<usize>| -> Option<Result<ComparedView, String>> {
        let Against::Ready(Shared(p)) = against.get() else {
            return None;
        };
        let comparison = match &p.comparison {
            Ok(c) => c,
            Err(mismatch) => {
                let why = viewer
                    .data
                    .with_value(|shown| refusal(mismatch, shown, &p.other.dataset, l));
                return Some(Err(why));
            }
        };
        let other_selection = other_selection.get()?;
        let filter = viewer.filter.get();
        Some(Ok(viewer.with_selection(|d, c, s| {
            let shown = Side {
                dataset: d,
                catalog: c,
                selection: s,
            };
            let other = Side {
                dataset: &p.other.dataset,
                catalog: &p.catalog,
                selection: &other_selection,
            };
            let sides = if p.shown_is_after {
                [other, shown]
            } else {
                [shown, other]
            };
            compared(comparison, sides, p.shown_is_after, &filter, l, limit)
        })))
    };
    let shown_view = Memo::new(move |_| build(lang.get(), Some(DRAW_LIMIT)));
    let review = Memo::new(move |_| {
        let l = lang.get();
        viewer.with_selection(|d, c, s| year_in_review(d, c, s, l, Some(DRAW_LIMIT)))
    });
    let failed_csv = RwSignal::new(None::<String>);
    let export = move |_| {
        let l = lang.get_untracked();
        let whole = viewer.with_selection(|d, c, s| year_in_review(d, c, s, l, None));
        let compared = untrack(|| build(l, None)).and_then(Result::ok);
        let other = match against.get_untracked() {
            Against::Ready(Shared(p)) => Some(p.other.dataset.clone()),
            _ => None,
        };
        let name = viewer.data.with_value(|d| {
            viewer
                .filter
                .with_untracked(|f| changes_file_name(d, other.as_deref(), f))
        });
        let text = changes_csv(&whole, compared.as_ref(), l);
        failed_csv.set(download(&name, "text/csv;charset=utf-8", &text.into()).err());
    };
    view! {
        <section class="panel changes" aria-labelledby="changes-heading" data-testid="changes">
            <h2 id="changes-heading">{move || vocab::view(View::Changes, lang.get())}</h2>
            <p class="note">{text_in(lang, "2つの報告書の比較と、この報告書から分かるこの1年の動き。どちらも絞り込みに従います。", "Two reports compared, and the year in review from this report; both follow the filters.")}</p>
            <div class="changes-actions">
                <button type="button" data-testid="export-changes-csv" on:click=export>{text_in(lang, "変化をCSV出力", "Export the changes as CSV")}</button>
                {move || failed_csv.get().map(|e| view! { <p class="notice" role="alert">{e}</p> })}
            </div>
            {move || {
                let l = lang.get();
                match against.get() {
                    Against::Nothing => view! { <HowToCompare lang=l /> }.into_any(),
                    Against::Loading => view! {
                        <div class="loading" role="status" aria-live="polite" data-testid="compare-loading">
                            <span class="spinner" aria-hidden="true"></span>
                            {l.pick("比較する報告書を読み込んでいます…", "Loading the report to compare with…")}
                        </div>
                    }.into_any(),
                    Against::Failed(message) => view! {
                        <section class="panel error-panel" role="alert" data-testid="compare-error">
                            <h3>{l.pick("比較する報告書を読み込めませんでした", "The report to compare with could not be loaded")}</h3>
                            <p lang="en">{message}</p>
                            <p>{l.pick(
                                "?compare= には、同梱のデータセットのIDか、このサイトにあるデータセットのJSONファイルのURLを指定します。手元のファイルは「データ」メニューから開けます。",
                                "?compare= takes a bundled dataset's id or the address of a dataset's JSON file on this site; a file of your own opens from the Data menu.")}</p>
                        </section>
                    }.into_any(),
                    Against::Ready(Shared(p)) => view! { <Compared prepared=p shown=shown_view lang=l /> }.into_any(),
                }
            }}
            {move || view! { <Review review=review.get() lang=lang.get() /> }}
        </section>
    }
}

/// A failed `?compare=` load in words, with the bundled ids when the value
/// was taken for an address.
fn failure_text(error: &LoadError, ids: &[String]) -> String {
    match error {
        LoadError::Status { .. } | LoadError::Source(_) if !ids.is_empty() => {
            format!("{error}. (Bundled datasets: {}.)", ids.join(", "))
        }
        _ => error.to_string(),
    }
}

/// What to do to compare, when nothing is compared yet.
#[component]
fn HowToCompare(lang: Lang) -> impl IntoView {
    view! {
        <section class="compare-how" data-testid="compare-how">
            <h3>{TWO_REPORTS.get(lang)}</h3>
            <p>{lang.pick(
                "別の年度の報告書と比べるには、「データ」メニューの「比較する報告書（JSONファイル）を開く…」でファイルを選ぶか、このページのアドレスに ?compare= と比べる報告書（同梱のデータセットのID、またはこのサイトにあるJSONファイルのURL）を付けてください。",
                "To compare with another year's report, choose its file with \"Compare with a JSON file…\" in the Data menu, or add ?compare= and the report (a bundled dataset's id, or the address of a JSON file on this site) to this page's address.")}</p>
        </section>
    }
}

/// The comparison: the reports, the headline, then each group of changes.
#[component]
fn Compared(
    prepared: Arc<Prepared>,
    shown: Memo<Option<Result<ComparedView, String>>>,
    lang: Lang,
) -> impl IntoView {
    let l = lang;
    let origin = match &prepared.other.origin {
        Origin::Bundled(e) => l.pick(&e.label, &e.label_en).to_string(),
        Origin::Url(url) => url.clone(),
        Origin::File(name) => name.clone(),
    };
    let local_file = matches!(prepared.other.origin, Origin::File(_));
    let notes = prepared.other.dataset.report.source.notes.clone();
    let warnings = prepared.other.warnings.len();
    view! {
        <section class="comparison" data-testid="comparison" aria-labelledby="comparison-heading">
            <h3 id="comparison-heading">{TWO_REPORTS.get(l)}</h3>
            <p class="note" data-testid="compare-source">
                {l.pick("比較する報告書の読み込み元: ", "The report compared with was loaded from: ")}<code>{origin}</code>
                {local_file.then(|| l.pick("（手元のファイルのため、このページのリンクには含まれません）", " (a local file: a link to this page does not carry it)"))}
            </p>
            {(!notes.is_empty()).then(|| view! {
                <details class="compare-notes">
                    <summary>{l.pick("比較する報告書のデータについての注記", "Notes on the data of the report compared with")}{japanese_only_label(l)}</summary>
                    <ul>{notes.into_iter().map(|n| view! { <li lang="ja">{n}</li> }).listed()}</ul>
                </details>
            })}
            {(warnings > 0).then(|| view! {
                <p class="note">{match l {
                    Lang::Ja => format!("比較する報告書のデータには注意点が{warnings}件あります（比較はそのまま行います）。"),
                    Lang::En => format!("The report compared with has {warnings} warning(s); it is compared as it is."),
                }}</p>
            })}
            {move || match shown.get() {
                None => ().into_any(),
                Some(Err(message)) => view! {
                    <p class="panel error-panel" role="alert" data-testid="compare-error">{message}</p>
                }.into_any(),
                Some(Ok(v)) => view! { <ComparedBody v lang=l /> }.into_any(),
            }}
        </section>
    }
}

/// The comparison's headline and groups.
#[component]
fn ComparedBody(v: ComparedView, lang: Lang) -> impl IntoView {
    let l = lang;
    let status = if v.summary.identical {
        Some(l.pick(
            "変化はありません。2つの報告書の内容は同じです。",
            "No changes: the two reports are the same.",
        ))
    } else if v.summary.nothing_selected {
        Some(l.pick(
            "この絞り込みに当てはまる変化はありません。",
            "No change matches these filters.",
        ))
    } else {
        None
    };
    view! {
        <p class="compare-reports">
            <span>{l.pick("前: ", "Earlier: ")}{local(v.from)}</span>
            <span>{l.pick("後: ", "Later: ")}{local(v.to)}</span>
        </p>
        {v.plan_note.map(|n| view! { <p class="notice">{n}</p> })}
        <div class="compare-summary" data-testid="compare-summary" role="group" aria-label=l.pick("比較の要点", "The comparison in brief")>
            {status.map(|s| view! { <p class="compare-verdict" data-testid="compare-verdict"><strong>{s}</strong></p> })}
            <dl class="compare-tiles">
                {v.summary.tiles.into_iter().map(|(label, value)| view! {
                    <div class="compare-tile"><dt>{label}</dt><dd>{value}</dd></div>
                }).listed()}
            </dl>
            <p class="note">{v.summary.sentence}</p>
        </div>
        {v.sections.into_iter().filter(|s| s.total > 0).map(|s| {
            let note = NotDrawn::capped(s.total, Rest::ByFiltering);
            view! {
                <section class="change-group" data-section=s.kind.id()>
                    <h4>{s.heading}" "<span class="count">{format!("({})", s.total)}</span></h4>
                    <ul class="change-list">
                        {s.items.into_iter().map(|item| view! { <Item item lang=l /> }).listed()}
                    </ul>
                    {not_drawn_note(note, l, "not-drawn")}
                </section>
            }
        }).listed()}
    }
}

/// One changed item: where it is, its name (a link to its KPI when the
/// report shown has it), its sentences, and a text's difference.
#[component]
fn Item(item: ChangeItem, lang: Lang) -> impl IntoView {
    let viewer = Viewer::get();
    let l = lang;
    let flagged = item.flagged();
    let changes = Change::ids(&item.changes);
    let (kpi, project, program, initiative) = match &item.key {
        ItemKey::Kpi(id) => (Some(id.clone()), None, None, None),
        ItemKey::Project(id) => (None, Some(id.clone()), None, None),
        ItemKey::Program { project, id } => (None, Some(project.clone()), Some(id.clone()), None),
        ItemKey::Initiative(id) => (None, None, None, Some(id.clone())),
    };
    let name = match (&kpi, item.shown) {
        (Some(id), true) => {
            let id = id.clone();
            let href = move || viewer.link_to(View::Kpi, &[("id", &id)]);
            view! { <a href=href>{local(item.name)}</a> }.into_any()
        }
        _ => local(item.name),
    };
    view! {
        <li class="change" class:flagged=flagged data-kpi-id=kpi data-project-id=project data-program-id=program data-initiative-id=initiative data-change=changes>
            {(!item.context.is_empty()).then(|| view! { <p class="section-title">{item.context}</p> })}
            <p class="change-name">{name}</p>
            <ul class="change-lines">
                {item.lines.into_iter().map(|line| view! {
                    <li class:flag=line.flag>
                        {line.flag.then(|| view! { <span class="flag-mark" aria-hidden="true">"⚑ "</span> })}
                        {line.text}
                    </li>
                }).listed()}
            </ul>
            {item.diff.map(|parts| view! {
                <p class="diff-label">{l.pick("記載の違い（削除は取り消し線、追加は下線）:", "The text's difference (removed struck through, added underlined):")}{japanese_only_label(l)}</p>
                <p class="diff" lang="ja">
                    {parts.into_iter().map(|p| match p.edit {
                        Edit::Same => view! { <span>{p.text}</span> }.into_any(),
                        Edit::Removed => view! { <del><span class="sr-only">{l.pick("［削除］", "[removed] ")}</span>{p.text}</del> }.into_any(),
                        Edit::Added => view! { <ins><span class="sr-only">{l.pick("［追加］", "[added] ")}</span>{p.text}</ins> }.into_any(),
                    }).listed()}
                </p>
            })}
        </li>
    }
}

/// The year in review from the report shown.
#[component]
fn Review(review: YearInReview, lang: Lang) -> impl IntoView {
    let l = lang;
    let empty = review.groups.iter().all(|g| g.total == 0);
    view! {
        <section class="year-review" data-testid="year-review" aria-labelledby="year-review-heading">
            <h3 id="year-review-heading">{review.heading}</h3>
            <p class="note">{review.intro}</p>
            {empty.then(|| view! { <p class="note">{l.pick("選択中のKPIには当てはまるものがありません。", "None of the KPIs selected.")}</p> })}
            {review.groups.into_iter().filter(|g| g.total > 0).map(|g| {
                let note = NotDrawn::capped(g.total, Rest::ByFiltering);
                let kind = g.kind;
                view! {
                    <section class="change-group" data-review=kind.id()>
                        <h4>{g.heading}" "<span class="count">{format!("({})", g.total)}</span></h4>
                        <p class="note">{g.rule}</p>
                        <ul class="change-list">
                            {g.items.into_iter().map(|item| view! { <ReviewEntry item changes=kind.changes() review=kind.id() lang=l /> }).listed()}
                        </ul>
                        {not_drawn_note(note, l, "not-drawn")}
                    </section>
                }
            }).listed()}
        </section>
    }
}

/// One KPI of the year in review, linked to its KPI.
#[component]
fn ReviewEntry(
    item: ReviewItem,
    changes: &'static [Change],
    review: &'static str,
    lang: Lang,
) -> impl IntoView {
    let viewer = Viewer::get();
    let id = item.kpi_id.clone();
    let href = move || viewer.link_to(View::Kpi, &[("id", &id)]);
    let changes = (!changes.is_empty()).then(|| Change::ids(changes));
    view! {
        <li class="change" data-kpi-id=item.kpi_id data-change=changes data-review=review>
            <p class="section-title">{item.project}</p>
            <p class="change-name"><a href=href>{local(item.name)}</a>" "<StatusBadge status=item.status lang /></p>
            <p>{item.sentence}</p>
            {(!item.figures.is_empty()).then(|| view! { <p class="note figures">{item.figures}</p> })}
        </li>
    }
}
