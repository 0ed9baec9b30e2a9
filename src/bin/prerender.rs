//! `prerender <dist>`: writes the bundled report's pages into a built
//! `dist/` (after `trunk build`), each `dist/index.html` with the app's
//! content for one page already in `#app`, so the report shows in the
//! first frame and reads where WebAssembly never runs; and
//! `dist/prerender-charts.json`, the charts' options, which
//! `.ci/chart-svg.mjs` then draws into the pages as SVG.
//!
//! The pages are those of `core::select::pages`; the app takes a page over
//! once it runs (`ui::start`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use shinchoku::core::dataset::checked::{digest_if_clean, Checks, CHECKED_META};
use shinchoku::core::dataset::source::DatasetIndex;
use shinchoku::core::present::vocab::{page_title, PAGE_DESCRIPTION, PAGE_TITLE};
use shinchoku::core::select::pages::Page;
use shinchoku::core::select::query::to_query_string;
use shinchoku::core::text::lang::Lang;
use shinchoku::ui::app::prerender::{render, Rendered};
use shinchoku::ui::chart::ChartImage;
use shinchoku::ui::page::load::{from_text, Origin};
use shinchoku::ui::page::page_url::PAGE_QUERY_META;

/// What replaces the boot placeholder: the page's content beside it (the
/// placeholder hidden, shown again by `docs/preflight.js` when the address
/// asks for another view).
const BOOT_START: &str = "<div id=\"boot\" class=\"loading\" role=\"status\">";

fn main() -> ExitCode {
    let Some(dist) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender <dist directory>");
        return ExitCode::from(2);
    };
    match run(&dist) {
        Ok(count) => {
            println!("prerender: {count} pages written into {}", dist.display());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Writes every page; how many.
fn run(dist: &Path) -> Result<usize, String> {
    let read = |path: &Path| {
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let template = read(&dist.join("index.html"))?;
    let index: DatasetIndex = serde_json::from_str(&read(&dist.join("data/index.json"))?)
        .map_err(|e| format!("data/index.json: {e}"))?;
    let entry = index
        .datasets
        .iter()
        .find(|e| e.id == index.default)
        .ok_or_else(|| format!("data/index.json names no dataset {:?}", index.default))?
        .clone();
    let text = read(&dist.join(&entry.url))?;
    let loaded = from_text(
        &entry.url,
        &text,
        Origin::Bundled(entry.clone()),
        Checks::Run,
    )
    .map_err(|e| e.to_string())?;
    let checked = digest_if_clean(&text, &loaded.dataset);
    let pages = Page::all(&loaded.dataset);
    let mut charts = Vec::new();
    for page in &pages {
        let Rendered {
            html,
            charts: drawn,
            dark_charts,
        } = render(&loaded, &index, page);
        let file = page.file();
        fs::write(
            dist.join(&file),
            fill(&template, page, &html, &entry.url, checked.as_deref())?,
        )
        .map_err(|e| format!("cannot write {file}: {e}"))?;
        let images = |charts: &[ChartImage]| {
            charts
                .iter()
                .map(|c| serde_json::json!({ "option": c.option, "extra": c.extra, "height": c.height }))
                .collect::<Vec<_>>()
        };
        charts.push(serde_json::json!({
            "file": file,
            "charts": images(&drawn),
            "dark": images(&dark_charts),
        }));
    }
    fs::write(
        dist.join("prerender-charts.json"),
        serde_json::to_string(&charts).map_err(|e| e.to_string())?,
    )
    .map_err(|e| format!("cannot write prerender-charts.json: {e}"))?;
    Ok(pages.len())
}

/// `template` (the built `index.html`) as `page`: its language, the query
/// it shows, `content` in `#app` beside the boot placeholder, and the
/// dataset (`dataset_url`) fetched from the start, while the wasm loads
/// (the app asks for it once it has read the index; the same request),
/// and the digest of its text if it passed every check without a problem
/// (`checked`: the app need not check it again).
fn fill(
    template: &str,
    page: &Page,
    content: &str,
    dataset_url: &str,
    checked: Option<&str>,
) -> Result<String, String> {
    let query = to_query_string(page.query().iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let mut html = template.to_string();
    let attr = |s: &str| s.replace('&', "&amp;").replace('"', "&quot;");
    if page.lang == Lang::En {
        html = html.replacen("<html lang=\"ja\"", "<html lang=\"en\"", 1);
    }
    // The title (the view's and the site's) and the description in the
    // page's language, as the app keeps the title.
    for (from, to, before, after) in [
        (
            PAGE_TITLE.get(Lang::Ja),
            page_title(page.view, page.lang),
            "<title>",
            "</title>",
        ),
        (
            PAGE_DESCRIPTION.get(Lang::Ja),
            PAGE_DESCRIPTION.get(page.lang).to_string(),
            "<meta name=\"description\" content=\"",
            "\"",
        ),
    ] {
        let from = format!("{before}{}{after}", attr(from));
        if !html.contains(&from) {
            return Err(format!("index.html has no {from}"));
        }
        html = html.replacen(&from, &format!("{before}{}{after}", attr(&to)), 1);
    }
    // Before docs/preflight.js, which reads it before the page is drawn.
    let mut meta = format!(
        "<head>\n    <meta name=\"{PAGE_QUERY_META}\" content=\"{}\" />",
        attr(&query)
    );
    if let Some(digest) = checked {
        meta.push_str(&format!(
            "\n    <meta name=\"{CHECKED_META}\" content=\"{digest}\" />"
        ));
    }
    html = html.replacen("<head>", &meta, 1);
    // After what the first frame needs (the stylesheet, the preflight), and
    // at low priority, as the app's own preloads (.ci/csp-loader.mjs).
    let preload = format!(
        "  <link rel=\"preload\" fetchpriority=\"low\" href=\"{}\" as=\"fetch\" crossorigin=\"anonymous\" />\n  </head>",
        attr(dataset_url)
    );
    html = html.replacen("</head>", &preload, 1);
    if !html.contains(BOOT_START) {
        return Err("index.html has no boot placeholder".into());
    }
    let boot = BOOT_START.replace("role=\"status\">", "role=\"status\" hidden>");
    // Leptos marks where its dynamic parts go (`<!>`), for hydration; the
    // app does not hydrate (it replaces the page, see `ui::start`).
    let content = content.replace("<!>", "");
    Ok(html.replacen(
        BOOT_START,
        &format!("<div id=\"prerendered\">{content}</div>\n      {boot}"),
        1,
    ))
}
