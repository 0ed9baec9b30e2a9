//! The Excel workbook module (`dist/workbook/`, built by `make workbook`
//! from `src/bin/workbook.rs`): fetched only when the user exports or opens
//! a workbook, never on the viewer's first load, by a small classic script
//! beside it (`docs/load-workbook.js`) that imports it. The single-file
//! edition carries no module and may fetch nothing: there it is
//! unavailable.

use std::cell::{Cell, RefCell};
use std::fmt;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::core::dataset::problem::{CellProblem, ImportAnswer, Severity};
use crate::core::dataset::source::INDEX_URL;
use crate::core::present::vocab::{self, words, Words};
use crate::core::text::lang::Lang;
use crate::ui::page::browser::{add_script, error_text, next_paint};
use crate::ui::page::standalone;

/// The module's loader, relative to the page.
const LOADER_URL: &str = "workbook/load-workbook.js";

/// What the loader defines on `window`.
const LOADER_FUNCTION: &str = "shinchokuWorkbook";

/// Said while the module writes a workbook.
const WRITING: Words = words("Excelファイルを作っています…", "Writing the workbook…");

/// Said while the module reads and checks a workbook.
const READING: Words = words(
    "ブックを読み込んで確かめています…",
    "Reading and checking the workbook…",
);

/// Why the single-file edition offers no Excel workbooks.
pub const UNAVAILABLE: Words = words(
    "単一ファイル版では Excel ブックの書き出し・読み込みはできません。サーバーに置いた版（dist/）で使ってください。",
    "The single-file edition cannot export or open Excel workbooks: use the copy served from a web server (dist/).",
);

thread_local! {
    /// The loader script's load, shared by every use; forgotten when it fails.
    static LOADER: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
    /// Which copy of the module to use: the next one after a copy stopped.
    static INSTANCE: Cell<u32> = const { Cell::new(0) };
}

/// Whether this page can use the module: not the single-file edition.
pub fn available() -> bool {
    !standalone::is_standalone(INDEX_URL)
}

/// Why the module could not do what it was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModuleError {
    /// It could not be fetched or started (not deployed with the viewer,
    /// blocked, offline): what the browser said.
    NotLoaded(String),
    /// It refused the work, in its own words.
    Refused {
        /// Japanese.
        ja: String,
        /// English.
        en: String,
    },
    /// It stopped while working (it ran out of memory, say): what the
    /// browser said. The next use starts a fresh copy.
    Stopped(String),
}

impl ModuleError {
    /// What went wrong, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::NotLoaded(why), Lang::Ja) => {
                format!("Excel用の機能（workbook/）を読み込めませんでした: {why}")
            }
            (Self::NotLoaded(why), Lang::En) => {
                format!("The Excel module (workbook/) could not be loaded: {why}")
            }
            (Self::Refused { ja, en }, _) => lang.pick(ja, en).to_string(),
            (Self::Stopped(why), Lang::Ja) => format!(
                "Excel用の機能が途中で止まりました: {why}（もう一度試すと、新しく読み込み直します）"
            ),
            (Self::Stopped(why), Lang::En) => {
                format!("The Excel module stopped: {why} (trying again starts a fresh copy of it)")
            }
        }
    }
}

impl fmt::Display for ModuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// The loader's function, once it has run.
fn loader() -> Option<js_sys::Function> {
    let window = crate::ui::page::browser::window()?;
    js_sys::Reflect::get(&window, &LOADER_FUNCTION.into())
        .ok()?
        .dyn_into()
        .ok()
}

/// The module's exports: the loader is added to the page the first time,
/// and the module imported and started by it.
async fn module() -> Result<JsValue, ModuleError> {
    if loader().is_none() {
        let load = LOADER.with(|l| {
            l.borrow_mut()
                .get_or_insert_with(|| add_script(LOADER_URL))
                .clone()
        });
        if JsFuture::from(load).await.is_err() {
            // The next use tries again (the file may be deployed by then).
            LOADER.with(|l| l.borrow_mut().take());
            return Err(ModuleError::NotLoaded(format!(
                "{LOADER_URL} could not be loaded"
            )));
        }
    }
    let not_loaded = |e: JsValue| ModuleError::NotLoaded(error_text(&e, "unknown error"));
    let load = loader()
        .ok_or_else(|| ModuleError::NotLoaded(format!("{LOADER_URL} defined no loader")))?;
    let started = load
        .call1(&JsValue::NULL, &INSTANCE.with(Cell::get).into())
        .map_err(not_loaded)?;
    JsFuture::from(js_sys::Promise::resolve(&started))
        .await
        .map_err(not_loaded)
}

/// Calls the module's function `name` with `argument`. A throw that is not
/// the module's own refusal (an `Error` with `ja` and `en`) means it
/// stopped: its copy is not used again.
fn call(module: &JsValue, name: &str, argument: &JsValue) -> Result<JsValue, ModuleError> {
    let function: js_sys::Function = js_sys::Reflect::get(module, &name.into())
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or_else(|| ModuleError::NotLoaded(format!("the module has no {name}")))?;
    function.call1(&JsValue::NULL, argument).map_err(|e| {
        let words = |key: &str| {
            js_sys::Reflect::get(&e, &key.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        match (words("ja"), words("en")) {
            (Some(ja), Some(en)) => ModuleError::Refused { ja, en },
            _ => {
                INSTANCE.with(|n| n.set(n.get() + 1));
                ModuleError::Stopped(error_text(&e, "unknown error"))
            }
        }
    })
}

/// The dataset (JSON text) as an `.xlsx` workbook's bytes. `progress` is
/// told each step; the work starts once the step is on screen.
pub async fn export_xlsx(
    dataset_json: &str,
    progress: impl Fn(Words),
) -> Result<js_sys::Uint8Array, ModuleError> {
    progress(vocab::LOADING_WORKBOOK_MODULE);
    let module = module().await?;
    progress(WRITING);
    next_paint().await;
    let bytes = call(&module, "export_xlsx", &dataset_json.into())?;
    bytes
        .dyn_into()
        .map_err(|_| ModuleError::Stopped("export_xlsx gave no bytes".into()))
}

/// A workbook's bytes read and checked by the module. `progress` is told
/// each step; the work starts once the step is on screen.
pub async fn import_xlsx(
    bytes: &js_sys::Uint8Array,
    progress: impl Fn(Words),
) -> Result<ImportAnswer, ModuleError> {
    progress(vocab::LOADING_WORKBOOK_MODULE);
    let module = module().await?;
    progress(READING);
    next_paint().await;
    let answer = call(&module, "import_xlsx", bytes)?;
    read_answer(&answer)
        .ok_or_else(|| ModuleError::Stopped("import_xlsx gave an answer not understood".into()))
}

/// The module's answer to an import, an object in the form of
/// [`ImportAnswer`]'s JSON, read field by field (the viewer carries no
/// serde deserializer for it: `tests/workbook.rs` holds the module to the
/// form).
fn read_answer(answer: &JsValue) -> Option<ImportAnswer> {
    let get = |object: &JsValue, key: &str| js_sys::Reflect::get(object, &key.into()).ok();
    let text = |object: &JsValue, key: &str| get(object, key).and_then(|v| v.as_string());
    let problems: js_sys::Array = get(answer, "problems")?.dyn_into().ok()?;
    let problems = problems
        .iter()
        .map(|p| {
            Some(CellProblem {
                sheet: text(&p, "sheet"),
                cell: text(&p, "cell"),
                severity: match text(&p, "severity")?.as_str() {
                    "error" => Severity::Error,
                    "warning" => Severity::Warning,
                    _ => return None,
                },
                ja: text(&p, "ja")?,
                en: text(&p, "en")?,
                path: text(&p, "path"),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(ImportAnswer {
        dataset: text(answer, "dataset"),
        problems,
    })
}
