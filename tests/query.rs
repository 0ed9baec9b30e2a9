//! The one reader of the URL query: one rule for repeated single-valued keys
//! (the first occurrence wins, the others are reported as ignored), the
//! values the app's own keys accept, and how ignored values are shown.

mod support;

use shinchoku::core::dataset::model::Dataset;
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::select::query::{decode, Ignored, Params};
use shinchoku::core::select::view::View;
use support::decode_str;

fn mini() -> Dataset {
    parse_dataset(include_str!("fixtures/mini.json")).unwrap()
}

fn ignored(query: &str) -> Vec<String> {
    decode_str(query, &mini())
        .ignored
        .iter()
        .map(|i| format!("{}={}", i.key, i.value))
        .collect()
}

#[test]
fn the_first_of_a_repeated_single_valued_key_wins() {
    let p = Params::parse(
        "?embed=0&embed=1&lang=en&lang=ja&view=kpis&view=overview&theme=dark&theme=light\
         &dataset=x&dataset=y&data=a.json&data=b.json",
    );
    assert!(!p.embed(), "embed=0 came first");
    assert_eq!(p.get("lang"), Some("en"));
    assert_eq!(p.get("view"), Some("kpis"));
    assert_eq!(p.get("theme"), Some("dark"));
    assert_eq!(p.get("dataset"), Some("x"));
    assert_eq!(p.get("data"), Some("a.json"));
    assert_eq!(p.get("nothing"), None);
    assert!(Params::parse("embed=1&embed=0").embed());
}

#[test]
fn the_later_occurrences_are_reported_as_ignored() {
    assert_eq!(
        ignored(
            "embed=0&embed=1&lang=en&lang=ja&view=kpi&id=alpha-count&id=beta-slow\
             &view=overview&dataset=x&dataset=y&data=a.json&data=b.json&theme=dark&theme=dark"
        ),
        [
            "embed=1",
            "lang=ja",
            "id=beta-slow",
            "view=overview",
            "dataset=y",
            "data=b.json",
            "theme=dark"
        ]
    );
}

#[test]
fn filter_dimensions_keep_every_value_but_search_and_lead_take_one() {
    let d = decode_str("ministry=mhlw&ministry=mext&q=a&q=b&lead=1&lead=0", &mini());
    assert_eq!(d.filter.ministries, ["mhlw", "mext"]);
    assert_eq!(d.filter.query, "a");
    assert!(d.filter.lead_only);
    let ignored: Vec<String> = d
        .ignored
        .iter()
        .map(|i| format!("{}={}", i.key, i.value))
        .collect();
    assert_eq!(ignored, ["q=b", "lead=0"]);
    assert!(!decode_str("lead=0&lead=1", &mini()).filter.lead_only);
}

#[test]
fn values_the_app_does_not_know_are_ignored() {
    assert_eq!(
        ignored("embed=yes&lang=fr&theme=blue&view=nope"),
        ["embed=yes", "lang=fr", "theme=blue", "view=nope"]
    );
    assert_eq!(
        ignored("embed=true&lang=ja&theme=auto&view=method"),
        Vec::<String>::new()
    );
    assert!(Params::parse("embed=true").embed());
    assert!(!Params::parse("embed=0").embed());
    assert!(!Params::parse("").embed());
}

#[test]
fn an_unknown_id_is_named() {
    assert_eq!(ignored("view=kpi&id=nope"), ["id=nope"]);
    assert_eq!(ignored("view=kpi&id=alpha-count"), Vec::<String>::new());
    assert_eq!(ignored("view=project&id=beta"), Vec::<String>::new());
    assert_eq!(ignored("view=project&id=alpha-count"), ["id=alpha-count"]);
    // Left over after switching views: not read, not reported.
    assert_eq!(ignored("view=kpis&id=alpha-count"), Vec::<String>::new());
    assert_eq!(ignored("id=nope"), Vec::<String>::new());
}

#[test]
fn every_view_has_an_id_that_reads_back() {
    for v in View::ALL {
        assert_eq!(View::from_id(v.id()), Some(v));
        assert!(decode_str(&format!("view={}", v.id()), &mini())
            .ignored
            .is_empty());
    }
    assert_eq!(View::from_id("Overview"), None);
}

#[test]
fn pairs_are_kept_in_order_and_decoded_once() {
    let p = Params::parse("b=2&a=%E2%9C%93&b=3&q=a+b");
    assert_eq!(
        p.pairs(),
        [
            ("b".to_string(), "2".to_string()),
            ("a".to_string(), "✓".to_string()),
            ("b".to_string(), "3".to_string()),
            ("q".to_string(), "a b".to_string()),
        ]
    );
    assert_eq!(
        decode(&p, &mini()),
        decode_str("?b=2&a=%E2%9C%93&b=3&q=a+b", &mini())
    );
}

fn shown(key: &str, value: &str) -> String {
    Ignored {
        key: key.into(),
        value: value.into(),
    }
    .to_string()
}

#[test]
fn ignored_values_show_what_is_invisible() {
    assert_eq!(shown("project", "alpha "), "project=alpha␠");
    assert_eq!(shown("project", "  a b "), "project=␠␠a b␠");
    assert_eq!(shown("project", "al\u{200B}pha"), "project=al<U+200B>pha");
    assert_eq!(
        shown("q", "\u{FEFF}x\u{202E}\u{00A0}"),
        "q=<U+FEFF>x<U+202E><U+00A0>"
    );
    assert_eq!(shown("q", "\u{3000}\t\n"), "q=<U+3000><U+0009><U+000A>");
    assert_eq!(shown("ke\u{200D}y", "v"), "ke<U+200D>y=v");
    assert_eq!(shown("q", ""), "q=");
}

#[test]
fn long_ignored_values_are_cut() {
    let long = "x".repeat(100_000);
    let s = shown("project", &long);
    assert!(s.chars().count() < 200, "{}", s.len());
    assert!(s.starts_with("project=xxxx"));
    assert!(s.ends_with("…"), "{s}");
    // A cut value's end is not its end: no ␠ for a space that is not last.
    let spaced = format!("{} {}", "y".repeat(200), "z".repeat(10));
    assert!(!shown("q", &spaced).contains('␠'));
}
