//! Each validation rule, on small hand-made datasets derived from the
//! `mini` fixture (which itself has no problems).

use shinchoku::core::model::{Dataset, YearValue};
use shinchoku::core::parse::parse_dataset;
use shinchoku::core::validate::{validate, Problem, Severity};

fn mini() -> Dataset {
    parse_dataset(include_str!("fixtures/mini.json")).unwrap()
}

/// The only problem found, asserting there is exactly one.
fn only(dataset: &Dataset) -> Problem {
    let problems = validate(dataset);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    problems.into_iter().next().unwrap()
}

fn expect_error(dataset: &Dataset, path: &str, words: &str) {
    let p = only(dataset);
    assert_eq!(
        (p.severity, p.path.as_str()),
        (Severity::Error, path),
        "{p}"
    );
    assert!(p.message.contains(words), "{p}");
}

#[test]
fn the_fixture_is_clean() {
    assert_eq!(validate(&mini()), vec![]);
}

#[test]
fn unknown_ministry_of_a_project() {
    let mut d = mini();
    d.projects[1].ministries.participating.push("moon".into());
    expect_error(
        &d,
        "projects[1].ministries.participating[0]",
        "unknown ministry id \"moon\"",
    );
}

#[test]
fn unknown_ministry_of_a_program_and_an_initiative() {
    let mut d = mini();
    d.projects[0].programs[0].ministry = Some("xx".into());
    expect_error(&d, "projects[0].programs[0].ministry", "unknown ministry");
    let mut d = mini();
    d.initiatives[0].ministries.lead = vec!["yy".into()];
    expect_error(&d, "initiatives[0].ministries.lead[0]", "unknown ministry");
}

#[test]
fn unknown_phase() {
    let mut d = mini();
    d.projects[0].kpis[1].phases.push("marketing".into());
    expect_error(
        &d,
        "projects[0].kpis[1].phases[1]",
        "unknown phase id \"marketing\"",
    );
    let mut d = mini();
    d.projects[0].programs[1].phases = vec!["later".into()];
    expect_error(&d, "projects[0].programs[1].phases[0]", "unknown phase");
}

#[test]
fn duplicate_ids() {
    let mut d = mini();
    d.projects[1].kpis[1].id = "alpha-count".into();
    expect_error(
        &d,
        "projects[1].kpis[1].id",
        "duplicate KPI id \"alpha-count\"",
    );
    let mut d = mini();
    d.projects[1].id = "alpha".into();
    expect_error(&d, "projects[1].id", "duplicate project id");
    let mut d = mini();
    d.phases[4].id = "basic".into();
    d.projects[1].kpis[1].phases.clear();
    let problems = validate(&d);
    assert!(problems
        .iter()
        .any(|p| p.path == "phases[4].id" && p.message.contains("duplicate phase id")));
}

#[test]
fn budget_line_must_name_programs_of_its_project() {
    let mut d = mini();
    d.projects[0].budget_lines[0].programs.push("beta-x".into());
    expect_error(
        &d,
        "projects[0].budget_lines[0].programs[1]",
        "unknown program of this project",
    );
}

#[test]
fn percentage_over_100() {
    let mut d = mini();
    d.projects[0].kpis[1].yearly[2].value = 141.0;
    expect_error(&d, "projects[0].kpis[1].yearly[2].value", "over 100");
    let mut d = mini();
    d.projects[0].kpis[1].target.as_mut().unwrap().value = 125.0;
    expect_error(&d, "projects[0].kpis[1].target.value", "over 100");
}

#[test]
fn a_percentage_is_not_summed() {
    let mut d = mini();
    d.projects[0].kpis[1].latest = Some(99.0);
    assert_eq!(validate(&d), vec![]);
}

#[test]
fn negative_counts() {
    let mut d = mini();
    d.projects[1].kpis[0].breakdowns[0].latest = Some(-1.0);
    let problems = validate(&d);
    assert!(problems.iter().any(|p| p.severity == Severity::Error
        && p.path == "projects[1].kpis[0].breakdowns[0].latest"
        && p.message.contains("negative")));
}

#[test]
fn negative_budget() {
    let mut d = mini();
    d.projects[0].programs[0].budget = Some(-3.0);
    expect_error(&d, "projects[0].programs[0].budget", "negative");
}

#[test]
fn years_outside_the_plan() {
    let mut d = mini();
    d.projects[0].kpis[1].yearly[0].fiscal_year = 2019;
    expect_error(
        &d,
        "projects[0].kpis[1].yearly[0].fiscal_year",
        "outside the plan period 2020–2024",
    );
}

#[test]
fn a_year_twice() {
    let mut d = mini();
    d.projects[0].kpis[1].yearly[1].fiscal_year = 2020;
    expect_error(&d, "projects[0].kpis[1].yearly[1].fiscal_year", "twice");
}

#[test]
fn a_cumulative_count_that_differs_from_the_yearly_sum_is_a_warning() {
    let mut d = mini();
    d.projects[0].kpis[0].yearly.push(YearValue {
        fiscal_year: 2023,
        value: 1.0,
    });
    let p = only(&d);
    assert_eq!(p.severity, Severity::Warning);
    assert_eq!(p.path, "projects[0].kpis[0].latest");
    assert!(p.message.contains("12") && p.message.contains("13"), "{p}");
}

#[test]
fn figures_through_outside_the_plan() {
    let mut d = mini();
    d.report.figures_through = 2030;
    expect_error(&d, "report.figures_through", "outside the plan period");
}

#[test]
fn initiative_note_must_follow_a_known_initiative() {
    let mut d = mini();
    d.initiative_notes
        .push(shinchoku::core::model::InitiativeNote {
            after: "nowhere".into(),
            text: "x".into(),
        });
    expect_error(&d, "initiative_notes[0].after", "unknown initiative");
}
