//! A selection in words, for the headline, embeds and printouts:
//! 府省: 総務省 · フェーズ（本ビューアによる分類）: 臨床研究・治験 (never a raw query string).

use crate::core::dataset::model::Dataset;
use crate::core::select::filter::{Filter, OTHER_PROJECT};
use crate::core::text::lang::Lang;

/// The filter as a short sentence in `lang`; "no filter" when empty.
pub fn selection_in_words(dataset: &Dataset, filter: &Filter, lang: Lang) -> String {
    let sep = lang.pick("、", ", ");
    let mut parts: Vec<String> = Vec::new();
    let mut add = |label: (&str, &str), values: Vec<String>| {
        if !values.is_empty() {
            parts.push(format!(
                "{}: {}",
                lang.pick(label.0, label.1),
                values.join(sep)
            ));
        }
    };
    add(
        ("府省", "Ministry"),
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
        ("プロジェクト", "Project"),
        filter
            .projects
            .iter()
            .map(|id| {
                if id == OTHER_PROJECT {
                    return lang.pick("その他の取組", "Other initiatives").to_string();
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
        (
            "フェーズ（本ビューアによる分類）",
            "Phase (our classification)",
        ),
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
        ("種類", "Kind"),
        filter
            .kinds
            .iter()
            .map(|k| k.label(lang).to_string())
            .collect(),
    );
    add(
        ("報告書の評価", "Report's grade"),
        filter.grades.iter().map(|g| g.id().to_string()).collect(),
    );
    add(
        ("計算上の見通し", "Computed status"),
        filter
            .statuses
            .iter()
            .map(|s| lang.pick(s.ja(), s.en()).to_string())
            .collect(),
    );
    if !filter.query.trim().is_empty() {
        add(
            ("検索", "Search"),
            vec![format!("「{}」", filter.query.trim())],
        );
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
