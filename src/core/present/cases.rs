//! The report's case studies (（２）顕著な研究開発成果事例): each notable
//! result with its project, title, program and printed text, citable and
//! addressable by its id.

use crate::core::dataset::model::Dataset;
use crate::core::present::cite::Citable;
use crate::core::present::names::{project_heading, Local};
use crate::core::present::vocab;
use crate::core::text::lang::Lang;

/// One case study, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseStudy {
    /// Its id (`drugs-case-1`).
    pub id: String,
    /// Its project's id.
    pub project_id: String,
    /// Its project, numbered.
    pub project: String,
    /// Its title (our English where we have it).
    pub title: Local,
    /// The program it came from, as printed.
    pub program: Option<String>,
    /// Its printed text (the background and the result), paragraph by
    /// paragraph.
    pub paragraphs: Vec<String>,
    /// How to cite it.
    pub cite: Citable,
}

/// The case studies of `projects` (dataset positions), project by project,
/// in printed order.
pub fn case_studies(dataset: &Dataset, projects: &[usize], lang: Lang) -> Vec<CaseStudy> {
    projects
        .iter()
        .flat_map(|&p| {
            let project = &dataset.projects[p];
            project
                .notable_results
                .iter()
                .enumerate()
                .map(move |(n, r)| {
                    let id = project.case_id(n);
                    let heading = project_heading(project, lang);
                    CaseStudy {
                        cite: Citable {
                            path: vec![
                                heading.clone(),
                                vocab::CASES.get(lang).to_string(),
                                lang.local(&r.title, r.title_en.as_deref()).to_string(),
                            ],
                            figure: None,
                            query: vec![("view", "cases".into()), ("id", id.clone())],
                        },
                        id,
                        project_id: project.id.clone(),
                        project: heading,
                        title: Local::of(lang, &r.title, r.title_en.as_deref()),
                        program: r.program.clone(),
                        paragraphs: r
                            .summary
                            .split('\n')
                            .filter(|s| !s.trim().is_empty())
                            .map(str::to_string)
                            .collect(),
                    }
                })
        })
        .collect()
}
