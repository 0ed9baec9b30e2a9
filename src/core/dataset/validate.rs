//! Checks a parsed dataset for what the types cannot express: a format
//! version this viewer does not read, ids that refer to nothing or that the
//! viewer reserves, duplicates, impossible figures, years outside the plan,
//! and the bounds of what the viewer can afford (plan length, list lengths,
//! text lengths, figure magnitudes). A dataset without errors cannot make
//! the viewer panic or freeze; `docs/data-format.md` lists every bound.

use std::collections::HashSet;

use crate::core::dataset::bounds::{
    check_bounds, MAX_FIGURE, MAX_KPIS, MAX_PLAN_SPAN, MAX_PROGRAMS, PLAN_YEARS,
};
use crate::core::dataset::ledger::{reconcile, Ledger};
use crate::core::dataset::model::{
    Basis, Breakdown, Dataset, Funding, Grade, Kpi, MinistryRoles, Project, Target, Unit,
    YearValue, OTHER_PROJECT, SCHEMA_VERSIONS,
};
use crate::core::dataset::problem::{Problem, Severity};
use crate::core::text::fold::visible;
use crate::core::text::number::{decimal, number};

/// Why a file of format version `version` cannot be read, if it cannot:
/// the versions this viewer reads are [`SCHEMA_VERSIONS`].
pub fn unknown_version(version: u64) -> Option<String> {
    if SCHEMA_VERSIONS.iter().any(|&v| u64::from(v) == version) {
        return None;
    }
    let known: Vec<String> = SCHEMA_VERSIONS.iter().map(u32::to_string).collect();
    Some(format!(
        "schema version {version} is not one this viewer reads; it reads version {}",
        known.join(", ")
    ))
}

/// Every problem found in `dataset`, grouped by check (the format version,
/// the plan's years, the bounds of every text and list, totals, grades,
/// references, figures), each group in the dataset's order.
pub fn validate(dataset: &Dataset) -> Vec<Problem> {
    let mut check = Checker {
        dataset,
        problems: Vec::new(),
    };
    check.schema_version();
    check.plan_years();
    check.problems.extend(check_bounds(dataset));
    check.totals();
    check.grades();
    check.source_url();
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

    /// A format version this viewer reads.
    fn schema_version(&mut self) {
        if let Some(message) = unknown_version(u64::from(self.dataset.schema_version)) {
            self.error("schema_version".into(), message);
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

    /// How many KPIs and programs in all projects together (each list is
    /// bounded by [`check_bounds`]).
    fn totals(&mut self) {
        let d = self.dataset;
        let kpis: usize = d.projects.iter().map(|p| p.kpis.len()).sum();
        let programs: usize = d.projects.iter().map(|p| p.programs.len()).sum();
        for (len, max, noun) in [
            (kpis, MAX_KPIS, "KPIs in all projects"),
            (programs, MAX_PROGRAMS, "programs in all projects"),
        ] {
            if len > max {
                self.error("projects".into(), format!("{len} {noun}; at most {max}"));
            }
        }
    }

    /// The report's address, if given, is a web address (it is shown as a
    /// link: never a `javascript:` or `data:` one).
    fn source_url(&mut self) {
        if let Some(url) = &self.dataset.report.source.url {
            let web = ["https://", "http://"].iter().any(|scheme| {
                url.get(..scheme.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
            });
            if !web || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
                self.error(
                    "report.source.url".into(),
                    format!(
                        "\"{}\" is not a web address (http:// or https://, without spaces)",
                        visible(url, 60)
                    ),
                );
            }
        }
    }

    /// A grade without its meaning in `report.grades`.
    fn grades(&mut self) {
        for grade in Grade::ALL {
            if !self.dataset.report.grades.iter().any(|m| m.grade == grade) {
                self.warning(
                    "report.grades".into(),
                    format!(
                        "no meaning is given for grade {}: the viewer shows the bare letter",
                        grade.id()
                    ),
                );
            }
        }
    }

    /// Duplicate ids and ids that refer to nothing.
    fn references(&mut self) {
        let d = self.dataset;
        let ministries = self.unique_ids("ministries", d.ministries.iter().map(|m| &m.id));
        let phases = self.unique_ids("phases", d.phases.iter().map(|p| &p.id));
        self.unique_ids("projects", d.projects.iter().map(|p| &p.id));
        self.reserved_ids();
        self.nested_ids_are_unique();
        let initiatives = self.unique_ids("initiatives", d.initiatives.iter().map(|x| &x.id));
        for (i, project) in d.projects.iter().enumerate() {
            self.project_references(&format!("projects[{i}]"), project, &ministries, &phases);
        }
        for (i, initiative) in d.initiatives.iter().enumerate() {
            self.roles_known(
                &format!("initiatives[{i}].ministries"),
                &initiative.ministries,
                &ministries,
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

    /// Ids the viewer gives a meaning of its own: a project may not be
    /// called [`OTHER_PROJECT`], which the project filter uses for the
    /// initiatives.
    fn reserved_ids(&mut self) {
        for (i, project) in self.dataset.projects.iter().enumerate() {
            if project.id == OTHER_PROJECT {
                self.error(
                    format!("projects[{i}].id"),
                    format!("the project id \"{OTHER_PROJECT}\" is reserved: the project filter uses it for the cross-cutting initiatives; give the project another id"),
                );
            }
        }
    }

    /// Program, KPI and breakdown ids, each unique in the whole dataset.
    fn nested_ids_are_unique(&mut self) {
        let d = self.dataset;
        self.unique_ids_at(
            d.projects.iter().enumerate().flat_map(|(i, p)| {
                p.programs.iter().enumerate().map(move |(j, program)| {
                    (format!("projects[{i}].programs[{j}].id"), &program.id)
                })
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
    }

    /// The ministries, phases and programs one project names exist.
    fn project_references(
        &mut self,
        at: &str,
        project: &Project,
        ministries: &HashSet<&str>,
        phases: &HashSet<&str>,
    ) {
        self.roles_known(&format!("{at}.ministries"), &project.ministries, ministries);
        let programs: HashSet<&str> = project.programs.iter().map(|p| p.id.as_str()).collect();
        for (j, program) in project.programs.iter().enumerate() {
            let at = format!("{at}.programs[{j}]");
            if let Some(m) = &program.ministry {
                self.known(ministries, "ministry", format!("{at}.ministry"), m);
            }
            self.known_all(phases, "phase", &format!("{at}.phases"), &program.phases);
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
                phases,
                "phase",
                &format!("{at}.kpis[{j}].phases"),
                &kpi.phases,
            );
            self.phase_basis(format!("{at}.kpis[{j}].phase_basis"), kpi.phase_basis);
        }
    }

    /// The lead and participating ministries of one item exist.
    fn roles_known(&mut self, at: &str, roles: &MinistryRoles, ministries: &HashSet<&str>) {
        self.known_all(ministries, "ministry", &format!("{at}.lead"), &roles.lead);
        self.known_all(
            ministries,
            "ministry",
            &format!("{at}.participating"),
            &roles.participating,
        );
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
            // At most a plan's years (checked above): a scan of those before.
            if yearly[..y]
                .iter()
                .any(|e| e.fiscal_year == entry.fiscal_year)
            {
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
    let value = decimal(&digits)?;
    Some((digits, value))
}
