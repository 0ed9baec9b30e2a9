//! A selection in words, for the headline, embeds and printouts:
//! 府省: 総務省 · フェーズ（本ビューアによる分類）: 臨床研究・治験 (never a raw query string).

use crate::core::dataset::model::Dataset;
use crate::core::present::vocab::{self, Words};
use crate::core::select::filter::{Filter, OTHER_PROJECT};
use crate::core::text::lang::Lang;

/// The filter as a short sentence in `lang`; "no filter" when empty.
pub fn selection_in_words(dataset: &Dataset, filter: &Filter, lang: Lang) -> String {
    let sep = lang.pick("、", ", ");
    let mut parts: Vec<String> = Vec::new();
    let mut add = |label: Words, values: Vec<String>| {
        if !values.is_empty() {
            parts.push(format!("{}: {}", label.get(lang), values.join(sep)));
        }
    };
    add(
        vocab::MINISTRY,
        filter
            .ministries
            .iter()
            .map(|id| {
                let name = name_of(&dataset.ministries, id, lang, |m| {
                    (&m.id, &m.name_ja, &m.name_en)
                });
                if filter.lead_only {
                    format!("{name}{}", lang.pick("（◎主担当のみ）", " (lead only)"))
                } else {
                    name.to_string()
                }
            })
            .collect(),
    );
    add(
        vocab::PROJECT,
        filter
            .projects
            .iter()
            .map(|id| {
                if id == OTHER_PROJECT {
                    return vocab::OTHER_INITIATIVES.get(lang).to_string();
                }
                name_of(&dataset.projects, id, lang, |p| {
                    (&p.id, &p.name_ja, &p.name_en)
                })
                .to_string()
            })
            .collect(),
    );
    // Phases are our classification, wherever they are named.
    add(
        vocab::PHASE_OURS,
        filter
            .phases
            .iter()
            .map(|id| {
                name_of(&dataset.phases, id, lang, |p| {
                    (&p.id, &p.name_ja, &p.name_en)
                })
                .to_string()
            })
            .collect(),
    );
    add(
        vocab::KIND,
        filter
            .kinds
            .iter()
            .map(|&k| vocab::kind(k, lang).to_string())
            .collect(),
    );
    add(
        vocab::REPORTS_GRADE,
        filter.grades.iter().map(|g| g.id().to_string()).collect(),
    );
    add(
        vocab::COMPUTED_STATUS,
        filter
            .statuses
            .iter()
            .map(|&s| vocab::status(s, lang).to_string())
            .collect(),
    );
    if !filter.query.trim().is_empty() {
        add(vocab::SEARCH, vec![format!("「{}」", filter.query.trim())]);
    }
    if parts.is_empty() {
        lang.pick("絞り込みなし（すべて）", "No filter (everything)")
            .to_string()
    } else {
        parts.join(" · ")
    }
}

/// The name in `lang` of the item of `items` whose id is `id` (`fields`
/// gives an item's id and Japanese and English names), or `id` itself.
fn name_of<'d, T>(
    items: &'d [T],
    id: &'d str,
    lang: Lang,
    fields: impl Fn(&'d T) -> (&'d String, &'d String, &'d String),
) -> &'d str {
    items
        .iter()
        .map(fields)
        .find(|(item, ..)| *item == id)
        .map_or(id, |(_, ja, en)| lang.pick(ja, en))
}
