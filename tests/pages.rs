//! The bundled report's prerendered pages: one per view, project and
//! ministry in each language, each with its file and the query it shows;
//! a link's address is the nearest page with the whole query after it.

use shinchoku::core::dataset::model::Dataset;
use shinchoku::core::dataset::parse::parse_dataset;
use shinchoku::core::select::pages::Page;
use shinchoku::core::select::query::Params;
use shinchoku::core::select::view::View;
use shinchoku::core::text::lang::Lang;

fn fy2022() -> Dataset {
    parse_dataset(include_str!("../data/fy2022.json")).unwrap()
}

fn link(query: &str) -> String {
    Page::link(&Params::parse(query), &fy2022())
}

#[test]
fn every_view_project_and_ministry_has_a_page_in_each_language() {
    let d = fy2022();
    let pages = Page::all(&d);
    // Overview, KPIs, cases, initiatives; the project and ministry
    // profiles without and with each one chosen; in two languages.
    assert_eq!(
        pages.len(),
        2 * (4 + 1 + d.projects.len() + 1 + d.ministries.len())
    );
    let files: Vec<String> = pages.iter().map(Page::file).collect();
    for file in [
        "index.html",
        "index.en.html",
        "kpis.html",
        "kpis.en.html",
        "cases.html",
        "initiatives.en.html",
        "project.html",
        "project-drugs.html",
        "project-devices.en.html",
        "ministry.html",
        "ministry-mext.html",
        "ministry-meti.en.html",
    ] {
        assert!(files.contains(&file.to_string()), "{file} in {files:?}");
    }
    let mut unique = files.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), files.len(), "one file per page");
}

#[test]
fn a_page_shows_its_own_query_and_an_empty_one_the_theme_aside() {
    let page = Page {
        view: View::Ministry,
        id: Some("mext".into()),
        lang: Lang::En,
    };
    assert_eq!(page.file(), "ministry-mext.en.html");
    for shown in [
        "",
        "view=ministry&ministry=mext&lang=en",
        "lang=en&ministry=mext&view=ministry",
        "view=ministry&ministry=mext&lang=en&theme=dark",
    ] {
        assert!(page.shows(&Params::parse(shown)), "{shown}");
    }
    for other in [
        "view=ministry&ministry=mext",
        "view=ministry&ministry=mext&lang=en&status=at_risk",
        "view=ministry&ministry=mhlw&lang=en",
        "embed=1&view=ministry&ministry=mext&lang=en",
        "data=x.json",
    ] {
        assert!(!page.shows(&Params::parse(other)), "{other}");
    }
    let overview = Page {
        view: View::Overview,
        id: None,
        lang: Lang::Ja,
    };
    assert!(overview.shows(&Params::parse("theme=dark")));
    assert!(!overview.shows(&Params::parse("view=kpis")));
}

#[test]
fn a_link_goes_to_the_nearest_page_with_the_whole_query() {
    assert_eq!(link(""), "./");
    assert_eq!(link("q=iPS"), "./?q=iPS");
    assert_eq!(link("lang=en"), "index.en.html?lang=en");
    assert_eq!(
        link("view=kpis&ministry=mext"),
        "kpis.html?view=kpis&ministry=mext"
    );
    // A single KPI is in the KPI table; the embeddable parts in the overview.
    assert_eq!(
        link("view=kpi&id=drugs-poc"),
        "kpis.html?view=kpi&id=drugs-poc"
    );
    assert_eq!(link("view=budget&embed=1"), "./?view=budget&embed=1");
    // The chosen project or ministry, when the dataset has it.
    assert_eq!(
        link("view=project&project=devices&lang=en"),
        "project-devices.en.html?view=project&project=devices&lang=en"
    );
    assert_eq!(
        link("view=project&id=genome"),
        "project-genome.html?view=project&id=genome"
    );
    assert_eq!(
        link("view=project&project=nope"),
        "project.html?view=project&project=nope"
    );
    assert_eq!(
        link("view=ministry&ministry=mhlw&ministry=mext"),
        "ministry-mhlw.html?view=ministry&ministry=mhlw&ministry=mext"
    );
    // The methodology has a page of its own.
    assert_eq!(
        link("view=method&lang=en"),
        "docs/methodology.html?view=method&lang=en"
    );
    assert_eq!(link("view=method"), "docs/methodology.ja.html?view=method");
    // What changed has no page of its own: the overview's, with its query.
    assert_eq!(
        link("view=changes&lang=en"),
        "index.en.html?view=changes&lang=en"
    );
}

#[test]
fn every_link_names_a_page_there_is() {
    let data = fy2022();
    let files: Vec<String> = Page::all(&data).iter().map(Page::file).collect();
    for view in View::ALL {
        for lang in ["", "&lang=en"] {
            let address = link(&format!("view={}{lang}", view.id()));
            let file = address.split('?').next().unwrap();
            assert!(
                file == "./"
                    || file.starts_with("docs/methodology")
                    || files.iter().any(|f| f == file),
                "{address} names no page"
            );
        }
    }
}
