//! Where a dataset comes from: the bundled list (`data/index.json`),
//! `?dataset=<id>`, or `?data=<url>`: resolved by the browser's own URL
//! parser, then restricted to http(s) and the page's own origin unless the
//! deployer allows more; or a local file, a JSON dataset or an Excel
//! workbook.

use serde::{Deserialize, Serialize};

/// Largest dataset accepted from a link (`?data=`) or a local file, in
/// bytes; larger ones are refused before parsing. Datasets the deployer
/// bundles (listed in `data/index.json`) are not limited.
pub const MAX_DATASET_BYTES: u64 = 20 * 1024 * 1024;

/// Where the page finds [`DatasetIndex`]: relative to the page, so any
/// sub-path works.
pub const INDEX_URL: &str = "data/index.json";

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
    Bundled {
        /// Its id in the index (`?dataset=`).
        id: String,
        /// Where it lies, relative to the page.
        url: String,
    },
    /// A dataset named by `?data=`; the UI says where it came from.
    External {
        /// The URL, as the browser resolved it.
        url: String,
    },
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
    /// `?data=` is not a web address: the browser could not resolve it, or
    /// what reached the rule is not a URL as the browser serialises one.
    BadUrl(String),
    /// `?data=` points at another origin that is not allowed.
    ForeignOrigin {
        /// The URL asked for.
        url: String,
        /// Its origin.
        origin: String,
    },
    /// `?data=` is not an http(s) URL (`javascript:`, `data:`, `blob:`…).
    BadScheme(String),
    /// `?data=` named an allowed URL, but its server redirected the request
    /// to a URL that is not allowed (see [`check_final`]).
    RedirectedAway {
        /// The URL asked for.
        url: String,
        /// Where the browser's fetch ended after following redirects.
        to: String,
        /// The origin of `to`.
        origin: String,
    },
    /// The index names no dataset at all.
    EmptyIndex,
}

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownDataset(id) => write!(f, "there is no bundled dataset \"{id}\""),
            Self::BadUrl(url) => write!(f, "{url} is not a valid web address"),
            Self::ForeignOrigin { url, origin } => write!(
                f,
                "{url} is on another site ({origin}); only this site's own datasets can be opened by link (see allowed_origins in data/index.json)"
            ),
            Self::BadScheme(url) => write!(
                f,
                "{url} is not a web address this viewer can load (only http and https)"
            ),
            Self::RedirectedAway { url, to, origin } => write!(
                f,
                "{url} redirected to {to}, which is on another site ({origin}); it was not loaded: only this site's own datasets can be opened by link, wherever a redirect leads (see allowed_origins in data/index.json)"
            ),
            Self::EmptyIndex => write!(f, "data/index.json lists no dataset"),
        }
    }
}

/// The origin (`scheme://host[:port]`, lower-case, default port left out) of
/// an absolute http(s) URL as the browser serialises it (`URL.href`).
///
/// This is not a URL parser: relative URLs are resolved by the browser
/// (`new URL(value, location.href)`), and anything that is not already in
/// its serialised form (spaces, control or non-ASCII characters, a missing
/// `//`, a backslash in the host) is refused as [`SourceError::BadUrl`]
/// rather than guessed at. Other schemes are [`SourceError::BadScheme`].
pub fn origin_of(href: &str) -> Result<String, SourceError> {
    let bad = || SourceError::BadUrl(href.to_string());
    if href.is_empty() || !href.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(bad());
    }
    let (scheme, rest) = href.split_once(':').ok_or_else(bad)?;
    let scheme = scheme.to_ascii_lowercase();
    let is_scheme = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    if !is_scheme {
        return Err(bad());
    }
    let default_port = match scheme.as_str() {
        "http" => 80,
        "https" => 443,
        _ => return Err(SourceError::BadScheme(href.to_string())),
    };
    let rest = rest.strip_prefix("//").ok_or_else(bad)?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    // The browser escapes a backslash in user info and ends the host at one.
    if authority.contains('\\') {
        return Err(bad());
    }
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = if host_port.starts_with('[') {
        let end = host_port.find(']').ok_or_else(bad)?;
        let (host, after) = host_port.split_at(end + 1);
        match after {
            "" => (host, ""),
            _ => (host, after.strip_prefix(':').ok_or_else(bad)?),
        }
    } else {
        host_port.split_once(':').unwrap_or((host_port, ""))
    };
    let host_ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~[]:%".contains(c));
    if !host_ok || !port.chars().all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    let port: u16 = match port {
        "" => default_port,
        digits => digits.parse().map_err(|_| bad())?,
    };
    let host = host.to_ascii_lowercase();
    Ok(if port == default_port {
        format!("{scheme}://{host}")
    } else {
        format!("{scheme}://{host}:{port}")
    })
}

/// The rule for `?data=`, over the URL the browser resolved it to: the
/// scheme must be http or https, and the origin the page's own or one of
/// `allowed_origins` (compared as [`origin_of`] normalises them). Returns
/// the URL to fetch, which is `href` itself.
pub fn check_resolved(
    href: &str,
    page_origin: &str,
    allowed_origins: &[String],
) -> Result<String, SourceError> {
    let origin = origin_of(href)?;
    let is_it = |other: &str| origin_of(other.trim()).is_ok_and(|o| o == origin);
    if is_it(page_origin) || allowed_origins.iter().any(|a| is_it(a)) {
        Ok(href.to_string())
    } else {
        Err(SourceError::ForeignOrigin {
            url: href.to_string(),
            origin,
        })
    }
}

/// The same rule as [`check_resolved`], over where a `?data=` fetch ended:
/// the browser follows redirects, so the answer's own URL (`Response.url`,
/// `final_url`) must be allowed too. A redirect within the allowed origins
/// is followed; one that leaves them is [`SourceError::RedirectedAway`].
/// Returns the URL the data came from: `final_url`, or `requested` when
/// `final_url` is empty (an answer that names no URL).
pub fn check_final(
    requested: &str,
    final_url: &str,
    page_origin: &str,
    allowed_origins: &[String],
) -> Result<String, SourceError> {
    if final_url.is_empty() || final_url == requested {
        return Ok(requested.to_string());
    }
    check_resolved(final_url, page_origin, allowed_origins).map_err(|_| {
        SourceError::RedirectedAway {
            url: requested.to_string(),
            to: final_url.to_string(),
            origin: origin_of(final_url).unwrap_or_else(|_| final_url.to_string()),
        }
    })
}

/// Decides which dataset to load from `?dataset=` and `?data=`. `data_href`
/// is the `?data=` value as the browser resolved it against the page (see
/// [`check_resolved`]); it wins over `?dataset=`.
pub fn resolve(
    index: &DatasetIndex,
    dataset: Option<&str>,
    data_href: Option<&str>,
    page_origin: &str,
) -> Result<DatasetSource, SourceError> {
    if let Some(href) = data_href {
        return check_resolved(href, page_origin, &index.allowed_origins)
            .map(|url| DatasetSource::External { url });
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

/// Whether a local file is an Excel workbook rather than a JSON dataset:
/// its name ends in `.xlsx` (in any case), or its first bytes (`head`) are
/// a zip file's (`PK\x03\x04`), which JSON text never starts with.
pub fn is_workbook(name: &str, head: &[u8]) -> bool {
    name.to_ascii_lowercase().ends_with(".xlsx") || head.starts_with(b"PK\x03\x04")
}
