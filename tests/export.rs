//! CSV and JSON exports of the selection.
mod support;

use shinchoku::core::dataset::bounds::json_text;
use shinchoku::core::dataset::model::Dataset;
use shinchoku::core::dataset::model::{Grade, KpiKind};
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::dataset::validate::validate;
use shinchoku::core::engine::progress::Status;
use shinchoku::core::present::export::{
    file_name, indent_json, is_formula_like, kpis_csv, subset, subset_json, ExportError,
};
use shinchoku::core::select::catalog::Catalog;
use shinchoku::core::select::filter::Filter;
use shinchoku::core::text::lang::Lang;
use support::{assess_all, Reference};

fn mini() -> Dataset {
    parse_dataset(include_str!("fixtures/mini.json")).unwrap()
}

/// The CSV export of `d` through its catalog, as the viewer makes it in
/// English.
fn csv_of(d: &Dataset, f: &Filter) -> String {
    kpis_csv(d, &Catalog::new(d), f, Lang::En)
}

/// The JSON subset of `d` through its catalog.
fn subset_of(d: &Dataset, f: &Filter) -> Dataset {
    subset(d, &Catalog::new(d), f)
}

#[test]
fn csv_is_excel_friendly() {
    let csv = csv_of(&mini(), &Filter::default());
    assert!(csv.starts_with('\u{feff}'), "BOM first");
    assert!(csv.ends_with("\r\n"));
    assert!(
        !csv.replace("\r\n", "").contains('\n'),
        "only CRLF line ends"
    );
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 1 + 4, "header + one row per KPI");
    assert!(lines[0].contains("\"FY2020 figure\",\"FY2021 figure\",\"FY2022 figure\""));
    let alpha = lines
        .iter()
        .find(|l| l.contains("\"alpha-count\""))
        .unwrap();
    assert!(
        alpha.contains(",\"count\",20,\"20件\",12,\"12件\",4,3,5,\"A\",\"On track\",60,"),
        "{alpha}"
    );
}

#[test]
fn csv_headers_and_labels_follow_the_language_and_figures_are_rounded() {
    let d: Dataset = parse_dataset(include_str!("../data/fy2022.json")).unwrap();
    let catalog = Catalog::new(&d);
    let ja = kpis_csv(&d, &catalog, &Filter::default(), Lang::Ja);
    let header = ja.trim_start_matches('\u{feff}').lines().next().unwrap();
    assert!(header.starts_with("\"プロジェクトID\",\"プロジェクト\",\"KPI ID\",\"種類\",\"KPI\",\"単位\",\"2024年度目標\""), "{header}");
    assert!(header.contains("\"2022年度の実績\""), "{header}");
    assert!(header.contains("\"達成率（%）\""), "{header}");
    assert!(
        !header.contains('_'),
        "no snake_case in the Japanese header: {header}"
    );
    let en = kpis_csv(&d, &catalog, &Filter::default(), Lang::En);
    let header = en.trim_start_matches('\u{feff}').lines().next().unwrap();
    assert!(header.contains("\"FY2024 target\""), "{header}");
    assert!(header.contains("\"Achievement (%)\""), "{header}");
    // 非臨床POC: 128 of 25 = 512.0%; English name; unit in its own column.
    let poc = en
        .lines()
        .find(|l| l.contains("\"drugs-nonclinical-poc\""))
        .unwrap();
    assert!(
        poc.contains("\"Number of non-clinical proofs of concept (POC) obtained\",\"count\",25,"),
        "{poc}"
    );
    assert!(poc.contains(",\"Achieved\",512,"), "{poc}");
    // No unrounded figure anywhere (e.g. 2.7333333333333334).
    for line in ja.lines().chain(en.lines()) {
        for cell in line.split(',') {
            if let Ok(v) = cell.parse::<f64>() {
                assert!(
                    (v * 100.0 - (v * 100.0).round()).abs() < 1e-6,
                    "unrounded {cell} in {line}"
                );
            }
        }
    }
}

#[test]
fn csv_neutralises_formulas_and_quotes_properly() {
    let mut d = mini();
    d.projects[0].kpis[0].name = "=HYPERLINK(\"http://x\")".into();
    d.projects[0].kpis[1].name = "-1+2".into();
    d.projects[1].kpis[0].name = "a \"quoted\", name\nwith a break".into();
    let csv = csv_of(&d, &Filter::default());
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{csv}");
    assert!(csv.contains("\"'-1+2\""));
    assert!(csv.contains("\"a \"\"quoted\"\", name\nwith a break\""));
}

#[test]
fn formula_starts_hidden_behind_width_space_or_invisible_characters_are_caught() {
    for text in [
        "=1+1",
        "＝HYPERLINK(\"http://x\")",
        "＋1",
        "－1",
        "＠SUM(A1)",
        "﹦1",
        "⁼1",
        "₊1",
        "⩵1",
        "   =1",
        "\u{00A0}=1",
        "\u{3000}＝1",
        "\u{200B}=1",
        "\u{200C}\u{200D}@x",
        "\u{2060}+1",
        "\u{FEFF}=1",
        "\u{200E}=1",
        "\u{200F}-1",
        "\u{202A}\u{202E}=1",
        "\u{2066}\u{2069}=1",
        "\n=1",
        "\r\n=1",
        "\tx",
        "\rx",
        "\nx",
        "=\u{0338}",
    ] {
        assert!(is_formula_like(text), "{text:?}");
    }
    for text in [
        "", "a=1", "１=1", "\u{200B}", "POC", "’=", "−1", "（=）", "x\n=1",
    ] {
        assert!(!is_formula_like(text), "{text:?}");
    }
}

// Natively only: the Unicode tables come from `unicode-normalization`.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_lookalikes_are_exactly_what_nfkc_turns_into_a_formula_start() {
    use shinchoku::core::text::fold::is_invisible;
    use unicode_normalization::UnicodeNormalization;
    for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
        let nfkc: String = c.to_string().nfkc().collect();
        let first = nfkc.chars().find(|c| !is_invisible(*c));
        let expected = matches!(c, '\t' | '\r' | '\n')
            || first.is_some_and(|f| matches!(f, '=' | '+' | '-' | '@'));
        assert_eq!(
            is_formula_like(&c.to_string()),
            expected,
            "U+{:04X}",
            u32::from(c)
        );
        if first.is_none() && !nfkc.is_empty() {
            assert!(
                is_invisible(c),
                "U+{:04X} folds to nothing visible",
                u32::from(c)
            );
        }
    }
}

#[test]
fn csv_neutralises_what_a_spreadsheet_would_run_and_keeps_numbers() {
    let mut d = mini();
    d.projects[0].kpis[0].name = "\u{3000}＝HYPERLINK(\"http://x\")".into();
    d.projects[0].kpis[1].name = "\u{FEFF}\u{202E}@cmd".into();
    d.projects[1].kpis[0].name = "\n=1+1".into();
    d.projects[1].kpis[1].latest = Some(-5.0);
    d.projects[1].kpis[1].latest_text = Some("－5件".into());
    let csv = csv_of(&d, &Filter::default());
    assert!(
        csv.contains("\"'\u{3000}＝HYPERLINK(\"\"http://x\"\")\""),
        "{csv}"
    );
    assert!(csv.contains("\"'\u{FEFF}\u{202E}@cmd\""), "{csv}");
    assert!(csv.contains("\"'\n=1+1\""), "{csv}");
    assert!(
        csv.contains(",-5,\"'－5件\","),
        "a number stays a number: {csv}"
    );
}

#[test]
fn csv_follows_the_filter() {
    let f = Filter {
        projects: vec!["beta".into()],
        ..Filter::default()
    };
    let csv = csv_of(&mini(), &f);
    assert_eq!(csv.trim_end().split("\r\n").count(), 1 + 2);
}

#[test]
fn json_subset_is_a_valid_dataset_of_the_selection() {
    let d = mini();
    let f = Filter {
        projects: vec!["alpha".into()],
        phases: vec!["clinical".into(), "practical".into()],
        ..Filter::default()
    };
    let s = subset_of(&d, &f);
    assert_eq!(s.projects.len(), 1);
    assert_eq!(
        s.projects[0]
            .kpis
            .iter()
            .map(|k| k.id.as_str())
            .collect::<Vec<_>>(),
        ["alpha-percent"]
    );
    assert_eq!(
        s.projects[0]
            .programs
            .iter()
            .map(|k| k.id.as_str())
            .collect::<Vec<_>>(),
        ["alpha-two"]
    );
    assert!(s.initiatives.is_empty(), "その他 not selected");
    assert_eq!(validate(&s), vec![]);
    let text = serde_json::to_string(&s).unwrap();
    assert_eq!(parse_dataset(&text).unwrap(), s);
    assert_eq!(subset_of(&d, &Filter::default()), d);
}

#[test]
fn file_names_carry_year_and_filter() {
    let d = mini();
    let f = Filter {
        ministries: vec!["mic".into()],
        ..Filter::default()
    };
    assert_eq!(file_name(&d, &f, "csv"), "shinchoku-mini-mic.csv");
    assert_eq!(
        file_name(&d, &Filter::default(), "json"),
        "shinchoku-mini.json"
    );
}

#[test]
fn json_export_is_pretty_when_it_fits_compact_when_only_that_fits_else_refused() {
    let d = mini();
    let f = Filter::default();
    let pretty = serde_json::to_string_pretty(&subset_of(&d, &f)).unwrap();
    let compact = serde_json::to_string(&subset_of(&d, &f)).unwrap();
    assert!(compact.len() < pretty.len());
    let limit = |max: usize| subset_json(&d, &Catalog::new(&d), &f, max as u64);
    assert_eq!(limit(pretty.len()), Ok(pretty.clone()));
    assert_eq!(limit(pretty.len() - 1), Ok(compact.clone()));
    assert_eq!(limit(compact.len()), Ok(compact.clone()));
    let error = limit(compact.len() - 1).unwrap_err();
    assert_eq!(
        error,
        ExportError::TooLarge {
            bytes: compact.len() as u64,
            max: compact.len() as u64 - 1
        }
    );
    let message = error.to_string();
    assert!(message.contains("narrow"), "{message}");
    // What is written loads again.
    assert_eq!(parse_dataset(&limit(1 << 30).unwrap()).unwrap(), d);
}

#[test]
fn exports_select_what_the_per_item_rules_select() {
    let d = mini();
    let filters = [
        Filter::default(),
        Filter {
            ministries: vec!["mext".into()],
            lead_only: true,
            ..Filter::default()
        },
        Filter {
            phases: vec!["clinical".into()],
            ..Filter::default()
        },
        Filter {
            query: "ｐｏｃ".into(),
            ..Filter::default()
        },
        Filter {
            kinds: vec![KpiKind::Outcome],
            grades: vec![Grade::A],
            statuses: vec![Status::Achieved, Status::NoData],
            ..Filter::default()
        },
        Filter {
            projects: vec!["other".into()],
            ..Filter::default()
        },
    ];
    for f in &filters {
        let expected: Vec<String> = assess_all(&d)
            .iter()
            .filter(|k| f.kpi_matches(k))
            .map(|k| k.kpi.id.clone())
            .collect();
        let csv = csv_of(&d, f);
        let ids: Vec<String> = csv
            .trim_end()
            .split("\r\n")
            .skip(1)
            .map(|row| row.split(',').nth(2).unwrap().trim_matches('"').to_string())
            .collect();
        assert_eq!(ids, expected, "{f:?}");
        let part = subset_of(&d, f);
        let kpis: Vec<String> = part
            .projects
            .iter()
            .flat_map(|p| p.kpis.iter().map(|k| k.id.clone()))
            .collect();
        assert_eq!(kpis, expected, "{f:?}");
        for p in &part.projects {
            let original = d.projects.iter().find(|o| o.id == p.id).unwrap();
            assert!(f.project_matches(original));
            let programs: Vec<&str> = original
                .programs
                .iter()
                .filter(|g| f.program_matches(original, g))
                .map(|g| g.id.as_str())
                .collect();
            assert_eq!(
                p.programs.iter().map(|g| g.id.as_str()).collect::<Vec<_>>(),
                programs
            );
        }
        assert_eq!(
            part.initiatives.len(),
            d.initiatives
                .iter()
                .filter(|i| f.initiative_matches(i))
                .count()
        );
    }
}

#[test]
fn the_walks_json_is_exactly_serde_jsons() {
    let mut d: Dataset = parse_dataset(include_str!("../data/fy2022.json")).unwrap();
    assert_eq!(json_text(&d), serde_json::to_string(&d).unwrap());
    assert_eq!(json_text(&mini()), serde_json::to_string(&mini()).unwrap());
    // Every character serde_json escapes, and figures of every form.
    d.report.title = "\"\\/\n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f}\u{2028}改行 ok".into();
    let kpi = &mut d.projects[0].kpis[0];
    kpi.latest = Some(-1.5e-7);
    kpi.target.as_mut().unwrap().value = 1e21;
    kpi.yearly[0].value = -0.0;
    assert_eq!(json_text(&d), serde_json::to_string(&d).unwrap());
    let tricky = serde_json::json!({ "a": [1, 2.5, null, true, "x"], "b": {}, "c": [] });
    assert_eq!(json_text(&tricky), serde_json::to_string(&tricky).unwrap());
}

#[test]
fn indented_json_is_exactly_serde_jsons_pretty_print() {
    let d: Dataset = parse_dataset(include_str!("../data/fy2022.json")).unwrap();
    let whole = serde_json::to_string(&d).unwrap();
    assert_eq!(
        indent_json(&whole),
        serde_json::to_string_pretty(&d).unwrap()
    );
    // Strings with every character the indenter must leave alone.
    let tricky = serde_json::json!({
        "a": "x,y:{z}[w] \"q\" \\\\",
        "empty": [],
        "none": {},
        "nested": [[], {}, [1, {"b": null}]],
        "n": -1.5e-7,
        "u": "改行\n\u{2028}",
    });
    let compact = serde_json::to_string(&tricky).unwrap();
    assert_eq!(
        indent_json(&compact),
        serde_json::to_string_pretty(&tricky).unwrap()
    );
}

/// The changes' CSV: the year in review and the comparison, a row per
/// item, the same file rules, and formula-like names neutralised.
#[test]
fn changes_csv_lists_every_change_and_neutralises_formulas() {
    use shinchoku::core::engine::compare::compare;
    use shinchoku::core::present::comparison::{compared, Side};
    use shinchoku::core::present::export::{changes_csv, changes_file_name};
    use shinchoku::core::present::year_review::year_in_review;

    let a: Dataset = parse_dataset(include_str!("../data/fy2022.json")).unwrap();
    let mut b: Dataset = parse_dataset(include_str!("fixtures/fy2023-synthetic.json")).unwrap();
    // A KPI added under a name a spreadsheet would take for a formula.
    let mut evil = b.projects[0].kpis[0].clone();
    evil.id = "drugs-evil".into();
    evil.name = "=HYPERLINK(\"http://x\")".into();
    evil.name_en = Some("＋SUM(A1)".into());
    b.projects[0].kpis.push(evil);
    let filter = Filter::default();
    let (ca, cb) = (Catalog::new(&a), Catalog::new(&b));
    let (sa, sb) = (ca.select(&a, &filter), cb.select(&b, &filter));
    let side = |d, c, s| Side {
        dataset: d,
        catalog: c,
        selection: s,
    };
    let comparison = compare(&a, &b);
    for lang in [Lang::Ja, Lang::En] {
        let view = compared(
            &comparison,
            [side(&a, &ca, &sa), side(&b, &cb, &sb)],
            false,
            &filter,
            lang,
            None,
        );
        let review = year_in_review(&a, &ca, &sa, lang, None);
        let csv = changes_csv(&review, Some(&view), lang);
        assert!(csv.starts_with('\u{feff}') && csv.ends_with("\r\n"));
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        // Header, 29 items of the year in review (9 + 4 + 6 + 7 + 3), and
        // 43 KPIs changed, 3 added (one of them ours, above) or removed, 3
        // budgets, 1 text.
        assert_eq!(lines.len(), 1 + 29 + 43 + 3 + 3 + 1, "{lang:?}");
        let evil = lines.iter().find(|l| l.contains("\"drugs-evil\"")).unwrap();
        let name = match lang {
            Lang::Ja => "\"'=HYPERLINK(\"\"http://x\"\")\"",
            Lang::En => "\"'＋SUM(A1)\"",
        };
        assert!(evil.contains(name), "{evil}");
        assert!(evil.contains(",\"added\","), "{evil}");
        let moved = lines
            .iter()
            .find(|l| l.contains("\"seeds-investigator-trials\"") && l.contains("target\""))
            .unwrap();
        assert!(moved.contains("\"figure status target\""), "{moved}");
        let text = lines.iter().find(|l| l.contains(",\"text\",")).unwrap();
        assert!(
            text.contains("[-脳神経疾患等-]{+脳神経疾患や感染症等+}"),
            "{text}"
        );
    }
    let ja = changes_csv(
        &year_in_review(&a, &ca, &sa, Lang::Ja, None),
        None,
        Lang::Ja,
    );
    assert!(ja.trim_start_matches('\u{feff}').starts_with(
        "\"変化の区分\",\"グループ\",\"対象の種類\",\"ID\",\"プロジェクト\",\"項目名\",\"変化の種類\",\"変化の内容\",\"根拠の数値\"\r\n"
    ));
    assert!(ja.contains("\"2022年度の動き（この報告書から）\",\"2022年度に目標に到達\",\"KPI\",\"regenerative-papers-high-if\""));
    assert_eq!(
        changes_file_name(&a, Some(&b), &Filter::default()),
        "shinchoku-fy2022-changes-fy2023-synthetic.csv"
    );
    assert_eq!(
        changes_file_name(&a, None, &Filter::default()),
        "shinchoku-fy2022-changes.csv"
    );
}
