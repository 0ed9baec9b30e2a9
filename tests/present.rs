//! What the views show, as the presentation layer builds it from the
//! bundled FY2022 report: the headline's budget tile and the ministry
//! profile's figures. Every expected figure is added up by hand from the
//! amounts the report prints on each project's overview page (seed lines
//! in the comments), not by the code under test.

use shinchoku::core::dataset::model::Dataset;
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::present::headline::{BudgetTile, Headline};
use shinchoku::core::present::ministry::{MinistryBudget, MinistryHoldings, MinistryKpis};
use shinchoku::core::select::catalog::Catalog;
use shinchoku::core::select::filter::Filter;
use shinchoku::core::text::lang::Lang;

fn data() -> Dataset {
    parse_dataset(include_str!("../data/fy2022.json")).unwrap()
}

fn tile(d: &Dataset, ministries: &[&str], lang: Lang) -> BudgetTile {
    let filter = Filter {
        ministries: ministries.iter().map(|m| m.to_string()).collect(),
        ..Filter::default()
    };
    let catalog = Catalog::new(d);
    let selection = catalog.select(d, &filter);
    Headline::build(d, &selection, &filter, lang).budget
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// The amounts the report prints that can be given to one ministry, each
/// program's own and the lines all of whose candidates are its programs:
/// MHLW, drugs (seed 36–110) 21 + 21 + 11 + 35 + 29 + 11, devices
/// (418–559) 2 + 0.4, regenerative (818–927) 14 + 4 + 9, genome
/// (1222–1368) 38 + 9 + 7 + 29 + 11 + 8 and the lines 27 and 3 = 289.4;
/// MEXT, drugs 15 + 37, devices 11, genome's 46億円 pool (B-cure, one
/// 内数 amount) = 109; METI, drugs 58, devices 42 + 8 = 108.
const MHLW: f64 = 289.4;
const MEXT: f64 = 109.0;
const METI: f64 = 108.0;

#[test]
fn the_budget_tile_for_the_whole_report() {
    let d = data();
    // AMED 326 + 108 + 183 + 161 + 152 + 238 = 1,168; in-house 44 + 18 = 62:
    // the total is our sum of the amounts the report prints per project.
    let t = tile(&d, &[], Lang::Ja);
    assert_eq!(t.big, "1,230億円");
    assert_eq!(
        t.label,
        "予算（報告書のプロジェクト別記載額の合計：AMED 1,168億円＋インハウス 62億円）"
    );
    // Attributable 289.4 + 109 + 108 = 506.4; the rest 1,230 − 506.4 = 723.6.
    assert!(close(MHLW + MEXT + METI, 506.4));
    assert_eq!(
        t.split.as_deref(),
        Some("府省に帰属できる額 506.4億円（厚 289.4億円・文 109億円・経 108億円）、帰属できない額 723.6億円")
    );
    let t = tile(&d, &[], Lang::En);
    assert_eq!(t.big, "¥123bn");
    assert_eq!(
        t.label,
        "Budget (the sum of the report's printed project amounts: AMED ¥116.8bn + in-house ¥6.2bn)"
    );
}

#[test]
fn the_budget_tile_with_a_ministry_chosen() {
    let d = data();
    // The big figure is what METI can be given: 108. METI takes part in
    // every project but disease: AMED 326 + 108 + 183 + 161 + 238 = 1,016,
    // in-house 44 + 18 = 62, 1,078 in all. Every attributable amount above
    // lies in those five projects: the other ministries' 289.4 + 109 =
    // 398.4, and what no ministry can be given 1,078 − 506.4 = 571.6.
    let t = tile(&d, &["meti"], Lang::Ja);
    assert_eq!(t.big, "108億円");
    assert_eq!(t.label, "経済産業省に帰属できる予算");
    assert_eq!(
        t.split.as_deref(),
        Some("該当するプロジェクトの記載額の合計 1,078億円（AMED 1,016億円＋インハウス 62億円）のうち。ほかの府省に帰属できる額 398.4億円、どの府省にも帰属できない額 571.6億円")
    );
    let t = tile(&d, &["meti"], Lang::En);
    assert_eq!(t.big, "¥10.8bn");
    assert_eq!(
        t.label,
        "Budget attributable to Ministry of Economy, Trade and Industry (METI)"
    );
}

#[test]
fn a_ministrys_budget_in_its_profile() {
    let d = data();
    let c = Catalog::new(&d);
    // Own amounts: MHLW's 17 programs with an amount, 289.4 less the two
    // lines (27 + 3) = 259.4; MEXT 15 + 37 + 11 = 63; METI 58 + 42 + 8 = 108.
    // Without an amount of their own (再掲 programs counted in neither):
    // MHLW 23, MEXT 11, METI 5; MIC's two programs have none.
    for (id, attributable, known, with, without) in [
        ("mhlw", MHLW, 259.4, 17, 23),
        ("mext", MEXT, 63.0, 3, 11),
        ("meti", METI, 108.0, 3, 5),
        ("mic", 0.0, 0.0, 0, 2),
    ] {
        let b = MinistryBudget::of(&d, &c, id);
        assert!(
            close(b.attributable, attributable),
            "{id}: {}",
            b.attributable
        );
        assert!(close(b.programs.known, known), "{id}: {}", b.programs.known);
        assert_eq!(
            (b.programs.programs_known, b.programs.programs_unknown),
            (with, without),
            "{id}"
        );
    }
    assert_eq!(
        MinistryBudget::of(&d, &c, "mext").text(Lang::Ja),
        "この府省に帰属できる予算 109億円（事業ごとの記載額 63億円：3事業、ほかは候補の事業がすべてこの府省の事業である記載額）。額の記載がない事業 11件"
    );
}

#[test]
fn a_ministrys_kpis_are_those_of_the_projects_it_leads_and_joins() {
    let d = data();
    let c = Catalog::new(&d);
    let s = c.select(&d, &Filter::default());
    // KPIs per project: drugs 8, devices 7, regenerative 11, genome 11,
    // disease 3, seeds 5. MEXT leads regenerative, disease and seeds
    // (11 + 3 + 5 = 19) and joins drugs, devices and genome (8 + 7 + 11 = 26).
    let mext = MinistryKpis::build(&d, &c, &s, "mext", Lang::Ja);
    assert_eq!(mext.lead.heading, "主担当（◎）のプロジェクトのKPI（19）");
    assert_eq!(mext.joined.heading, "参画するプロジェクトのKPI（26）");
    let ids = |g: &shinchoku::core::present::ministry::KpiGroup| {
        g.projects.iter().map(|p| p.id.clone()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&mext.lead), ["regenerative", "disease", "seeds"]);
    assert_eq!(ids(&mext.joined), ["drugs", "devices", "genome"]);
    // METI leads devices (7) and joins all but disease: 8 + 11 + 11 + 5 = 35.
    let meti = MinistryKpis::build(&d, &c, &s, "meti", Lang::En);
    assert_eq!(meti.lead.heading, "KPIs of the projects it leads (◎) (7)");
    assert_eq!(
        meti.joined.heading,
        "KPIs of the projects it takes part in (35)"
    );
    assert!(meti.lead.not_drawn.is_none() && meti.joined.not_drawn.is_none());
}

#[test]
fn a_ministrys_programs_and_initiatives() {
    let d = data();
    let c = Catalog::new(&d);
    let mext = MinistryHoldings::build(&d, &c, "mext", Lang::Ja);
    // 3 programs with an amount, each a row; the 11 without one named in
    // a line (among them 再生医療実現拠点ネットワークプログラム, whose ministry
    // the report itself names).
    assert_eq!(mext.programs.len(), 3);
    assert_eq!(mext.without_amount.len(), 11);
    assert!(mext
        .without_amount
        .iter()
        .any(|g| g.text.starts_with("再生医療実現拠点ネットワークプログラム")));
    let bound = mext
        .programs
        .iter()
        .find(|g| g.name.text.starts_with("生命科学・創薬研究支援基盤事業"))
        .expect("BINDS is MEXT's");
    assert_eq!((bound.project, bound.budget.as_str()), (1, "37億円"));
    // その他: the initiatives whose marker names 文.
    assert_eq!(mext.initiatives.len(), 31);
    assert!(mext.programs_not_drawn.is_none() && mext.initiatives_not_drawn.is_none());
}

/// The scorecard's default order answers "which project needs attention":
/// the share of KPIs with a target that are at risk or off track, then the
/// report's B grades, then the report's order. From the hand-worked status
/// table (tests/fy2022.rs `status_table`): devices has 2 of its 6 graded
/// KPIs at risk or off track (healthcare demonstrations, class III/IV
/// approvals, both graded B), seeds 1 of 4 (investigator-initiated trials,
/// B); every other project none.
#[test]
fn the_scorecard_puts_the_project_needing_attention_first() {
    use shinchoku::core::present::scorecard::{scorecard, ScoreColumn};
    let d = data();
    let c = Catalog::new(&d);
    let s = c.select(&d, &Filter::default());
    let rows = scorecard(&d, &c, &s, ScoreColumn::Attention, false, Lang::Ja);
    let order: Vec<(&str, usize, usize)> = rows
        .iter()
        .map(|r| (r.id.as_str(), r.attention(), r.graded()))
        .collect();
    assert_eq!(
        order,
        [
            ("devices", 2, 6),
            ("seeds", 1, 4),
            ("drugs", 0, 7),
            ("regenerative", 0, 6),
            ("genome", 0, 8),
            ("disease", 0, 2),
        ]
    );
    assert_eq!(rows[0].grades, [5, 2]);
    // The printed budgets, AMED and in-house together: drugs 326 + 44.
    let by_budget = scorecard(&d, &c, &s, ScoreColumn::Budget, false, Lang::Ja);
    assert_eq!(by_budget[0].id, "drugs");
    assert!(close(by_budget[0].budget.unwrap(), 370.0));
}

#[test]
fn a_kpi_is_cited_with_the_report_where_it_sits_its_printed_figures_and_a_link() {
    use shinchoku::core::present::kpi_row::KpiDetail;
    let d = data();
    let c = Catalog::new(&d);
    let i = c
        .kpis
        .iter()
        .position(|k| d.projects[k.project].kpis[k.position].id == "devices-class34-approvals")
        .unwrap();
    let (project, kpi) = c.kpi(&d, i);
    let ja = KpiDetail::build(project, kpi, &c.kpis[i].progress, &c.clock, Lang::Ja);
    let page = "https://example.org/shinchoku/";
    let text = ja.cite.citation(&d.report, page, "2026-12-04", Lang::Ja);
    assert!(text.starts_with("『医療分野研究開発推進計画（第2期）の進捗状況（令和4年度）』 2. 医療機器・ヘルスケアプロジェクト ＞ KPI ＞ "), "{text}");
    assert!(
        text.contains(&format!(
            "（報告書の記載: 最新の数値 {}、2024年度目標 {}）",
            kpi.latest_text.as_ref().unwrap(),
            kpi.target.as_ref().unwrap().text
        )),
        "{text}"
    );
    assert!(text.ends_with("https://example.org/shinchoku/?view=kpi&id=devices-class34-approvals（2026年12月4日閲覧）"), "{text}");
    let en = KpiDetail::build(project, kpi, &c.kpis[i].progress, &c.clock, Lang::En);
    let text = en.cite.citation(&d.report, page, "2026-12-04", Lang::En);
    assert!(text.starts_with("Progress of the Medical R&D Promotion Plan (2nd period), FY2022 (Japanese PDF), 2. Medical Devices and Healthcare Project > KPI > "), "{text}");
    assert!(
        text.ends_with("?view=kpi&id=devices-class34-approvals&lang=en (viewed 2026-12-04)."),
        "{text}"
    );
    // The report's address, when the dataset gives one, follows its title.
    let mut with_url = d.clone();
    with_url.report.source.url = Some("https://www.example.go.jp/report.pdf".into());
    let text = ja
        .cite
        .citation(&with_url.report, page, "2026-12-04", Lang::Ja);
    assert!(
        text.contains("』（https://www.example.go.jp/report.pdf） 2."),
        "{text}"
    );
}

#[test]
fn case_studies_are_numbered_per_project_and_keep_their_printed_text() {
    use shinchoku::core::present::cases::case_studies;
    let d = data();
    let all: Vec<usize> = (0..d.projects.len()).collect();
    let cases = case_studies(&d, &all, Lang::En);
    // 5 + 4 + 4 + 2 + 4 + 3 notable results in the report.
    assert_eq!(cases.len(), 22);
    assert_eq!(cases[0].id, "drugs-case-1");
    assert_eq!(cases[21].id, "seeds-case-3");
    let seeds_first = cases.iter().find(|c| c.id == "seeds-case-1").unwrap();
    // Its three result bullets are paragraphs of their own (seed 2160–2167).
    assert!(
        seeds_first.paragraphs.len() >= 3,
        "{:?}",
        seeds_first.paragraphs
    );
    assert!(!seeds_first.title.japanese, "an English title of ours");
}

#[test]
fn our_notes_keep_our_reading_apart() {
    use shinchoku::core::present::notes::OurNote;
    let n = OurNote::of("3事業の後に記載。【当方の判断】1回だけ計上する");
    assert_eq!(n.note, "3事業の後に記載。");
    assert_eq!(n.reading.as_deref(), Some("1回だけ計上する"));
    let plain = OurNote::of("同上");
    assert_eq!((plain.note.as_str(), plain.reading), ("同上", None));
    // Every budget line of the bundled report whose note reads an amount
    // carries the mark (the audit's rule): the repeated ones at least.
    let d = data();
    for line in d
        .projects
        .iter()
        .flat_map(|p| &p.budget_lines)
        .filter(|l| l.repeat)
    {
        assert!(OurNote::of(&line.note).reading.is_some(), "{}", line.note);
    }
}

#[test]
fn the_glossary_gives_the_reports_own_definitions_first_and_marks_ours() {
    use shinchoku::core::present::glossary::glossary;
    let d = data();
    let terms = glossary(&d.report, Lang::Ja);
    assert_eq!(terms[0].id, "term-latest");
    assert!(terms[0].the_reports);
    assert_eq!(
        terms[0].meaning,
        "※「最新の数値」は計画開始から令和４年度末までの通算の数値、（ ）は各年度（R2/R3/R4）の単年実績。"
    );
    assert_eq!(terms[1].meaning, "A．順調に進捗している B．進捗が不十分");
    for id in [
        "term-poc",
        "term-output",
        "term-outcome",
        "term-repeat",
        "term-part-of",
        "term-basic",
        "term-practical",
    ] {
        let t = terms
            .iter()
            .find(|t| t.id == id)
            .unwrap_or_else(|| panic!("{id}"));
        assert!(!t.the_reports);
        assert_eq!(t.source, "本ビューアによる説明");
    }
}

#[test]
fn initiatives_with_the_same_heading_are_told_apart() {
    use shinchoku::core::present::initiative::Contents;
    let d = data();
    let all: Vec<usize> = (0..d.initiatives.len()).collect();
    let contents = Contents::build(&d, &all, Lang::Ja);
    let sections: Vec<&str> = contents
        .sections
        .iter()
        .map(|s| s.section.as_str())
        .collect();
    assert_eq!(sections, ["3.1", "3.2", "3.3", "3.4", "3.5"]);
    let entries: Vec<_> = contents.sections.iter().flat_map(|s| &s.entries).collect();
    assert_eq!(entries.len(), 42);
    // 研究基盤の整備 heads nine initiatives: each has first words, all different.
    let base: Vec<&str> = entries
        .iter()
        .filter(|e| e.heading.text == "研究基盤の整備")
        .map(|e| e.first_words.as_deref().expect("told apart"))
        .collect();
    assert_eq!(base.len(), 9);
    let mut distinct = base.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 9, "{base:?}");
    // A heading printed once needs no first words.
    let once = entries.iter().find(|e| e.id == "s3-1-inhouse-rd").unwrap();
    assert_eq!(once.first_words, None);
}
