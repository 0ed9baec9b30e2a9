//! Two reports compared: the synthetic next year's report
//! (`tests/fixtures/fy2023-synthetic.json`, made by `next_year` from the
//! bundled one) against the bundled FY2022 report, every difference the
//! core finds pinned; a report against itself; reports of other plans
//! refused; neither report altered; items in one report only.
#![cfg(not(target_arch = "wasm32"))]

use shinchoku::core::dataset::model::{Dataset, Grade, Initiative, MinistryRoles};
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::dataset::problem::Severity;
use shinchoku::core::dataset::synth::next_year;
use shinchoku::core::dataset::validate::validate;
use shinchoku::core::engine::compare::{
    compare, in_order, same_plan, Change, PlanMismatch, Revision, Unpaired,
};
use shinchoku::core::engine::progress::Status;
use shinchoku::core::present::comparison::{
    compared, refusal, ComparedView, ItemKey, SectionKind, Side,
};
use shinchoku::core::select::catalog::Catalog;
use shinchoku::core::select::filter::Filter;
use shinchoku::core::text::diff::{Edit, Part};
use shinchoku::core::text::lang::Lang;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/fy2023-synthetic.json"
);

fn fy2022() -> Dataset {
    parse_dataset(include_str!("../data/fy2022.json")).unwrap()
}

fn fixture() -> Dataset {
    parse_dataset(&std::fs::read_to_string(FIXTURE).unwrap()).unwrap()
}

#[test]
fn the_fixture_is_the_generators_output() {
    let made = serde_json::to_string_pretty(&next_year(&fy2022())).unwrap() + "\n";
    let committed = std::fs::read_to_string(FIXTURE).unwrap_or_default();
    if committed != made && std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(FIXTURE, &made).unwrap();
        return;
    }
    assert!(
        committed == made,
        "tests/fixtures/fy2023-synthetic.json is stale: run `UPDATE_EXPECT=1 cargo test --test compare` (or `cargo run --bin synth -- --next-year --out tests/fixtures/fy2023-synthetic.json`), then review and commit"
    );
}

#[test]
fn the_fixture_is_valid_and_says_it_is_synthetic() {
    let d = fixture();
    let problems = validate(&d);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(problems.iter().all(|p| p.severity != Severity::Error));
    assert!(d.report.source.notes[0].starts_with("【合成データ】"));
    assert!(d.report.title.starts_with("【合成データ】"));
    assert!(d.report.title.contains("令和5年度"));
    assert_eq!(d.report.figures_through, 2023);
    assert_eq!(d.report.source.url, None);
}

/// Every difference between the FY2022 report and the synthetic FY2023
/// one, as the generator made them (see `next_year`).
#[test]
fn every_difference_of_the_fixture_is_found() {
    let (a, b) = (fy2022(), fixture());
    assert_eq!(same_plan(&a, &b), Ok(()));
    let (before, after) = in_order(&a, &b);
    assert_eq!(before.report.id, "fy2022");
    let c = compare(before, after);

    // 44 KPIs are in both reports (45 less the one removed); each has a
    // new FY2023 figure but genome-data-infrastructure, which has no
    // yearly figures and does not change. Only a figure changed for 37.
    assert_eq!(c.kpis.len(), 43);
    assert!(!c.kpis.iter().any(|k| k.id == "genome-data-infrastructure"));
    let only_figure: Vec<&str> = c
        .kpis
        .iter()
        .filter(|k| k.changes == [Change::Figure])
        .map(|k| k.id.as_str())
        .collect();
    assert_eq!(only_figure.len(), 37);
    assert!(c
        .kpis
        .iter()
        .all(|k| k.new_years.len() == 1 && k.new_years[0].fiscal_year == 2023));
    let changes: Vec<(&str, String)> = c
        .kpis
        .iter()
        .filter(|k| k.changes != [Change::Figure])
        .map(|k| (k.id.as_str(), Change::ids(&k.changes)))
        .collect();
    assert_eq!(
        changes,
        [
            (
                "drugs-network-seed-licensing",
                "figure status grade".to_string()
            ),
            ("drugs-approvals", "figure revised".to_string()),
            (
                "devices-healthcare-demonstrations",
                "figure status grade".to_string()
            ),
            ("devices-seed-licensing", "figure status".to_string()),
            ("devices-healthcare-launches", "figure status".to_string()),
            (
                "seeds-investigator-trials",
                "figure status target".to_string()
            ),
        ]
    );
    let kpi = |id: &str| c.kpis.iter().find(|k| k.id == id).unwrap();
    // A year of none: 7 stays 7; the mean falls to 7 ÷ 4 = 1.75, the
    // projection to 7 + 1.75 = 8.75 (87.5% of 10): at risk.
    let k = kpi("drugs-network-seed-licensing");
    assert_eq!(k.latest, (Some(7.0), Some(7.0)));
    assert_eq!(k.status, (Status::OnTrack, Status::AtRisk));
    assert_eq!(k.grade, (Grade::A, Grade::B));
    assert!(k.worsened() && k.grade_fell());
    // 15 → 14 for FY2021, and 3 more for FY2023: 23 − 1 + 3 = 25.
    let k = kpi("drugs-approvals");
    assert_eq!(
        k.revised,
        [Revision {
            year: 2021,
            before: 15.0,
            after: Some(14.0)
        }]
    );
    assert_eq!(k.latest, (Some(23.0), Some(25.0)));
    // 18 + 12 = 30; mean 30 ÷ 4 = 7.5; 30 + 7.5 = 37.5 ≥ 35: on track.
    let k = kpi("devices-healthcare-demonstrations");
    assert_eq!(k.latest, (Some(18.0), Some(30.0)));
    assert_eq!(k.status, (Status::AtRisk, Status::OnTrack));
    assert_eq!(k.grade, (Grade::B, Grade::A));
    assert!(k.improved() && !k.grade_fell());
    // 14 + 5 = 19 ≥ 15: reached.
    let k = kpi("devices-seed-licensing");
    assert_eq!(k.status, (Status::OnTrack, Status::Achieved));
    assert!(k.reached());
    // 6 + 1 = 7; mean 7 ÷ 4 = 1.75; 8.75 of 10: at risk.
    let k = kpi("devices-healthcare-launches");
    assert_eq!(k.status, (Status::OnTrack, Status::AtRisk));
    // The goalpost moved, 170 → 120, and 93 + 29 = 122 meets the new one.
    let k = kpi("seeds-investigator-trials");
    assert_eq!(
        (
            k.target.0.as_ref().unwrap().value,
            k.target.1.as_ref().unwrap().value
        ),
        (170.0, 120.0)
    );
    assert_eq!(k.status, (Status::AtRisk, Status::Achieved));
    assert!(k.reached());
    // A percentage keeps its latest ratio; its new year is still a figure.
    let k = kpi("devices-class34-share");
    assert_eq!(k.latest, (Some(31.0), Some(31.0)));
    assert_eq!(k.changes, [Change::Figure]);

    // Removed and added under another id, with the same name: said, not paired.
    assert_eq!(
        c.removed_kpis,
        [Unpaired {
            id: "disease-papers-other".into(),
            project: Some("disease".into()),
            same_name: Some("disease-papers-other-v2".into()),
        }]
    );
    assert_eq!(
        c.added_kpis,
        [Unpaired {
            id: "disease-papers-other-v2".into(),
            project: Some("disease".into()),
            same_name: Some("disease-papers-other".into()),
        }]
    );
    // Budgets.
    let budgets: Vec<_> = c
        .project_budgets
        .iter()
        .map(|b| (b.id.as_str(), b.amed, b.inhouse))
        .collect();
    assert_eq!(
        budgets,
        [
            (
                "drugs",
                (Some(326.0), Some(330.0)),
                (Some(44.0), Some(44.0))
            ),
            ("seeds", (Some(238.0), Some(245.0)), (None, None)),
        ]
    );
    let programs: Vec<_> = c
        .program_budgets
        .iter()
        .map(|b| (b.id.as_str(), b.budget))
        .collect();
    assert_eq!(
        programs,
        [(
            "drugs-drug-discovery-infrastructure",
            (Some(21.0), Some(25.0))
        )]
    );
    // The one changed sentence, word by word.
    assert_eq!(c.evaluations.len(), 1);
    assert_eq!(c.evaluations[0].project, "disease");
    let changed: Vec<&Part> = c.evaluations[0]
        .diff
        .iter()
        .filter(|p| p.edit != Edit::Same)
        .collect();
    assert_eq!(
        changed,
        [
            &Part {
                edit: Edit::Removed,
                text: "脳神経疾患等".into()
            },
            &Part {
                edit: Edit::Added,
                text: "脳神経疾患や感染症等".into()
            },
        ]
    );
    // Nothing else.
    assert!(c.added_projects.is_empty() && c.removed_projects.is_empty());
    assert!(c.added_programs.is_empty() && c.removed_programs.is_empty());
    assert!(c.added_initiatives.is_empty() && c.removed_initiatives.is_empty());
    assert!(c.kpis.iter().all(|k| k.detail.is_none()));
    assert_eq!(c.plan_years, None);
}

fn side<'a>(
    d: &'a Dataset,
    catalog: &'a Catalog,
    selection: &'a shinchoku::core::select::selection::Selection,
) -> Side<'a> {
    Side {
        dataset: d,
        catalog,
        selection,
    }
}

/// The bundled report (the earlier) compared with the fixture, as the
/// view shows it under `filter` in `lang`, every item drawn.
fn fixture_compared(filter: &Filter, lang: Lang) -> ComparedView {
    let (a, b) = (fy2022(), fixture());
    let c = compare(&a, &b);
    let (ca, cb) = (Catalog::new(&a), Catalog::new(&b));
    let (sa, sb) = (ca.select(&a, filter), cb.select(&b, filter));
    compared(
        &c,
        [side(&a, &ca, &sa), side(&b, &cb, &sb)],
        false,
        filter,
        lang,
        None,
    )
}

#[test]
fn the_headline_of_the_fixture_in_both_languages() {
    let view = fixture_compared(&Filter::default(), Lang::Ja);
    let tiles: Vec<(&str, &str)> = view
        .summary
        .tiles
        .iter()
        .map(|(l, v)| (l.as_str(), v.as_str()))
        .collect();
    assert_eq!(
        tiles,
        [
            ("見通しが改善", "3件"),
            ("見通しが悪化", "2件"),
            ("評価（A/B）の変化", "2件（うちA→B 1件）"),
            ("目標に到達", "2件"),
            ("目標・単位の変更", "1件"),
            ("予算の合計（記載額）", "1,230億円 → 1,241億円（+11億円）"),
        ]
    );
    assert!(!view.summary.identical && !view.summary.nothing_selected);
    // Flagged changes first (a grade from A to B, a moved goalpost, a
    // revised figure), those of status or grade among them first; then the
    // other changes of status or grade; the report's order within each.
    let kpis = &view.sections[0];
    assert_eq!(kpis.kind, SectionKind::Kpis);
    let first: Vec<&ItemKey> = kpis.items.iter().take(6).map(|i| &i.key).collect();
    let kpi = |id: &str| ItemKey::Kpi(id.into());
    assert_eq!(
        first,
        [
            &kpi("drugs-network-seed-licensing"),
            &kpi("seeds-investigator-trials"),
            &kpi("drugs-approvals"),
            &kpi("devices-healthcare-demonstrations"),
            &kpi("devices-seed-licensing"),
            &kpi("devices-healthcare-launches"),
        ]
    );
    let moved = &kpis.items[1];
    assert!(moved
        .lines
        .iter()
        .any(|l| l.flag && l.text == "目標が変わりました: 170件 → 120件"));
    assert!(moved.shown, "the KPI is in the report shown: linked");
    let en = fixture_compared(&Filter::default(), Lang::En);
    assert_eq!(
        en.summary.tiles[5],
        (
            "Budget total (printed)".to_string(),
            "¥123bn → ¥124.1bn (+¥1.1bn)".to_string()
        )
    );
    assert!(en.sections[0].items[1]
        .lines
        .iter()
        .any(|l| l.text == "The target moved: 170 → 120"));
    let revised = &en.sections[0].items[2];
    assert!(revised
        .lines
        .iter()
        .any(|l| l.flag && l.text == "The FY2021 figure was revised after publication: 15 → 14"));
    // Added and removed: the same name is said, the link only where the
    // report shown has the KPI.
    let added_removed = &en.sections[1];
    assert_eq!(added_removed.total, 2);
    assert_eq!(Change::ids(&added_removed.items[0].changes), "added");
    assert!(!added_removed.items[0].shown);
    assert!(added_removed.items[1].shown);
    assert!(added_removed.items[0].lines[1]
        .text
        .contains("same name as the removed \"disease-papers-other\""));
}

#[test]
fn the_comparison_follows_the_filter() {
    let filter = Filter {
        projects: vec!["disease".into()],
        ..Filter::default()
    };
    let view = fixture_compared(&filter, Lang::Ja);
    let keys = |kind: SectionKind| -> Vec<ItemKey> {
        view.sections
            .iter()
            .find(|s| s.kind == kind)
            .unwrap()
            .items
            .iter()
            .map(|i| i.key.clone())
            .collect()
    };
    assert_eq!(
        keys(SectionKind::Kpis),
        [
            ItemKey::Kpi("disease-papers-high-if".into()),
            ItemKey::Kpi("disease-seed-transfer".into())
        ]
    );
    assert_eq!(keys(SectionKind::KpisAddedRemoved).len(), 2);
    assert!(keys(SectionKind::Budgets).is_empty());
    assert_eq!(
        keys(SectionKind::Texts),
        [ItemKey::Project("disease".into())]
    );
    assert_eq!(view.summary.tiles[5].1, "152億円 → 152億円（±0億円）");
}

#[test]
fn a_report_compared_with_itself_has_no_changes() {
    let a = fy2022();
    let copy = a.clone();
    let c = compare(&a, &copy);
    assert!(c.is_empty());
    let catalog = Catalog::new(&a);
    let filter = Filter::default();
    let selection = catalog.select(&a, &filter);
    let s = side(&a, &catalog, &selection);
    let view = compared(&c, [s, s], true, &filter, Lang::Ja, None);
    assert!(view.summary.identical && view.summary.nothing_selected);
    assert!(view.sections.iter().all(|s| s.total == 0));
    let b = fixture();
    assert!(compare(&b, &b.clone()).is_empty());
}

#[test]
fn comparing_alters_neither_report() {
    let (a, b) = (fy2022(), fixture());
    let (a0, b0) = (a.clone(), b.clone());
    let _ = compare(&a, &b);
    let _ = compare(&b, &a);
    assert_eq!((a, b), (a0, b0));
}

#[test]
fn the_order_is_by_the_year_the_figures_run_to() {
    let (a, b) = (fy2022(), fixture());
    assert_eq!(in_order(&b, &a).0.report.id, "fy2022");
    assert_eq!(in_order(&a, &b).1.report.id, "fy2023-synthetic");
    // The same year: the other report is taken as the earlier.
    let mut other = a.clone();
    other.report.id = "other".into();
    assert_eq!(in_order(&a, &other).0.report.id, "other");
}

#[test]
fn reports_of_other_plans_or_periods_are_refused() {
    let a = fy2022();
    let mut third = a.clone();
    third.report.plan_first_year = 2025;
    third.report.plan_last_year = 2029;
    third.report.figures_through = 2025;
    let mismatch = same_plan(&a, &third).unwrap_err();
    assert_eq!(
        mismatch,
        PlanMismatch::Period {
            shown: 2020,
            other: 2025
        }
    );
    assert!(
        refusal(&mismatch, &a, &third, Lang::Ja).contains("計画期間が異なる報告書は比較しません")
    );
    assert!(refusal(&mismatch, &a, &third, Lang::En).contains("begins in FY2020, and that of"));
    let mini = parse_dataset(include_str!("fixtures/mini.json")).unwrap();
    assert_eq!(mini.report.plan_first_year, a.report.plan_first_year);
    assert_eq!(same_plan(&a, &mini), Err(PlanMismatch::Projects));
    assert!(refusal(&PlanMismatch::Projects, &a, &mini, Lang::En).contains("another plan's report"));
    // An extended plan (a later last year) is the same plan.
    let mut extended = fixture();
    extended.report.plan_last_year = 2025;
    assert_eq!(same_plan(&a, &extended), Ok(()));
    let c = compare(&a, &extended);
    assert_eq!(c.plan_years, Some(((2020, 2024), (2020, 2025))));
}

#[test]
fn items_in_one_report_only_are_added_or_removed() {
    let a = fy2022();
    let mut b = a.clone();
    let initiative = |id: &str, heading: &str| Initiative {
        id: id.into(),
        section: "3.9".into(),
        section_title: "テスト".into(),
        heading: heading.into(),
        section_title_en: None,
        heading_en: None,
        number: None,
        plan: vec![],
        results: vec![],
        ministries: MinistryRoles::default(),
        ministries_text: String::new(),
    };
    let dropped = b.initiatives.remove(0);
    b.initiatives
        .push(initiative("new-initiative", "新しい取組"));
    b.initiatives.push(initiative("renamed", &dropped.heading));
    let program = b.projects[0].programs.remove(1);
    let mut moved = program.clone();
    moved.id = "drugs-new-id".into();
    b.projects[0].programs.push(moved);
    b.projects[1].kpis[0].unit = shinchoku::core::dataset::model::Unit::Percent;
    b.projects[1].kpis[0].detail.push_str("追記。");
    let c = compare(&a, &b);
    let ids = |list: &[Unpaired]| -> Vec<(String, Option<String>)> {
        list.iter()
            .map(|u| (u.id.clone(), u.same_name.clone()))
            .collect()
    };
    assert_eq!(
        ids(&c.removed_initiatives),
        [(dropped.id.clone(), Some("renamed".into()))]
    );
    assert_eq!(
        ids(&c.added_initiatives),
        [
            ("new-initiative".into(), None),
            ("renamed".into(), Some(dropped.id.clone()))
        ]
    );
    assert_eq!(
        ids(&c.removed_programs),
        [(program.id.clone(), Some("drugs-new-id".into()))]
    );
    assert_eq!(c.added_programs[0].project.as_deref(), Some("drugs"));
    let k = &c.kpis[0];
    assert_eq!(k.id, b.projects[1].kpis[0].id);
    // 41 as a percentage is still at least 25: the status stays.
    assert_eq!(Change::ids(&k.changes), "unit text");
    let added: Vec<&Part> = k
        .detail
        .as_ref()
        .unwrap()
        .iter()
        .filter(|p| p.edit == Edit::Added)
        .collect();
    assert_eq!(
        added,
        [&Part {
            edit: Edit::Added,
            text: "追記。".into()
        }]
    );
}
