//! Budgets of a selection: the printed totals of whole projects with what
//! each ministry can be given, and the own amounts of a set of programs.
//! Totals over several projects add each project's printed share (its
//! [`Ledger`]): the same program name in two projects is two shares, as
//! the report prints it.

use crate::core::dataset::ledger::{is_repeated, Ledger};
use crate::core::dataset::model::{Dataset, Program, Project};

/// What whole projects hold: their printed totals, and how much of them is
/// attributable to each ministry.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProjectTotals {
    /// Projects added.
    pub projects: usize,
    /// Printed AMED totals, 億円.
    pub amed: f64,
    /// Printed in-house totals, 億円.
    pub inhouse: f64,
    /// Counted amounts attributable to each ministry (`Dataset::ministries`
    /// order), 億円.
    pub by_ministry: Vec<f64>,
}

impl ProjectTotals {
    /// Empty totals for a dataset with `ministries` ministries.
    pub fn new(ministries: usize) -> Self {
        Self {
            by_ministry: vec![0.0; ministries],
            ..Self::default()
        }
    }

    /// Adds one project's printed totals and ledger.
    pub fn add(&mut self, project: &Project, ledger: &Ledger) {
        self.projects += 1;
        self.amed += project.budget.amed.unwrap_or(0.0);
        self.inhouse += project.budget.inhouse.unwrap_or(0.0);
        for amount in &ledger.amounts {
            if let Some(slot) = amount.ministry.and_then(|m| self.by_ministry.get_mut(m)) {
                *slot += amount.value;
            }
        }
    }

    /// AMED plus in-house, 億円.
    pub fn printed(&self) -> f64 {
        self.amed + self.inhouse
    }

    /// What is attributable to some ministry, 億円.
    pub fn attributable(&self) -> f64 {
        self.by_ministry.iter().sum()
    }

    /// The printed totals less what is attributable to a ministry (amounts
    /// several ministries' programs could own, and the printed rounding).
    pub fn not_attributable(&self) -> f64 {
        (self.printed() - self.attributable()).max(0.0)
    }
}

/// Budgets of a set of programs: the amounts printed for them alone.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ProgramTotals {
    /// Sum of the programs' own printed amounts, 億円.
    pub known: f64,
    /// Programs counted in `known`.
    pub programs_known: usize,
    /// Programs with no amount of their own (never counted as zero). A
    /// 再掲 program is in neither count.
    pub programs_unknown: usize,
}

impl ProgramTotals {
    /// Adds one program.
    pub fn add(&mut self, program: &Program) {
        if is_repeated(program) {
            return;
        }
        match program.budget {
            Some(b) => {
                self.known += b;
                self.programs_known += 1;
            }
            None => self.programs_unknown += 1,
        }
    }
}

/// A selection's budget: printed totals when it holds whole projects, and
/// always its programs' own amounts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BudgetTotal {
    /// The selected projects' printed totals; `None` when a phase or search
    /// filter keeps only some of their programs.
    pub projects: Option<ProjectTotals>,
    /// The selected programs' own amounts.
    pub programs: ProgramTotals,
}

/// The own amounts of the programs that `keep` accepts.
pub fn program_totals<'d>(
    dataset: &'d Dataset,
    mut keep: impl FnMut(&'d Project, &'d Program) -> bool,
) -> ProgramTotals {
    let mut totals = ProgramTotals::default();
    for project in &dataset.projects {
        for program in project
            .programs
            .iter()
            .filter(|program| keep(project, program))
        {
            totals.add(program);
        }
    }
    totals
}
