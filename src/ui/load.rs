//! Fetching and parsing the dataset.

use std::fmt;
use std::sync::Arc;

use gloo::net::http::Request;

use crate::core::model::Dataset;
use crate::core::parse::{parse_dataset, ParseError};

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
        }
    }
}

/// Fetches and parses the dataset at `url`.
pub async fn fetch_dataset(url: String) -> Result<Arc<Dataset>, LoadError> {
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
    parse_dataset(&text)
        .map(Arc::new)
        .map_err(|error| LoadError::Parse { url, error })
}
