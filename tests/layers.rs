//! The architecture as the code must keep it: the core never touches the
//! DOM or Leptos; the core's layers only import downwards (`present` →
//! `select` → `engine` → `dataset` → `text`), and so do the browser side's
//! (`app` → `viewer` → `views` → `chart` → `widgets` → `page`); lists of
//! views and fetched values go through their one wrapper each.

use std::fs;
use std::path::{Path, PathBuf};

/// The browser side's layers, top first.
const LAYERS: [&str; 6] = ["app", "viewer", "views", "chart", "widgets", "page"];

/// The core's layers, top first.
const CORE_LAYERS: [&str; 5] = ["present", "select", "engine", "dataset", "text"];

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The layer a file under `src/ui/` belongs to (`None` for `ui/mod.rs`).
fn layer_of(path: &Path) -> Option<usize> {
    let rel = path.strip_prefix("src/ui").unwrap();
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.trim_end_matches(".rs");
    LAYERS.iter().position(|l| *l == name)
}

#[test]
fn ui_layers_import_only_downwards() {
    let mut wrong = Vec::new();
    for path in rust_files(Path::new("src/ui")) {
        let Some(own) = layer_of(&path) else { continue };
        let text = fs::read_to_string(&path).unwrap();
        // In `app.rs` and `viewer.rs`, `super::` is `crate::ui::`.
        let top = path.parent() == Some(Path::new("src/ui"));
        for (n, line) in text.lines().enumerate() {
            let line = if top {
                line.replace("super::", "crate::ui::")
            } else {
                line.to_string()
            };
            let line = line.as_str();
            let at = || format!("{}:{}: {}", path.display(), n + 1, line.trim());
            // Only the layers' own paths are checked below: a grouped
            // `crate::ui::{…}`, anything kept in `ui/mod.rs` (which sits
            // above `app`) or a `super::super::` path would slip past.
            for (i, _) in line.match_indices("crate::ui::") {
                let rest = &line[i + "crate::ui::".len()..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !LAYERS.contains(&name.as_str()) {
                    wrong.push(format!("{} (not a layer's path)", at()));
                }
            }
            if line.contains("super::super::") {
                wrong.push(format!("{} (super::super:: hides the layer)", at()));
            }
            for (i, layer) in LAYERS.iter().enumerate() {
                let used = line.contains(&format!("crate::ui::{layer}::"))
                    || line.contains(&format!("crate::ui::{layer};"))
                    || line.contains(&format!("crate::ui::{layer}}}"));
                if used && i < own {
                    wrong.push(at());
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports from a layer above:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_ui_file_is_in_a_layer() {
    for path in rust_files(Path::new("src/ui")) {
        if path != Path::new("src/ui/mod.rs") {
            assert!(
                layer_of(&path).is_some(),
                "{} is in no layer",
                path.display()
            );
        }
    }
}

#[test]
fn the_core_has_no_dom_and_no_leptos() {
    for path in rust_files(Path::new("src/core")) {
        let text = fs::read_to_string(&path).unwrap();
        for word in ["leptos", "web_sys", "wasm_bindgen::", "crate::ui"] {
            assert!(
                !text.contains(word),
                "{} mentions {word}: the core must stay testable natively",
                path.display()
            );
        }
    }
}

/// The core layer a file under `src/core/` belongs to (`None` for
/// `core/mod.rs`).
fn core_layer_of(path: &Path) -> Option<usize> {
    let rel = path.strip_prefix("src/core").unwrap();
    let mut parts = rel.components();
    let first = parts.next()?.as_os_str().to_str()?;
    parts.next()?;
    CORE_LAYERS.iter().position(|l| *l == first)
}

#[test]
fn core_layers_import_only_downwards() {
    let mut wrong = Vec::new();
    for path in rust_files(Path::new("src/core")) {
        let Some(own) = core_layer_of(&path) else {
            continue;
        };
        let text = fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let at = || format!("{}:{}: {}", path.display(), n + 1, line.trim());
            if line.contains("super::super::") {
                wrong.push(format!("{} (super::super:: hides the layer)", at()));
            }
            for (i, _) in line.match_indices("crate::core::") {
                let rest = &line[i + "crate::core::".len()..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                match CORE_LAYERS.iter().position(|l| *l == name) {
                    None => wrong.push(format!("{} (not a layer's path)", at())),
                    Some(layer) if layer < own => wrong.push(format!("{} (a layer above)", at())),
                    Some(_) => {}
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "core imports from a layer above:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_core_file_is_in_a_layer() {
    for path in rust_files(Path::new("src/core")) {
        if path != Path::new("src/core/mod.rs") {
            assert!(
                core_layer_of(&path).is_some(),
                "{} is in no layer of the core",
                path.display()
            );
        }
    }
}

/// The view a file under `src/ui/views/` belongs to (`views/kpis/rows.rs`
/// is `kpis`, `views/ministry.rs` is `ministry`).
fn view_of(path: &Path) -> Option<String> {
    let rel = path.strip_prefix("src/ui/views").ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    (first != "mod.rs").then(|| first.trim_end_matches(".rs").to_string())
}

#[test]
fn views_do_not_import_from_each_other() {
    let mut wrong = Vec::new();
    for path in rust_files(Path::new("src/ui/views")) {
        let Some(own) = view_of(&path) else { continue };
        let text = fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            for (i, _) in line.match_indices("crate::ui::views::") {
                let other: String = line[i + "crate::ui::views::".len()..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if other != own {
                    wrong.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "views importing another view:\n{}",
        wrong.join("\n")
    );
}

/// Each piece of Leptos machinery the wasm carries once is reached only
/// through its one wrapper (ARCHITECTURE.md, "Invariants"): a new direct
/// use compiles the machinery again for its own types.
#[test]
fn leptos_lists_and_fetches_go_through_their_one_wrapper() {
    let wrappers = [
        ("collect_view(", "src/ui/widgets/listed.rs"),
        ("<For ", "src/ui/widgets/keyed.rs"),
        ("LocalResource", "src/ui/page/fetched.rs"),
    ];
    let mut wrong = Vec::new();
    for path in rust_files(Path::new("src/ui")) {
        let text = fs::read_to_string(&path).unwrap();
        for (use_of, wrapper) in wrappers {
            let code = text.lines().filter(|l| !l.trim_start().starts_with("//"));
            if path != Path::new(wrapper) && code.clone().any(|l| l.contains(use_of)) {
                wrong.push(format!("{} uses {use_of} (use {wrapper})", path.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
