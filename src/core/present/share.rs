//! The share panel's URLs, from the page's own URL: the embed URL and the
//! URL of a file served beside the page (`embed.js`).

use crate::core::select::query::{to_query_string, Embed, Params};

/// `page` with `mode` (`embed=1`, or `embed=tile`) as its only `embed`
/// parameter (an `embed=0` left in front of it would win, the first
/// occurrence being the one read).
pub fn embed_url(page: &str, mode: Embed) -> String {
    let (base, query) = page.split_once('?').unwrap_or((page, ""));
    let query = query.split('#').next().unwrap_or_default();
    let params = Params::parse(query);
    let pairs = params
        .pairs()
        .iter()
        .filter(|(k, _)| k != "embed")
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .chain([(
            "embed",
            match mode {
                Embed::Full => "1",
                Embed::Tile => "tile",
            },
        )]);
    format!("{base}?{}", to_query_string(pairs))
}

/// The URL of `file` in the page's directory: `…/shinchoku/` and
/// `…/shinchoku/index.html?…` both give `…/shinchoku/embed.js`.
pub fn sibling_url(page: &str, file: &str) -> String {
    let page = page.split(['?', '#']).next().unwrap_or_default();
    // The path starts at the first `/` after `scheme://host`.
    let path = page.find("://").map_or(0, |i| {
        let host = i + 3;
        page[host..].find('/').map_or(page.len(), |j| host + j)
    });
    match page[path..].rfind('/') {
        Some(i) => format!("{}{file}", &page[..path + i + 1]),
        None => format!("{page}/{file}"),
    }
}
