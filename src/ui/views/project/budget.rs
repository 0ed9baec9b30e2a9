//! The profile's programs and budget: every program with its own printed
//! amount, printed notes, our note, ministry (with where it comes from) and
//! phases (ours); then the amounts printed for no single program, each with
//! our note and reading; then the overview page's printed notes.

use leptos::prelude::*;

use crate::core::present::capped::NotDrawn;
use crate::core::present::notes::{AS_PRINTED, PRINTED_NOTE};
use crate::core::present::project_profile::{LineEntry, ProgramEntry};
use crate::core::present::vocab;
use crate::core::text::lang::Lang;
use crate::ui::widgets::capped::not_drawn_note;
use crate::ui::widgets::glossary::TermList;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::text::local;

use crate::ui::widgets::notes::OurNoteView;

/// The programs and budget section.
#[component]
pub fn Budget(
    programs: Vec<ProgramEntry>,
    programs_not_drawn: Option<NotDrawn>,
    lines: Vec<LineEntry>,
    overview_notes: Vec<String>,
    lang: Lang,
) -> impl IntoView {
    let l = lang;
    view! {
        <section class="profile-programs" data-testid="project-programs">
            <h4>{l.pick("事業と予算", "Programs and budgets")}</h4>
            <p class="note">{vocab::PHASES_ARE_OURS.get(l)}</p>
            {programs.is_empty().then(|| view! { <p class="note">{l.pick("報告書に事業の記載はありません。", "The report lists no program.")}</p> })}
            <ul class="program-list">
                {programs.into_iter().map(|g| view! { <ProgramItem program=g lang=l /> }).listed()}
            </ul>
            {not_drawn_note(programs_not_drawn, l, "not-drawn")}
            {(!lines.is_empty()).then(|| view! {
                <h5>{l.pick("事業ごとに定まらない記載額", "Amounts printed for no single program")}</h5>
                <ul class="budget-lines" data-testid="budget-lines">
                    {lines.into_iter().map(|line| view! { <LineItem line lang=l /> }).listed()}
                </ul>
            })}
            {(!overview_notes.is_empty()).then(|| view! {
                <ul class="printed-notes">
                    {overview_notes.into_iter().map(|n| view! { <li><span class="tag">{PRINTED_NOTE.get(l)}</span>" "<span lang="ja">{n}</span></li> }).listed()}
                </ul>
            })}
        </section>
    }
}

#[component]
fn ProgramItem(program: ProgramEntry, lang: Lang) -> impl IntoView {
    let l = lang;
    let g = program;
    view! {
        <li class="program" data-program-id=g.id>
            <p class="program-head">
                <span class="program-name">{local(g.name)}</span>
                " "<span class="program-budget num">{g.budget}</span>
                " "<span class="note">{g.funding}</span>
            </p>
            <p class="program-desc">{local(g.description)}</p>
            {(!g.printed_notes.is_empty()).then(|| view! {
                <p class="printed-note"><span class="tag">{PRINTED_NOTE.get(l)}</span>" "<span lang="ja">{g.printed_notes.join("、")}</span></p>
            })}
            {g.our_note.map(|n| view! { <OurNoteView note=n lang=l /> })}
            <p class="note">
                {g.ministry.map(|(name, basis)| format!("{}: {name}{}{basis}{}", vocab::MINISTRY.get(l), l.pick("（", " ("), l.pick("）", ")")))}
                {format!(" · {}: {}", vocab::PHASE_OURS.get(l), g.phases.join(vocab::LIST_DOT.get(l)))}
            </p>
            <TermList terms=g.terms lang=l />
            <details class="phase-reason">
                <summary>{l.pick("フェーズの理由（本ビューア）", "Why these phases (ours)")}</summary>
                <p lang="ja">{g.phase_reason}</p>
            </details>
        </li>
    }
}

#[component]
fn LineItem(line: LineEntry, lang: Lang) -> impl IntoView {
    let l = lang;
    view! {
        <li class="budget-line">
            <p>
                <span class="tag">{AS_PRINTED.get(l)}</span>" "<b lang="ja">{line.text}</b>
                {line.repeat.then(|| view! { " "<span class="tag ours">{l.pick("再掲分として合計に含めない（本ビューアの判断）", "Not added to the total: read as printed again (our reading)")}</span> })}
            </p>
            <p class="note">{l.pick("候補の事業: ", "Programs it could belong to: ")}{line.candidates.join(l.pick("、", "; "))}</p>
            <OurNoteView note=line.note lang=l />
        </li>
    }
}
