//! Each validation rule, on small hand-made datasets derived from the
//! `mini` fixture (which itself has no problems).

use shinchoku::core::dataset::model::{Dataset, YearValue};
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::dataset::problem::{Problem, Severity};
use shinchoku::core::dataset::validate::validate;

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
fn institute_is_a_basis_for_a_ministry_not_for_phases() {
    use shinchoku::core::dataset::model::Basis;
    let mut d = mini();
    d.projects[0].programs[0].ministry_basis = Some(Basis::Institute);
    assert_eq!(validate(&d), vec![]);
    let mut d = mini();
    d.projects[0].programs[1].phase_basis = Basis::Institute;
    expect_error(
        &d,
        "projects[0].programs[1].phase_basis",
        "\"institute\" is a basis for a program's ministry only",
    );
    let mut d = mini();
    d.projects[1].kpis[0].phase_basis = Basis::Institute;
    expect_error(&d, "projects[1].kpis[0].phase_basis", "not for phases");
    // The JSON name is "institute".
    let json = include_str!("fixtures/mini.json").replacen(
        "\"ministry_basis\": \"reference\"",
        "\"ministry_basis\": \"institute\"",
        1,
    );
    assert_ne!(json, include_str!("fixtures/mini.json"));
    let d = parse_dataset(&json).unwrap();
    assert_eq!(
        d.projects[0].programs[0].ministry_basis,
        Some(Basis::Institute)
    );
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
    let target = d.projects[0].kpis[1].target.as_mut().unwrap();
    target.value = 125.0;
    target.text = "125%".into();
    expect_error(&d, "projects[0].kpis[1].target.value", "over 100");
}

#[test]
fn a_percentage_is_not_summed() {
    let mut d = mini();
    d.projects[0].kpis[1].latest = Some(99.0);
    d.projects[0].kpis[1].latest_text = Some("99%".into());
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
    d.projects[0].programs[0].budget_text = Some("予算額▲3億円".into());
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
    assert_eq!(
        p.message,
        "the cumulative figure 12 differs from the sum of the yearly figures, 13"
    );
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
        .push(shinchoku::core::dataset::model::InitiativeNote {
            after: "nowhere".into(),
            text: "x".into(),
        });
    expect_error(&d, "initiative_notes[0].after", "unknown initiative");
}

#[test]
fn no_message_prints_inf_or_nan() {
    let mut d = mini();
    let kpi = &mut d.projects[0].kpis[0];
    for y in &mut kpi.yearly {
        y.value = 1e308;
    }
    d.projects[0].kpis[1].latest = Some(f64::INFINITY);
    d.projects[0].programs[0].budget = Some(f64::NEG_INFINITY);
    d.projects[1].kpis[0].latest = Some(f64::NAN);
    let problems = validate(&d);
    assert!(!problems.is_empty());
    for p in problems {
        let text = p.to_string().to_lowercase();
        assert!(!text.contains("inf") && !text.contains("nan"), "{text}");
    }
}

/// Every error found, as `path: message`.
fn errors(dataset: &Dataset) -> Vec<String> {
    validate(dataset)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn a_plan_of_twenty_million_years_is_refused() {
    let mut d = mini();
    d.report.plan_first_year = 1;
    d.report.plan_last_year = 20_000_000;
    d.report.figures_through = 2;
    let e = errors(&d);
    assert!(
        e.iter()
            .any(|p| p.starts_with("report.plan_first_year: 1 is outside")),
        "{e:#?}"
    );
    assert!(
        e.iter()
            .any(|p| p.starts_with("report.plan_last_year: 20000000 is outside")),
        "{e:#?}"
    );
    let mut d = mini();
    d.report.plan_first_year = 1950;
    expect_error(&d, "report.plan_last_year", "75 years");
    let mut d = mini();
    d.report.plan_first_year = i32::MIN;
    d.report.plan_last_year = i32::MAX;
    assert!(!errors(&d).is_empty());
}

#[test]
fn a_plan_at_the_bounds_is_accepted() {
    let mut d = mini();
    d.report.plan_first_year = 2000;
    d.report.plan_last_year = 2050;
    assert_eq!(errors(&d), Vec::<String>::new());
    d.report.plan_first_year = 1900;
    d.report.plan_last_year = 1950;
    d.report.figures_through = 1950;
    for kpi in d.projects.iter_mut().flat_map(|p| &mut p.kpis) {
        for (i, y) in kpi.yearly.iter_mut().enumerate() {
            y.fiscal_year = 1900 + i as i32;
        }
        for b in &mut kpi.breakdowns {
            for (i, y) in b.yearly.iter_mut().enumerate() {
                y.fiscal_year = 1900 + i as i32;
            }
        }
    }
    assert_eq!(errors(&d), Vec::<String>::new());
}

#[test]
fn more_yearly_figures_than_plan_years_is_one_error() {
    let mut d = mini();
    d.projects[0].kpis[0].yearly = (0..100_000)
        .map(|i| YearValue {
            fiscal_year: 2020 + i,
            value: 1.0,
        })
        .collect();
    let e = errors(&d);
    assert_eq!(
        e,
        ["projects[0].kpis[0].yearly: 100000 yearly figures, more than the 5 years of the plan"]
    );
}

#[test]
fn figures_beyond_the_largest_are_refused() {
    for v in [
        1.000_000_000_000_001e15,
        -2e15,
        1e20,
        f64::MAX,
        f64::INFINITY,
        f64::NAN,
    ] {
        let mut d = mini();
        d.projects[0].kpis[0].yearly[0].value = v;
        let e = errors(&d);
        assert_eq!(e.len(), 1, "{v}: {e:#?}");
        assert!(
            e[0].starts_with("projects[0].kpis[0].yearly[0].value: ")
                && e[0].contains("1,000,000,000,000,000"),
            "{e:#?}"
        );
    }
    let mut d = mini();
    d.projects[0].kpis[0].yearly[0].value = 1e15;
    d.projects[0].kpis[0].latest = Some(1e15);
    d.projects[0].budget.amed = Some(1e15);
    assert_eq!(
        errors(&d),
        Vec::<String>::new(),
        "the bound itself is allowed"
    );
    for (set, path) in [
        (
            (|d: &mut Dataset| d.projects[0].budget.amed = Some(1e16)) as fn(&mut Dataset),
            "projects[0].budget.amed",
        ),
        (
            |d: &mut Dataset| d.projects[0].programs[0].budget = Some(-1e16),
            "projects[0].programs[0].budget",
        ),
        (
            |d: &mut Dataset| d.projects[0].budget_lines[0].amount = 1e16,
            "projects[0].budget_lines[0].amount",
        ),
        (
            |d: &mut Dataset| d.projects[0].kpis[0].target.as_mut().unwrap().value = 1e16,
            "projects[0].kpis[0].target.value",
        ),
        (
            |d: &mut Dataset| d.projects[1].kpis[0].breakdowns[0].latest = Some(1e16),
            "projects[1].kpis[0].breakdowns[0].latest",
        ),
    ] {
        let mut d = mini();
        set(&mut d);
        let e = errors(&d);
        assert!(
            e.iter().any(|p| p.starts_with(&format!("{path}: "))),
            "{path}: {e:#?}"
        );
    }
}

#[test]
fn texts_longer_than_the_limit_are_refused() {
    let long = "長".repeat(20_001);
    let fine = "長".repeat(20_000);
    let mut d = mini();
    d.projects[0].kpis[0].detail = fine.clone();
    d.initiatives[0].results[0] = fine;
    assert_eq!(errors(&d), Vec::<String>::new());
    for (set, path) in [
        (
            (|d: &mut Dataset, t: String| d.projects[0].kpis[0].detail = t)
                as fn(&mut Dataset, String),
            "projects[0].kpis[0].detail",
        ),
        (|d, t| d.report.title = t, "report.title"),
        (
            |d, t| d.projects[0].kpis[0].latest_text = Some(t),
            "projects[0].kpis[0].latest_text",
        ),
        (
            |d, t| d.projects[1].kpis[0].breakdowns[0].label = t,
            "projects[1].kpis[0].breakdowns[0].label",
        ),
        (
            |d, t| d.projects[0].programs[1].description = t,
            "projects[0].programs[1].description",
        ),
        (
            |d, t| d.initiatives[0].plan[0] = t,
            "initiatives[0].plan[0]",
        ),
        (|d, t| d.ministries[0].name_en = t, "ministries[0].name_en"),
        (
            |d, t| d.projects[1].evaluation_note = Some(t),
            "projects[1].evaluation_note",
        ),
        (
            |d, t| d.projects[0].overview_notes = vec![t],
            "projects[0].overview_notes[0]",
        ),
    ] {
        let mut d = mini();
        set(&mut d, long.clone());
        let e = errors(&d);
        assert!(
            e.iter()
                .any(|p| p.starts_with(&format!("{path}: ")) && p.contains("20,001 characters")),
            "{path}: {e:#?}"
        );
    }
}

#[test]
fn lists_longer_than_the_limits_are_refused() {
    let mut d = mini();
    let part = d.projects[1].kpis[0].breakdowns[0].clone();
    d.projects[1].kpis[0].breakdowns = (0..51)
        .map(|i| {
            let mut b = part.clone();
            b.id = format!("b{i}");
            b
        })
        .collect();
    expect_error(&d, "projects[1].kpis[0].breakdowns", "51 breakdowns");
    let mut d = mini();
    d.projects[0].kpis[0].phases = vec!["basic".into(); 21];
    expect_error(&d, "projects[0].kpis[0].phases", "21 phases");
    let mut d = mini();
    d.initiatives[0].results = vec!["x".into(); 1_001];
    expect_error(&d, "initiatives[0].results", "1001 entries");
}

#[test]
fn counts_of_projects_kpis_and_programs_are_bounded() {
    let mut d = mini();
    let project = d.projects[1].clone();
    d.projects.extend((0..10_000).map(|i| {
        let mut p = project.clone();
        p.id = format!("p{i}");
        p.kpis.clear();
        p.programs.clear();
        p
    }));
    let e = errors(&d);
    assert_eq!(e, ["projects: 10002 projects; at most 10000"], "{e:#?}");
}

#[test]
fn the_benchmark_s_largest_synthetic_dataset_is_valid() {
    let real = parse_dataset(include_str!("../data/fy2022.json")).unwrap();
    let big = shinchoku::core::dataset::synth::scale(&real, 1000);
    assert_eq!(validate(&big), vec![]);
}

/// Every warning found, as `path: message`.
fn warnings(dataset: &Dataset) -> Vec<String> {
    validate(dataset)
        .into_iter()
        .filter(|p| p.severity == Severity::Warning)
        .map(|p| p.to_string())
        .collect()
}

#[test]
fn a_printed_text_that_disagrees_with_its_value_is_a_warning() {
    let mut d = mini();
    d.projects[0].kpis[0].latest_text = Some("128件".into());
    d.projects[0].kpis[0].latest = Some(777.0);
    let w = warnings(&d);
    assert!(
        w.iter()
            .any(|p| p.starts_with("projects[0].kpis[0].latest_text: ")
                && p.ends_with("the text \"128件\" gives 128, but latest is 777")),
        "{w:#?}"
    );
    assert!(errors(&d).is_empty());
}

#[test]
fn printed_texts_are_read_as_the_report_prints_them() {
    for (text, value) in [
        ("128件", 128.0),
        ("１２８件", 128.0),
        ("1,099件", 1099.0),
        ("１，０９９件", 1099.0),
        ("２件以上", 2.0),
        ("5件以下", 5.0),
        ("81.0%", 81.0),
        ("８１．０％", 81.0),
        ("31%（23/48/41）", 31.0),
        ("4件＊", 4.0),
        ("約 12 件", 12.0),
    ] {
        let mut d = mini();
        d.projects[0].kpis[0].latest_text = Some(text.into());
        d.projects[0].kpis[0].latest = Some(value);
        d.projects[0].kpis[0].yearly.clear();
        assert_eq!(warnings(&d), Vec::<String>::new(), "{text}");
        d.projects[0].kpis[0].latest = Some(value + 1.0);
        assert_eq!(warnings(&d).len(), 1, "{text}");
    }
}

#[test]
fn targets_budgets_and_breakdowns_are_checked_too() {
    let mut d = mini();
    d.projects[0].kpis[0].target.as_mut().unwrap().text = "２５件".into();
    let w = warnings(&d);
    assert_eq!(w.len(), 1, "{w:#?}");
    assert!(
        w[0].starts_with("projects[0].kpis[0].target.text: "),
        "{w:#?}"
    );

    let mut d = mini();
    d.projects[1].kpis[0].breakdowns[0].latest_text = Some("3件".into());
    let w = warnings(&d);
    assert_eq!(w.len(), 1, "{w:#?}");
    assert!(w[0].starts_with("projects[1].kpis[0].breakdowns[0].latest_text: "));

    let mut d = mini();
    d.projects[0].programs[0].budget_text = Some("予算額6億円".into());
    let w = warnings(&d);
    assert_eq!(w.len(), 1, "{w:#?}");
    assert!(w[0].starts_with("projects[0].programs[0].budget_text: "));

    let mut d = mini();
    d.projects[0].budget_lines[0].text = "予算額46億円の内数".into();
    let w = warnings(&d);
    assert_eq!(w.len(), 1, "{w:#?}");
    assert!(w[0].starts_with("projects[0].budget_lines[0].text: "));
}

#[test]
fn a_text_beside_no_value_or_without_a_figure_is_fine() {
    let mut d = mini();
    d.projects[0].programs[0].budget = None;
    d.projects[0].programs[0].budget_text = Some("予算額46億円の内数".into());
    d.projects[1].kpis[1].latest_text = Some("-".into());
    d.projects[0].kpis[0].latest_text = Some("集計中".into());
    assert_eq!(warnings(&d), Vec::<String>::new());
}

#[test]
fn a_text_of_twenty_thousand_digits_is_a_warning_without_inf() {
    let mut d = mini();
    d.projects[0].kpis[0].latest_text = Some("9".repeat(20_000));
    let w = warnings(&d);
    assert_eq!(w.len(), 1, "{w:#?}");
    assert!(
        !w[0].contains("inf") && w[0].chars().count() < 300,
        "{}",
        w[0]
    );
}

/// The bounds are checked by one walk over whatever the model serializes:
/// a field added to a model type is bounded the day it is added. Here a
/// project gains a text and a list that no check names.
#[test]
fn a_field_added_to_the_model_is_bounded_without_naming_it() {
    use shinchoku::core::dataset::bounds::check_bounds;
    use shinchoku::core::dataset::model::Project;

    #[derive(serde::Serialize)]
    struct ProjectWithMore {
        #[serde(flatten)]
        project: Project,
        added_text: String,
        added_list: Vec<String>,
    }
    #[derive(serde::Serialize)]
    struct DatasetWithMore {
        projects: Vec<ProjectWithMore>,
    }
    let project = mini().projects[0].clone();
    let grown = DatasetWithMore {
        projects: vec![ProjectWithMore {
            project,
            added_text: "あ".repeat(30_000),
            added_list: vec!["x".into(); 100_000],
        }],
    };
    let found: Vec<String> = check_bounds(&grown)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        found,
        [
            "projects[0].added_text: a text of 30,000 characters; at most 20,000",
            "projects[0].added_list: 100000 entries; at most 1000",
        ]
    );
}

#[test]
fn a_long_english_name_and_endless_ministry_actions_are_refused_with_their_paths() {
    let mut d = mini();
    d.projects[0].kpis[0].name_en = Some("a".repeat(30_000));
    expect_error(
        &d,
        "projects[0].kpis[0].name_en",
        "a text of 30,000 characters",
    );
    let mut d = mini();
    d.projects[0].ministry_actions = vec!["・".into(); 100_000];
    expect_error(&d, "projects[0].ministry_actions", "100000 entries");
    let mut d = mini();
    d.report.names_en_note = Some("a".repeat(20_001));
    expect_error(&d, "report.names_en_note", "20,001 characters");
}

#[test]
fn the_reports_address_must_be_a_web_address() {
    for bad in [
        "javascript:alert(1)",
        "data:text/html,x",
        "ftp://example.org/",
        "https://exa mple.org/",
    ] {
        let mut d = mini();
        d.report.source.url = Some(bad.into());
        expect_error(&d, "report.source.url", "is not a web address");
    }
    let mut d = mini();
    d.report.source.url = Some("https://www.kantei.go.jp/jp/singi/kenkouiryou/".into());
    assert_eq!(validate(&d), vec![]);
}

#[test]
fn a_long_run_of_combining_marks_is_refused() {
    use shinchoku::core::dataset::bounds::MAX_MARK_RUN;
    // One letter and 20,000 combining marks: short in characters, but it
    // took the browser 44 s to lay out.
    let mut d = mini();
    d.projects[0].kpis[0].name = format!("a{}", "\u{0301}".repeat(19_999));
    expect_error(
        &d,
        "projects[0].kpis[0].name",
        "19,999 combining marks in a row on one character; at most 32",
    );
    // Any kind of mark counts, in any field: enclosing marks, Devanagari
    // vowel signs, variation selectors, zero-width joiners.
    for run in [
        "\u{20DD}".repeat(MAX_MARK_RUN + 1),
        "\u{093F}\u{0947}".repeat(MAX_MARK_RUN),
        "\u{FE0F}".repeat(MAX_MARK_RUN + 1),
        "\u{200D}".repeat(MAX_MARK_RUN + 1),
    ] {
        let mut d = mini();
        d.report.source.notes = vec![format!("x{run}y")];
        expect_error(&d, "report.source.notes[0]", "combining marks in a row");
    }
    // Up to the bound, and many short runs, are what scripts need.
    let mut d = mini();
    d.projects[0].kpis[0].name = format!("a{}", "\u{0301}".repeat(MAX_MARK_RUN));
    d.projects[0].aim = "e\u{0323}\u{0302}".repeat(5_000);
    d.projects[0].evaluation = format!("{}{}", "क्षि".repeat(2_000), "👨‍👩‍👧‍👦🏴󠁧󠁢󠁳󠁣󠁴󠁿ｶﾞ");
    d.projects[0].name_en = "Pho\u{031B}\u{0309} cafe\u{0301}, nai\u{0308}ve".into();
    assert!(validate(&d).is_empty(), "{:#?}", validate(&d));
}

#[test]
fn a_project_may_not_take_the_id_the_filter_gives_the_initiatives() {
    use shinchoku::core::select::filter::{Filter, OTHER_PROJECT};
    let mut d = mini();
    d.projects[1].id = OTHER_PROJECT.into();
    expect_error(
        &d,
        "projects[1].id",
        "the project id \"other\" is reserved: the project filter uses it for the cross-cutting initiatives",
    );
    // Were it allowed, choosing the project would choose the initiatives too.
    let filter = Filter {
        projects: vec![OTHER_PROJECT.into()],
        ..Filter::default()
    };
    assert!(filter.project_listed(&d.projects[1]));
    // Other ids, even "Other", are the dataset's to give.
    d.projects[1].id = "Other".into();
    assert!(validate(&d).is_empty(), "{:#?}", validate(&d));
}

#[test]
fn a_format_version_the_viewer_does_not_read_is_refused() {
    use shinchoku::core::dataset::model::SCHEMA_VERSIONS;
    assert_eq!(SCHEMA_VERSIONS, [1]);
    let mut d = mini();
    d.schema_version = 999;
    expect_error(
        &d,
        "schema_version",
        "schema version 999 is not one this viewer reads; it reads version 1",
    );
    d.schema_version = 0;
    expect_error(&d, "schema_version", "it reads version 1");
    // A file of another version that does not parse either is refused for
    // its version, not for what changed in the format.
    let text = include_str!("fixtures/mini.json")
        .replacen(
            "\"schema_version\": 1,",
            "\"schema_version\": 2, \"renamed\": true,",
            1,
        )
        .replacen("\"projects\"", "\"integrated_projects\"", 1);
    let error = parse_dataset(&text).unwrap_err();
    assert_eq!(error.path, "schema_version", "{error}");
    assert_eq!(error.line, 2, "{error}");
    assert!(
        error
            .message
            .contains("schema version 2 is not one this viewer reads"),
        "{error}"
    );
    // A version that is not a number is the parser's to name.
    let text = include_str!("fixtures/mini.json").replacen(
        "\"schema_version\": 1,",
        "\"schema_version\": \"one\",",
        1,
    );
    assert!(parse_dataset(&text)
        .unwrap_err()
        .message
        .contains("invalid type"));
}
