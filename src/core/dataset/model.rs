//! The dataset format: one progress report of the Medical R&D Promotion
//! Plan, as Rust types. `docs/data-format.md` documents every field and
//! `data/schema.json` is generated from these types.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The format versions (`schema_version`) this viewer reads.
pub const SCHEMA_VERSIONS: [u32; 1] = [1];

/// A whole dataset file (`data/fy2022.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Dataset {
    /// Version of this format; bumped on incompatible changes. A viewer
    /// refuses a version it does not read (this one reads 1).
    pub schema_version: u32,
    /// What report this is and how to read it.
    pub report: Report,
    /// Every ministry or office named in a （◎…） marker.
    pub ministries: Vec<Ministry>,
    /// The research phases, in order from basic research to practical use.
    pub phases: Vec<Phase>,
    /// The six integrated projects.
    pub projects: Vec<Project>,
    /// The cross-cutting initiatives of the その他 section.
    pub initiatives: Vec<Initiative>,
    /// Boxes of the その他 section that belong to no single initiative.
    #[serde(default)]
    pub initiative_notes: Vec<InitiativeNote>,
}

/// The report itself: title, years and source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    /// Stable id, e.g. `fy2022`.
    pub id: String,
    /// Title as printed.
    pub title: String,
    /// English title.
    pub title_en: String,
    /// First fiscal year of the plan period (2020).
    pub plan_first_year: i32,
    /// Last fiscal year of the plan period; KPI targets are for its end (2024).
    pub plan_last_year: i32,
    /// The fiscal year the cumulative figures run to (2022).
    pub figures_through: i32,
    /// Where the figures come from.
    pub source: Source,
    /// The meaning of each progress grade, as the report states it.
    pub grades: Vec<GradeMeaning>,
    /// The report's note on its KPI tables' figures, as printed (※「最新の数値」
    /// は…): the glossary gives it as the report's own definition.
    #[serde(default)]
    pub figures_note: Option<String>,
    /// Who wrote the `*_en` names and texts, shown once in English mode
    /// (e.g. "English names are our translation, not the report's").
    #[serde(default)]
    pub names_en_note: Option<String>,
}

impl Report {
    /// What `grade` means in `lang`, as the report states it (`grades`,
    /// e.g. 順調に進捗している); the bare letter when the dataset does not say.
    pub fn grade_meaning(&self, grade: Grade, lang: crate::core::text::lang::Lang) -> &str {
        self.grades
            .iter()
            .find(|m| m.grade == grade)
            .map_or(grade.id(), |m| lang.pick(&m.ja, &m.en))
    }
}

/// Citation of the source document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    /// Citation in Japanese.
    pub citation: String,
    /// Citation in English.
    pub citation_en: String,
    /// Known gaps or quirks of the source text layer.
    #[serde(default)]
    pub notes: Vec<String>,
    /// Where the report is published (an `http://` or `https://` address),
    /// if known: shown beside the source and in citations.
    #[serde(default)]
    pub url: Option<String>,
}

/// What a progress grade means.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct GradeMeaning {
    /// The grade.
    pub grade: Grade,
    /// Meaning as printed (e.g. 順調に進捗している).
    pub ja: String,
    /// English meaning.
    pub en: String,
}

/// A ministry or office, as abbreviated in the report's （◎…） markers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Ministry {
    /// Stable id, e.g. `mhlw`.
    pub id: String,
    /// Abbreviation as printed, e.g. 厚.
    pub abbr: String,
    /// Full Japanese name.
    pub name_ja: String,
    /// English name.
    pub name_en: String,
}

impl Ministry {
    /// A short name: the abbreviation in Japanese (厚), the acronym in the
    /// English name (MHLW) where it has one, else the English name.
    pub fn short_name(&self, lang: crate::core::text::lang::Lang) -> &str {
        match lang {
            crate::core::text::lang::Lang::Ja => &self.abbr,
            crate::core::text::lang::Lang::En => self
                .name_en
                .rsplit_once('(')
                .and_then(|(_, rest)| rest.strip_suffix(')'))
                .unwrap_or(&self.name_en),
        }
    }
}

/// A research phase on the report's horizontal axis.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Phase {
    /// Stable id: `basic`, `applied`, `nonclinical`, `clinical`, `practical`.
    pub id: String,
    /// Japanese name as printed.
    pub name_ja: String,
    /// English name.
    pub name_en: String,
}

/// Lead and participating ministries of a project or initiative.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct MinistryRoles {
    /// Ministries marked ◎ (some items have two).
    pub lead: Vec<String>,
    /// The other ministries, in printed order.
    pub participating: Vec<String>,
}

/// Which ministries an item counts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinistryScope {
    /// Only ministries marked ◎.
    LeadOnly,
    /// Lead and participating ministries.
    Involved,
}

impl MinistryRoles {
    /// Whether `ministry` leads the item (or, with `Involved`, takes part in
    /// it): the one rule of which ministries a project or an initiative
    /// counts for.
    pub fn counts_for(&self, ministry: &str, scope: MinistryScope) -> bool {
        self.lead.iter().any(|m| m == ministry)
            || (scope == MinistryScope::Involved
                && self.participating.iter().any(|m| m == ministry))
    }
}

/// The project id the viewer's project filter (`?project=`) gives the
/// cross-cutting initiatives of the その他 section, reserved: no project
/// may have it, or choosing one would choose both.
pub const OTHER_PROJECT: &str = "other";

/// An integrated project (統合プロジェクト).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Project {
    /// Stable id, e.g. `drugs`.
    pub id: String,
    /// Number 1–6 as printed.
    pub number: u32,
    /// Japanese name.
    pub name_ja: String,
    /// English name.
    pub name_en: String,
    /// The sentence at the top of the project's overview page.
    pub aim: String,
    /// `aim` in English (our translation), if given.
    #[serde(default)]
    pub aim_en: Option<String>,
    /// FY budgets in 億円.
    pub budget: ProjectBudget,
    /// Ministries from the project's （◎…） marker.
    pub ministries: MinistryRoles,
    /// The overall evaluation paragraph(s), joined with `\n`.
    pub evaluation: String,
    /// Our note (Japanese), not printed in the report, on how `evaluation`
    /// was transcribed: e.g. that the PDF's text layer holds two versions of
    /// the evaluation, which is which, and why both are kept. Like a
    /// program's `editorial_note`, it is ours, not the report's.
    #[serde(default)]
    pub evaluation_note: Option<String>,
    /// （１）関係府省の主な取組: the ministries' main actions of the year, one
    /// string per paragraph or bullet, bullet mark included, as printed.
    #[serde(default)]
    pub ministry_actions: Vec<String>,
    /// 顕著な研究開発成果事例.
    pub notable_results: Vec<NotableResult>,
    /// The programs (事業) on the overview page, in printed order.
    pub programs: Vec<Program>,
    /// Budget amounts printed that cannot be attributed to a single program.
    #[serde(default)]
    pub budget_lines: Vec<BudgetLine>,
    /// Notes printed on the overview page that the text layer ties to no
    /// single program (e.g. a ※ note on how the budgets are funded), exactly
    /// as printed.
    #[serde(default)]
    pub overview_notes: Vec<String>,
    /// Every row of the project's KPI tables.
    pub kpis: Vec<Kpi>,
}

impl Project {
    /// The id of the `index`th of its notable results (`drugs-case-1`):
    /// the report gives them none, so they are numbered in printed order.
    pub fn case_id(&self, index: usize) -> String {
        format!("{}-case-{}", self.id, index + 1)
    }
}

/// A project's budgets for the report's fiscal year, in 億円.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ProjectBudget {
    /// AMED 対象経費.
    pub amed: Option<f64>,
    /// インハウス研究機関経費, where printed.
    pub inhouse: Option<f64>,
}

/// A notable research result (顕著な研究開発成果事例).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct NotableResult {
    /// Title as printed.
    pub title: String,
    /// `title` in English (our translation), if given.
    #[serde(default)]
    pub title_en: Option<String>,
    /// The program it came from, as printed.
    pub program: Option<String>,
    /// The result's printed text: the background and the result, in the
    /// text layer's order, paragraphs joined without separators, bullet marks
    /// and 【…】 headings left out; a bullet without a closing 。 ends with
    /// `\n` so it does not run into the next.
    pub summary: String,
}

/// How a program is funded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Funding {
    /// Through AMED (日本医療研究開発機構対象経費).
    Amed,
    /// In-house research institutes (インハウス研究機関経費).
    Inhouse,
}

/// Where a piece of classification comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// Printed in the report.
    Source,
    /// From a public reference outside the report (for a program's
    /// ministry, AMED's public program list).
    Reference,
    /// Our own classification, with a stated reason.
    Classified,
    /// The ministry that oversees the in-house research institutes running
    /// the program (public information outside the report; for
    /// `ministry_basis` only).
    Institute,
}

/// A program (事業) of a project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Program {
    /// Stable id, prefixed with the project id.
    pub id: String,
    /// Name as printed.
    pub name: String,
    /// Description as printed.
    pub description: String,
    /// `name` in English (our translation), if given.
    #[serde(default)]
    pub name_en: Option<String>,
    /// `description` in English (our translation), if given.
    #[serde(default)]
    pub description_en: Option<String>,
    /// Budget in 億円, only where the report attributes it unambiguously.
    pub budget: Option<f64>,
    /// The budget text as printed next to the program.
    pub budget_text: Option<String>,
    /// How the program is funded.
    pub funding: Funding,
    /// Markers and notes printed with the program, exactly as printed: 再掲,
    /// …億円の内数, a ※ note. Nothing of ours goes here (see
    /// `editorial_note`).
    #[serde(default)]
    pub notes: Vec<String>,
    /// Our own note (Japanese), not printed in the report: how the item was
    /// transcribed, or a fact from outside the report. Shown labelled as ours.
    #[serde(default)]
    pub editorial_note: Option<String>,
    /// The funding ministry's id, where known.
    pub ministry: Option<String>,
    /// Where `ministry` comes from: `source`, `reference` or `institute`.
    pub ministry_basis: Option<Basis>,
    /// Research phases the program covers.
    pub phases: Vec<String>,
    /// Where `phases` comes from (always `classified` in FY2022).
    pub phase_basis: Basis,
    /// Why the phases were chosen.
    pub phase_reason: String,
}

/// A printed budget amount that cannot be attributed to one program.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct BudgetLine {
    /// Amount in 億円.
    pub amount: f64,
    /// Text as printed.
    pub text: String,
    /// Ids of the programs it could belong to.
    pub programs: Vec<String>,
    /// Why it cannot be attributed.
    pub note: String,
    /// Our reading that this printed amount repeats one already counted in
    /// the project (the amount of a 再掲 program printed again): it is not
    /// added to any total. `note` says why.
    #[serde(default)]
    pub repeat: bool,
}

/// Kind of KPI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum KpiKind {
    /// アウトプット.
    Output,
    /// アウトカム.
    Outcome,
}

impl KpiKind {
    /// Both kinds, outputs first.
    pub const ALL: [KpiKind; 2] = [KpiKind::Output, KpiKind::Outcome];

    /// Its position in [`KpiKind::ALL`], for counts kept per kind.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Stable id used in URLs: `output` or `outcome`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Output => "output",
            Self::Outcome => "outcome",
        }
    }

    /// The kind with this [`id`](Self::id).
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// Unit of a KPI's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// 件: yearly figures add up to the cumulative figure.
    Count,
    /// %: yearly figures are per-year ratios.
    Percent,
}

/// A progress grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum Grade {
    /// 順調に進捗している.
    A,
    /// 進捗が不十分.
    B,
}

impl Grade {
    /// Both grades.
    pub const ALL: [Grade; 2] = [Grade::A, Grade::B];

    /// Its position in [`Grade::ALL`], for counts kept per grade.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The letter, as printed and as used in URLs: `A` or `B`.
    pub fn id(self) -> &'static str {
        match self {
            Self::A => "A",
            Self::B => "B",
        }
    }

    /// The grade with this letter, in either case (`a` reads as `A`).
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|g| g.id().eq_ignore_ascii_case(id))
    }
}

/// How a target is to be met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Comparator {
    /// Reach the value (printed as a plain figure).
    Reach,
    /// At least the value (printed with 以上).
    AtLeast,
}

/// A FY2024 target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Target {
    /// The target figure.
    pub value: f64,
    /// The target as printed.
    pub text: String,
    /// How it is to be met.
    pub comparator: Comparator,
}

/// One fiscal year's figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct YearValue {
    /// Western fiscal year (2020 = 令和2年度).
    pub fiscal_year: i32,
    /// The figure for that year alone.
    pub value: f64,
}

/// A key performance indicator row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Kpi {
    /// Stable id, prefixed with the project id.
    pub id: String,
    /// Output or outcome.
    pub kind: KpiKind,
    /// Name as printed.
    pub name: String,
    /// Count or percentage.
    pub unit: Unit,
    /// `name` in English (our translation), if given.
    #[serde(default)]
    pub name_en: Option<String>,
    /// FY2024 target, if the row has one.
    pub target: Option<Target>,
    /// Cumulative figure (or overall ratio); null where printed as "-".
    pub latest: Option<f64>,
    /// The latest figure as printed.
    pub latest_text: Option<String>,
    /// Single-year figures.
    pub yearly: Vec<YearValue>,
    /// Progress grade.
    pub grade: Grade,
    /// Bracketed ［うち…］ figures.
    #[serde(default)]
    pub breakdowns: Vec<Breakdown>,
    /// 進捗の詳細: the paragraph explaining the grade.
    pub detail: String,
    /// A footnote printed for the row.
    pub footnote: Option<String>,
    /// Any other printed note about the row's figures.
    pub source_note: Option<String>,
    /// Research phases the KPI measures.
    pub phases: Vec<String>,
    /// Where `phases` comes from.
    pub phase_basis: Basis,
    /// Why the phases were chosen.
    pub phase_reason: String,
}

/// A ［うち…］ part of a KPI's figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Breakdown {
    /// Stable id, prefixed with the KPI id.
    pub id: String,
    /// Label as printed, e.g. うち遺伝子治療.
    pub label: String,
    /// `label` in English (our translation), if given.
    #[serde(default)]
    pub label_en: Option<String>,
    /// Target of the part, if printed.
    pub target: Option<Target>,
    /// Cumulative figure of the part.
    pub latest: Option<f64>,
    /// The latest figure as printed.
    pub latest_text: Option<String>,
    /// Single-year figures of the part.
    pub yearly: Vec<YearValue>,
}

/// A plan item of the その他 section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Initiative {
    /// Stable id.
    pub id: String,
    /// Section number, e.g. `3.3`.
    pub section: String,
    /// Section title as printed.
    pub section_title: String,
    /// The item's heading as printed.
    pub heading: String,
    /// `section_title` in English (our translation), if given.
    #[serde(default)]
    pub section_title_en: Option<String>,
    /// `heading` in English (our translation), if given.
    #[serde(default)]
    pub heading_en: Option<String>,
    /// The （ｎ） label in 3.1, if any.
    pub number: Option<String>,
    /// 医療分野研究開発推進計画上の記載: the plan text.
    pub plan: Vec<String>,
    /// 令和４年度の取組と成果: the year's actions and results, one per bullet.
    pub results: Vec<String>,
    /// Ministries from the item's marker.
    pub ministries: MinistryRoles,
    /// The marker as printed, e.g. （文、◎厚）.
    pub ministries_text: String,
}

/// A box of the その他 section that is not part of one initiative.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct InitiativeNote {
    /// Id of the initiative it follows in the report.
    pub after: String,
    /// Text as printed.
    pub text: String,
}
