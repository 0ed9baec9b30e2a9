//! Budgets add up: in the bundled FY2022 dataset each project's printed
//! amounts, each counted once, reconcile with its printed totals, and totals
//! over projects count every project's share. The expected figures are
//! worked out by hand from the source report, not by the code under test.

use shinchoku::core::dataset::ledger::{reconcile, Ledger};
use shinchoku::core::dataset::model::{Dataset, Funding};
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::dataset::problem::Severity;
use shinchoku::core::dataset::validate::validate;
use shinchoku::core::engine::budget::program_totals;
use shinchoku::core::select::catalog::Catalog;
use shinchoku::core::select::filter::Filter;

fn data() -> Dataset {
    parse_dataset(include_str!("../data/fy2022.json")).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

/// (project, funding, printed total, amounts counted once) as read from
/// the source report's overview pages.
const LEDGERS: &[(&str, Funding, f64, f64)] = &[
    // seed lines 14, 36–110: 21+58+15+21+11+35+29+37+11 programs, 23+32+34 lines
    ("drugs", Funding::Amed, 326.0, 327.0),
    // seed lines 17, 86: the in-house network's 44
    ("drugs", Funding::Inhouse, 44.0, 44.0),
    // seed lines 418–559: 12+3+19+2+4 (the second 19 and the 42 of the
    // cluster repeat its two 再掲 programs) + 2 + 3+3 + 42 + 0.4 + 11 + 8
    ("devices", Funding::Amed, 108.0, 109.4),
    // seed lines 818–927: 27+91 + 14 + 4 + 9 + 39
    ("regenerative", Funding::Amed, 183.0, 184.0),
    // seed lines 1222–1368: 38+9+27+3+46 (one 内数 pool)+29+8
    ("genome", Funding::Amed, 161.0, 160.0),
    // seed lines 1224, 1292, 1313: 7 + 11
    ("genome", Funding::Inhouse, 18.0, 18.0),
    // seed lines 1655–1730: 16.8+9.8+65.6+59.5 = 151.7
    ("disease", Funding::Amed, 152.0, 151.7),
    // seed lines 1963–2043: 96.7+35.4+106.2
    ("seeds", Funding::Amed, 238.0, 238.3),
];

#[test]
fn every_project_reconciles_with_its_printed_totals() {
    let d = data();
    let mut seen = 0;
    for project in &d.projects {
        let ledger = Ledger::of(&d, project);
        for r in reconcile(project, &ledger) {
            let &(_, _, printed, counted) = LEDGERS
                .iter()
                .find(|(id, f, _, _)| *id == project.id && *f == r.funding)
                .unwrap_or_else(|| panic!("{} {:?} not expected", project.id, r.funding));
            assert!(
                close(r.printed, printed),
                "{} printed {}",
                project.id,
                r.printed
            );
            assert!(
                close(r.counted, counted),
                "{} counted {}",
                project.id,
                r.counted
            );
            // Within the rounding of the printed figures, both ways.
            assert!(
                r.difference().abs() <= r.tolerance + 1e-9,
                "{} {:?}: {r:?}",
                project.id,
                r.funding
            );
            seen += 1;
        }
    }
    assert_eq!(seen, LEDGERS.len());
}

#[test]
fn the_whole_report_is_its_printed_totals_with_the_ministry_split() {
    let d = data();
    let all = Catalog::new(&d).project_totals(&d, 0..d.projects.len());
    // 326 + 108 + 183 + 161 + 152 + 238 AMED, 44 + 18 in-house.
    assert!(close(all.amed, 1168.0), "{}", all.amed);
    assert!(close(all.inhouse, 62.0), "{}", all.inhouse);
    let of = |id: &str| all.by_ministry[d.ministries.iter().position(|m| m.id == id).unwrap()];
    // 厚: drugs 21+21+11+35+29+11, devices 2+0.4, regenerative 14+4+9,
    // genome 38+9+29+8 + the 27 and 3 whose two candidates are both 厚's,
    // in-house 7+11.
    assert!(close(of("mhlw"), 289.4), "{}", of("mhlw"));
    // 文: drugs 15+37, devices 11, genome the B-cure pool of 46.
    assert!(close(of("mext"), 109.0), "{}", of("mext"));
    // 経: drugs 58, devices 42+8.
    assert!(close(of("meti"), 108.0), "{}", of("meti"));
    assert!(close(of("mic"), 0.0));
    assert!(close(all.attributable(), 506.4));
    assert!(close(all.not_attributable(), 1230.0 - 506.4));
}

#[test]
fn a_program_printed_in_several_projects_is_a_share_in_each() {
    let d = data();
    let cancer = program_totals(&d, |_, g| g.name == "革新的がん医療実用化研究事業");
    // devices 2, regenerative 14, genome 38; drugs and disease print none.
    assert!(close(cancer.known, 54.0), "{}", cancer.known);
    assert_eq!((cancer.programs_known, cancer.programs_unknown), (3, 2));
    let all = program_totals(&d, |_, _| true);
    // drugs 282 (incl. in-house 44), devices 63.4, regenerative 27, genome 102.
    assert!(close(all.known, 474.4), "{}", all.known);
    // 再掲 programs are in neither count.
    let repeated = program_totals(&d, |_, g| g.name.contains("（再掲）"));
    assert_eq!((repeated.programs_known, repeated.programs_unknown), (0, 0));
}

#[test]
fn the_selection_shows_printed_totals_and_what_a_ministry_owns() {
    let d = data();
    let catalog = Catalog::new(&d);
    let all = catalog.select(&d, &Filter::default());
    let totals = all.budget.projects.expect("no phase or search filter");
    assert!(close(totals.printed(), 1230.0));
    let mic = Filter {
        ministries: vec!["mic".into()],
        ..Filter::default()
    };
    let s = catalog.select(&d, &mic);
    let totals = s.budget.projects.expect("whole projects");
    // 総 takes part in devices (108) and genome (161 + 18 in-house).
    assert!(close(totals.printed(), 287.0), "{}", totals.printed());
    let mic_at = d.ministries.iter().position(|m| m.id == "mic").unwrap();
    assert!(close(totals.by_ministry[mic_at], 0.0));
    let phase = Filter {
        phases: vec!["clinical".into()],
        ..Filter::default()
    };
    assert_eq!(catalog.select(&d, &phase).budget.projects, None);
}

#[test]
fn a_dataset_that_does_not_reconcile_gets_a_warning_with_its_path() {
    let mut d = data();
    let devices = d.projects.iter().position(|p| p.id == "devices").unwrap();
    for line in &mut d.projects[devices].budget_lines {
        line.repeat = false;
    }
    let problems = validate(&d);
    let warning = problems
        .iter()
        .find(|p| p.path == format!("projects[{devices}].budget.amed"))
        .expect("a reconciliation warning");
    assert_eq!(warning.severity, Severity::Warning);
    // Counting the 再掲 lines again gives 170.4 against the printed 108.
    assert!(
        warning
            .message
            .contains("add up to 170.4 億円, more than the printed total of 108 億円"),
        "{}",
        warning.message
    );
}
