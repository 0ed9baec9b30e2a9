//! The methodology page, one Markdown file per language:
//! `docs/methodology.ja.md` (Japanese, the default) and `docs/methodology.md`
//! (English), each rendered to the HTML file beside it so the viewer ships
//! the page without a Markdown renderer. The freshness test fails when a
//! committed HTML file is stale (`UPDATE_EXPECT=1` rewrites it). The other
//! tests keep the pages fit for the report's readers: the
//! Japanese page is Japanese, the English page marks its Japanese, neither
//! names a source file or a data field, the report's grade is never called
//! by a computed status's name, and the worked examples are the engine's
//! figures for the bundled FY2022 dataset.
#![cfg(not(target_arch = "wasm32"))]
mod support;

use shinchoku::core::dataset::model::Dataset;
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::engine::progress::{Figures, PlanClock, Status};
use shinchoku::core::present::explain::explain;
use shinchoku::core::present::vocab;
use shinchoku::core::text::lang::Lang;
use shinchoku::core::text::number::{number, percent};
use support::assess_all;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs");

/// A page: its Markdown and the HTML rendered from it, Japanese first.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Page {
    Ja,
    En,
}

impl Page {
    const ALL: [Page; 2] = [Page::Ja, Page::En];

    fn markdown_file(self) -> &'static str {
        match self {
            Page::Ja => "methodology.ja.md",
            Page::En => "methodology.md",
        }
    }

    fn html_file(self) -> &'static str {
        match self {
            Page::Ja => "methodology.ja.html",
            Page::En => "methodology.html",
        }
    }

    fn markdown(self) -> String {
        std::fs::read_to_string(format!("{DIR}/{}", self.markdown_file())).unwrap()
    }

    /// The page as the viewer shows it (rendered from the Markdown, so the
    /// checks hold whether or not the committed HTML is fresh).
    fn html(self) -> String {
        render(&self.markdown())
    }
}

fn render(markdown: &str) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(
        &mut html,
        pulldown_cmark::Parser::new_ext(markdown, pulldown_cmark::Options::ENABLE_TABLES),
    );
    html
}

#[test]
fn committed_methodology_html_matches_the_markdown() {
    let mut stale = Vec::new();
    for page in Page::ALL {
        let generated = page.html();
        let path = format!("{DIR}/{}", page.html_file());
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != generated {
            if std::env::var_os("UPDATE_EXPECT").is_some() {
                std::fs::write(&path, &generated).unwrap();
            }
            stale.push(format!("docs/{}", page.html_file()));
        }
    }
    assert!(
        stale.is_empty() || std::env::var_os("UPDATE_EXPECT").is_some(),
        "{} stale: run `UPDATE_EXPECT=1 cargo test --test methodology` to rewrite, then review and commit",
        stale.join(" and ")
    );
}

/// A run of text between tags, with what encloses it.
#[derive(Debug)]
struct TextNode {
    text: String,
    /// The `lang` of the nearest enclosing element that has one.
    lang: Option<String>,
    /// Inside `<code>`.
    code: bool,
}

/// The text nodes of HTML as pulldown-cmark writes it (well-formed, tags
/// closed, attributes double-quoted), entities decoded.
fn text_nodes(html: &str) -> Vec<TextNode> {
    const VOID: [&str; 4] = ["br", "hr", "img", "input"];
    let mut nodes = Vec::new();
    // (tag name, lang it sets, is code)
    let mut open: Vec<(String, Option<String>, bool)> = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let (text, after) = rest.split_at(rest.find('<').unwrap_or(rest.len()));
        if !text.is_empty() {
            nodes.push(TextNode {
                text: decode(text),
                lang: open.iter().rev().find_map(|(_, lang, _)| lang.clone()),
                code: open.iter().any(|(_, _, code)| *code),
            });
        }
        if after.is_empty() {
            break;
        }
        let end = after.find('>').expect("a closed tag") + 1;
        let tag = &after[1..end - 1];
        rest = &after[end..];
        if let Some(name) = tag.strip_prefix('/') {
            let (open_name, ..) = open.pop().expect("an open element");
            assert_eq!(open_name, name.trim(), "tags nest");
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if tag.ends_with('/') || VOID.contains(&name.as_str()) {
            continue;
        }
        let lang = tag
            .split_once("lang=\"")
            .and_then(|(_, v)| v.split_once('"'))
            .map(|(v, _)| v.to_string());
        let code = name == "code";
        open.push((name, lang, code));
    }
    assert!(open.is_empty(), "unclosed elements: {open:?}");
    nodes
}

fn decode(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The page's text with tags removed.
fn plain_text(page: Page) -> String {
    text_nodes(&page.html())
        .into_iter()
        .map(|n| n.text)
        .collect()
}

/// Han, kana and the CJK and full-width punctuation blocks.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}' // CJK symbols and punctuation
        | '\u{3040}'..='\u{30FF}' // hiragana, katakana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
        | '\u{FF00}'..='\u{FFEF}' // full-width and half-width forms
    )
}

#[test]
fn the_japanese_page_is_japanese() {
    let nodes = text_nodes(&Page::Ja.html());
    let prose: Vec<&TextNode> = nodes.iter().filter(|n| !n.code).collect();
    let cjk = prose
        .iter()
        .flat_map(|n| n.text.chars())
        .filter(|&c| is_cjk(c) && c.is_alphabetic())
        .count();
    let latin = prose
        .iter()
        .flat_map(|n| n.text.chars())
        .filter(char::is_ascii_alphabetic)
        .count();
    assert!(
        cjk * 10 >= (cjk + latin) * 9,
        "{cjk} Japanese letters against {latin} Latin ones"
    );
    // No English sentence: no run of five or more lowercase words between
    // Japanese characters (acronyms such as KPI, AMED or POC are capitals).
    for node in &prose {
        for run in node.text.split(is_cjk) {
            let words: Vec<&str> = run
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.chars().any(|c| c.is_ascii_lowercase()))
                .collect();
            assert!(words.len() < 5, "English in the Japanese page: {run:?}");
        }
    }
    assert!(
        !nodes.iter().any(|n| n.lang.as_deref() == Some("en")),
        "the Japanese page needs no English part"
    );
}

#[test]
fn the_english_page_marks_its_japanese() {
    for node in text_nodes(&Page::En.html()) {
        if node.text.chars().any(is_cjk) {
            assert_eq!(
                node.lang.as_deref(),
                Some("ja"),
                "Japanese outside lang=\"ja\" in the English page: {:?}",
                node.text
            );
        }
    }
}

/// Whether `word` looks like a snake_case identifier (`plan_first_year`).
fn is_snake_case(word: &str) -> bool {
    word.contains('_')
        && word.split('_').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

#[test]
fn neither_page_names_source_files_or_data_fields() {
    for page in Page::ALL {
        let markdown = page.markdown();
        let file = page.markdown_file();
        assert!(!markdown.contains("src/"), "{file} names a source path");
        let mentions_rs = markdown
            .match_indices(".rs")
            .any(|(at, _)| !markdown[at + 3..].starts_with(|c: char| c.is_ascii_alphanumeric()));
        assert!(!mentions_rs, "{file} names a Rust file");
        assert!(!markdown.contains('`'), "{file} has code spans");
        for node in text_nodes(&page.html()) {
            assert!(!node.code, "{file} has code: {:?}", node.text);
            let field = node
                .text
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .find(|w| is_snake_case(w));
            assert_eq!(field, None, "{file} names a data field");
        }
    }
}

/// The word before `at` and the word from `end` on, skipping spaces and
/// punctuation.
fn neighbours(text: &str, at: usize, end: usize) -> (&str, &str) {
    let word = |c: char| c.is_alphanumeric();
    let before = text[..at].trim_end_matches(|c: char| !word(c));
    let before = &before[before.rfind(|c: char| !word(c)).map_or(0, |i| i + 1)..];
    let after = text[end..].trim_start_matches(|c: char| !word(c));
    let after = &after[..after.find(|c: char| !word(c)).unwrap_or(after.len())];
    (before, after)
}

/// Where a page says "On track", it names the computed status: no grade
/// and no standalone A in the same clause, nor next to it; the report's
/// grades read as the report prints them.
#[test]
fn on_track_is_a_computed_status_never_a_grade() {
    let japanese = plain_text(Page::Ja).to_lowercase();
    assert!(
        !japanese.contains("on track"),
        "the Japanese page calls something \"On track\""
    );
    let is_grade = |w: &str| w == "A" || w == "B" || w.to_lowercase().starts_with("grade");
    for page in Page::ALL {
        for node in text_nodes(&page.html()) {
            let lower = node.text.to_lowercase();
            for (at, found) in lower.match_indices("on track") {
                let (before, after) = neighbours(&node.text, at, at + found.len());
                assert!(
                    !is_grade(before) && !is_grade(after),
                    "{page:?}: \"On track\" next to a grade in {:?}",
                    node.text
                );
            }
            let clauses = node
                .text
                .split(|c: char| ".;:,()（）「」、。|\"=".contains(c));
            for clause in clauses.filter(|c| c.to_lowercase().contains("on track")) {
                assert!(
                    !clause.split_whitespace().any(is_grade) && !clause.contains("評価"),
                    "{page:?}: \"On track\" and a grade in one clause: {clause:?}"
                );
            }
        }
        let text = plain_text(page);
        for (grade, words) in [("A", "順調に進捗している」"), ("B", "進捗が不十分」")]
        {
            let mut quoted = 0;
            for pattern in [format!("{grade}「"), format!("{grade} 「")] {
                for (at, _) in text.match_indices(&pattern) {
                    let after = &text[at + pattern.len()..];
                    assert!(
                        after.starts_with(words),
                        "{page:?}: grade {grade} reads {after:?}"
                    );
                    quoted += 1;
                }
            }
            assert!(quoted > 0, "{page:?} quotes the wording of grade {grade}");
        }
    }
}

#[test]
fn both_pages_have_the_same_outline() {
    let count = |html: &str, tag: &str| html.matches(&format!("<{tag}")).count();
    let (ja, en) = (Page::Ja.html(), Page::En.html());
    for tag in ["h1>", "h2>", "h3>", "table>", "tr>", "li>", "ul>"] {
        assert_eq!(count(&ja, tag), count(&en, tag), "<{tag} in the two pages");
    }
}

fn fy2022() -> Dataset {
    parse_dataset(include_str!("../data/fy2022.json")).unwrap()
}

/// `¥28.94bn` for 289.4億円, as the English page writes amounts.
fn bn(oku: f64) -> String {
    let text = format!("{:.2}", oku / 10.0);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("¥{text}bn")
}

#[test]
fn the_worked_examples_are_the_engines_figures() {
    let d = fy2022();
    let (ja, en) = (Page::Ja.markdown(), Page::En.markdown());
    let both = |needle: &str, what: &str| {
        assert!(
            ja.contains(needle),
            "the Japanese page lacks {what} {needle:?}"
        );
        assert!(
            en.contains(needle),
            "the English page lacks {what} {needle:?}"
        );
    };

    let clock = PlanClock::of(&d.report);
    let (last, first, years) = (clock.last_year, clock.first_year, clock.total_years());
    assert!(ja.contains(&format!("{last} − {first} ＋ 1 ＝ {years}年")));
    assert!(en.contains(&format!("{last} − {first} + 1 = {years} years")));
    both(&percent(clock.time_elapsed()), "the time elapsed");

    let all = assess_all(&d);
    for (id, status) in [
        ("drugs-nonclinical-poc", Status::Achieved),
        ("devices-healthcare-launches", Status::OnTrack),
        ("devices-healthcare-demonstrations", Status::AtRisk),
        ("devices-class34-approvals", Status::OffTrack),
        ("devices-class34-share", Status::Achieved),
        ("drugs-clinical-transition", Status::NoTarget),
        ("genome-data-infrastructure", Status::NoData),
    ] {
        let k = all.iter().find(|k| k.kpi.id == id).unwrap();
        let p = &k.progress;
        assert_eq!(p.status, status, "{id}");
        // The example's heading names the status, the project and the KPI.
        let name = format!("「{}」", k.kpi.name);
        let heading = |markdown: &str| {
            markdown
                .lines()
                .find(|l| l.starts_with("### ") && l.contains(&name))
                .unwrap_or_else(|| panic!("no heading for {id}"))
                .to_string()
        };
        let (ja_heading, en_heading) = (heading(&ja), heading(&en));
        assert!(
            ja_heading.contains(vocab::status(status, Lang::Ja))
                && ja_heading.contains(&k.project.name_ja),
            "{ja_heading}"
        );
        assert!(
            en_heading.contains(vocab::status(status, Lang::En))
                && en_heading.contains(&k.project.name_en),
            "{en_heading}"
        );
        if let Some(a) = p.achievement {
            both(&percent(a), "the achievement");
        }
        for value in [
            p.projection,
            p.yearly_mean,
            p.required_yearly,
            p.required_vs_recent,
        ]
        .into_iter()
        .flatten()
        {
            both(&number(value), "a figure");
        }
    }

    // The explanation on screen, quoted for the at-risk example.
    let at_risk = all
        .iter()
        .find(|k| k.kpi.id == "devices-healthcare-demonstrations")
        .unwrap();
    let said = explain(&clock, Figures::of_kpi(at_risk.kpi), &at_risk.progress);
    let quoted = |sentence: &str, from: &str, end: char| {
        let at = sentence.find(from).expect("the required pace is explained");
        sentence[at..].trim_end_matches(end).to_string()
    };
    let ja_quote = quoted(&said.ja, "目標まで", '。');
    let en_quote = quoted(&said.en, "Reaching it needs", '.');
    assert!(ja.contains(&format!("「{ja_quote}」")), "{ja_quote}");
    assert!(en.contains(&format!("\"{en_quote}\"")), "{en_quote}");

    let summary = shinchoku::core::select::catalog::Catalog::new(&d)
        .select(&d, &shinchoku::core::select::filter::Filter::default());
    for status in Status::ALL {
        let n = summary.count(status);
        assert!(
            ja.contains(&format!("| {} | {n} |", vocab::status(status, Lang::Ja))),
            "{status:?}"
        );
        assert!(
            en.contains(&format!("| {} | {n} |", vocab::status(status, Lang::En))),
            "{status:?}"
        );
    }
    both(&format!("{}", all.len()), "the number of KPIs");

    let ministry = |id: &str| d.ministries.iter().position(|m| m.id == id).unwrap();
    let catalog = shinchoku::core::select::catalog::Catalog::new(&d);
    let whole = catalog.project_totals(&d, 0..d.projects.len());
    let genome = catalog.project_totals(&d, d.projects.iter().position(|p| p.id == "genome"));
    for (totals, figures) in [
        (
            &whole,
            vec![
                whole.printed(),
                whole.amed,
                whole.inhouse,
                whole.not_attributable(),
            ],
        ),
        (
            &genome,
            vec![
                genome.printed(),
                genome.amed,
                genome.inhouse,
                genome.not_attributable(),
            ],
        ),
    ] {
        let by_ministry = ["mhlw", "mext", "meti"]
            .map(|m| totals.by_ministry[ministry(m)])
            .into_iter()
            .filter(|&v| v > 0.0);
        for value in figures.into_iter().chain(by_ministry) {
            assert!(
                ja.contains(&format!("{}億円", number(value))),
                "{value}億円"
            );
            assert!(en.contains(&bn(value)), "{}", bn(value));
        }
    }
}

/// The year in review's counts for the bundled report, as both pages give
/// them, are the view's.
#[test]
fn the_year_in_review_counts_are_the_views() {
    use shinchoku::core::present::year_review::{year_in_review, ReviewKind};
    use shinchoku::core::select::catalog::Catalog;
    use shinchoku::core::select::filter::Filter;

    let d = fy2022();
    let catalog = Catalog::new(&d);
    let selection = catalog.select(&d, &Filter::default());
    let review = year_in_review(&d, &catalog, &selection, Lang::Ja, None);
    let n = |kind: ReviewKind| review.groups.iter().find(|g| g.kind == kind).unwrap().total;
    let ja = Page::Ja.markdown();
    let en = Page::En.markdown();
    assert!(ja.contains(&format!(
        "目標に到達{}件、必要なペースに届かなかった{}件、ペースが上がった{}件、ペースが下がった{}件、この報告書からは分からない{}件",
        n(ReviewKind::Reached),
        n(ReviewKind::ShortOfPace),
        n(ReviewKind::Rose),
        n(ReviewKind::Fell),
        n(ReviewKind::Unknown)
    )));
    assert!(en.contains(&format!(
        "{} KPIs reached the target, {} were short of the pace needed, the pace rose for {} and fell for {}, and for {} the report cannot tell",
        n(ReviewKind::Reached),
        n(ReviewKind::ShortOfPace),
        n(ReviewKind::Rose),
        n(ReviewKind::Fell),
        n(ReviewKind::Unknown)
    )));
}
