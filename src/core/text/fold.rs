//! Text search that ignores full-width/half-width and case differences.
//!
//! Folding is Unicode NFKC followed by lower-casing each character
//! (`char::to_lowercase`). Natively NFKC comes from the
//! `unicode-normalization` crate; in the browser NFKC and lower-casing both
//! come from JavaScript (`String.prototype.normalize("NFKC")` and
//! `toLowerCase`), which every browser ships with the same Unicode tables,
//! so the wasm carries none of its own. This is the core's one call into
//! JavaScript, and it is not DOM code.

/// NFKC-normalised, lower-cased text: `ＰＯＣ` and `poc` both become `poc`.
pub fn fold(text: &str) -> String {
    nfkc_lower(text)
}

/// [`fold`] for many texts at once (in the browser: one call to
/// JavaScript for all of them, which matters for 100,000 texts).
pub fn fold_many(texts: &[String]) -> Vec<String> {
    // A separator that NFKC leaves alone; texts holding it are folded one by one.
    const SEPARATOR: char = '\u{1F}';
    if texts.len() < 2 || texts.iter().any(|t| t.contains(SEPARATOR)) {
        return texts.iter().map(|t| fold(t)).collect();
    }
    let joined = texts.join(&SEPARATOR.to_string());
    let folded = fold(&joined);
    let parts: Vec<String> = folded.split(SEPARATOR).map(str::to_string).collect();
    if parts.len() == texts.len() {
        parts
    } else {
        texts.iter().map(|t| fold(t)).collect()
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn nfkc_lower(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfkc().flat_map(char::to_lowercase).collect()
}

/// JavaScript's `toLowerCase` is Unicode's full lower-casing of each
/// character, as `char::to_lowercase`, but for one rule: a capital sigma
/// at the end of a word becomes `ς`, where `char::to_lowercase` always
/// writes `σ`. Every `Σ` becomes `σ` first, so the two agree (tests/browser.rs,
/// every code point).
#[cfg(target_arch = "wasm32")]
fn nfkc_lower(text: &str) -> String {
    js_sys::JsString::from(text)
        .normalize("NFKC")
        .replace_all("Σ", "σ")
        .to_lower_case()
        .into()
}

/// Whether `c` shows nothing by itself: whitespace (including NBSP and the
/// full-width space U+3000), control characters, zero-width and other
/// default-ignorable characters (U+200B–U+200D, U+2060–U+206F, the BOM
/// U+FEFF, the soft hyphen, variation selectors, Hangul fillers) and bidi
/// controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF0}'..='\u{FFF8}'
                | '\u{1BCA0}'..='\u{1BCA3}'
                | '\u{1D173}'..='\u{1D17A}'
                | '\u{E0000}'..='\u{E0FFF}'
        )
}

/// `text` cut to at most `max_chars` (≥ 1) characters, the last of them `…`
/// when it was cut (chart axis labels, prose in synthetic copies).
pub fn ellipsize(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_string()
    } else {
        let kept = max_chars.saturating_sub(1);
        text.chars().take(kept).chain(['…']).collect()
    }
}

/// `text` with what would not show made visible, for notices: a leading or
/// trailing space as `␠`, any other [invisible](is_invisible) character
/// (except a space between words) as `<U+200B>`. At most `max_chars`
/// characters of `text` are shown; a longer text ends with `…`.
pub fn visible(text: &str, max_chars: usize) -> String {
    let lead = text.len() - text.trim_start_matches(' ').len();
    let trail = text.trim_end_matches(' ').len();
    let mut out = String::new();
    for (n, (i, c)) in text.char_indices().enumerate() {
        if n == max_chars {
            out.push('…');
            break;
        }
        match c {
            ' ' if i < lead || i >= trail => out.push('␠'),
            ' ' => out.push(' '),
            c if is_invisible(c) => out.push_str(&format!("<U+{:04X}>", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// A search query, folded once and matched against many texts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    terms: Vec<String>,
}

impl Search {
    /// Parses a query; whitespace (including the full-width space) separates
    /// terms, and every term must match.
    pub fn new(query: &str) -> Self {
        Self {
            terms: fold(query).split_whitespace().map(str::to_string).collect(),
        }
    }

    /// Whether the query has no terms (matches everything).
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether every term occurs in `folded`, text already passed through
    /// [`fold`] (several texts joined with newlines).
    pub fn matches_folded(&self, folded: &str) -> bool {
        self.terms.iter().all(|term| folded.contains(term.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_width_and_case() {
        assert_eq!(fold("ＰＯＣ"), "poc");
        assert_eq!(fold("ｶﾞﾝ"), "ガン");
        assert_eq!(fold("１２３件"), "123件");
        assert_eq!(fold("⽤"), "用");
    }

    #[test]
    fn folding_many_equals_folding_each() {
        let texts: Vec<String> = ["ＰＯＣ", "ｶﾞﾝ", "", "⽤途", "a\u{1F}b", "Ａ"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let each: Vec<String> = texts.iter().map(|t| fold(t)).collect();
        assert_eq!(fold_many(&texts), each);
        assert_eq!(fold_many(&texts[..3]), each[..3]);
        assert_eq!(fold_many(&[]), Vec::<String>::new());
    }

    #[test]
    fn every_term_must_match_somewhere() {
        let s = Search::new("ｐｏｃ　遺伝子");
        assert!(s.matches_folded(&fold("非臨床POCの取得\nうち遺伝子治療")));
        assert!(!s.matches_folded(&fold("非臨床POCの取得")));
        assert!(Search::new("  ").matches_folded("anything"));
        assert!(Search::new("").is_empty());
    }
}
