//! Checks a parsed dataset for what the types cannot express: ids that
//! refer to nothing, duplicates, impossible figures, years outside the plan.

use std::collections::HashSet;
use std::fmt;

use super::budget::{reconcile, Ledger, Reconciliation};
use super::format::number;
use super::model::{Breakdown, Dataset, Funding, Kpi, Project, Target, Unit, YearValue};

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

/// Every problem found in `dataset`, in document order.
pub fn validate(dataset: &Dataset) -> Vec<Problem> {
    let mut check = Checker {
        dataset,
        problems: Vec::new(),
    };
    check.report();
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

    fn report(&mut self) {
        let r = &self.dataset.report;
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
                self.not_negative(format!("{at}.budget.{field}"), value);
            }
            for (j, program) in project.programs.iter().enumerate() {
                self.not_negative(format!("{at}.programs[{j}].budget"), program.budget);
            }
            for (j, line) in project.budget_lines.iter().enumerate() {
                self.not_negative(format!("{at}.budget_lines[{j}].amount"), Some(line.amount));
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
        let over = |r: &&Reconciliation| r.difference() > r.tolerance + 1e-9;
        for r in reconcile(project, &ledger).iter().filter(over) {
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
        for (b, part) in kpi.breakdowns.iter().enumerate() {
            let Breakdown {
                target,
                latest,
                yearly,
                ..
            } = part;
            self.series(
                &format!("{at}.breakdowns[{b}]"),
                kpi.unit,
                target.as_ref(),
                *latest,
                yearly,
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
        self.in_range(format!("{at}.target.value"), unit, target.map(|t| t.value));
        self.in_range(format!("{at}.latest"), unit, latest);
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
            self.in_range(format!("{path}.value"), unit, Some(entry.value));
        }
        if let (Unit::Count, Some(latest), false) = (unit, latest, yearly.is_empty()) {
            let sum: f64 = yearly.iter().map(|y| y.value).sum();
            if (sum - latest).abs() > 1e-9 {
                self.warning(
                    format!("{at}.latest"),
                    format!("the cumulative figure {latest} differs from the sum of the yearly figures, {sum}"),
                );
            }
        }
    }

    fn in_range(&mut self, path: String, unit: Unit, value: Option<f64>) {
        match (unit, value) {
            (Unit::Percent, Some(v)) if v > 100.0 => {
                self.error(path, format!("a percentage of {v} is over 100"))
            }
            (Unit::Percent, Some(v)) if v < 0.0 => {
                self.error(path, format!("a percentage of {v} is negative"))
            }
            (Unit::Count, Some(v)) if v < 0.0 => {
                self.error(path, format!("a count of {v} is negative"))
            }
            _ => {}
        }
    }

    fn not_negative(&mut self, path: String, value: Option<f64>) {
        if let Some(v) = value.filter(|v| *v < 0.0) {
            self.error(path, format!("a budget of {v} is negative"));
        }
    }
}
