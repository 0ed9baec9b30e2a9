//! Every name of the FY2022 dataset has an English version (our
//! translation, and the dataset says so), so an English reader can use
//! every table.

use shinchoku::core::dataset::model::{Dataset, Grade};
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::dataset::problem::Severity;
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

#[test]
fn english_names_use_amed_s_names_and_the_agreed_terms() {
    let d = data();
    let program = |id: &str| {
        d.projects
            .iter()
            .flat_map(|p| &p.programs)
            .find(|g| g.id == id)
            .unwrap_or_else(|| panic!("no program {id}"))
    };
    let name = |id: &str| program(id).name_en.as_deref().unwrap();
    // AMED's own English names (www.amed.go.jp/en/program/list/…):
    // 16/02/001 「Advanced Research & Development Programs for Medical
    // Innovation」, of three types, AMED-CREST, PRIME and LEAP;
    assert_eq!(
        name("seeds-amed-crest-prime"),
        "Advanced Research & Development Programs for Medical Innovation (AMED-CREST, PRIME, LEAP)"
    );
    // 15/01/010 and 15/01/001.
    for id in [
        "drugs-innovative-cancer",
        "devices-innovative-cancer",
        "regenerative-innovative-cancer",
        "genome-innovative-cancer",
        "disease-innovative-cancer",
    ] {
        assert_eq!(name(id), "Practical Research for Innovative Cancer Control");
    }
    assert_eq!(
        name("disease-emerging-infections-base"),
        "Japan Program for Infectious Diseases Research and Infrastructure"
    );
    // Our translations: 脳とこころ is the brain and the mind, not mental
    // health; 要素技術 are component technologies; 薬事規制 covers drugs and
    // devices alike (regulatory affairs), not pharmaceuticals alone.
    assert_eq!(
        name("disease-brain-mind"),
        "Program for Brain and Mind Research"
    );
    let mut texts: Vec<&str> = Vec::new();
    for p in &d.projects {
        for g in &p.programs {
            texts.extend(g.name_en.as_deref());
            texts.extend(g.description_en.as_deref());
        }
        for k in &p.kpis {
            texts.extend(k.name_en.as_deref());
        }
    }
    for i in &d.initiatives {
        texts.extend(i.heading_en.as_deref());
    }
    for t in &texts {
        for wrong in ["Mental Health", "elemental", "pharmaceutical regulation"] {
            assert!(!t.contains(wrong), "{t}");
        }
    }
    assert!(program("drugs-advanced-biopharma")
        .description_en
        .as_deref()
        .unwrap()
        .contains("component technologies"));
    let regulation: Vec<&str> = d
        .initiatives
        .iter()
        .filter(|i| i.heading == "薬事規制の適切な運用等")
        .map(|i| i.heading_en.as_deref().unwrap())
        .collect();
    assert_eq!(regulation.len(), 7);
    assert!(regulation
        .iter()
        .all(|h| *h == "Appropriate operation of regulatory affairs, etc."));
}
