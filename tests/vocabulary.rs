//! Each label is typed in one place: a Japanese string literal appears
//! once in `src/` (outside unit tests). A label shown in two places comes
//! from `core::present::vocab`, so the table, the filters, the exports and
//! the printout cannot word it two ways. (Every label has Japanese words,
//! so the Japanese literals find every label typed twice.)

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

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

/// The string literals of one line of code (escapes kept as written).
fn literals(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find('"') {
        let body = &rest[start + 1..];
        let mut end = None;
        let mut escaped = false;
        for (i, c) in body.char_indices() {
            match c {
                '\\' if !escaped => escaped = true,
                '"' if !escaped => {
                    end = Some(i);
                    break;
                }
                _ => escaped = false,
            }
        }
        let Some(end) = end else { break };
        out.push(&body[..end]);
        rest = &body[end + 1..];
    }
    out
}

fn is_japanese(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}')
    })
}

#[test]
fn every_japanese_label_is_typed_once() {
    let mut seen: HashMap<String, Vec<String>> = HashMap::new();
    for path in rust_files(Path::new("src")) {
        let text = fs::read_to_string(&path).unwrap();
        // Unit tests at the end of a file may repeat what they check.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (n, line) in code.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for literal in literals(line).into_iter().filter(|l| is_japanese(l)) {
                seen.entry(literal.to_string()).or_default().push(format!(
                    "{}:{}",
                    path.display(),
                    n + 1
                ));
            }
        }
    }
    let mut twice: Vec<String> = seen
        .into_iter()
        .filter(|(_, places)| places.len() > 1)
        .map(|(label, places)| format!("{label:?} at {}", places.join(", ")))
        .collect();
    twice.sort();
    assert!(
        twice.is_empty(),
        "labels typed more than once (give them one home in core::present::vocab):\n{}",
        twice.join("\n")
    );
}
