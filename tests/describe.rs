//! The selection in words, as the headline, embeds and printouts show it.

use shinchoku::core::dataset::model::Dataset;
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::present::describe::selection_in_words;
use shinchoku::core::select::filter::Filter;
use shinchoku::core::text::lang::Lang;

fn data() -> Dataset {
    parse_dataset(include_str!("../data/fy2022.json")).unwrap()
}

#[test]
fn no_filter_says_so() {
    let d = data();
    assert_eq!(
        selection_in_words(&d, &Filter::default(), Lang::Ja),
        "絞り込みなし（すべて）"
    );
    assert_eq!(
        selection_in_words(&d, &Filter::default(), Lang::En),
        "No filter (everything)"
    );
}

#[test]
fn ministry_and_phase_in_both_languages() {
    let d = data();
    let f = Filter {
        ministries: vec!["mic".into()],
        phases: vec!["clinical".into()],
        ..Filter::default()
    };
    assert_eq!(
        selection_in_words(&d, &f, Lang::Ja),
        "府省: 総務省 · フェーズ（本ビューアによる分類）: 臨床研究・治験"
    );
    assert_eq!(
        selection_in_words(&d, &f, Lang::En),
        "Ministry: Ministry of Internal Affairs and Communications (MIC) · Phase (our classification): Clinical research and trials"
    );
}

#[test]
fn lead_only_projects_and_search() {
    let d = data();
    let f = Filter {
        ministries: vec!["meti".into()],
        lead_only: true,
        projects: vec!["devices".into(), "other".into()],
        query: " POC ".into(),
        ..Filter::default()
    };
    assert_eq!(
        selection_in_words(&d, &f, Lang::Ja),
        "府省: 経済産業省（◎主担当のみ） · プロジェクト: 医療機器・ヘルスケアプロジェクト、その他の取組 · 検索: 「POC」"
    );
}
