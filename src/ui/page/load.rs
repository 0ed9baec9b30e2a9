//! Getting a dataset onto the screen: the bundled index, `?dataset=` and
//! `?data=` URLs, local files (JSON, or an Excel workbook read by the
//! workbook module); each step fails with a message that says what and
//! where as a [`LoadError`]. The single-file edition carries the index, the
//! bundled datasets and the methodology pages inline and refuses `?data=`
//! and workbooks.

use std::fmt;
use std::sync::Arc;

use gloo::net::http::Request;
use wasm_bindgen::JsCast;

use crate::core::dataset::checked::{checks_for, Checks, CHECKED_META};
use crate::core::dataset::model::Dataset;
use crate::core::dataset::parse::{decode_text, parse_dataset_with, ParseError};
use crate::core::dataset::problem::{CellProblem, Problem, Severity};
use crate::core::dataset::source::INDEX_URL;
use crate::core::dataset::source::{
    check_final, is_workbook, resolve, DatasetIndex, DatasetSource, IndexEntry, SourceError,
    MAX_DATASET_BYTES,
};
use crate::core::dataset::validate::validate;
use crate::core::present::problems::{more_problems, Problems, LISTED_PROBLEMS};
use crate::core::present::vocab::Words;
use crate::core::select::query::Params;
use crate::core::text::lang::Lang;
use crate::ui::page::browser::error_text;
use crate::ui::page::standalone;
use crate::ui::page::workbook::{self, ModuleError};

/// How long a dataset fetch may take, headers and whole body, before it is
/// abandoned.
pub const FETCH_TIMEOUT_MS: i32 = 15_000;

thread_local! {
    /// The dataset fetch in flight; a new load aborts it.
    static IN_FLIGHT: std::cell::RefCell<Option<web_sys::AbortController>> =
        const { std::cell::RefCell::new(None) };
}

/// Number of the newest load (see [`begin_load`]).
static NEWEST_LOAD: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Starts a load: aborts the fetch of any older one and returns this load's
/// number. Only the newest load's result is shown ([`is_newest`]).
pub fn begin_load() -> u64 {
    if let Some(old) = IN_FLIGHT.with(|f| f.borrow_mut().take()) {
        old.abort();
    }
    NEWEST_LOAD.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1
}

/// Whether load `n` is still the newest.
pub fn is_newest(n: u64) -> bool {
    NEWEST_LOAD.load(std::sync::atomic::Ordering::SeqCst) == n
}

/// Why a dataset could not be loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The URL parameters name nothing loadable.
    Source(SourceError),
    /// The request did not complete (offline, blocked, bad URL).
    Network {
        /// What was asked for.
        url: String,
        /// What the browser said.
        message: String,
    },
    /// The request and its body took longer than [`FETCH_TIMEOUT_MS`].
    Timeout {
        /// What was asked for.
        url: String,
    },
    /// The server answered with an error status.
    Status {
        /// What was asked for.
        url: String,
        /// The HTTP status.
        status: u16,
    },
    /// A linked or local file is larger than [`MAX_DATASET_BYTES`] (`bytes`
    /// is what was read or declared when reading stopped); it was not parsed.
    TooLarge {
        /// The file or URL.
        name: String,
        /// How many bytes were read or declared.
        bytes: u64,
    },
    /// The file arrived but is not a valid dataset.
    Parse {
        /// The file or URL.
        name: String,
        /// Where and why parsing stopped.
        error: ParseError,
    },
    /// The file parsed but has errors that make it unfit to show.
    Invalid {
        /// The file or URL.
        name: String,
        /// The errors found (warnings alone never refuse a dataset).
        problems: Vec<Problem>,
    },
    /// `?data=` (or a `?compare=` URL) in the single-file edition, which
    /// loads nothing by link.
    NoLinks {
        /// The key: `data` or `compare`.
        key: &'static str,
        /// The value given.
        value: String,
    },
    /// An Excel workbook with errors: nothing of it is loaded.
    Workbook {
        /// The file.
        name: String,
        /// Every problem, errors first, each at its sheet and cell.
        problems: Vec<CellProblem>,
    },
    /// The workbook module could not read a workbook.
    Module {
        /// The file.
        name: String,
        /// Why.
        error: ModuleError,
    },
    /// An Excel workbook opened in the single-file edition, which has no
    /// workbook module.
    NoWorkbooks {
        /// The file.
        name: String,
    },
}

/// "`name` has `errors` error(s):", then the first [`LISTED_PROBLEMS`] of
/// `problems` one per line, and how many more there are.
fn list_problems(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    errors: usize,
    problems: &[impl fmt::Display],
) -> fmt::Result {
    write!(f, "{name} has {errors} error(s):")?;
    problems
        .iter()
        .take(LISTED_PROBLEMS)
        .try_for_each(|p| write!(f, "\n• {p}"))?;
    if let Some(more) = more_problems(problems.len(), Lang::En) {
        write!(f, "\n{more}")?;
    }
    Ok(())
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Source(e) => write!(f, "{e}"),
            Self::Network { url, message } => write!(f, "Could not fetch {url}: {message}"),
            Self::Timeout { url } => write!(
                f,
                "Could not fetch {url}: the whole answer did not arrive within {} seconds",
                FETCH_TIMEOUT_MS / 1000
            ),
            Self::Status { url, status } => write!(
                f,
                "Could not fetch {url}: the server answered HTTP {status}"
            ),
            Self::TooLarge { name, bytes } => write!(
                f,
                "{name} is larger than the {} MB limit for linked and opened files (reading stopped at {:.1} MB); it was not loaded",
                MAX_DATASET_BYTES / 1_048_576,
                *bytes as f64 / 1_048_576.0
            ),
            Self::Parse { name, error } => write!(f, "{name} is not a valid dataset: {error}"),
            Self::Invalid { name, problems } => list_problems(f, name, problems.len(), problems),
            Self::Workbook { name, problems } => {
                let errors = problems
                    .iter()
                    .filter(|p| p.severity == Severity::Error)
                    .count();
                list_problems(f, name, errors, problems)
            }
            Self::Module { name, error } => write!(f, "{name} was not read: {error}"),
            Self::NoWorkbooks { name } => write!(
                f,
                "{name} is an Excel workbook: the single-file edition of Shinchoku cannot read workbooks (it carries no workbook module and fetches nothing). Open the workbook in the viewer served from a web server (dist/)"
            ),
            Self::NoLinks { key, value } => write!(
                f,
                "?{key}={value} was not loaded: this is the single-file edition of Shinchoku, which never uses the network, and a page opened from a file may not read other files by link. Open the JSON file with \"Open a JSON file…\" or drop it on the page"
            ),
        }
    }
}

/// Where the dataset on screen came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    /// A bundled dataset.
    Bundled(IndexEntry),
    /// A URL given by `?data=`.
    Url(String),
    /// A local file the user opened (never uploaded).
    File(String),
}

/// A dataset ready to show.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The dataset.
    pub dataset: Arc<Dataset>,
    /// Problems that do not stop it being shown; the UI lists them.
    pub warnings: Problems,
    /// Where it came from.
    pub origin: Origin,
}

impl Loaded {
    /// Whether the reader is asked before it is shown: a workbook being
    /// authored is, when it has warnings (its author checks them first; a
    /// JSON dataset's warnings are listed over it).
    pub fn asks_first(&self) -> bool {
        matches!(&self.warnings, Problems::AtCells(w) if !w.is_empty())
    }
}

/// The size limit for a dataset from `origin`: links and local files are
/// limited; datasets the deployer bundled in `data/index.json` are trusted.
fn limit(origin: &Origin) -> Option<u64> {
    match origin {
        Origin::Bundled(_) => None,
        Origin::Url(_) | Origin::File(_) => Some(MAX_DATASET_BYTES),
    }
}

/// Parses and validates dataset text named `name`, unless the build has
/// checked this very text (`checks`): then only parses it.
pub fn from_text(
    name: &str,
    text: &str,
    origin: Origin,
    checks: Checks,
) -> Result<Loaded, LoadError> {
    if limit(&origin).is_some_and(|max| text.len() as u64 > max) {
        return Err(LoadError::TooLarge {
            name: name.into(),
            bytes: text.len() as u64,
        });
    }
    let dataset = parse_dataset_with(text, checks).map_err(|error| LoadError::Parse {
        name: name.into(),
        error,
    })?;
    let (errors, warnings): (Vec<Problem>, Vec<Problem>) = match checks {
        Checks::Run => validate(&dataset),
        Checks::Passed => Vec::new(),
    }
    .into_iter()
    .partition(|p| p.severity == Severity::Error);
    if !errors.is_empty() {
        return Err(LoadError::Invalid {
            name: name.into(),
            problems: errors,
        });
    }
    Ok(Loaded {
        dataset: Arc::new(dataset),
        warnings: Problems::AtPaths(warnings),
        origin,
    })
}

/// The digest of the bundled dataset's text that passed every check at
/// build time, which a prerendered page carries ([`CHECKED_META`]).
fn checked_digest() -> Option<String> {
    crate::ui::page::browser::meta(CHECKED_META)?.get_attribute("content")
}

/// Whether a newer dataset load ([`begin_load`]) aborts a fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Supersede {
    /// A dataset's fetch: a newer load aborts it.
    ByNewerLoad,
    /// Anything else (the index, the methodology page): only its timeout ends it.
    Never,
}

/// Where a fetch's answer may come from once the browser has followed
/// redirects.
#[derive(Debug, Clone, Copy)]
enum Redirects<'a> {
    /// Wherever the browser lets the page read: the deployer's own files
    /// (the index, the bundled datasets, the methodology pages).
    Followed,
    /// Only where `?data=` itself may point ([`check_final`]): a redirect
    /// elsewhere is refused before the body is read.
    Checked {
        /// The page's own origin.
        page_origin: &'a str,
        /// The deployer's `allowed_origins`.
        allowed_origins: &'a [String],
    },
}

/// A fetched text and the URL it came from (after redirects).
struct Answer {
    /// The decoded text.
    text: String,
    /// The URL the browser ended at.
    from: String,
}

/// Fetches `url` as text: the timeout covers the whole body, and the size
/// limit counts the (decoded) bytes as they arrive and stops there,
/// whatever the Content-Length says. With [`Supersede::ByNewerLoad`] a
/// newer load aborts it. When the page carries `url` inline (the
/// single-file edition), that text is used.
pub async fn fetch_text(
    url: &str,
    max_bytes: Option<u64>,
    supersede: Supersede,
) -> Result<String, LoadError> {
    fetch_answer(url, max_bytes, supersede, Redirects::Followed)
        .await
        .map(|answer| answer.text)
}

/// [`fetch_text`], with the rule for where the answer may come from.
async fn fetch_answer(
    url: &str,
    max_bytes: Option<u64>,
    supersede: Supersede,
    redirects: Redirects<'_>,
) -> Result<Answer, LoadError> {
    if let Some(text) = standalone::inline_file(url) {
        return match max_bytes {
            Some(max) if text.len() as u64 > max => Err(LoadError::TooLarge {
                name: url.into(),
                bytes: text.len() as u64,
            }),
            _ => Ok(Answer {
                text,
                from: url.into(),
            }),
        };
    }
    let controller = web_sys::AbortController::new().ok();
    if supersede == Supersede::ByNewerLoad {
        IN_FLIGHT.with(|f| *f.borrow_mut() = controller.clone());
    }
    let timer = controller.as_ref().and_then(|c| {
        let c = c.clone();
        let abort = wasm_bindgen::closure::Closure::once_into_js(move || c.abort());
        crate::ui::page::browser::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                abort.unchecked_ref(),
                FETCH_TIMEOUT_MS,
            )
            .ok()
    });
    let signal = controller.as_ref().map(|c| c.signal());
    let result = fetch_bytes(url, signal.as_ref(), max_bytes, redirects).await;
    if let (Some(window), Some(timer)) = (crate::ui::page::browser::window(), timer) {
        window.clear_timeout_with_handle(timer);
    }
    let (bytes, from) = result.map_err(|error| match error {
        LoadError::Network { .. } if signal.as_ref().is_some_and(|s| s.aborted()) => {
            LoadError::Timeout { url: url.into() }
        }
        other => other,
    })?;
    // The same decoding as a local file: UTF-8 or UTF-16, BOM or not.
    let text = decode_text(&bytes).map_err(|error| LoadError::Parse {
        name: from.clone(),
        error,
    })?;
    Ok(Answer { text, from })
}

/// The request and its body, read chunk by chunk up to `max_bytes`, and
/// the URL the answer came from: checked by `redirects` before the body
/// is read.
async fn fetch_bytes(
    url: &str,
    signal: Option<&web_sys::AbortSignal>,
    max_bytes: Option<u64>,
    redirects: Redirects<'_>,
) -> Result<(Vec<u8>, String), LoadError> {
    let network = |e: String| LoadError::Network {
        url: url.into(),
        message: e,
    };
    let response = Request::get(url)
        .abort_signal(signal)
        .send()
        .await
        .map_err(|e| network(e.to_string()))?;
    let from = if response.redirected() {
        response.url()
    } else {
        url.to_string()
    };
    if let Redirects::Checked {
        page_origin,
        allowed_origins,
    } = redirects
    {
        check_final(url, &from, page_origin, allowed_origins).map_err(LoadError::Source)?;
    }
    if !response.ok() {
        return Err(LoadError::Status {
            url: url.into(),
            status: response.status(),
        });
    }
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|v| v.parse::<u64>().ok());
    if let (Some(bytes), Some(max)) = (declared, max_bytes) {
        if bytes > max {
            return Err(LoadError::TooLarge {
                name: url.into(),
                bytes,
            });
        }
    }
    let Some(body) = response.body() else {
        return Ok((Vec::new(), from));
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes: Vec<u8> = Vec::new();
    loop {
        let chunk = wasm_bindgen_futures::JsFuture::from(reader.read())
            .await
            .map_err(|e| network(error_text(&e, &format!("{e:?}"))))?;
        let field = |name: &str| js_sys::Reflect::get(&chunk, &name.into()).ok();
        if field("done").and_then(|d| d.as_bool()).unwrap_or(true) {
            return Ok((bytes, from));
        }
        let array = js_sys::Uint8Array::new(&field("value").unwrap_or_default());
        let total = bytes.len() as u64 + u64::from(array.length());
        if max_bytes.is_some_and(|max| total > max) {
            let _ = reader.cancel();
            return Err(LoadError::TooLarge {
                name: url.into(),
                bytes: total,
            });
        }
        let start = bytes.len();
        bytes.resize(start + array.length() as usize, 0);
        array.copy_to(&mut bytes[start..]);
    }
}

/// The bundled index, and why it could not be used if it could not: then
/// the built-in default (FY2022), so the bundled report still opens, and
/// the UI says what went wrong with the deployer's index.
pub async fn fetch_index() -> (DatasetIndex, Option<String>) {
    let fallback = || DatasetIndex {
        default: "fy2022".into(),
        datasets: vec![IndexEntry {
            id: "fy2022".into(),
            label: "令和4年度（2022年度）の進捗状況".into(),
            label_en: "Progress in FY2022".into(),
            url: "data/fy2022.json".into(),
        }],
        allowed_origins: vec![],
    };
    match fetch_text(INDEX_URL, Some(MAX_DATASET_BYTES), Supersede::Never).await {
        Ok(text) => match serde_json::from_str(&text) {
            Ok(index) => (index, None),
            Err(e) => (
                fallback(),
                Some(format!("{INDEX_URL} is not a valid dataset index: {e}")),
            ),
        },
        Err(e) => (fallback(), Some(e.to_string())),
    }
}

/// `?data=` as the browser's URL parser resolves it against the page
/// (`new URL(value, location.href).href`): the URL that is checked and fetched.
fn resolve_data_url(value: &str) -> Result<String, LoadError> {
    let base = crate::ui::page::browser::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    web_sys::Url::new_with_base(value, &base)
        .map(|url| url.href())
        .map_err(|_| LoadError::Source(SourceError::BadUrl(value.to_string())))
}

/// The page's own origin (`https://intranet.example`).
fn page_origin() -> String {
    crate::ui::page::browser::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Loads the dataset the page's URL asks for (or the default). The
/// single-file edition refuses `?data=`. A `?data=` URL is checked before
/// it is fetched and again where the browser's fetch ended (redirects),
/// and the banner names where the data came from.
pub async fn load_initial(index: &DatasetIndex, params: &Params) -> Result<Loaded, LoadError> {
    let data = params.get("data").filter(|v| !v.trim().is_empty());
    load_named(
        index,
        params.get("dataset"),
        data,
        "data",
        Supersede::ByNewerLoad,
    )
    .await
}

/// Loads the report `?compare=` names, to compare with the one shown: the
/// id of a bundled dataset, or else a URL under exactly the rules of
/// `?data=` (the page's origin or `allowed_origins`, checked before the
/// fetch and where it ended, the same size limit); the single-file
/// edition loads bundled ids only. A newer dataset load does not abort it.
pub async fn load_compare(index: &DatasetIndex, value: &str) -> Result<Loaded, LoadError> {
    let value = value.trim();
    if index.datasets.iter().any(|e| e.id == value) {
        load_named(index, Some(value), None, "compare", Supersede::Never).await
    } else {
        load_named(index, None, Some(value), "compare", Supersede::Never).await
    }
}

/// Loads the bundled dataset `dataset` (the default when `None`) or, when
/// given, the URL `data` (the value of `key`, `data` or `compare`).
async fn load_named(
    index: &DatasetIndex,
    dataset: Option<&str>,
    data: Option<&str>,
    key: &'static str,
    supersede: Supersede,
) -> Result<Loaded, LoadError> {
    let page_origin = page_origin();
    if let Some(value) = data {
        if standalone::is_standalone(INDEX_URL) {
            return Err(LoadError::NoLinks {
                key,
                value: value.into(),
            });
        }
    }
    let data_href = data.map(resolve_data_url).transpose()?;
    let source =
        resolve(index, dataset, data_href.as_deref(), &page_origin).map_err(LoadError::Source)?;
    match &source {
        DatasetSource::Bundled { id, url } => {
            let entry = index
                .datasets
                .iter()
                .find(|e| &e.id == id)
                .cloned()
                .expect("resolved from the index");
            let origin = Origin::Bundled(entry);
            let text = fetch_text(url, limit(&origin), supersede).await?;
            let checks = checks_for(&text, checked_digest().as_deref());
            from_text(url, &text, origin, checks)
        }
        DatasetSource::External { url } => {
            let redirects = Redirects::Checked {
                page_origin: &page_origin,
                allowed_origins: &index.allowed_origins,
            };
            let max_bytes = limit(&Origin::Url(url.clone()));
            let answer = fetch_answer(url, max_bytes, supersede, redirects).await?;
            from_text(
                &answer.from,
                &answer.text,
                Origin::Url(answer.from.clone()),
                Checks::Run,
            )
        }
    }
}

/// Reads a local file chosen or dropped by the user: a JSON dataset, or an
/// Excel workbook (an `.xlsx` name or a zip's first bytes), which the
/// workbook module reads; `progress` is told each step of that.
pub async fn load_file(file: web_sys::File, progress: impl Fn(Words)) -> Result<Loaded, LoadError> {
    let name = file.name();
    let bytes = file.size() as u64;
    if bytes > MAX_DATASET_BYTES {
        return Err(LoadError::TooLarge { name, bytes });
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| LoadError::Network {
            url: name.clone(),
            message: format!("{e:?}"),
        })?;
    let array = js_sys::Uint8Array::new(&buffer);
    let head = array.subarray(0, 4).to_vec();
    if is_workbook(&name, &head) {
        return load_workbook(name, &array, progress).await;
    }
    // The same decoding as a fetched URL: UTF-8 or UTF-16, BOM or not.
    let text = decode_text(&array.to_vec()).map_err(|error| LoadError::Parse {
        name: name.clone(),
        error,
    })?;
    from_text(&name, &text, Origin::File(name.clone()), Checks::Run)
}

/// A workbook's bytes read by the workbook module, and the dataset it
/// builds parsed and validated as a JSON file's text is; its problems are
/// listed at their sheets and cells. Nothing is loaded while there are errors.
async fn load_workbook(
    name: String,
    bytes: &js_sys::Uint8Array,
    progress: impl Fn(Words),
) -> Result<Loaded, LoadError> {
    if !workbook::available() {
        return Err(LoadError::NoWorkbooks { name });
    }
    let answer = workbook::import_xlsx(bytes, progress)
        .await
        .map_err(|error| LoadError::Module {
            name: name.clone(),
            error,
        })?;
    let refused = answer
        .problems
        .iter()
        .any(|p| p.severity == Severity::Error);
    let Some(text) = answer.dataset.filter(|_| !refused) else {
        return Err(LoadError::Workbook {
            name,
            problems: answer.problems,
        });
    };
    let loaded = from_text(&name, &text, Origin::File(name.clone()), Checks::Run)?;
    Ok(Loaded {
        warnings: Problems::AtCells(answer.problems),
        ..loaded
    })
}
