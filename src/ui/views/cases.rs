//! The report's case studies (研究開発成果事例) across projects: they follow
//! the project filter, and `&id=` shows one.

use leptos::prelude::*;

use crate::core::present::cases::{case_studies, CaseStudy};
use crate::core::present::vocab;
use crate::core::text::lang::Lang;
use crate::ui::page::state::Viewer;
use crate::ui::widgets::cite::CiteButton;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::text::{japanese_only_label, local};
use crate::ui::widgets::text::{text_in, words_in};

/// The case studies view.
#[component]
pub fn CasesView() -> impl IntoView {
    let viewer = Viewer::get();
    let lang = viewer.lang;
    let cases = Memo::new(move |_| {
        let (l, only) = (lang.get(), viewer.id.get());
        viewer.with_selection(|d, _, s| {
            let all = case_studies(d, &s.projects, l);
            match only {
                Some(id) if all.iter().any(|c| c.id == id) => {
                    all.into_iter().filter(|c| c.id == id).collect()
                }
                _ => all,
            }
        })
    });
    let single = move || viewer.id.get().is_some() && cases.with(|c| c.len() == 1);
    view! {
        <section class="panel" aria-labelledby="cases-heading" data-testid="cases">
            <h2 id="cases-heading">{words_in(lang, vocab::CASES)}</h2>
            <p class="note">{move || lang.get().pick(
                "報告書の「顕著な研究開発成果事例」を、プロジェクトの絞り込みに従って示します。本文は報告書の記載です。",
                "The report's notable R&D results, following the project filter. The texts are the report's own.")}</p>
            {move || single().then(|| view! {
                <p><a href=move || viewer.link(|pairs| pairs.retain(|(k, _)| k != "id"))>{text_in(lang, "← すべての事例", "← All case studies")}</a></p>
            })}
            {move || {
                let l = lang.get();
                let list = cases.get();
                if list.is_empty() {
                    view! { <p class="note">{l.pick("この条件に合う事例はありません。", "No case study matches these filters.")}</p> }.into_any()
                } else {
                    list.into_iter().map(|case| view! { <Case case lang=l /> }).listed().into_any()
                }
            }}
        </section>
    }
}

/// One case study.
#[component]
fn Case(case: CaseStudy, lang: Lang) -> impl IntoView {
    let l = lang;
    view! {
        <article class="case" id=format!("case-{}", case.id) data-case-id=case.id.clone() data-project-id=case.project_id>
            <p class="section-title">{case.project}</p>
            <h3>{local(case.title)}</h3>
            {case.program.map(|p| view! { <p class="note">{l.pick("事業: ", "Program: ")}<span lang="ja">{p}</span></p> })}
            {japanese_only_label(l)}
            <div class="case-text" lang="ja">
                {case.paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).listed()}
            </div>
            <CiteButton item=case.cite />
        </article>
    }
}
