//! Text search that ignores full-width/half-width and case differences.

use unicode_normalization::UnicodeNormalization;

/// NFKC-normalised, lower-cased text: `ＰＯＣ` and `poc` both become `poc`.
pub fn fold(text: &str) -> String {
    text.nfkc().flat_map(char::to_lowercase).collect()
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

    /// Whether every term occurs in at least one of `texts`.
    pub fn matches<'t>(&self, texts: impl IntoIterator<Item = &'t str>) -> bool {
        if self.is_empty() {
            return true;
        }
        let folded: Vec<String> = texts.into_iter().map(fold).collect();
        self.terms
            .iter()
            .all(|term| folded.iter().any(|text| text.contains(term.as_str())))
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
    fn every_term_must_match_somewhere() {
        let s = Search::new("ｐｏｃ　遺伝子");
        assert!(s.matches(["非臨床POCの取得", "うち遺伝子治療"]));
        assert!(!s.matches(["非臨床POCの取得"]));
        assert!(Search::new("  ").matches(["anything"]));
        assert!(Search::new("").is_empty());
    }
}
