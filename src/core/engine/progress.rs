//! Where each KPI stands, where it is heading, and why: the arithmetic
//! behind every figure the viewer shows. The methodology page
//! (`docs/methodology.ja.md`, `docs/methodology.md`) explains each formula;
//! every result here is finite or `None`, never NaN or infinity.

use crate::core::dataset::model::{Breakdown, Grade, Kpi, Report, Target, Unit, YearValue};

/// A projection that reaches at least this share of the target is
/// `at_risk` rather than `off_track`. The one threshold of the engine.
pub const AT_RISK_SHARE: f64 = 0.8;

/// The plan period and how much of it the figures cover, in fiscal years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanClock {
    /// First fiscal year of the plan.
    pub first_year: i32,
    /// Last fiscal year of the plan (targets are for its end).
    pub last_year: i32,
    /// Fiscal year the figures run to.
    pub through_year: i32,
}

impl PlanClock {
    /// The clock of a report.
    pub fn of(report: &Report) -> Self {
        Self {
            first_year: report.plan_first_year,
            last_year: report.plan_last_year,
            through_year: report.figures_through,
        }
    }

    /// Fiscal years in the plan (at least one).
    pub fn total_years(&self) -> u32 {
        let years = i64::from(self.last_year) - i64::from(self.first_year) + 1;
        u32::try_from(years.max(1)).unwrap_or(u32::MAX)
    }

    /// Fiscal years covered by the figures, within `0..=total_years()`.
    pub fn elapsed_years(&self) -> u32 {
        let years = i64::from(self.through_year) - i64::from(self.first_year) + 1;
        u32::try_from(years.clamp(0, i64::from(self.total_years()))).unwrap_or(0)
    }

    /// Fiscal years left after the figures.
    pub fn remaining_years(&self) -> u32 {
        self.total_years() - self.elapsed_years()
    }

    /// Share of the plan period elapsed, 0 to 1 (3/5 = 0.6 for FY2022).
    pub fn time_elapsed(&self) -> f64 {
        f64::from(self.elapsed_years()) / f64::from(self.total_years())
    }
}

/// Where a KPI is heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// The target is already met.
    Achieved,
    /// The projection reaches the target.
    OnTrack,
    /// The projection reaches at least [`AT_RISK_SHARE`] of the target.
    AtRisk,
    /// The projection falls short of that.
    OffTrack,
    /// Figures but no target: trend only.
    NoTarget,
    /// No figures (a qualitative row).
    NoData,
}

impl Status {
    /// Every status, best first.
    pub const ALL: [Status; 6] = [
        Status::Achieved,
        Status::OnTrack,
        Status::AtRisk,
        Status::OffTrack,
        Status::NoTarget,
        Status::NoData,
    ];

    /// Its position in [`Status::ALL`], for counts kept per status.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Stable id used in URLs and data attributes.
    pub fn id(self) -> &'static str {
        match self {
            Self::Achieved => "achieved",
            Self::OnTrack => "on_track",
            Self::AtRisk => "at_risk",
            Self::OffTrack => "off_track",
            Self::NoTarget => "no_target",
            Self::NoData => "no_data",
        }
    }

    /// The status with this id.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Whether the status says the target is or will be reached.
    pub fn is_good(self) -> bool {
        matches!(self, Self::Achieved | Self::OnTrack)
    }

    /// Whether the status can be compared with a target at all.
    pub fn is_graded(self) -> bool {
        !matches!(self, Self::NoTarget | Self::NoData)
    }
}

/// How the end-of-plan figure was projected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Projection {
    /// Count: latest + mean yearly figure × remaining years.
    Linear,
    /// Percentage: ratios do not add up, so the latest ratio is carried forward.
    LatestRatio,
    /// The plan period is over: the latest figure is final.
    Final,
}

/// Whether the computed status agrees with the report's own grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    /// A with achieved/on track, or B with at risk/off track.
    Agrees,
    /// A with at risk/off track, or B with achieved/on track.
    Disagrees,
    /// No target or no figures: nothing to compare.
    NotComparable,
}

/// Compares the report's grade with the computed status.
pub fn agreement(grade: Grade, status: Status) -> Agreement {
    match (status.is_graded(), status.is_good(), grade) {
        (false, _, _) => Agreement::NotComparable,
        (true, true, Grade::A) | (true, false, Grade::B) => Agreement::Agrees,
        _ => Agreement::Disagrees,
    }
}

/// The figures of one KPI or one of its breakdowns.
#[derive(Debug, Clone, Copy)]
pub struct Figures<'a> {
    /// Count or percentage.
    pub unit: Unit,
    /// FY-end target, if any.
    pub target: Option<&'a Target>,
    /// Cumulative figure (count) or overall ratio (percentage).
    pub latest: Option<f64>,
    /// Single-year figures.
    pub yearly: &'a [YearValue],
}

impl<'a> Figures<'a> {
    /// The figures of a KPI.
    pub fn of_kpi(kpi: &'a Kpi) -> Self {
        Self {
            unit: kpi.unit,
            target: kpi.target.as_ref(),
            latest: kpi.latest,
            yearly: &kpi.yearly,
        }
    }

    /// The figures of a breakdown of `kpi`.
    pub fn of_breakdown(kpi: &Kpi, part: &'a Breakdown) -> Self {
        Self {
            unit: kpi.unit,
            target: part.target.as_ref(),
            latest: part.latest,
            yearly: &part.yearly,
        }
    }
}

/// Everything computed for one KPI or breakdown. `None` means "does not
/// apply" or "cannot be computed"; no field is ever NaN or infinite.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// Share of the plan period elapsed (0–1).
    pub time_elapsed: f64,
    /// latest / target; uncapped (5.12 = 512%).
    pub achievement: Option<f64>,
    /// Count: where a straight line from zero to the target would be now.
    pub expected_by_now: Option<f64>,
    /// Count: achievement / time elapsed (1 = exactly on the straight line).
    pub pace_index: Option<f64>,
    /// Count: the mean yearly figure so far.
    pub yearly_mean: Option<f64>,
    /// Projected figure at the end of the plan.
    pub projection: Option<f64>,
    /// How `projection` was made.
    pub projection_method: Option<Projection>,
    /// Count: the yearly figure needed from now on to reach the target.
    pub required_yearly: Option<f64>,
    /// Count: `required_yearly` / `yearly_mean` (1.8 = "needs 1.8× the recent pace").
    pub required_vs_recent: Option<f64>,
    /// Where the KPI is heading.
    pub status: Status,
}

/// Keeps a value only if it is finite.
fn finite(value: f64) -> Option<f64> {
    value.is_finite().then_some(value)
}

/// Divides, or `None` where the divisor is zero or the result not finite.
pub fn ratio(numerator: f64, denominator: f64) -> Option<f64> {
    if denominator == 0.0 {
        None
    } else {
        finite(numerator / denominator)
    }
}

/// Computes the progress of one set of figures.
pub fn assess(clock: &PlanClock, figures: Figures<'_>) -> Progress {
    let time_elapsed = clock.time_elapsed();
    let remaining = f64::from(clock.remaining_years());
    let latest = figures.latest.and_then(finite);
    let target = figures.target.and_then(|t| finite(t.value));
    let count = figures.unit == Unit::Count;

    let yearly_mean = match (count, figures.yearly.is_empty(), latest) {
        (false, _, _) => None,
        (true, false, _) => {
            let sum: f64 = figures.yearly.iter().map(|y| y.value).sum();
            ratio(sum, figures.yearly.len() as f64)
        }
        (true, true, Some(latest)) => ratio(latest, f64::from(clock.elapsed_years())),
        (true, true, None) => None,
    };
    let (projection, projection_method) = match latest {
        None => (None, None),
        Some(latest) if remaining == 0.0 => (Some(latest), Some(Projection::Final)),
        Some(latest) if !count => (Some(latest), Some(Projection::LatestRatio)),
        Some(latest) => match yearly_mean {
            Some(mean) => (
                finite(latest + mean.max(0.0) * remaining),
                Some(Projection::Linear),
            ),
            None => (Some(latest), Some(Projection::Linear)),
        },
    };
    let achievement = latest.zip(target).and_then(|(l, t)| ratio(l, t));
    let target_met = latest.zip(target).map(|(l, t)| l >= t);
    let expected_by_now = target
        .filter(|_| count)
        .and_then(|t| finite(t * time_elapsed));
    let pace_index = achievement
        .filter(|_| count)
        .and_then(|a| ratio(a, time_elapsed));
    let required_yearly = match (count, latest, target, target_met) {
        (true, Some(l), Some(t), Some(false)) if remaining > 0.0 => ratio(t - l, remaining),
        _ => None,
    };
    let required_vs_recent = required_yearly.zip(yearly_mean).and_then(|(need, mean)| {
        if mean > 0.0 {
            ratio(need, mean)
        } else {
            None
        }
    });

    let status = match (latest, target) {
        (None, _) => Status::NoData,
        (Some(_), None) => Status::NoTarget,
        (Some(l), Some(t)) if l >= t => Status::Achieved,
        (Some(_), Some(t)) => {
            let p = projection.unwrap_or(0.0);
            if p >= t {
                Status::OnTrack
            } else if p >= AT_RISK_SHARE * t {
                Status::AtRisk
            } else {
                Status::OffTrack
            }
        }
    };
    Progress {
        time_elapsed,
        achievement,
        expected_by_now,
        pace_index,
        yearly_mean,
        projection,
        projection_method,
        required_yearly,
        required_vs_recent,
        status,
    }
}

/// Computes the progress of a KPI.
pub fn assess_kpi(clock: &PlanClock, kpi: &Kpi) -> Progress {
    assess(clock, Figures::of_kpi(kpi))
}
