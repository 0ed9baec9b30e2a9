//! The detail row of an expanded KPI: the explanation, the report's text
//! and notes, our phase reading and a chart of the yearly figures.

use leptos::prelude::*;

use crate::core::present::kpi_row::KpiDetail as Detail;
use crate::core::present::vocab;
use crate::core::text::lang::Lang;
use crate::ui::chart::options;
use crate::ui::chart::Chart;
use crate::ui::page::state::{DarkMode, Viewer};
use crate::ui::widgets::cite::CiteButton;
use crate::ui::widgets::glossary::TermList;
use crate::ui::widgets::listed::Listed;
use crate::ui::widgets::text::japanese_only;

/// The detail row of catalog KPI `index`.
#[component]
pub fn KpiDetail(index: usize, lang: Lang) -> impl IntoView {
    let viewer = Viewer::get();
    let DarkMode(dark) = expect_context();
    let (id, detail) = viewer.with_catalog(|d, c| {
        let (project, kpi) = c.kpi(d, index);
        (
            kpi.id.clone(),
            Detail::build(project, kpi, &c.kpis[index].progress, &c.clock, lang),
        )
    });
    let chart = detail.series.map(|series| {
        let option = Signal::derive(move || options::kpi_detail(&series, lang, dark.get()));
        view! {
            <div class="detail-chart">
                <Chart option label=Signal::stored(detail.yearly.clone()) height=Signal::stored(260) dark />
            </div>
        }
    });
    view! {
        <tr class="kpi-detail" id=format!("detail-{id}")>
            <td colspan="7">
                <div class="detail-grid">
                    <div>
                        <p class="explanation" data-testid="explanation">{detail.explanation}</p>
                        <h4>{lang.pick("進捗の詳細（報告書）", "Progress detail (report)")}</h4>
                        {japanese_only(lang, "source-text", detail.detail.text)}
                        {detail.notes.into_iter().map(|n| view! { <p class="footnote" lang="ja">{n}</p> }).listed()}
                        <TermList terms=detail.terms lang />
                        <CiteButton item=detail.cite />
                        <p class="note">{match lang {
                            Lang::Ja => format!("{}: ", vocab::PHASE_OURS.ja),
                            Lang::En => "Phases (our classification, reason in Japanese): ".to_string(),
                        }}<span lang="ja">{detail.phase_reason}</span></p>
                    </div>
                    {chart}
                </div>
            </td>
        </tr>
    }
}
