//! An initiative of the その他 section as the initiatives view shows it:
//! its section, heading and ministries, the plan's text beside the year's
//! actions and results (printed Japanese).

use crate::core::dataset::model::Dataset;
use crate::core::present::names::{ministry_names, Local};
use crate::core::present::vocab;
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
}

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
        }
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
        }
    }
}
