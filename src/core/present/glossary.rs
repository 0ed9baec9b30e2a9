//! The report's terms explained: where the report defines a term, its own
//! words; otherwise ours, marked as ours. Shown on hover or tap where the
//! term appears, and listed on the methodology page.

use crate::core::dataset::ledger::REPEATED;
use crate::core::dataset::model::Report;
use crate::core::present::vocab;
use crate::core::text::lang::Lang;

/// One of our terms: the report uses it without defining it, so its
/// meaning is ours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// Stable id (`term-poc`), for links and popovers.
    pub id: &'static str,
    /// The term as the report writes it.
    pub ja: &'static str,
    /// The term in English.
    pub en: &'static str,
    /// The meaning, in Japanese.
    pub meaning_ja: &'static str,
    /// The meaning, in English.
    pub meaning_en: &'static str,
}

/// A term as the reader sees it explained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explained {
    /// Stable id (`term-poc`).
    pub id: &'static str,
    /// The term in the reader's language.
    pub name: String,
    /// Its meaning: the report's words (Japanese, as printed) where the
    /// report defines it, else ours in the reader's language.
    pub meaning: String,
    /// Whether the meaning is the report's own (printed Japanese).
    pub the_reports: bool,
    /// Whose words the meaning is: 報告書の定義 or 本ビューアによる説明.
    pub source: &'static str,
}

impl Term {
    /// The term explained in `lang` (ours).
    pub fn explain(&self, lang: Lang) -> Explained {
        Explained {
            id: self.id,
            name: lang.pick(self.ja, self.en).to_string(),
            meaning: lang.pick(self.meaning_ja, self.meaning_en).to_string(),
            the_reports: false,
            source: lang.pick("本ビューアによる説明", "Our explanation"),
        }
    }
}

/// Whose words the report's own definitions are.
fn reports_words(lang: Lang) -> &'static str {
    lang.pick("報告書の定義", "The report's definition (in Japanese)")
}

/// Every term of `report` explained in `lang`: the report's own
/// definitions first (its note on the KPI tables' figures and its grades,
/// where the dataset has them), then ours.
pub fn glossary(report: &Report, lang: Lang) -> Vec<Explained> {
    let mut out = Vec::new();
    if let Some(note) = &report.figures_note {
        out.push(Explained {
            id: "term-latest",
            name: lang.pick(vocab::LATEST.ja, "Latest figure").to_string(),
            meaning: note.clone(),
            the_reports: true,
            source: reports_words(lang),
        });
    }
    if !report.grades.is_empty() {
        out.push(Explained {
            id: "term-grade",
            name: lang
                .pick("進捗（報告書の評価）", "Progress (the report's grade)")
                .to_string(),
            meaning: report
                .grades
                .iter()
                .map(|g| format!("{}．{}", g.grade.id(), g.ja))
                .collect::<Vec<_>>()
                .join(" "),
            the_reports: true,
            source: reports_words(lang),
        });
    }
    out.extend(TERMS.iter().map(|t| t.explain(lang)));
    out
}

/// Every term, in the order the methodology page lists them.
pub const TERMS: [Term; 11] = [
    Term {
        id: "term-output",
        ja: vocab::OUTPUT.ja,
        en: vocab::OUTPUT.en,
        meaning_ja: "事業の実施によって直接生み出されるもの（採択件数、論文数、取得件数など）を数える指標。",
        meaning_en: "A KPI that counts what the programs directly produce (projects funded, papers, results obtained).",
    },
    Term {
        id: "term-outcome",
        ja: vocab::OUTCOME.ja,
        en: vocab::OUTCOME.en,
        meaning_ja: "事業の成果として生じる変化（企業への導出、薬事承認、実用化など）を数える指標。",
        meaning_en: "A KPI that counts the change the programs lead to (licensing to companies, regulatory approval, practical use).",
    },
    Term {
        id: "term-poc",
        ja: "POC",
        en: "POC (proof of concept)",
        meaning_ja: "概念実証（Proof of Concept）。非臨床POCは動物試験等で、臨床POCはヒトを対象とする試験で、治療効果などの考え方が成り立つことを確かめたことを指す。",
        meaning_en: "Proof of concept: evidence that a treatment idea works, in non-clinical studies (non-clinical POC) or in studies in people (clinical POC).",
    },
    Term {
        id: "term-repeat",
        ja: REPEATED,
        en: "Listed again",
        meaning_ja: "別の箇所に既に記載した事業を再び記載したもの。予算額は最初の記載で数え、再掲では数えない。",
        meaning_en: "A program printed again after it was listed elsewhere; its budget counts where it is first listed, not again.",
    },
    Term {
        id: "term-part-of",
        ja: "内数",
        en: "Part of",
        meaning_ja: "「46億円の内数」のように、記載された額の一部であることを示す。複数の事業が同じ額の内数とされているときは、その額を1回だけ数える。",
        meaning_en: "\"Part of ¥4.6bn\": the program is funded from within that amount; when several programs are part of the same amount, it is counted once.",
    },
    Term {
        id: "term-inhouse",
        ja: vocab::INHOUSE_FUNDS.ja,
        en: "In-house research institutes' funds",
        meaning_ja: "AMEDを通さず、国の研究機関（国立高度専門医療研究センター等）が自ら行う研究開発の経費。",
        meaning_en: "Funds for R&D that national research institutes (such as the national centres) carry out themselves, not through AMED.",
    },
    Term {
        id: "term-basic",
        ja: "基礎研究",
        en: "Basic research",
        meaning_ja: "疾患のしくみや生命現象を明らかにし、新しい治療・診断の種（シーズ）を見いだす段階。",
        meaning_en: "The stage that explains disease and life processes and finds the seeds of new treatments and diagnoses.",
    },
    Term {
        id: "term-applied",
        ja: "応用研究",
        en: "Applied research",
        meaning_ja: "見いだしたシーズを、医薬品・医療機器等の候補に育てる段階。",
        meaning_en: "The stage that turns a seed into a candidate drug, device or therapy.",
    },
    Term {
        id: "term-nonclinical",
        ja: "非臨床",
        en: "Non-clinical",
        meaning_ja: "ヒトに用いる前に、動物試験等で有効性・安全性を確かめる段階。",
        meaning_en: "The stage that tests efficacy and safety before use in people, e.g. in animal studies.",
    },
    Term {
        id: "term-clinical",
        ja: "臨床研究・治験",
        en: "Clinical research / trials",
        meaning_ja: "ヒトを対象に有効性・安全性を確かめる段階。治験は薬事承認を目的とするもの。",
        meaning_en: "The stage that tests efficacy and safety in people; a clinical trial aims at regulatory approval.",
    },
    Term {
        id: "term-practical",
        ja: "実用化",
        en: "Practical use",
        meaning_ja: "薬事承認・市販・医療現場への普及等に至る段階。",
        meaning_en: "The stage of approval, marketing and use in medical practice.",
    },
];

/// The terms of ours that occur in `text` (by their Japanese form), in
/// glossary order.
pub fn terms_in(text: &str) -> Vec<&'static Term> {
    TERMS.iter().filter(|t| text.contains(t.ja)).collect()
}
