//! One project's profile: what the report says of it in its own words (its
//! evaluation, the ministries' main actions, its case studies and printed
//! notes), its programs and budget with every printed amount and every
//! reading of ours beside it, and its ministries and phases (ours).

use crate::core::dataset::ledger::is_repeated;
use crate::core::dataset::model::{Basis, Dataset, Funding, Program, Project};
use crate::core::present::capped::{NotDrawn, Rest, DRAW_LIMIT};
use crate::core::present::cases::{case_studies, CaseStudy};
use crate::core::present::cite::Citable;
use crate::core::present::format::oku_yen;
use crate::core::present::glossary::{terms_in, Explained};
use crate::core::present::names::{project_heading, Local};
use crate::core::present::notes::OurNote;
use crate::core::present::project_card::ProjectCard;
use crate::core::present::vocab;
use crate::core::text::lang::Lang;

/// One of the project's programs.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgramEntry {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: Local,
    /// Its description.
    pub description: Local,
    /// Its own amount as printed (`予算額12億円`; a figure in English), or
    /// that none is printed.
    pub budget: String,
    /// AMED or in-house funds.
    pub funding: &'static str,
    /// The markers and notes printed with it (再掲, …億円の内数, ※ notes).
    pub printed_notes: Vec<String>,
    /// Our note on it, if any.
    pub our_note: Option<OurNote>,
    /// Its funding ministry, named, and where that comes from.
    pub ministry: Option<(String, &'static str)>,
    /// Its phases (our classification), named.
    pub phases: Vec<String>,
    /// Why those phases (ours, in Japanese).
    pub phase_reason: String,
    /// The report's terms its notes and phases use, explained.
    pub terms: Vec<Explained>,
}

/// An amount the report prints for no single program.
#[derive(Debug, Clone, PartialEq)]
pub struct LineEntry {
    /// The amount as printed (予算額12億円).
    pub text: String,
    /// The programs it could belong to, named.
    pub candidates: Vec<String>,
    /// Whether we read it as an amount printed again (not counted).
    pub repeat: bool,
    /// Our note and reading on it.
    pub note: OurNote,
}

/// A project's profile, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectProfile {
    /// Its heading, aim, ministries, printed budget and the ministries'
    /// main actions.
    pub card: ProjectCard,
    /// The report's evaluation, paragraph by paragraph, as printed.
    pub evaluation: Vec<String>,
    /// Our note on the evaluation, if any.
    pub evaluation_note: Option<OurNote>,
    /// Its programs, up to [`DRAW_LIMIT`].
    pub programs: Vec<ProgramEntry>,
    /// The note when it has more programs than are drawn.
    pub programs_not_drawn: Option<NotDrawn>,
    /// The amounts printed for no single program.
    pub lines: Vec<LineEntry>,
    /// Notes printed on its overview page for no single program.
    pub overview_notes: Vec<String>,
    /// Its case studies.
    pub cases: Vec<CaseStudy>,
    /// How to cite its evaluation.
    pub cite: Citable,
}

/// Where a program's ministry comes from, in `lang`.
pub fn ministry_basis(basis: Option<Basis>, lang: Lang) -> &'static str {
    match basis {
        Some(Basis::Source) => vocab::REPORT.get(lang),
        Some(Basis::Reference) => lang.pick(
            "AMEDの事業一覧（報告書外）",
            "AMED's program list (outside the report)",
        ),
        Some(Basis::Institute) => lang.pick(
            "実施機関の所管府省（報告書外）",
            "the ministry of the institutes running it (outside the report)",
        ),
        Some(Basis::Classified) | None => lang.pick("本ビューアの分類", "our classification"),
    }
}

impl ProjectProfile {
    /// The profile of project `index`.
    pub fn build(dataset: &Dataset, index: usize, lang: Lang) -> Self {
        let project = &dataset.projects[index];
        let name_of = |id: &str| {
            project
                .programs
                .iter()
                .find(|g| g.id == id)
                .map_or(id.to_string(), |g| {
                    lang.local(&g.name, g.name_en.as_deref()).to_string()
                })
        };
        Self {
            card: ProjectCard::build(dataset, index, lang),
            evaluation: project
                .evaluation
                .split('\n')
                .filter(|p| !p.trim().is_empty())
                .map(str::to_string)
                .collect(),
            evaluation_note: project.evaluation_note.as_deref().map(OurNote::of),
            programs: project
                .programs
                .iter()
                .take(DRAW_LIMIT)
                .map(|g| program(dataset, g, lang))
                .collect(),
            programs_not_drawn: NotDrawn::capped(project.programs.len(), Rest::Nowhere),
            lines: project
                .budget_lines
                .iter()
                .map(|line| LineEntry {
                    text: line.text.clone(),
                    candidates: line.programs.iter().map(|id| name_of(id)).collect(),
                    repeat: line.repeat,
                    note: OurNote::of(&line.note),
                })
                .collect(),
            overview_notes: project.overview_notes.clone(),
            cases: case_studies(dataset, &[index], lang),
            cite: cite(project, lang),
        }
    }
}

fn cite(project: &Project, lang: Lang) -> Citable {
    Citable {
        path: vec![
            project_heading(project, lang),
            vocab::EVALUATION.get(lang).to_string(),
        ],
        figure: None,
        query: vec![("view", "project".into()), ("project", project.id.clone())],
    }
}

fn program(dataset: &Dataset, g: &Program, lang: Lang) -> ProgramEntry {
    let phases = g
        .phases
        .iter()
        .map(|id| {
            dataset
                .phases
                .iter()
                .find(|p| &p.id == id)
                .map_or(id.clone(), |p| {
                    lang.pick(&p.name_ja, &p.name_en).to_string()
                })
        })
        .collect();
    let budget = match (g.budget, is_repeated(g)) {
        // As printed (予算額21億円) in Japanese, as a figure in English.
        (Some(b), _) => match (&g.budget_text, lang) {
            (Some(text), Lang::Ja) => text.clone(),
            _ => oku_yen(b, lang),
        },
        (None, true) => lang
            .pick("記載なし（再掲）", "not printed (listed again)")
            .to_string(),
        (None, false) => vocab::NOT_PRINTED.get(lang).to_string(),
    };
    ProgramEntry {
        id: g.id.clone(),
        name: Local::of(lang, &g.name, g.name_en.as_deref()),
        description: Local::of(lang, &g.description, g.description_en.as_deref()),
        budget,
        funding: match g.funding {
            Funding::Amed => vocab::AMED_FUNDS.get(lang),
            Funding::Inhouse => vocab::INHOUSE_FUNDS.get(lang),
        },
        printed_notes: g.notes.clone(),
        our_note: g.editorial_note.as_deref().map(OurNote::of),
        ministry: g.ministry.as_ref().map(|id| {
            let name = dataset
                .ministries
                .iter()
                .find(|m| &m.id == id)
                .map_or(id.clone(), |m| {
                    lang.pick(&m.name_ja, &m.name_en).to_string()
                });
            (name, ministry_basis(g.ministry_basis, lang))
        }),
        terms: terms_in(&format!(
            "{}\n{}",
            g.notes.join("\n"),
            g.phases
                .iter()
                .filter_map(|id| dataset.phases.iter().find(|p| &p.id == id))
                .map(|p| p.name_ja.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        ))
        .into_iter()
        .map(|t| t.explain(lang))
        .collect(),
        phases,
        phase_reason: g.phase_reason.clone(),
    }
}

/// The project `filter` and `id` name for the profile: `id` if it names a
/// project, else the first of the project filter that does, else the first
/// project.
pub fn chosen_project(dataset: &Dataset, id: Option<&str>, filtered: &[String]) -> Option<usize> {
    let position = |id: &str| dataset.projects.iter().position(|p| p.id == id);
    id.and_then(position)
        .or_else(|| filtered.iter().find_map(|id| position(id)))
        .or((!dataset.projects.is_empty()).then_some(0))
}
