//! Filtering and the URL query encoding, on the `mini` fixture.
mod support;

use shinchoku::core::dataset::model::{Dataset, Grade, KpiKind};
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::engine::progress::Status;
use shinchoku::core::select::catalog::Catalog;
use shinchoku::core::select::filter::{Filter, OTHER_PROJECT};
use shinchoku::core::select::query::{encode, to_query_string};
use support::{assess_all, decode_str, Reference};

fn mini() -> Dataset {
    parse_dataset(include_str!("fixtures/mini.json")).unwrap()
}

fn shown(dataset: &Dataset, filter: &Filter) -> Vec<String> {
    assess_all(dataset)
        .iter()
        .filter(|k| filter.kpi_matches(k))
        .map(|k| k.kpi.id.clone())
        .collect()
}

#[test]
fn empty_filter_shows_everything() {
    let d = mini();
    assert_eq!(shown(&d, &Filter::default()).len(), 4);
}

#[test]
fn ministry_with_and_without_lead_only() {
    let d = mini();
    let mut f = Filter {
        ministries: vec!["mext".into()],
        ..Filter::default()
    };
    // mext leads beta and participates in alpha.
    assert_eq!(shown(&d, &f).len(), 4);
    f.lead_only = true;
    assert_eq!(shown(&d, &f), ["beta-slow", "beta-none"]);
}

#[test]
fn project_phase_kind_grade_status_dimensions() {
    let d = mini();
    let f = Filter {
        projects: vec!["alpha".into()],
        ..Filter::default()
    };
    assert_eq!(shown(&d, &f), ["alpha-count", "alpha-percent"]);
    let f = Filter {
        phases: vec!["clinical".into(), "practical".into()],
        ..Filter::default()
    };
    assert_eq!(shown(&d, &f), ["alpha-percent", "beta-slow"]);
    let f = Filter {
        kinds: vec![KpiKind::Outcome],
        ..Filter::default()
    };
    assert_eq!(shown(&d, &f), ["alpha-percent", "beta-slow"]);
    let f = Filter {
        grades: vec![Grade::B],
        ..Filter::default()
    };
    assert_eq!(shown(&d, &f), ["beta-slow"]);
    let f = Filter {
        statuses: vec![Status::NoData],
        ..Filter::default()
    };
    assert_eq!(shown(&d, &f), ["beta-none"]);
}

#[test]
fn search_folds_width_and_case() {
    let d = mini();
    let f = Filter {
        query: "ＰＯＣ".into(),
        ..Filter::default()
    };
    assert_eq!(shown(&d, &f), ["alpha-count"]);
    let f = Filter {
        query: "うち一部".into(),
        ..Filter::default()
    };
    assert_eq!(
        shown(&d, &f),
        ["beta-slow"],
        "breakdown labels are searched"
    );
}

#[test]
fn initiatives_follow_ministry_project_and_search() {
    let d = mini();
    let i = &d.initiatives[0];
    assert!(Filter::default().initiative_matches(i));
    assert!(Filter {
        projects: vec![OTHER_PROJECT.into()],
        ..Filter::default()
    }
    .initiative_matches(i));
    assert!(!Filter {
        projects: vec!["alpha".into()],
        ..Filter::default()
    }
    .initiative_matches(i));
    let mext = Filter {
        ministries: vec!["mext".into()],
        ..Filter::default()
    };
    assert!(mext.initiative_matches(i));
    assert!(!Filter {
        lead_only: true,
        ..mext
    }
    .initiative_matches(i));
    assert!(Filter {
        query: "成果".into(),
        ..Filter::default()
    }
    .initiative_matches(i));
}

#[test]
fn programs_follow_project_phase_and_search() {
    let d = mini();
    let p = &d.projects[0];
    let f = Filter {
        phases: vec!["clinical".into()],
        ..Filter::default()
    };
    let names: Vec<_> = p
        .programs
        .iter()
        .filter(|g| f.program_matches(p, g))
        .map(|g| g.id.as_str())
        .collect();
    assert_eq!(names, ["alpha-two"]);
}

#[test]
fn query_round_trip() {
    let d = mini();
    let f = Filter {
        ministries: vec!["mic".into(), "mext".into()],
        lead_only: true,
        projects: vec!["beta".into(), OTHER_PROJECT.into()],
        phases: vec!["nonclinical".into(), "clinical".into()],
        kinds: vec![KpiKind::Output],
        grades: vec![Grade::A, Grade::B],
        statuses: vec![Status::OffTrack],
        query: "遺伝子 治療&x=1".into(),
    };
    let mut f = f;
    f.ministries.retain(|m| m != "mic"); // not in the fixture
    let pairs = encode(&f);
    let query = to_query_string(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    assert!(
        query.starts_with(
            "ministry=mext&lead=1&project=beta&project=other&phase=nonclinical&phase=clinical"
        ),
        "{query}"
    );
    let back = decode_str(&format!("?{query}"), &d);
    assert_eq!(back.filter, f);
    assert!(back.ignored.is_empty());
}

#[test]
fn unknown_values_are_ignored_and_reported() {
    let d = mini();
    let back = decode_str(
        "ministry=mic&ministry=mhlw&phase=%E2%9C%93&status=great&lead=maybe&utm_source=x&lang=en",
        &d,
    );
    assert_eq!(back.filter.ministries, ["mhlw"]);
    assert!(
        back.filter.phases.is_empty() && back.filter.statuses.is_empty() && !back.filter.lead_only
    );
    let ignored: Vec<_> = back
        .ignored
        .iter()
        .map(|i| format!("{}={}", i.key, i.value))
        .collect();
    assert_eq!(
        ignored,
        [
            "ministry=mic",
            "phase=✓",
            "status=great",
            "lead=maybe",
            "utm_source=x"
        ]
    );
}

#[test]
fn garbage_queries_never_panic() {
    let d = mini();
    for q in [
        "",
        "?",
        "&&&",
        "=",
        "%",
        "%zz=%",
        "q=%E3%81",
        "project",
        "\u{0}=\u{0}",
        "?q=ａｂｃ",
    ] {
        let _ = decode_str(q, &d);
    }
    assert_eq!(decode_str("?q=ａｂｃ", &d).filter.query, "ａｂｃ");
}

#[test]
fn duplicates_in_the_query_collapse() {
    let d = mini();
    let back = decode_str("project=alpha&project=alpha&grade=A&grade=a", &d);
    assert_eq!(back.filter.projects, ["alpha"]);
    assert_eq!(back.filter.grades, [Grade::A]);
}

#[test]
fn counts_by_status_grade_ministry_phase_and_kind() {
    let d = mini();
    let c = Catalog::new(&d);
    let all = c.select(&d, &Filter::default());
    assert_eq!(all.kpis.len(), 4);
    assert_eq!(all.by_grade, [3, 1]);
    assert_eq!(all.count(Status::NoData), 1);
    // alpha-count: 12/20 → 12 + 4 × 2 = 20, on track; percent 31 ≥ 25 achieved; beta-slow 1 of 2: 1 + (1/3) × 2 ≈ 1.67 ≥ 0.8 × 2 → at risk.
    assert_eq!(all.count(Status::Achieved), 1);
    assert_eq!(all.count(Status::OnTrack), 1);
    assert_eq!(all.count(Status::AtRisk), 1);
    let n = |f: Filter| c.select(&d, &f).kpis.len();
    let lead = |m: &str| Filter {
        ministries: vec![m.into()],
        lead_only: true,
        ..Filter::default()
    };
    assert_eq!((n(lead("mhlw")), n(lead("mext"))), (2, 2));
    let phase = |p: &str| Filter {
        phases: vec![p.into()],
        ..Filter::default()
    };
    assert_eq!(
        ["basic", "applied", "nonclinical", "clinical", "practical"].map(|p| n(phase(p))),
        [1, 0, 1, 1, 1]
    );
    let output = Filter {
        kinds: vec![KpiKind::Output],
        ..Filter::default()
    };
    assert_eq!(n(output), 2);
}

#[test]
fn synthetic_datasets_scale_and_stay_valid() {
    let d = mini();
    let big = shinchoku::core::dataset::synth::scale(&d, 100);
    assert_eq!(big.projects.len(), 200);
    assert_eq!(assess_all(&big).len(), 400);
    assert_eq!(shinchoku::core::dataset::validate::validate(&big), vec![]);
    assert_eq!(
        shinchoku::core::dataset::synth::scale(&d, 1).projects,
        d.projects,
        "copy 0 is the original"
    );
}

#[test]
fn the_app_s_own_keys_are_never_reported_as_ignored() {
    let d = mini();
    let decoded = decode_str(
        "?dataset=fy2022&data=data/fy2022.json&lang=en&theme=dark&view=kpi&id=alpha-count&embed=1",
        &d,
    );
    assert_eq!(decoded.ignored, vec![]);
}

#[test]
fn a_ministry_counts_for_what_it_leads_and_with_involved_what_it_joins() {
    use shinchoku::core::dataset::model::{MinistryRoles, MinistryScope};
    let roles = MinistryRoles {
        lead: vec!["mext".into()],
        participating: vec!["mhlw".into()],
    };
    assert!(roles.counts_for("mext", MinistryScope::LeadOnly));
    assert!(roles.counts_for("mext", MinistryScope::Involved));
    assert!(!roles.counts_for("mhlw", MinistryScope::LeadOnly));
    assert!(roles.counts_for("mhlw", MinistryScope::Involved));
    assert!(!roles.counts_for("meti", MinistryScope::Involved));
}
