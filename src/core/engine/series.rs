//! A KPI's figures laid out per plan year, for the detail chart and the CSV
//! export. Each is one pass over the yearly figures, in whatever order the
//! dataset gives them, so the work grows linearly with the plan.

use crate::core::dataset::model::{Unit, YearValue};
use crate::core::engine::progress::{Figures, PlanClock, Progress};
use crate::core::text::number::round_to;

/// The figure of each fiscal year `first..=last` (`None` where there is
/// none); figures for other years are left out.
pub fn by_year(first: i32, last: i32, yearly: &[YearValue]) -> Vec<Option<f64>> {
    let span = usize::try_from(i64::from(last) - i64::from(first) + 1).unwrap_or(0);
    let mut out = vec![None; span];
    for entry in yearly {
        let offset = i64::from(entry.fiscal_year) - i64::from(first);
        if let Some(slot) = usize::try_from(offset).ok().and_then(|i| out.get_mut(i)) {
            *slot = Some(entry.value);
        }
    }
    out
}

/// What the detail chart of a KPI (or breakdown) draws, year by year over
/// the whole plan.
#[derive(Debug, Clone, PartialEq)]
pub struct DetailSeries {
    /// Fiscal years of the plan, first to last (the x axis).
    pub years: Vec<i32>,
    /// Each year's own figure (bars).
    pub yearly: Vec<Option<f64>>,
    /// Counts: the running total at each year with a figure (a line).
    pub cumulative: Option<Vec<Option<f64>>>,
    /// Counts with a projection: the running total at the last year with a
    /// figure and the projection (to 0.1) at the plan's end (a dashed line).
    pub projection: Option<Vec<Option<f64>>>,
    /// The target, drawn across the plan.
    pub target: Option<f64>,
}

/// The detail chart's series for `figures` and their computed `progress`.
pub fn detail(clock: &PlanClock, figures: Figures<'_>, progress: &Progress) -> DetailSeries {
    let (first, last) = (clock.first_year, clock.last_year);
    let yearly = by_year(first, last, figures.yearly);
    let years: Vec<i32> = (first..=last).take(yearly.len()).collect();
    let counts = figures.unit == Unit::Count;
    let mut running = 0.0;
    let cumulative: Vec<Option<f64>> = yearly
        .iter()
        .map(|v| {
            v.map(|v| {
                running += v;
                running
            })
        })
        .collect();
    let last_figure = figures.yearly.iter().map(|y| y.fiscal_year).max();
    let projection = match (counts, progress.projection, last_figure) {
        (true, Some(projected), Some(at)) => Some(
            years
                .iter()
                .map(|&y| {
                    if y == at {
                        Some(running)
                    } else if y == last {
                        Some(round_to(projected, 1))
                    } else {
                        None
                    }
                })
                .collect(),
        ),
        _ => None,
    };
    DetailSeries {
        years,
        yearly,
        cumulative: counts.then_some(cumulative),
        projection,
        target: figures.target.map(|t| t.value),
    }
}
