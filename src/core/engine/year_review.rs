//! What one report says happened during its last reported year (its
//! `figures_through` year), KPI by KPI, from its own figures alone: whether
//! the cumulative figure crossed the target during that year, whether the
//! year's figure kept up with the yearly figure the target still needs,
//! and whether the year's figure rose or fell against the mean of the
//! earlier years. Nothing is guessed: a KPI without yearly figures, without
//! a figure for that year, or measured as a percentage (whose yearly ratios
//! do not add up to its latest ratio) says so instead.

use crate::core::dataset::model::{Kpi, Unit};
use crate::core::engine::progress::{ratio, PlanClock, Progress};

/// The year's figure rose when it is at least this many times the earlier
/// years' mean, and fell when it is at most the mean divided by it: twice,
/// or half.
pub const PACE_CHANGE: f64 = 2.0;

/// How the year's figure compares with the earlier years' mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    /// At least [`PACE_CHANGE`] times the earlier mean (or above an
    /// earlier mean of zero).
    Rose,
    /// At most the earlier mean divided by [`PACE_CHANGE`].
    Fell,
    /// In between.
    Steady,
    /// No earlier year to compare with (or an earlier mean below zero).
    Unknown,
}

/// A count KPI's last reported year.
#[derive(Debug, Clone, PartialEq)]
pub struct CountYear {
    /// The year's own figure.
    pub figure: f64,
    /// The cumulative figure at the end of the year before: the latest
    /// (cumulative) figure less the year's own, as the report defines its
    /// latest figure (the total since the plan began). `None` without a
    /// latest figure.
    pub before: Option<f64>,
    /// The mean of the figures of the years before it, if any.
    pub earlier_mean: Option<f64>,
    /// How many years before it have a figure.
    pub earlier_years: usize,
    /// The cumulative figure met the target during the year: below it at
    /// the year's start, at or above it at its end.
    pub reached: bool,
    /// The target is not met and the year's figure is below the yearly
    /// figure it still needs ([`Progress::required_yearly`]).
    pub short_of_pace: bool,
    /// The year's figure ÷ the earlier mean (when that mean is above zero).
    pub pace_ratio: Option<f64>,
    /// Whether the year's figure rose or fell against the earlier years.
    pub pace: Pace,
}

/// What one report can say of a KPI's last reported year.
#[derive(Debug, Clone, PartialEq)]
pub enum YearReview {
    /// A count with a figure for the year.
    Count(CountYear),
    /// A percentage: each yearly figure is that year's ratio and the latest
    /// is the ratio over the whole period, so when the target was met
    /// cannot be told from the report.
    Ratio,
    /// Yearly figures, but none for the last reported year.
    NoFigureForYear,
    /// No yearly figures at all.
    NoYearly,
}

impl YearReview {
    /// The count's year, if the KPI has one.
    pub fn count(&self) -> Option<&CountYear> {
        match self {
            Self::Count(year) => Some(year),
            _ => None,
        }
    }
}

/// Reviews `kpi`'s last reported year (`clock.through_year`), with its
/// `progress` computed on the same clock.
pub fn review(clock: &PlanClock, kpi: &Kpi, progress: &Progress) -> YearReview {
    let year = clock.through_year;
    if kpi.yearly.is_empty() {
        return YearReview::NoYearly;
    }
    if kpi.unit == Unit::Percent {
        return YearReview::Ratio;
    }
    let Some(figure) = kpi
        .yearly
        .iter()
        .find(|y| y.fiscal_year == year)
        .map(|y| y.value)
    else {
        return YearReview::NoFigureForYear;
    };
    let earlier: Vec<f64> = kpi
        .yearly
        .iter()
        .filter(|y| y.fiscal_year < year)
        .map(|y| y.value)
        .collect();
    let (n, sum) = (earlier.len() as f64, earlier.iter().sum::<f64>());
    let earlier_mean = ratio(sum, n);
    // Compared as sums (figure × n against 2 × sum), so whole figures are
    // compared exactly.
    let pace = if earlier.is_empty() || sum < 0.0 {
        Pace::Unknown
    } else if sum == 0.0 {
        if figure > 0.0 {
            Pace::Rose
        } else {
            Pace::Steady
        }
    } else if figure * n >= PACE_CHANGE * sum {
        Pace::Rose
    } else if PACE_CHANGE * figure * n <= sum {
        Pace::Fell
    } else {
        Pace::Steady
    };
    let before = kpi.latest.map(|latest| latest - figure);
    let target = kpi.target.as_ref().map(|t| t.value);
    let reached = match (before, kpi.latest, target) {
        (Some(before), Some(latest), Some(target)) => before < target && latest >= target,
        _ => false,
    };
    YearReview::Count(CountYear {
        figure,
        before,
        earlier_mean,
        earlier_years: earlier.len(),
        reached,
        short_of_pace: progress.required_yearly.is_some_and(|need| figure < need),
        pace_ratio: earlier_mean
            .filter(|m| *m > 0.0)
            .and_then(|m| ratio(figure, m)),
        pace,
    })
}
