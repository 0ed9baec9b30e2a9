//! The share panel's URLs: the embed URL and the embed.js next to the page,
//! whether the app is served as a directory or as `…/index.html`.

use shinchoku::core::present::share::{embed_url, sibling_url};
use shinchoku::core::select::query::Embed;

#[test]
fn embed_js_sits_next_to_the_page() {
    for (page, expected) in [
        (
            "https://a.example/tools/shinchoku/",
            "https://a.example/tools/shinchoku/embed.js",
        ),
        (
            "https://a.example/tools/shinchoku/index.html",
            "https://a.example/tools/shinchoku/embed.js",
        ),
        (
            "https://a.example/tools/shinchoku/index.html?view=kpis&q=a/b#top",
            "https://a.example/tools/shinchoku/embed.js",
        ),
        ("https://a.example/?x=1", "https://a.example/embed.js"),
        ("https://a.example", "https://a.example/embed.js"),
    ] {
        assert_eq!(sibling_url(page, "embed.js"), expected, "{page}");
    }
}

#[test]
fn the_embed_url_has_one_embed_1() {
    for (page, expected) in [
        ("https://a.example/s/", "https://a.example/s/?embed=1"),
        (
            "https://a.example/s/index.html?view=kpis",
            "https://a.example/s/index.html?view=kpis&embed=1",
        ),
        (
            "https://a.example/s/?embed=0&view=kpi&id=x&embed=1",
            "https://a.example/s/?view=kpi&id=x&embed=1",
        ),
        (
            "https://a.example/s/?q=%E9%81%BA+%26",
            "https://a.example/s/?q=%E9%81%BA+%26&embed=1",
        ),
    ] {
        assert_eq!(embed_url(page, Embed::Full), expected, "{page}");
        let tile = expected.replace("embed=1", "embed=tile");
        assert_eq!(embed_url(page, Embed::Tile), tile, "{page}");
    }
}
