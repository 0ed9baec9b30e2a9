//! A word-level difference between two texts, for the report's evaluation
//! texts compared across two reports. Japanese is written without spaces,
//! so a "word" is a run of one script: kanji, hiragana, katakana, Latin
//! letters and digits (half- or full-width), or spaces; every other
//! character (punctuation, brackets) is a word of its own. `令和４年度` is
//! `令和`, `４`, `年度`: a changed year is one changed word.

/// Longest common subsequence tables are built only up to this many cells
/// (words of one text × words of the other, after their common beginning
/// and end are set aside); beyond it the middle is shown as removed and
/// added whole, so no pair of texts can freeze the page.
pub const MAX_CELLS: usize = 1_000_000;

/// What a part of the difference is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// In both texts.
    Same,
    /// Only in the earlier text.
    Removed,
    /// Only in the later text.
    Added,
}

/// A run of words with the same [`Edit`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// In which text it is.
    pub edit: Edit,
    /// The words, joined as written.
    pub text: String,
}

/// The script class of a character, for cutting words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Han,
    Hiragana,
    Katakana,
    Alphanumeric,
    Space,
    /// Punctuation and everything else: one character per word.
    Other,
}

fn script(c: char) -> Script {
    match c {
        '・' => Script::Other,
        '々'
        | '〆'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{f900}'..='\u{faff}' => Script::Han,
        '\u{3041}'..='\u{309f}' => Script::Hiragana,
        'ー' | '\u{30a0}'..='\u{30ff}' | '\u{ff66}'..='\u{ff9f}' => Script::Katakana,
        'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '０'..='９' => Script::Alphanumeric,
        c if c.is_ascii_alphanumeric() => Script::Alphanumeric,
        c if c.is_whitespace() => Script::Space,
        _ => Script::Other,
    }
}

/// The words of `text`, in order; joined they give `text` back.
pub fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut current: Option<Script> = None;
    for (i, c) in text.char_indices() {
        let class = script(c);
        let joins = current == Some(class) && class != Script::Other;
        if !joins && i > start {
            out.push(&text[start..i]);
            start = i;
        }
        current = Some(class);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// The difference from `before` to `after`, word by word: runs of words in
/// both, removed and added, in reading order (a removal before the addition
/// that replaces it). Equal texts give one `Same` part (none when empty).
pub fn diff(before: &str, after: &str) -> Vec<Part> {
    let (a, b) = (words(before), words(after));
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (middle_a, middle_b) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let mut edits: Vec<(Edit, &str)> = a[..prefix].iter().map(|w| (Edit::Same, *w)).collect();
    edits.extend(middle(middle_a, middle_b));
    edits.extend(a[a.len() - suffix..].iter().map(|w| (Edit::Same, *w)));
    let mut parts: Vec<Part> = Vec::new();
    for (edit, word) in edits {
        match parts.last_mut() {
            Some(last) if last.edit == edit => last.text.push_str(word),
            _ => parts.push(Part {
                edit,
                text: word.to_string(),
            }),
        }
    }
    parts
}

/// The edits between two word lists that share no first and no last word:
/// a longest common subsequence when the table fits [`MAX_CELLS`], else all
/// of `a` removed and all of `b` added.
fn middle<'t>(a: &[&'t str], b: &[&'t str]) -> Vec<(Edit, &'t str)> {
    let removed = |words: &[&'t str]| words.iter().map(|w| (Edit::Removed, *w)).collect();
    let added = |words: &[&'t str]| -> Vec<(Edit, &'t str)> {
        words.iter().map(|w| (Edit::Added, *w)).collect()
    };
    if a.is_empty() || b.is_empty() || a.len().saturating_mul(b.len()) > MAX_CELLS {
        let mut out: Vec<(Edit, &str)> = removed(a);
        out.extend(added(b));
        return out;
    }
    // lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
    let width = b.len() + 1;
    let mut lengths = vec![0u32; (a.len() + 1) * width];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lengths[i * width + j] = if a[i] == b[j] {
                lengths[(i + 1) * width + j + 1] + 1
            } else {
                lengths[(i + 1) * width + j].max(lengths[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(a.len() + b.len());
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            out.push((Edit::Same, a[i]));
            i += 1;
            j += 1;
        } else if lengths[(i + 1) * width + j] >= lengths[i * width + j + 1] {
            out.push((Edit::Removed, a[i]));
            i += 1;
        } else {
            out.push((Edit::Added, b[j]));
            j += 1;
        }
    }
    out.extend(removed(&a[i..]));
    out.extend(added(&b[j..]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_runs_of_one_script() {
        assert_eq!(
            words("令和４年度の取組（ＡＭＥＤ）。"),
            [
                "令和",
                "４",
                "年度",
                "の",
                "取組",
                "（",
                "ＡＭＥＤ",
                "）",
                "。"
            ]
        );
        assert_eq!(words("DCT 等"), ["DCT", " ", "等"]);
        assert!(words("").is_empty());
    }

    #[test]
    fn a_changed_year_is_one_changed_word() {
        let parts = diff("2022年度末の実績", "2023年度末の実績");
        assert_eq!(
            parts,
            [
                Part {
                    edit: Edit::Removed,
                    text: "2022".into()
                },
                Part {
                    edit: Edit::Added,
                    text: "2023".into()
                },
                Part {
                    edit: Edit::Same,
                    text: "年度末の実績".into()
                },
            ]
        );
    }
}
