//! The one-pass selection (`Catalog::select`) against the reference rules
//! of `tests/support` and budgets added up item by item: same KPIs,
//! programs, phase counts, status and grade counts and budget, for any
//! filter; and the catalog's initiatives against the reference
//! `initiative_matches`.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use proptest::prelude::*;
use shinchoku::core::dataset::model::{Dataset, Grade, KpiKind, Program};
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::dataset::synth::scale;
use shinchoku::core::engine::budget::BudgetTotal;
use shinchoku::core::engine::progress::Status;
use shinchoku::core::select::catalog::Catalog;
use shinchoku::core::select::filter::Filter;
use support::{assess_all, Reference};

fn fy2022() -> Dataset {
    parse_dataset(include_str!("../data/fy2022.json")).expect("bundled dataset parses")
}

/// What the selection must equal, computed item by item.
fn brute_force(d: &Dataset, filter: &Filter) -> (Vec<usize>, Vec<usize>, Vec<(usize, usize)>) {
    let all = assess_all(d);
    let kpis = (0..all.len())
        .filter(|&i| filter.kpi_matches(&all[i]))
        .collect();
    let programs: Vec<_> = d
        .projects
        .iter()
        .flat_map(|p| p.programs.iter().map(move |g| (p, g)))
        .collect();
    let program_ids = (0..programs.len())
        .filter(|&i| filter.program_matches(programs[i].0, programs[i].1))
        .collect();
    let mut others = filter.clone();
    others.phases.clear();
    let counts = d
        .phases
        .iter()
        .map(|phase| {
            let k = all
                .iter()
                .filter(|k| others.kpi_matches(k) && k.kpi.phases.contains(&phase.id))
                .count();
            let g = programs
                .iter()
                .filter(|(p, g)| others.program_matches(p, g) && g.phases.contains(&phase.id))
                .count();
            (k, g)
        })
        .collect();
    (kpis, program_ids, counts)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

/// The selection's budget against the budget rules stated plainly: the
/// printed totals of the selected projects (only when no phase or search
/// filter keeps part of them); per ministry, each program's own amount
/// (not a 再掲 one) and each budget line (not a repeat) all of whose
/// candidate programs are that ministry's; and the own amounts of the
/// selected programs, with a count of those that have none.
fn check_budget(d: &Dataset, filter: &Filter, budget: &BudgetTotal) {
    let repeated = |g: &Program| g.notes.iter().any(|n| n == "再掲");
    let whole = filter.phases.is_empty() && filter.query.trim().is_empty();
    match &budget.projects {
        None => assert!(!whole, "whole projects have totals: {filter:?}"),
        Some(totals) => {
            assert!(whole, "only whole projects have totals: {filter:?}");
            let chosen: Vec<_> = d
                .projects
                .iter()
                .filter(|p| filter.project_matches(p))
                .collect();
            let amed: f64 = chosen.iter().filter_map(|p| p.budget.amed).sum();
            let inhouse: f64 = chosen.iter().filter_map(|p| p.budget.inhouse).sum();
            assert!(
                close(totals.amed, amed) && close(totals.inhouse, inhouse),
                "{filter:?}"
            );
            for (m, ministry) in d.ministries.iter().enumerate() {
                let ours = |g: &Program| g.ministry.as_deref() == Some(ministry.id.as_str());
                let mut expected = 0.0;
                for p in &chosen {
                    for g in p.programs.iter().filter(|g| ours(g) && !repeated(g)) {
                        expected += g.budget.unwrap_or(0.0);
                    }
                    for line in p.budget_lines.iter().filter(|l| !l.repeat) {
                        let candidates: Vec<&Program> = p
                            .programs
                            .iter()
                            .filter(|g| line.programs.contains(&g.id))
                            .collect();
                        if !candidates.is_empty() && candidates.iter().all(|g| ours(g)) {
                            expected += line.amount;
                        }
                    }
                }
                assert!(
                    close(totals.by_ministry[m], expected),
                    "{} for {filter:?}",
                    ministry.id
                );
            }
        }
    }
    let own: Vec<&Program> = d
        .projects
        .iter()
        .flat_map(|p| {
            p.programs
                .iter()
                .filter(move |g| filter.program_matches(p, g))
        })
        .filter(|g| !repeated(g))
        .collect();
    let known: f64 = own.iter().filter_map(|g| g.budget).sum();
    let with = own.iter().filter(|g| g.budget.is_some()).count();
    assert!(close(budget.programs.known, known), "{filter:?}");
    assert_eq!(
        (
            budget.programs.programs_known,
            budget.programs.programs_unknown
        ),
        (with, own.len() - with),
        "{filter:?}"
    );
}

fn check(d: &Dataset, catalog: &Catalog, filter: &Filter) {
    let s = catalog.select(d, filter);
    let (kpis, programs, counts) = brute_force(d, filter);
    assert_eq!(s.kpis, kpis, "KPIs for {filter:?}");
    assert_eq!(s.programs, programs, "programs for {filter:?}");
    assert_eq!(s.phase_counts, counts, "phase counts for {filter:?}");
    let all = assess_all(d);
    for status in Status::ALL {
        let n = kpis
            .iter()
            .filter(|&&i| all[i].progress.status == status)
            .count();
        assert_eq!(s.count(status), n, "{status:?} for {filter:?}");
    }
    let a = kpis
        .iter()
        .filter(|&&i| all[i].kpi.grade == Grade::A)
        .count();
    assert_eq!(s.by_grade, [a, kpis.len() - a]);
    check_budget(d, filter, &s.budget);
    let projects: Vec<usize> = (0..d.projects.len())
        .filter(|&p| filter.project_matches(&d.projects[p]))
        .collect();
    assert_eq!(s.projects, projects);
    let initiatives: Vec<usize> = (0..d.initiatives.len())
        .filter(|&i| filter.initiative_matches(&d.initiatives[i]))
        .collect();
    assert_eq!(
        catalog.initiatives_shown(d, filter),
        initiatives,
        "initiatives for {filter:?}"
    );
    for &p in &projects {
        let of: Vec<usize> = kpis
            .iter()
            .copied()
            .filter(|&i| catalog.kpis[i].project == p)
            .collect();
        assert_eq!(s.kpis_of_project(catalog, p), of.as_slice());
    }
}

#[test]
fn no_filter_selects_everything() {
    let d = fy2022();
    let catalog = Catalog::new(&d);
    let s = catalog.select(&d, &Filter::default());
    assert_eq!(s.kpis.len(), 45);
    assert_eq!(s.programs.len(), catalog.programs.len());
    assert_eq!(s.projects.len(), 6);
    check(&d, &catalog, &Filter::default());
}

#[test]
fn examples_from_the_report() {
    let d = fy2022();
    let catalog = Catalog::new(&d);
    let mic = Filter {
        ministries: vec!["mic".into()],
        ..Filter::default()
    };
    let s = catalog.select(&d, &mic);
    let ids: Vec<&str> = s
        .projects
        .iter()
        .map(|&p| d.projects[p].id.as_str())
        .collect();
    assert_eq!(ids, ["devices", "genome"]);
    check(&d, &catalog, &mic);
    let poc = Filter {
        query: "ＰＯＣ".into(),
        phases: vec!["nonclinical".into()],
        ..Filter::default()
    };
    assert!(!catalog.select(&d, &poc).kpis.is_empty());
    check(&d, &catalog, &poc);
}

fn any_filter(d: &Dataset) -> impl Strategy<Value = Filter> {
    let ministries: Vec<String> = d.ministries.iter().map(|m| m.id.clone()).collect();
    let projects: Vec<String> = d
        .projects
        .iter()
        .map(|p| p.id.clone())
        .chain(["other".to_string()])
        .collect();
    let phases: Vec<String> = d.phases.iter().map(|p| p.id.clone()).collect();
    let words = prop::sample::select(vec![
        "",
        "POC",
        "ｐｏｃ",
        "治験",
        "遺伝子",
        "がん",
        "件",
        "AI",
        "x",
        "　",
    ]);
    (
        prop::sample::subsequence(ministries.clone(), 0..=2),
        any::<bool>(),
        prop::sample::subsequence(projects.clone(), 0..=2),
        prop::sample::subsequence(phases.clone(), 0..=3),
        prop::sample::subsequence(vec![KpiKind::Output, KpiKind::Outcome], 0..=1),
        prop::sample::subsequence(vec![Grade::A, Grade::B], 0..=1),
        prop::sample::subsequence(Status::ALL.to_vec(), 0..=2),
        (words.clone(), words),
    )
        .prop_map(
            |(ministries, lead_only, projects, phases, kinds, grades, statuses, (a, b))| Filter {
                ministries,
                lead_only,
                projects,
                phases,
                kinds,
                grades,
                statuses,
                query: format!("{a} {b}"),
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn selection_equals_the_item_rules(filter in any_filter(&fy2022())) {
        let d = fy2022();
        check(&d, &Catalog::new(&d), &filter);
    }

    #[test]
    fn selection_equals_the_item_rules_on_synthetic_data(filter in any_filter(&fy2022())) {
        let d = scale(&fy2022(), 3);
        check(&d, &Catalog::new(&d), &filter);
    }
}
