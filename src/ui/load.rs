//! Fetching and parsing the dataset.

use std::fmt;
use std::sync::Arc;

use gloo::net::http::Request;

use crate::core::model::Dataset;
use crate::core::parse::{parse_dataset, ParseError};
use crate::core::validate::{validate, Problem, Severity};

/// The bundled dataset, relative to the page so any sub-path works.
pub const DEFAULT_DATASET_URL: &str = "data/fy2022.json";

/// Why the dataset could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The request did not complete (offline, blocked, bad URL).
    Network { url: String, message: String },
    /// The server answered with an error status.
    Status { url: String, status: u16 },
    /// The file arrived but is not a valid dataset.
    Parse { url: String, error: ParseError },
    /// The file parsed but has errors that make it unfit to show.
    Invalid { url: String, problems: Vec<Problem> },
}

/// A dataset ready to show, with the warnings validation found in it.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The dataset.
    pub dataset: Arc<Dataset>,
    /// Problems that do not stop it being shown; the UI lists them.
    pub warnings: Vec<Problem>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Network { url, message } => write!(f, "Could not fetch {url}: {message}"),
            Self::Status { url, status } => {
                write!(
                    f,
                    "Could not fetch {url}: the server answered HTTP {status}"
                )
            }
            Self::Parse { url, error } => write!(f, "{url} is not a valid dataset: {error}"),
            Self::Invalid { url, problems } => {
                write!(f, "{url} has {} error(s):", problems.len())?;
                problems.iter().try_for_each(|p| write!(f, "\n• {p}"))
            }
        }
    }
}

/// Fetches, parses and validates the dataset at `url`.
pub async fn fetch_dataset(url: String) -> Result<Loaded, LoadError> {
    let response = Request::get(&url)
        .send()
        .await
        .map_err(|e| LoadError::Network {
            url: url.clone(),
            message: e.to_string(),
        })?;
    if !response.ok() {
        return Err(LoadError::Status {
            url,
            status: response.status(),
        });
    }
    let text = response.text().await.map_err(|e| LoadError::Network {
        url: url.clone(),
        message: e.to_string(),
    })?;
    let dataset = parse_dataset(&text).map_err(|error| LoadError::Parse {
        url: url.clone(),
        error,
    })?;
    let (errors, warnings): (Vec<Problem>, Vec<Problem>) = validate(&dataset)
        .into_iter()
        .partition(|p| p.severity == Severity::Error);
    if !errors.is_empty() {
        return Err(LoadError::Invalid {
            url,
            problems: errors,
        });
    }
    Ok(Loaded {
        dataset: Arc::new(dataset),
        warnings,
    })
}
