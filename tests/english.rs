//! Every name of the FY2022 dataset has an English version (our
//! translation, and the dataset says so), so an English reader can use
//! every table.

use shinchoku::core::dataset::model::{Dataset, Grade};
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::dataset::validate::Severity;
use shinchoku::core::present::vocab;
use shinchoku::core::text::lang::Lang;

fn data() -> Dataset {
    parse_dataset(include_str!("../data/fy2022.json")).unwrap()
}

/// Whether `text` holds a kanji, hiragana, katakana or full-width form.
fn has_japanese(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c as u32,
            0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xFF01..=0xFF60 | 0x2E80..=0x2FDF)
    })
}

fn check(what: &str, id: &str, en: Option<&String>, missing: &mut Vec<String>) {
    match en {
        Some(en) if !en.trim().is_empty() && !has_japanese(en) => {}
        Some(en) => missing.push(format!("{what} {id}: not English: {en}")),
        None => missing.push(format!("{what} {id}: no English name")),
    }
}

#[test]
fn every_name_has_an_english_version() {
    let d = data();
    let mut missing = Vec::new();
    let (mut kpis, mut programs, mut initiatives) = (0, 0, 0);
    for p in &d.projects {
        check("project aim", &p.id, p.aim_en.as_ref(), &mut missing);
        for (i, r) in p.notable_results.iter().enumerate() {
            check(
                "notable result",
                &format!("{}#{i}", p.id),
                r.title_en.as_ref(),
                &mut missing,
            );
        }
        for g in &p.programs {
            check("program", &g.id, g.name_en.as_ref(), &mut missing);
            programs += 1;
        }
        for k in &p.kpis {
            check("KPI", &k.id, k.name_en.as_ref(), &mut missing);
            kpis += 1;
            for b in &k.breakdowns {
                check("breakdown", &b.id, b.label_en.as_ref(), &mut missing);
            }
        }
    }
    for i in &d.initiatives {
        check("initiative", &i.id, i.heading_en.as_ref(), &mut missing);
        check("section", &i.id, i.section_title_en.as_ref(), &mut missing);
        initiatives += 1;
    }
    assert_eq!(missing, Vec::<String>::new());
    assert_eq!((kpis, initiatives), (45, 42));
    assert_eq!(programs, 67);
}

#[test]
fn the_dataset_says_the_english_is_ours() {
    let note = data()
        .report
        .names_en_note
        .expect("a note on who translated");
    assert!(note.contains("translation"), "{note}");
    assert!(note.contains("not the report"), "{note}");
}

#[test]
fn an_english_kpi_name_keeps_every_figure_of_the_japanese() {
    // Digits (after NFKC) of the printed name must all appear in the English.
    let d = data();
    for k in d.projects.iter().flat_map(|p| &p.kpis) {
        let digits = |s: &str| -> Vec<char> {
            shinchoku::core::text::fold::fold(s)
                .chars()
                .filter(char::is_ascii_digit)
                .collect()
        };
        let (ja, en) = (digits(&k.name), digits(k.name_en.as_deref().unwrap()));
        assert_eq!(ja, en, "{}: {} / {:?}", k.id, k.name, k.name_en);
    }
}

#[test]
fn ministries_have_short_names() {
    let d = data();
    let mhlw = d.ministries.iter().find(|m| m.id == "mhlw").unwrap();
    assert_eq!(mhlw.short_name(Lang::En), "MHLW");
    assert_eq!(mhlw.short_name(Lang::Ja), "厚");
}

#[test]
fn the_reports_grades_never_read_as_a_computed_status() {
    use shinchoku::core::engine::progress::Status;
    let d = data();
    for g in &d.report.grades {
        for s in Status::ALL {
            assert_ne!(
                g.en,
                vocab::status(s, Lang::En),
                "grade {:?} reads like the status {s:?}",
                g.grade
            );
            assert_ne!(
                g.ja,
                vocab::status(s, Lang::Ja),
                "grade {:?} reads like the status {s:?}",
                g.grade
            );
        }
    }
}

#[test]
fn the_viewers_words_for_a_grade_are_the_reports() {
    let d = data();
    assert_eq!(d.report.grades.len(), 2);
    for g in &d.report.grades {
        assert_eq!(d.report.grade_meaning(g.grade, Lang::Ja), g.ja);
        assert_eq!(d.report.grade_meaning(g.grade, Lang::En), g.en);
    }
    assert_eq!(
        vocab::grade_label(&d.report, Grade::A, Lang::Ja),
        "報告書の評価 A「順調に進捗している」"
    );
    assert_eq!(
        vocab::grade_label(&d.report, Grade::B, Lang::En),
        "Report's grade B (Insufficient progress)"
    );
    // A dataset that gives no meaning shows the bare letter, and is told so.
    let mut bare = d.clone();
    bare.report.grades.retain(|g| g.grade == Grade::A);
    assert_eq!(bare.report.grade_meaning(Grade::B, Lang::Ja), "B");
    let problems = shinchoku::core::dataset::validate::validate(&bare);
    assert!(
        problems.iter().any(|p| p.severity == Severity::Warning
            && p.path == "report.grades"
            && p.message.contains("grade B")),
        "{problems:?}"
    );
}
