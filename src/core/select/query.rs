//! The URL query, read in one place: [`Params`] parses it once, and
//! [`decode`] reads the filter and every other key the app knows from it.
//! Filter dimensions (`ministry`, `project`, …) repeat a key for several
//! values. Every other key takes one value: when it is repeated the first
//! occurrence wins and the others are reported as ignored. Unknown keys and
//! values are dropped and reported, never fatal.

use std::fmt;

use crate::core::dataset::model::{Dataset, Grade, KpiKind};
use crate::core::engine::progress::Status;
use crate::core::select::filter::{Filter, OTHER_PROJECT};
use crate::core::select::theme::Theme;
use crate::core::select::view::View;
use crate::core::text::fold::visible;

/// Query keys of the filter, in the order they are written.
pub const FILTER_KEYS: [&str; 8] = [
    "ministry", "lead", "project", "phase", "kind", "grade", "status", "q",
];

/// Keys that take one value: the first occurrence wins, later ones are
/// ignored (and reported).
pub const SINGLE_KEYS: [&str; 10] = [
    "lang", "theme", "view", "id", "embed", "data", "dataset", "compare", "lead", "q",
];

/// Longest part of an ignored value a notice shows, in characters.
pub const SHOWN_CHARS: usize = 80;

/// A query parameter that was ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// The key as given.
    pub key: String,
    /// The value as given.
    pub value: String,
}

/// `key=value` for a notice: invisible characters and leading or trailing
/// spaces made visible, and the value cut at [`SHOWN_CHARS`].
impl fmt::Display for Ignored {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}={}",
            visible(&self.key, SHOWN_CHARS),
            visible(&self.value, SHOWN_CHARS)
        )
    }
}

/// A URL query, parsed once. Everything the app reads from `?…` goes
/// through it, so every reader follows the same rule for repeated keys.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    /// Parses a query string (with or without the leading `?`).
    pub fn parse(query: &str) -> Self {
        Self {
            pairs: form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
                .into_owned()
                .collect(),
        }
    }

    /// Every pair as given, in order (links and history writes keep them).
    pub fn pairs(&self) -> &[(String, String)] {
        &self.pairs
    }

    /// The value of a single-valued key: its first occurrence.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// Whether the page is embedded: `?embed=1` or `?embed=true`.
    pub fn embed(&self) -> bool {
        self.embed_mode().is_some()
    }

    /// How the page is embedded: `embed=1` (or `true`) the whole view,
    /// `embed=tile` a compact tile; `None` when it is not.
    pub fn embed_mode(&self) -> Option<Embed> {
        match self.get("embed") {
            Some("1" | "true") => Some(Embed::Full),
            Some("tile") => Some(Embed::Tile),
            _ => None,
        }
    }
}

/// How an embedded page shows itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Embed {
    /// The view, without the site's chrome.
    Full,
    /// A compact tile: the headline's verdict and status strip, with a
    /// link to the full view.
    Tile,
}

/// The filter read from a query, and what in it was ignored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Decoded {
    /// The filter, with only values known to the dataset.
    pub filter: Filter,
    /// Parameters that named nothing known, or repeated a single-valued key.
    pub ignored: Vec<Ignored>,
}

/// Reads the filter from the query, keeping only values the dataset knows,
/// and reports every pair that is ignored: unknown keys, unknown values of
/// the app's keys (`lang`, `theme`, `view`, `embed`, `lead`), an `id` that
/// names no KPI (`view=kpi`) or project (`view=project`), and repeated
/// single-valued keys after their first occurrence.
pub fn decode(params: &Params, dataset: &Dataset) -> Decoded {
    let mut out = Decoded::default();
    let mut seen: Vec<&str> = Vec::new();
    let view = params.get("view");
    for (key, value) in params.pairs() {
        let (key, value) = (key.as_str(), value.as_str());
        if SINGLE_KEYS.contains(&key) {
            if seen.contains(&key) {
                out.ignored.push(Ignored {
                    key: key.to_string(),
                    value: value.to_string(),
                });
                continue;
            }
            seen.push(key);
        }
        let f = &mut out.filter;
        let known = match key {
            "ministry" => push_known(
                &mut f.ministries,
                value,
                dataset.ministries.iter().map(|m| m.id.as_str()),
            ),
            "project" => push_known(
                &mut f.projects,
                value,
                dataset
                    .projects
                    .iter()
                    .map(|p| p.id.as_str())
                    .chain([OTHER_PROJECT]),
            ),
            "phase" => push_known(
                &mut f.phases,
                value,
                dataset.phases.iter().map(|p| p.id.as_str()),
            ),
            "lead" => match value {
                "1" | "true" => {
                    f.lead_only = true;
                    true
                }
                "0" | "false" => true,
                _ => false,
            },
            "kind" => push_parsed(&mut f.kinds, KpiKind::from_id(value)),
            "grade" => push_parsed(&mut f.grades, Grade::from_id(value)),
            "status" => push_parsed(&mut f.statuses, Status::from_id(value)),
            "q" => {
                f.query = value.trim().to_string();
                true
            }
            "lang" => matches!(value, "ja" | "en"),
            "theme" => value == "auto" || Theme::from_id(value).is_some(),
            "view" => View::from_id(value).is_some(),
            "embed" => matches!(value, "0" | "1" | "false" | "true" | "tile"),
            "id" => match view.and_then(View::from_id) {
                Some(View::Kpi) => dataset
                    .projects
                    .iter()
                    .any(|p| p.kpis.iter().any(|k| k.id == value)),
                Some(View::Project) => dataset.projects.iter().any(|p| p.id == value),
                Some(View::Cases) => dataset
                    .projects
                    .iter()
                    .any(|p| (0..p.notable_results.len()).any(|n| p.case_id(n) == value)),
                Some(View::Initiatives) => dataset.initiatives.iter().any(|i| i.id == value),
                // Left over from a single-item view; the other views do not read it.
                _ => true,
            },
            // Checked where it is loaded: the view says what is wrong with it.
            "data" | "dataset" | "compare" => true,
            _ => false,
        };
        if !known {
            out.ignored.push(Ignored {
                key: key.to_string(),
                value: value.to_string(),
            });
        }
    }
    out
}

fn push_known<'a>(
    list: &mut Vec<String>,
    value: &str,
    mut known: impl Iterator<Item = &'a str>,
) -> bool {
    let ok = known.any(|k| k == value);
    if ok && !list.iter().any(|v| v == value) {
        list.push(value.to_string());
    }
    ok
}

fn push_parsed<T: PartialEq>(list: &mut Vec<T>, parsed: Option<T>) -> bool {
    match parsed {
        Some(v) => {
            if !list.contains(&v) {
                list.push(v);
            }
            true
        }
        None => false,
    }
}

/// The filter as query pairs, in [`FILTER_KEYS`] order; an empty filter gives none.
pub fn encode(filter: &Filter) -> Vec<(&'static str, String)> {
    let mut pairs = Vec::new();
    pairs.extend(filter.ministries.iter().map(|v| ("ministry", v.clone())));
    if filter.lead_only {
        pairs.push(("lead", "1".to_string()));
    }
    pairs.extend(filter.projects.iter().map(|v| ("project", v.clone())));
    pairs.extend(filter.phases.iter().map(|v| ("phase", v.clone())));
    pairs.extend(filter.kinds.iter().map(|k| ("kind", k.id().to_string())));
    pairs.extend(filter.grades.iter().map(|g| ("grade", g.id().to_string())));
    pairs.extend(
        filter
            .statuses
            .iter()
            .map(|s| ("status", s.id().to_string())),
    );
    if !filter.query.trim().is_empty() {
        pairs.push(("q", filter.query.trim().to_string()));
    }
    pairs
}

/// A query string (without `?`) of `pairs`, percent-encoded.
pub fn to_query_string<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        out.append_pair(k, v);
    }
    out.finish()
}
