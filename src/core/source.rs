//! Where a dataset comes from: the bundled list (`data/index.json`),
//! `?dataset=<id>`, or `?data=<url>` restricted to the page's own origin
//! unless the deployer allows more.

use serde::{Deserialize, Serialize};

/// Largest dataset accepted from a link (`?data=`) or a local file, in
/// bytes; larger ones are refused before parsing. Datasets the deployer
/// bundles (listed in `data/index.json`) are not limited.
pub const MAX_DATASET_BYTES: u64 = 20 * 1024 * 1024;

/// `data/index.json`: the bundled datasets and the deployer's settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DatasetIndex {
    /// Id of the dataset shown when the URL names none.
    pub default: String,
    /// The bundled datasets.
    pub datasets: Vec<IndexEntry>,
    /// Origins (e.g. `https://stats.example`) that `?data=` may load from
    /// besides the page's own. Empty by default.
    #[serde(default)]
    pub allowed_origins: Vec<String>,
}

/// One bundled dataset.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexEntry {
    /// Id used in `?dataset=`.
    pub id: String,
    /// Japanese label for the switcher.
    pub label: String,
    /// English label.
    pub label_en: String,
    /// URL relative to the page.
    pub url: String,
}

/// Which dataset to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatasetSource {
    /// One of the bundled datasets.
    Bundled { id: String, url: String },
    /// A dataset named by `?data=`; the UI says where it came from.
    External { url: String },
}

impl DatasetSource {
    /// The URL to fetch.
    pub fn url(&self) -> &str {
        match self {
            Self::Bundled { url, .. } | Self::External { url } => url,
        }
    }
}

/// Why a source was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceError {
    /// `?dataset=` names no bundled dataset.
    UnknownDataset(String),
    /// `?data=` points at another origin that is not allowed.
    ForeignOrigin { url: String, origin: String },
    /// `?data=` is not an http(s) or relative URL (`javascript:`, `data:`…).
    BadScheme(String),
    /// The index names no dataset at all.
    EmptyIndex,
}

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownDataset(id) => write!(f, "there is no bundled dataset \"{id}\""),
            Self::ForeignOrigin { url, origin } => write!(
                f,
                "{url} is on another site ({origin}); only this site's own datasets can be opened by link (see allowed_origins in data/index.json)"
            ),
            Self::BadScheme(url) => write!(f, "{url} is not a web address this viewer can load"),
            Self::EmptyIndex => write!(f, "data/index.json lists no dataset"),
        }
    }
}

/// The origin (`scheme://host[:port]`) of an absolute http(s) URL, or `None`
/// for a relative URL. Protocol-relative `//host/…` counts as absolute.
pub fn origin_of(url: &str, page_scheme: &str) -> Result<Option<String>, SourceError> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let rest = if let Some(rest) = lower.strip_prefix("//") {
        Some((page_scheme.to_string(), rest.to_string()))
    } else if let Some(i) = lower.find(':') {
        let scheme = &lower[..i];
        let is_scheme = !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
            && lower[..i].find(['/', '?', '#']).is_none();
        if !is_scheme {
            None
        } else if scheme == "http" || scheme == "https" {
            let after = lower[i + 1..].trim_start_matches('/');
            Some((scheme.to_string(), after.to_string()))
        } else {
            return Err(SourceError::BadScheme(url.to_string()));
        }
    } else {
        None
    };
    Ok(rest.map(|(scheme, after)| {
        let host = after.split(['/', '?', '#', '\\']).next().unwrap_or("");
        let host = host.rsplit('@').next().unwrap_or(host);
        format!("{scheme}://{host}")
    }))
}

/// Decides which dataset to load from `?dataset=` and `?data=`.
pub fn resolve(
    index: &DatasetIndex,
    dataset: Option<&str>,
    data: Option<&str>,
    page_origin: &str,
) -> Result<DatasetSource, SourceError> {
    if let Some(url) = data.map(str::trim).filter(|u| !u.is_empty()) {
        let scheme = page_origin.split(':').next().unwrap_or("https");
        return match origin_of(url, scheme)? {
            Some(origin)
                if origin != page_origin.to_ascii_lowercase()
                    && !index
                        .allowed_origins
                        .iter()
                        .any(|a| a.trim_end_matches('/').eq_ignore_ascii_case(&origin)) =>
            {
                Err(SourceError::ForeignOrigin {
                    url: url.to_string(),
                    origin,
                })
            }
            _ => Ok(DatasetSource::External {
                url: url.to_string(),
            }),
        };
    }
    let id = dataset.unwrap_or(&index.default);
    index
        .datasets
        .iter()
        .find(|e| e.id == id)
        .map(|e| DatasetSource::Bundled {
            id: e.id.clone(),
            url: e.url.clone(),
        })
        .ok_or_else(|| {
            if index.datasets.is_empty() {
                SourceError::EmptyIndex
            } else {
                SourceError::UnknownDataset(id.to_string())
            }
        })
}
