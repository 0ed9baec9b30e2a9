//! The filter as a URL query and back: `?ministry=mic&project=genome&phase=clinical`.
//! Repeated keys carry several values; unknown values are dropped and
//! reported, never fatal.

use super::filter::{Filter, OTHER_PROJECT};
use super::model::{Dataset, Grade, KpiKind};
use super::progress::Status;

/// Query keys of the filter, in the order they are written.
pub const FILTER_KEYS: [&str; 8] = [
    "ministry", "lead", "project", "phase", "kind", "grade", "status", "q",
];

/// Keys the app reads elsewhere (language, theme, view, embedding, which
/// dataset); they are passed through untouched.
pub const OTHER_KEYS: [&str; 7] = ["lang", "theme", "view", "id", "embed", "data", "dataset"];

/// A query parameter that was ignored, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// The key as given.
    pub key: String,
    /// The value as given.
    pub value: String,
}

/// The filter read from a query, and what in it was ignored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Decoded {
    /// The filter, with only values known to the dataset.
    pub filter: Filter,
    /// Parameters that named nothing in the dataset.
    pub ignored: Vec<Ignored>,
}

/// Reads the filter from query pairs, keeping only values the dataset knows.
pub fn decode<'q>(
    pairs: impl IntoIterator<Item = (&'q str, &'q str)>,
    dataset: &Dataset,
) -> Decoded {
    let mut out = Decoded::default();
    let f = &mut out.filter;
    for (key, value) in pairs {
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
            "kind" => push_parsed(
                &mut f.kinds,
                [KpiKind::Output, KpiKind::Outcome]
                    .into_iter()
                    .find(|k| k.id() == value),
            ),
            "grade" => push_parsed(&mut f.grades, grade_from_id(value)),
            "status" => push_parsed(&mut f.statuses, Status::from_id(value)),
            "q" => {
                f.query = value.trim().to_string();
                true
            }
            other => OTHER_KEYS.contains(&other),
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

/// Reads the filter from a query string (with or without the leading `?`).
pub fn decode_str(query: &str, dataset: &Dataset) -> Decoded {
    let pairs: Vec<(String, String)> =
        form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
            .into_owned()
            .collect();
    decode(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())), dataset)
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

/// The id of a grade in URLs: `A` or `B`.
pub fn grade_id(grade: Grade) -> &'static str {
    match grade {
        Grade::A => "A",
        Grade::B => "B",
    }
}

fn grade_from_id(id: &str) -> Option<Grade> {
    match id {
        "A" | "a" => Some(Grade::A),
        "B" | "b" => Some(Grade::B),
        _ => None,
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
    pairs.extend(
        filter
            .grades
            .iter()
            .map(|g| ("grade", grade_id(*g).to_string())),
    );
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
