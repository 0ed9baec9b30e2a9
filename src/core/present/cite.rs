//! Citations: what a reader copies to quote one item of the report (a KPI,
//! a project's evaluation, a case study, an initiative): the report's title
//! and address, where the item sits in it, the figure as printed, the day
//! it was viewed and a link to exactly that item.

use crate::core::dataset::model::Report;
use crate::core::select::query::to_query_string;
use crate::core::text::lang::Lang;

/// One citable item: where it sits in the report, its figure as printed
/// and the query that opens exactly it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citable {
    /// Where it sits, outermost first: 1. 医薬品プロジェクト, KPI, its name.
    pub path: Vec<String>,
    /// Its figure as the report prints it, if it has one.
    pub figure: Option<String>,
    /// The URL query (`key`, `value` pairs) that opens exactly it.
    pub query: Vec<(&'static str, String)>,
}

impl Citable {
    /// The link to exactly this item from the page at `page` (origin and
    /// path, without a query), in `lang`.
    pub fn link(&self, page: &str, lang: Lang) -> String {
        let mut pairs: Vec<(&str, &str)> =
            self.query.iter().map(|(k, v)| (*k, v.as_str())).collect();
        if lang == Lang::En {
            pairs.push(("lang", "en"));
        }
        format!("{page}?{}", to_query_string(pairs.into_iter()))
    }

    /// The citation in `lang`, viewed on `date` (`YYYY-MM-DD`) from the
    /// page at `page`.
    pub fn citation(&self, report: &Report, page: &str, date: &str, lang: Lang) -> String {
        let source = &report.source;
        let title = match lang {
            Lang::Ja => format!("『{}』", source.citation),
            Lang::En => source.citation_en.clone(),
        };
        let address = source
            .url
            .as_ref()
            .map(|u| lang.pick("（", " (").to_string() + u + lang.pick("）", ")"))
            .unwrap_or_default();
        let path = self.path.join(lang.pick(" ＞ ", " > "));
        let figure = self
            .figure
            .as_ref()
            .map(|f| match lang {
                Lang::Ja => format!("（報告書の記載: {f}）"),
                Lang::En => format!(" (as printed: {f})"),
            })
            .unwrap_or_default();
        let link = self.link(page, lang);
        match lang {
            Lang::Ja => format!(
                "{title}{address} {path}{figure}。{link}（{}閲覧）",
                japanese_date(date)
            ),
            Lang::En => format!("{title}{address}, {path}{figure}. {link} (viewed {date})."),
        }
    }
}

/// `2026-12-04` as 2026年12月4日 (any other text as it is).
fn japanese_date(date: &str) -> String {
    let parts: Vec<u32> = date.split('-').filter_map(|p| p.parse().ok()).collect();
    match parts.as_slice() {
        [y, m, d] => format!("{y}年{m}月{d}日"),
        _ => date.to_string(),
    }
}
