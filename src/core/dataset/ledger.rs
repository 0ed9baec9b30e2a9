//! How the report's printed amounts count. Each project has printed totals
//! (AMED and in-house) and printed amounts: a program's own amount, or a
//! line that several programs could own. A project's *ledger* counts each
//! printed amount once — a 再掲 program and a line marked `repeat` not
//! again, a 内数 pool once — and names the funding ministry where the
//! amount is the program's or where every candidate program has the same
//! ministry; [`reconcile`] holds it against the printed totals.

use crate::core::dataset::model::{Dataset, Funding, Program, Project};

/// The printed marker of a program listed again (its money is counted where
/// it is first listed).
pub const REPEATED: &str = "再掲";

/// Whether the program is printed as 再掲 (listed again).
pub fn is_repeated(program: &Program) -> bool {
    program.notes.iter().any(|n| n == REPEATED)
}

/// One printed amount, counted once.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    /// 億円.
    pub value: f64,
    /// Which printed total it belongs to.
    pub funding: Funding,
    /// Index (into `Dataset::ministries`) of the ministry it is attributable
    /// to, if any.
    pub ministry: Option<usize>,
}

/// A project's printed amounts, each counted once.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Ledger {
    /// The amounts, programs first, then budget lines, in printed order.
    pub amounts: Vec<Amount>,
}

impl Ledger {
    /// The ledger of `project`.
    pub fn of(dataset: &Dataset, project: &Project) -> Self {
        let ministry_of = |program: &Program| {
            program
                .ministry
                .as_deref()
                .and_then(|id| dataset.ministries.iter().position(|m| m.id == id))
        };
        let mut amounts: Vec<Amount> = project
            .programs
            .iter()
            .filter(|program| !is_repeated(program))
            .filter_map(|program| {
                program.budget.map(|value| Amount {
                    value,
                    funding: program.funding,
                    ministry: ministry_of(program),
                })
            })
            .collect();
        for line in project.budget_lines.iter().filter(|l| !l.repeat) {
            let candidates: Vec<&Program> = line
                .programs
                .iter()
                .filter_map(|id| project.programs.iter().find(|program| &program.id == id))
                .collect();
            let funding = if !candidates.is_empty()
                && candidates
                    .iter()
                    .all(|program| program.funding == Funding::Inhouse)
            {
                Funding::Inhouse
            } else {
                Funding::Amed
            };
            let ministry = candidates
                .first()
                .and_then(|program| ministry_of(program))
                .filter(|&m| {
                    candidates
                        .iter()
                        .all(|program| ministry_of(program) == Some(m))
                });
            amounts.push(Amount {
                value: line.amount,
                funding,
                ministry,
            });
        }
        Self { amounts }
    }

    /// The sum of the amounts of one funding.
    pub fn counted(&self, funding: Funding) -> f64 {
        self.amounts
            .iter()
            .filter(|a| a.funding == funding)
            .map(|a| a.value)
            .sum()
    }
}

/// Half a unit of the last printed digit of `value` (0.5 for 12, 0.05 for
/// 16.8): how far a printed, rounded amount can be from the exact one.
fn rounding_of(value: f64) -> f64 {
    let mut unit = 1.0;
    for _ in 0..3 {
        if ((value / unit).round() * unit - value).abs() < 1e-9 {
            break;
        }
        unit /= 10.0;
    }
    unit / 2.0
}

/// A printed project total against the sum of its counted amounts.
#[derive(Debug, Clone, PartialEq)]
pub struct Reconciliation {
    /// Which total.
    pub funding: Funding,
    /// The printed total, 億円.
    pub printed: f64,
    /// The sum of the counted amounts, 億円.
    pub counted: f64,
    /// The largest difference the printed rounding explains, 億円.
    pub tolerance: f64,
}

impl Reconciliation {
    /// Counted minus printed, 億円.
    pub fn difference(&self) -> f64 {
        self.counted - self.printed
    }

    /// Whether more is counted than the printed total and its rounding
    /// allow: money counted twice.
    pub fn exceeds_total(&self) -> bool {
        self.difference() > self.tolerance + 1e-9
    }
}

/// The project's printed totals (AMED, then in-house where printed) against
/// its ledger.
pub fn reconcile(project: &Project, ledger: &Ledger) -> Vec<Reconciliation> {
    [
        (Funding::Amed, project.budget.amed),
        (Funding::Inhouse, project.budget.inhouse),
    ]
    .into_iter()
    .filter_map(|(funding, printed)| {
        let printed = printed?;
        let tolerance = ledger
            .amounts
            .iter()
            .filter(|a| a.funding == funding)
            .map(|a| rounding_of(a.value))
            .sum::<f64>()
            + rounding_of(printed);
        Some(Reconciliation {
            funding,
            printed,
            counted: ledger.counted(funding),
            tolerance,
        })
    })
    .collect()
}
