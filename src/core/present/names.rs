//! Names and texts from the dataset in the reader's language: our English
//! where the dataset has it, else the printed Japanese, with the language
//! of what is shown known so the page can mark it (`lang="ja"`).

use crate::core::dataset::model::{Dataset, Project};
use crate::core::text::lang::Lang;

/// A dataset text as shown to a reader of `lang`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Local {
    /// The text.
    pub text: String,
    /// Whether it is Japanese shown to a reader of another language: the
    /// page marks it `lang="ja"`.
    pub japanese: bool,
}

impl Local {
    /// A name or text with an optional English version of ours: the English
    /// in English mode where there is one, else the printed Japanese.
    pub fn of(lang: Lang, ja: &str, en: Option<&str>) -> Self {
        Self {
            text: lang.local(ja, en).to_string(),
            japanese: lang.falls_back(en),
        }
    }

    /// A printed text that has no English version: Japanese in every mode.
    pub fn printed(lang: Lang, ja: &str) -> Self {
        Self::of(lang, ja, None)
    }
}

/// The names of the ministries with these ids in `lang`, joined:
/// 厚生労働省、文部科学省 (an unknown id as it is).
pub fn ministry_names(dataset: &Dataset, ids: &[String], lang: Lang) -> String {
    ids.iter()
        .map(|id| {
            dataset
                .ministries
                .iter()
                .find(|m| &m.id == id)
                .map_or(id.as_str(), |m| lang.pick(&m.name_ja, &m.name_en))
        })
        .collect::<Vec<_>>()
        .join(lang.pick("、", ", "))
}

/// A project with its number, as headings name it: 1. 医薬品プロジェクト.
pub fn project_heading(project: &Project, lang: Lang) -> String {
    format!(
        "{}. {}",
        project.number,
        lang.pick(&project.name_ja, &project.name_en)
    )
}
