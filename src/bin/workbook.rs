//! The workbook module: the Excel round trip of `shinchoku::workbook`.
//!
//! In the browser (wasm32, built by `make workbook` into `dist/workbook/`),
//! a wasm-bindgen module the viewer loads only when the user exports or
//! imports a workbook:
//!
//! * `export_xlsx(dataset_json: string): Uint8Array` — throws an `Error`
//!   whose `ja` and `en` properties say why (the message is the English);
//! * `import_xlsx(bytes: Uint8Array): { dataset: string | null, problems:
//!   [{ sheet, cell, severity: "error" | "warning", ja, en, path }] }` —
//!   `dataset` is the dataset as JSON text, `null` while there are errors.
//!
//! Natively, a small command line for tests and scripts:
//! `workbook --export data/fy2022.json out.xlsx`,
//! `workbook --import in.xlsx out.json` (problems to stderr; exit 1 on
//! errors), `workbook --import-json in.xlsx` (what `import_xlsx` gives, to stdout).

use shinchoku::core::dataset::problem::ImportAnswer;
use shinchoku::workbook::{from_xlsx, Imported};

/// The import's result as the JSON the module and the command line give.
fn imported_json(imported: Imported) -> serde_json::Value {
    let answer = ImportAnswer {
        dataset: imported
            .dataset
            .map(|d| serde_json::to_string_pretty(&d).expect("a dataset serialises")),
        problems: imported.problems,
    };
    serde_json::to_value(answer).expect("an answer serialises")
}

/// Imports a workbook's bytes; see the module's documentation.
fn import(bytes: &[u8]) -> serde_json::Value {
    imported_json(from_xlsx(bytes))
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use shinchoku::core::dataset::parse::parse_dataset;
    use shinchoku::workbook::to_xlsx;
    use wasm_bindgen::prelude::*;

    /// A JS `Error` with the message in English, and `ja` / `en` properties.
    fn error(ja: &str, en: &str) -> JsValue {
        let e = js_sys::Error::new(en);
        // Setting a property on a fresh Error cannot fail.
        let _ = js_sys::Reflect::set(&e, &"ja".into(), &ja.into());
        let _ = js_sys::Reflect::set(&e, &"en".into(), &en.into());
        e.into()
    }

    /// The dataset (JSON text) as an `.xlsx` workbook's bytes.
    #[wasm_bindgen]
    pub fn export_xlsx(dataset_json: &str) -> Result<Vec<u8>, JsValue> {
        let dataset = parse_dataset(dataset_json).map_err(|e| {
            let en = e.to_string();
            error(&format!("データを読めません: {en}"), &en)
        })?;
        to_xlsx(&dataset).map_err(|e| error(&e.ja(), &e.en()))
    }

    /// An `.xlsx` workbook's bytes read back: `{ dataset, problems }`.
    #[wasm_bindgen]
    pub fn import_xlsx(bytes: &[u8]) -> JsValue {
        let json = super::import(bytes).to_string();
        js_sys::JSON::parse(&json).expect("serde_json writes valid JSON")
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use std::process::ExitCode;

    use shinchoku::core::dataset::parse::{decode_text, parse_dataset};
    use shinchoku::core::text::lang::Lang;
    use shinchoku::workbook::to_xlsx;

    const USAGE: &str = "usage: workbook --export DATASET.json OUT.xlsx | --import IN.xlsx OUT.json | --import-json IN.xlsx";

    fn run(args: &[String]) -> Result<ExitCode, String> {
        let read = |path: &str| std::fs::read(path).map_err(|e| format!("{path}: {e}"));
        let write = |path: &str, bytes: &[u8]| {
            std::fs::write(path, bytes).map_err(|e| format!("{path}: {e}"))
        };
        match args {
            [flag, input, output] if flag == "--export" => {
                let text = decode_text(&read(input)?).map_err(|e| format!("{input}: {e}"))?;
                let dataset = parse_dataset(&text).map_err(|e| format!("{input}: {e}"))?;
                write(output, &to_xlsx(&dataset).map_err(|e| e.to_string())?)?;
                Ok(ExitCode::SUCCESS)
            }
            [flag, input, output] if flag == "--import" => {
                let imported = from_xlsx(&read(input)?);
                for problem in &imported.problems {
                    eprintln!("{}", problem.describe(Lang::En));
                }
                let Some(dataset) = &imported.dataset else {
                    return Ok(ExitCode::FAILURE);
                };
                let json = serde_json::to_string_pretty(dataset).map_err(|e| e.to_string())?;
                write(output, (json + "\n").as_bytes())?;
                Ok(ExitCode::SUCCESS)
            }
            [flag, input] if flag == "--import-json" => {
                println!("{}", import(&read(input)?));
                Ok(ExitCode::SUCCESS)
            }
            _ => Err(USAGE.into()),
        }
    }

    let args: Vec<String> = std::env::args().skip(1).collect();
    run(&args).unwrap_or_else(|e| {
        eprintln!("workbook: {e}");
        ExitCode::from(2)
    })
}
