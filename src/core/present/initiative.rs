//! An initiative of the その他 section as the initiatives view shows it:
//! its section, heading and ministries, the plan's text beside the year's
//! actions and results (printed Japanese).

use crate::core::dataset::model::Dataset;
use crate::core::present::capped::DRAW_LIMIT;
use crate::core::present::cite::Citable;
use crate::core::present::names::{ministry_names, Local};
use crate::core::present::vocab;
use crate::core::text::fold::ellipsize;
use crate::core::text::lang::{fy, Lang};

/// What names an initiative wherever it is listed: its section, heading
/// and ministries' marker.
#[derive(Debug, Clone, PartialEq)]
pub struct InitiativeHeading {
    /// Its id.
    pub id: String,
    /// Its section number: 3.1.
    pub section: String,
    /// Its section's title.
    pub section_title: Local,
    /// Its （ｎ） label, if any.
    pub number: Option<String>,
    /// Its heading.
    pub heading: Local,
    /// Its ministries' marker as printed: （文、◎厚）.
    pub marker: String,
    /// Where another initiative has the same heading, its first printed
    /// words (of its results, else its plan), to tell the two apart.
    pub first_words: Option<String>,
}

/// How many characters of an initiative's text tell it apart.
const FIRST_WORDS: usize = 30;

impl InitiativeHeading {
    /// The heading of initiative `index` of the dataset.
    pub fn build(dataset: &Dataset, index: usize, lang: Lang) -> Self {
        let i = &dataset.initiatives[index];
        Self {
            id: i.id.clone(),
            section: i.section.clone(),
            section_title: Local::of(lang, &i.section_title, i.section_title_en.as_deref()),
            number: i.number.clone(),
            heading: Local::of(lang, &i.heading, i.heading_en.as_deref()),
            marker: i.ministries_text.clone(),
            first_words: dataset
                .initiatives
                .iter()
                .enumerate()
                .any(|(j, other)| j != index && other.heading == i.heading)
                .then(|| i.results.first().or(i.plan.first()))
                .flatten()
                .map(|text| {
                    let words = text.trim_start_matches(['•', '・', '○', '〇', '◯', ' ', '　']);
                    ellipsize(words, FIRST_WORDS)
                }),
        }
    }
}

/// The contents of the その他 section: its sections in printed order, each
/// with the headings of the initiatives shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Contents {
    /// The sections that have an initiative shown.
    pub sections: Vec<ContentsSection>,
}

/// One section of the contents.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentsSection {
    /// Its number: 3.1.
    pub section: String,
    /// Its title.
    pub title: Local,
    /// Its initiatives shown, up to [`DRAW_LIMIT`] in all sections.
    pub entries: Vec<InitiativeHeading>,
}

impl Contents {
    /// The contents of the initiatives `shown` (dataset positions, in order).
    pub fn build(dataset: &Dataset, shown: &[usize], lang: Lang) -> Self {
        let mut sections: Vec<ContentsSection> = Vec::new();
        for &i in shown.iter().take(DRAW_LIMIT) {
            let initiative = &dataset.initiatives[i];
            let heading = InitiativeHeading::build(dataset, i, lang);
            match sections.last_mut() {
                Some(s) if s.section == initiative.section => s.entries.push(heading),
                _ => sections.push(ContentsSection {
                    section: initiative.section.clone(),
                    title: heading.section_title.clone(),
                    entries: vec![heading],
                }),
            }
        }
        Self { sections }
    }
}

/// One initiative, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct InitiativeItem {
    /// What names it.
    pub heading: InitiativeHeading,
    /// Its ministries in words: 主担当（◎）: … / 参画: ….
    pub roles: String,
    /// 医療分野研究開発推進計画上の記載, as printed.
    pub plan: Vec<String>,
    /// The heading of the year's actions and results.
    pub results_heading: String,
    /// The year's actions and results, as printed.
    pub results: Vec<String>,
    /// The boxes the report prints after it that belong to no single
    /// initiative, as printed.
    pub boxes_after: Vec<String>,
    /// How to cite it.
    pub cite: Citable,
}

impl InitiativeItem {
    /// Initiative `index` of the dataset.
    pub fn build(dataset: &Dataset, index: usize, lang: Lang) -> Self {
        let i = &dataset.initiatives[index];
        let through = fy(dataset.report.figures_through, lang);
        Self {
            heading: InitiativeHeading::build(dataset, index, lang),
            roles: format!(
                "{}: {} / {}: {}",
                vocab::LEAD.get(lang),
                ministry_names(dataset, &i.ministries.lead, lang),
                vocab::PARTICIPATING.get(lang),
                ministry_names(dataset, &i.ministries.participating, lang)
            ),
            plan: i.plan.clone(),
            results_heading: match lang {
                Lang::Ja => format!("{through}の取組と成果"),
                Lang::En => format!("{through} actions and results"),
            },
            results: i.results.clone(),
            boxes_after: dataset
                .initiative_notes
                .iter()
                .filter(|n| n.after == i.id)
                .map(|n| n.text.clone())
                .collect(),
            cite: Citable {
                path: vec![
                    vocab::OTHER_INITIATIVES.get(lang).to_string(),
                    format!(
                        "{} {}",
                        i.section,
                        lang.local(&i.section_title, i.section_title_en.as_deref())
                    ),
                    lang.local(&i.heading, i.heading_en.as_deref()).to_string(),
                ],
                figure: None,
                query: vec![("view", "initiatives".into()), ("id", i.id.clone())],
            },
        }
    }
}
