//! Checks a parsed dataset for what the types cannot express: ids that
//! refer to nothing, duplicates, impossible figures, years outside the plan,
//! and the bounds of what the viewer can afford (plan length, list lengths,
//! text lengths, figure magnitudes). A dataset without errors cannot make
//! the viewer panic or freeze; `docs/data-format.md` lists every bound.

use std::collections::HashSet;
use std::fmt;

use crate::core::dataset::ledger::{reconcile, Ledger};
use crate::core::dataset::model::{
    Basis, Breakdown, Dataset, Funding, Grade, Kpi, MinistryRoles, Project, Target, Unit, YearValue,
};
use crate::core::text::fold::visible;
use crate::core::text::number::number;

/// Fiscal years a plan may start and end in.
pub const PLAN_YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Longest plan, in years after its first: 51 fiscal years in all. The
/// viewer draws and exports one column per plan year.
pub const MAX_PLAN_SPAN: i32 = 50;

/// Largest magnitude of any figure (budgets, targets, latest and yearly
/// figures). Below it a double still holds every integer, so figures are
/// printed and summed exactly.
pub const MAX_FIGURE: f64 = 1e15;

/// Longest text of any one field (or list entry), in characters.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// Most projects in a dataset.
pub const MAX_PROJECTS: usize = 10_000;

/// Most KPIs in a dataset, all projects together.
pub const MAX_KPIS: usize = 100_000;

/// Most programs in a dataset, all projects together.
pub const MAX_PROGRAMS: usize = 100_000;

/// Most initiatives (and initiative notes) in a dataset.
pub const MAX_INITIATIVES: usize = 10_000;

/// Most ministries in a dataset, and ministry ids in one list.
pub const MAX_MINISTRIES: usize = 100;

/// Most phases in a dataset, and phase ids in one list.
pub const MAX_PHASES: usize = 20;

/// Most breakdowns of one KPI (each is a row under it).
pub const MAX_BREAKDOWNS: usize = 50;

/// Most entries of any other list (notes, overview notes, plan paragraphs,
/// results, notable results, budget lines and their programs, grades).
pub const MAX_ENTRIES: usize = 1_000;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The dataset is shown with a notice.
    Warning,
    /// The dataset cannot be shown.
    Error,
}

/// One thing wrong with a dataset, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON path of the offending value, e.g. `projects[0].kpis[3].latest`.
    pub path: String,
    /// Whether the dataset can still be shown.
    pub severity: Severity,
    /// Plain-language description.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every problem found in `dataset`, grouped by check (the plan's years,
/// list sizes, texts, references, figures), each group in the dataset's order.
pub fn validate(dataset: &Dataset) -> Vec<Problem> {
    let mut check = Checker {
        dataset,
        problems: Vec::new(),
    };
    check.plan_years();
    check.counts();
    check.texts();
    check.references();
    check.figures();
    check.problems
}

struct Checker<'a> {
    dataset: &'a Dataset,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn error(&mut self, path: String, message: String) {
        self.problems.push(Problem {
            path,
            severity: Severity::Error,
            message,
        });
    }

    fn warning(&mut self, path: String, message: String) {
        self.problems.push(Problem {
            path,
            severity: Severity::Warning,
            message,
        });
    }

    /// A list longer than `max`, reported as one error at its path.
    fn list_len(&mut self, len: usize, max: usize, noun: &str, path: impl FnOnce() -> String) {
        if len > max {
            self.error(path(), format!("{len} {noun}; at most {max}"));
        }
    }

    /// A text longer than [`MAX_TEXT_CHARS`].
    fn text(&mut self, text: &str, path: impl FnOnce() -> String) {
        // A char is at least one byte: only long texts need counting.
        if text.len() > MAX_TEXT_CHARS {
            let chars = text.chars().count();
            if chars > MAX_TEXT_CHARS {
                self.error(
                    path(),
                    format!(
                        "a text of {} characters; at most {}",
                        number(chars as f64),
                        number(MAX_TEXT_CHARS as f64)
                    ),
                );
            }
        }
    }

    /// Every text of a list, and its length.
    fn texts_of(&mut self, list: &[String], max: usize, noun: &str, path: &dyn Fn() -> String) {
        self.list_len(list.len(), max, noun, path);
        for (i, t) in list.iter().enumerate() {
            self.text(t, || format!("{}[{i}]", path()));
        }
    }

    fn roles(&mut self, roles: &MinistryRoles, path: &dyn Fn() -> String) {
        self.texts_of(&roles.lead, MAX_MINISTRIES, "ministries", &|| {
            format!("{}.lead", path())
        });
        self.texts_of(&roles.participating, MAX_MINISTRIES, "ministries", &|| {
            format!("{}.participating", path())
        });
    }

    fn optional_text(&mut self, text: &Option<String>, path: impl FnOnce() -> String) {
        if let Some(t) = text {
            self.text(t, path);
        }
    }

    /// The plan's first and last years and the figures' year (`report.*`).
    fn plan_years(&mut self) {
        let r = &self.dataset.report;
        for (field, year) in [
            ("plan_first_year", r.plan_first_year),
            ("plan_last_year", r.plan_last_year),
        ] {
            if !PLAN_YEARS.contains(&year) {
                self.error(
                    format!("report.{field}"),
                    format!(
                        "{year} is outside the years a plan may cover, {}–{}",
                        PLAN_YEARS.start(),
                        PLAN_YEARS.end()
                    ),
                );
            }
        }
        let span = i64::from(r.plan_last_year) - i64::from(r.plan_first_year);
        if PLAN_YEARS.contains(&r.plan_first_year)
            && PLAN_YEARS.contains(&r.plan_last_year)
            && span > i64::from(MAX_PLAN_SPAN)
        {
            self.error(
                "report.plan_last_year".into(),
                format!(
                    "a plan of {} years; at most {}",
                    span + 1,
                    MAX_PLAN_SPAN + 1
                ),
            );
        }
        if r.plan_first_year > r.plan_last_year {
            self.error(
                "report.plan_first_year".into(),
                format!(
                    "the plan starts in {} but ends in {}",
                    r.plan_first_year, r.plan_last_year
                ),
            );
        }
        if !(r.plan_first_year..=r.plan_last_year).contains(&r.figures_through) {
            self.error(
                "report.figures_through".into(),
                format!(
                    "{} is outside the plan period {}–{}",
                    r.figures_through, r.plan_first_year, r.plan_last_year
                ),
            );
        }
    }

    /// How many projects, KPIs, programs, initiatives, ministries and phases.
    fn counts(&mut self) {
        let d = self.dataset;
        let kpis: usize = d.projects.iter().map(|p| p.kpis.len()).sum();
        let programs: usize = d.projects.iter().map(|p| p.programs.len()).sum();
        for (len, max, noun, path) in [
            (d.projects.len(), MAX_PROJECTS, "projects", "projects"),
            (kpis, MAX_KPIS, "KPIs in all projects", "projects"),
            (
                programs,
                MAX_PROGRAMS,
                "programs in all projects",
                "projects",
            ),
            (
                d.initiatives.len(),
                MAX_INITIATIVES,
                "initiatives",
                "initiatives",
            ),
            (
                d.initiative_notes.len(),
                MAX_INITIATIVES,
                "initiative notes",
                "initiative_notes",
            ),
            (
                d.ministries.len(),
                MAX_MINISTRIES,
                "ministries",
                "ministries",
            ),
            (d.phases.len(), MAX_PHASES, "phases", "phases"),
        ] {
            self.list_len(len, max, noun, || path.to_string());
        }
    }

    /// Every text field and every list of texts.
    fn texts(&mut self) {
        let d = self.dataset;
        let r = &d.report;
        for (field, text) in [
            ("id", &r.id),
            ("title", &r.title),
            ("title_en", &r.title_en),
            ("source.citation", &r.source.citation),
            ("source.citation_en", &r.source.citation_en),
        ] {
            self.text(text, || format!("report.{field}"));
        }
        self.texts_of(&r.source.notes, MAX_ENTRIES, "entries", &|| {
            "report.source.notes".into()
        });
        self.list_len(r.grades.len(), MAX_ENTRIES, "entries", || {
            "report.grades".into()
        });
        for (i, g) in r.grades.iter().enumerate() {
            self.text(&g.ja, || format!("report.grades[{i}].ja"));
            self.text(&g.en, || format!("report.grades[{i}].en"));
        }
        for grade in Grade::ALL {
            if !r.grades.iter().any(|m| m.grade == grade) {
                self.warning(
                    "report.grades".into(),
                    format!(
                        "no meaning is given for grade {}: the viewer shows the bare letter",
                        grade.id()
                    ),
                );
            }
        }
        for (i, m) in d.ministries.iter().enumerate() {
            for (field, text) in [
                ("id", &m.id),
                ("abbr", &m.abbr),
                ("name_ja", &m.name_ja),
                ("name_en", &m.name_en),
            ] {
                self.text(text, || format!("ministries[{i}].{field}"));
            }
        }
        for (i, p) in d.phases.iter().enumerate() {
            for (field, text) in [
                ("id", &p.id),
                ("name_ja", &p.name_ja),
                ("name_en", &p.name_en),
            ] {
                self.text(text, || format!("phases[{i}].{field}"));
            }
        }
        for (i, project) in d.projects.iter().enumerate() {
            self.project_texts(i, project);
        }
        for (i, x) in d.initiatives.iter().enumerate() {
            for (field, text) in [
                ("id", &x.id),
                ("section", &x.section),
                ("section_title", &x.section_title),
                ("heading", &x.heading),
                ("ministries_text", &x.ministries_text),
            ] {
                self.text(text, || format!("initiatives[{i}].{field}"));
            }
            self.optional_text(&x.number, || format!("initiatives[{i}].number"));
            self.texts_of(&x.plan, MAX_ENTRIES, "entries", &|| {
                format!("initiatives[{i}].plan")
            });
            self.texts_of(&x.results, MAX_ENTRIES, "entries", &|| {
                format!("initiatives[{i}].results")
            });
            self.roles(&x.ministries, &|| format!("initiatives[{i}].ministries"));
        }
        for (i, note) in d.initiative_notes.iter().enumerate() {
            self.text(&note.after, || format!("initiative_notes[{i}].after"));
            self.text(&note.text, || format!("initiative_notes[{i}].text"));
        }
    }

    /// The texts and lists of one project.
    fn project_texts(&mut self, i: usize, project: &crate::core::dataset::model::Project) {
        for (field, text) in [
            ("id", &project.id),
            ("name_ja", &project.name_ja),
            ("name_en", &project.name_en),
            ("aim", &project.aim),
            ("evaluation", &project.evaluation),
        ] {
            self.text(text, || format!("projects[{i}].{field}"));
        }
        self.optional_text(&project.evaluation_note, || {
            format!("projects[{i}].evaluation_note")
        });
        self.roles(&project.ministries, &|| format!("projects[{i}].ministries"));
        self.list_len(
            project.notable_results.len(),
            MAX_ENTRIES,
            "entries",
            || format!("projects[{i}].notable_results"),
        );
        for (j, n) in project.notable_results.iter().enumerate() {
            let at = || format!("projects[{i}].notable_results[{j}]");
            self.text(&n.title, || format!("{}.title", at()));
            self.optional_text(&n.program, || format!("{}.program", at()));
            self.text(&n.summary, || format!("{}.summary", at()));
        }
        for (j, g) in project.programs.iter().enumerate() {
            let at = || format!("projects[{i}].programs[{j}]");
            for (field, text) in [
                ("id", &g.id),
                ("name", &g.name),
                ("description", &g.description),
                ("phase_reason", &g.phase_reason),
            ] {
                self.text(text, || format!("{}.{field}", at()));
            }
            self.optional_text(&g.budget_text, || format!("{}.budget_text", at()));
            self.optional_text(&g.ministry, || format!("{}.ministry", at()));
            self.texts_of(&g.notes, MAX_ENTRIES, "entries", &|| {
                format!("{}.notes", at())
            });
            self.texts_of(&g.phases, MAX_PHASES, "phases", &|| {
                format!("{}.phases", at())
            });
        }
        self.list_len(project.budget_lines.len(), MAX_ENTRIES, "entries", || {
            format!("projects[{i}].budget_lines")
        });
        self.texts_of(&project.overview_notes, MAX_ENTRIES, "entries", &|| {
            format!("projects[{i}].overview_notes")
        });
        for (j, line) in project.budget_lines.iter().enumerate() {
            let at = || format!("projects[{i}].budget_lines[{j}]");
            self.text(&line.text, || format!("{}.text", at()));
            self.text(&line.note, || format!("{}.note", at()));
            self.texts_of(&line.programs, MAX_ENTRIES, "entries", &|| {
                format!("{}.programs", at())
            });
        }
        for (j, k) in project.kpis.iter().enumerate() {
            let at = || format!("projects[{i}].kpis[{j}]");
            for (field, text) in [
                ("id", &k.id),
                ("name", &k.name),
                ("detail", &k.detail),
                ("phase_reason", &k.phase_reason),
            ] {
                self.text(text, || format!("{}.{field}", at()));
            }
            if let Some(t) = &k.target {
                self.text(&t.text, || format!("{}.target.text", at()));
            }
            self.optional_text(&k.latest_text, || format!("{}.latest_text", at()));
            self.optional_text(&k.footnote, || format!("{}.footnote", at()));
            self.optional_text(&k.source_note, || format!("{}.source_note", at()));
            self.texts_of(&k.phases, MAX_PHASES, "phases", &|| {
                format!("{}.phases", at())
            });
            self.list_len(k.breakdowns.len(), MAX_BREAKDOWNS, "breakdowns", || {
                format!("{}.breakdowns", at())
            });
            for (b, part) in k.breakdowns.iter().enumerate() {
                let at = || format!("{}.breakdowns[{b}]", at());
                self.text(&part.id, || format!("{}.id", at()));
                self.text(&part.label, || format!("{}.label", at()));
                if let Some(t) = &part.target {
                    self.text(&t.text, || format!("{}.target.text", at()));
                }
                self.optional_text(&part.latest_text, || format!("{}.latest_text", at()));
            }
        }
    }

    /// Duplicate ids and ids that refer to nothing.
    fn references(&mut self) {
        let d = self.dataset;
        let ministries = self.unique_ids("ministries", d.ministries.iter().map(|m| &m.id));
        let phases = self.unique_ids("phases", d.phases.iter().map(|p| &p.id));
        self.unique_ids("projects", d.projects.iter().map(|p| &p.id));
        self.unique_ids_at(
            d.projects.iter().enumerate().flat_map(|(i, p)| {
                p.programs
                    .iter()
                    .enumerate()
                    .map(move |(j, g)| (format!("projects[{i}].programs[{j}].id"), &g.id))
            }),
            "program",
        );
        self.unique_ids_at(
            d.projects.iter().enumerate().flat_map(|(i, p)| {
                p.kpis
                    .iter()
                    .enumerate()
                    .map(move |(j, k)| (format!("projects[{i}].kpis[{j}].id"), &k.id))
            }),
            "KPI",
        );
        self.unique_ids_at(
            d.projects.iter().enumerate().flat_map(|(i, p)| {
                p.kpis.iter().enumerate().flat_map(move |(j, k)| {
                    k.breakdowns.iter().enumerate().map(move |(b, x)| {
                        (format!("projects[{i}].kpis[{j}].breakdowns[{b}].id"), &x.id)
                    })
                })
            }),
            "breakdown",
        );
        let initiatives = self.unique_ids("initiatives", d.initiatives.iter().map(|x| &x.id));

        for (i, project) in d.projects.iter().enumerate() {
            let at = format!("projects[{i}]");
            self.known_all(
                &ministries,
                "ministry",
                &format!("{at}.ministries.lead"),
                &project.ministries.lead,
            );
            self.known_all(
                &ministries,
                "ministry",
                &format!("{at}.ministries.participating"),
                &project.ministries.participating,
            );
            let programs: HashSet<&str> = project.programs.iter().map(|p| p.id.as_str()).collect();
            for (j, program) in project.programs.iter().enumerate() {
                let at = format!("{at}.programs[{j}]");
                if let Some(m) = &program.ministry {
                    self.known(&ministries, "ministry", format!("{at}.ministry"), m);
                }
                self.known_all(&phases, "phase", &format!("{at}.phases"), &program.phases);
                self.phase_basis(format!("{at}.phase_basis"), program.phase_basis);
            }
            for (j, line) in project.budget_lines.iter().enumerate() {
                self.known_all(
                    &programs,
                    "program of this project",
                    &format!("{at}.budget_lines[{j}].programs"),
                    &line.programs,
                );
            }
            for (j, kpi) in project.kpis.iter().enumerate() {
                self.known_all(
                    &phases,
                    "phase",
                    &format!("{at}.kpis[{j}].phases"),
                    &kpi.phases,
                );
                self.phase_basis(format!("{at}.kpis[{j}].phase_basis"), kpi.phase_basis);
            }
        }
        for (i, initiative) in d.initiatives.iter().enumerate() {
            let at = format!("initiatives[{i}].ministries");
            self.known_all(
                &ministries,
                "ministry",
                &format!("{at}.lead"),
                &initiative.ministries.lead,
            );
            self.known_all(
                &ministries,
                "ministry",
                &format!("{at}.participating"),
                &initiative.ministries.participating,
            );
        }
        for (i, note) in d.initiative_notes.iter().enumerate() {
            self.known(
                &initiatives,
                "initiative",
                format!("initiative_notes[{i}].after"),
                &note.after,
            );
        }
    }

    /// `institute` says where a program's ministry comes from (the ministry
    /// of the institutes running it); it cannot be where phases come from.
    fn phase_basis(&mut self, path: String, basis: Basis) {
        if basis == Basis::Institute {
            self.error(
                path,
                "\"institute\" is a basis for a program's ministry only, not for phases".into(),
            );
        }
    }

    /// Collects the ids of one top-level list, reporting duplicates.
    fn unique_ids<'d>(
        &mut self,
        list: &str,
        ids: impl Iterator<Item = &'d String>,
    ) -> HashSet<&'d str> {
        let noun = list.trim_end_matches('s');
        self.unique_ids_at(
            ids.enumerate()
                .map(|(i, id)| (format!("{list}[{i}].id"), id)),
            noun,
        )
    }

    fn unique_ids_at<'d>(
        &mut self,
        ids: impl Iterator<Item = (String, &'d String)>,
        noun: &str,
    ) -> HashSet<&'d str> {
        let mut seen = HashSet::new();
        for (path, id) in ids {
            if !seen.insert(id.as_str()) {
                self.error(path, format!("duplicate {noun} id \"{id}\""));
            }
        }
        seen
    }

    fn known(&mut self, ids: &HashSet<&str>, noun: &str, path: String, id: &str) {
        if !ids.contains(id) {
            self.error(path, format!("unknown {noun} id \"{id}\""));
        }
    }

    fn known_all(&mut self, ids: &HashSet<&str>, noun: &str, path: &str, list: &[String]) {
        for (i, id) in list.iter().enumerate() {
            self.known(ids, noun, format!("{path}[{i}]"), id);
        }
    }

    /// Impossible figures and figures that do not add up.
    fn figures(&mut self) {
        let d = self.dataset;
        for (i, project) in d.projects.iter().enumerate() {
            let at = format!("projects[{i}]");
            for (field, value) in [
                ("amed", project.budget.amed),
                ("inhouse", project.budget.inhouse),
            ] {
                self.budget(format!("{at}.budget.{field}"), value);
            }
            for (j, program) in project.programs.iter().enumerate() {
                self.budget(format!("{at}.programs[{j}].budget"), program.budget);
                if let (Some(text), Some(value)) = (&program.budget_text, program.budget) {
                    self.agrees(
                        || format!("{at}.programs[{j}].budget_text"),
                        text,
                        "budget",
                        value,
                    );
                }
            }
            for (j, line) in project.budget_lines.iter().enumerate() {
                self.budget(format!("{at}.budget_lines[{j}].amount"), Some(line.amount));
                self.agrees(
                    || format!("{at}.budget_lines[{j}].text"),
                    &line.text,
                    "amount",
                    line.amount,
                );
            }
            for (j, kpi) in project.kpis.iter().enumerate() {
                self.kpi(&format!("{at}.kpis[{j}]"), kpi);
            }
            self.reconciles(&at, project);
        }
    }

    /// A project's printed amounts, each counted once, add up to no more
    /// than its printed totals, within their rounding: more means money
    /// counted twice. (Less is allowed: a subset keeps only some programs.)
    fn reconciles(&mut self, at: &str, project: &Project) {
        let ledger = Ledger::of(self.dataset, project);
        for r in reconcile(project, &ledger)
            .iter()
            .filter(|r| r.exceeds_total())
        {
            let field = match r.funding {
                Funding::Amed => "amed",
                Funding::Inhouse => "inhouse",
            };
            self.warning(
                format!("{at}.budget.{field}"),
                format!(
                    "the printed amounts, each counted once, add up to {} 億円, more than the printed total of {} 億円 and its rounding (±{}) allow: is an amount counted twice?",
                    number(r.counted),
                    number(r.printed),
                    number(r.tolerance)
                ),
            );
        }
    }

    fn kpi(&mut self, at: &str, kpi: &Kpi) {
        self.series(at, kpi.unit, kpi.target.as_ref(), kpi.latest, &kpi.yearly);
        self.printed(
            at,
            kpi.target.as_ref(),
            kpi.latest,
            kpi.latest_text.as_deref(),
        );
        for (b, part) in kpi.breakdowns.iter().enumerate() {
            let Breakdown {
                target,
                latest,
                latest_text,
                yearly,
                ..
            } = part;
            let at = format!("{at}.breakdowns[{b}]");
            self.series(&at, kpi.unit, target.as_ref(), *latest, yearly);
            self.printed(&at, target.as_ref(), *latest, latest_text.as_deref());
        }
    }

    /// The printed target and latest figure of a KPI or breakdown against
    /// their values.
    fn printed(
        &mut self,
        at: &str,
        target: Option<&Target>,
        latest: Option<f64>,
        text: Option<&str>,
    ) {
        if let Some(t) = target {
            self.agrees(
                || format!("{at}.target.text"),
                &t.text,
                "target.value",
                t.value,
            );
        }
        if let (Some(text), Some(value)) = (text, latest) {
            self.agrees(|| format!("{at}.latest_text"), text, "latest", value);
        }
    }

    /// Warns when the first figure printed in `text` is not `value` (the
    /// field named `field`). A text without a figure, or a value that is
    /// already an error, is not compared.
    fn agrees(&mut self, path: impl FnOnce() -> String, text: &str, field: &str, value: f64) {
        if value.abs() > MAX_FIGURE {
            return;
        }
        let Some((digits, printed)) = printed_figure(text) else {
            return;
        };
        if (printed - value).abs() > 1e-9 * value.abs().max(1.0) {
            self.warning(
                path(),
                format!(
                    "the text \"{}\" gives {}, but {field} is {value}",
                    visible(text, 40),
                    visible(&digits, 24)
                ),
            );
        }
    }

    /// Checks one set of figures (a KPI or one of its breakdowns).
    fn series(
        &mut self,
        at: &str,
        unit: Unit,
        target: Option<&Target>,
        latest: Option<f64>,
        yearly: &[YearValue],
    ) {
        let r = &self.dataset.report;
        let (first, last) = (r.plan_first_year, r.plan_last_year);
        let mut usable = self.in_range(format!("{at}.target.value"), unit, target.map(|t| t.value));
        usable &= self.in_range(format!("{at}.latest"), unit, latest);
        let plan_years =
            (i64::from(last) - i64::from(first) + 1).clamp(1, i64::from(MAX_PLAN_SPAN) + 1);
        if yearly.len() as u64 > plan_years as u64 {
            self.error(
                format!("{at}.yearly"),
                format!(
                    "{} yearly figures, more than the {plan_years} years of the plan",
                    yearly.len()
                ),
            );
            return;
        }
        let mut years = HashSet::new();
        for (y, entry) in yearly.iter().enumerate() {
            let path = format!("{at}.yearly[{y}]");
            if !(first..=last).contains(&entry.fiscal_year) {
                self.error(
                    format!("{path}.fiscal_year"),
                    format!(
                        "fiscal year {} is outside the plan period {first}–{last}",
                        entry.fiscal_year
                    ),
                );
            }
            if !years.insert(entry.fiscal_year) {
                self.error(
                    format!("{path}.fiscal_year"),
                    format!("fiscal year {} appears twice", entry.fiscal_year),
                );
            }
            usable &= self.in_range(format!("{path}.value"), unit, Some(entry.value));
        }
        if let (Unit::Count, Some(latest), false, true) = (unit, latest, yearly.is_empty(), usable)
        {
            let sum: f64 = yearly.iter().map(|y| y.value).sum();
            if (sum - latest).abs() > 1e-9 {
                self.warning(
                    format!("{at}.latest"),
                    format!("the cumulative figure {latest} differs from the sum of the yearly figures, {sum}"),
                );
            }
        }
    }

    /// Whether a figure is finite and within [`MAX_FIGURE`]; reports it if not.
    fn bounded(&mut self, path: &str, value: f64) -> bool {
        let ok = value.abs() <= MAX_FIGURE;
        if !ok {
            let shown = if value.is_finite() {
                format!("{} is", number(value))
            } else {
                "a value that is not a finite number is".to_string()
            };
            self.error(
                path.to_string(),
                format!(
                    "{shown} beyond the largest figure a dataset may hold, ±{}",
                    number(MAX_FIGURE)
                ),
            );
        }
        ok
    }

    /// Checks a KPI figure; `false` if it cannot be used in sums.
    fn in_range(&mut self, path: String, unit: Unit, value: Option<f64>) -> bool {
        let Some(v) = value else {
            return true;
        };
        if !self.bounded(&path, v) {
            return false;
        }
        match unit {
            Unit::Percent if v > 100.0 => {
                self.error(path, format!("a percentage of {v} is over 100"))
            }
            Unit::Percent if v < 0.0 => {
                self.error(path, format!("a percentage of {v} is negative"))
            }
            Unit::Count if v < 0.0 => self.error(path, format!("a count of {v} is negative")),
            _ => {}
        }
        true
    }

    fn budget(&mut self, path: String, value: Option<f64>) {
        if let Some(v) = value {
            if self.bounded(&path, v) && v < 0.0 {
                self.error(path, format!("a budget of {v} is negative"));
            }
        }
    }
}

/// The first figure printed in `text`, as written (in ASCII) and as a
/// number: half- or full-width digits with thousands commas and a decimal
/// point, and a minus sign (`-`, `－`, `−`, `▲`) right before it. Words and
/// units around it (`以上`, `％`, `億円`, `件`) are not part of it:
/// `１，０９９件` → 1099, `31%（23/48/41）` → 31. `None` if there is none.
fn printed_figure(text: &str) -> Option<(String, f64)> {
    let chars: Vec<char> = text
        .chars()
        .map(|c| match c {
            '０'..='９' => {
                char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c)
            }
            '，' => ',',
            '．' => '.',
            '－' | '−' | '▲' => '-',
            c => c,
        })
        .collect();
    let start = chars.iter().position(char::is_ascii_digit)?;
    let digit_at = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    let mut digits = String::new();
    if start > 0 && chars[start - 1] == '-' {
        digits.push('-');
    }
    let (mut i, mut point) = (start, false);
    while let Some(&c) = chars.get(i) {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if c == ',' && !point && (1..=3).all(|k| digit_at(i + k)) && !digit_at(i + 4) {
            // A thousands separator: exactly three digits follow.
        } else if c == '.' && !point && digit_at(i + 1) {
            point = true;
            digits.push('.');
        } else {
            break;
        }
        i += 1;
    }
    let value = digits.parse().ok()?;
    Some((digits, value))
}
