//! The methodology page, one Markdown file per language:
//! `docs/methodology.ja.md` (Japanese, the default) and `docs/methodology.md`
//! (English), each rendered to the HTML file beside it so the viewer ships
//! the page without a Markdown renderer. The freshness test fails when a
//! committed HTML file is stale, and rewrites it so the fix is one commit
//! away.
#![cfg(not(target_arch = "wasm32"))]

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
            std::fs::write(&path, &generated).unwrap();
            stale.push(format!("docs/{}", page.html_file()));
        }
    }
    assert!(
        stale.is_empty(),
        "{} stale and rewritten; review and commit",
        stale.join(" and ")
    );
}
