//! What the reader looks at: the headline and one view at a time
//! (overview, KPI table, ministry profile, initiatives, methodology).

pub mod initiatives;
pub mod kpis;
pub mod method;
pub mod ministry;
pub mod overview;
pub mod summary;

/// At most this many project cards, matrix rows, chart bars, budget
/// projects, and KPIs, programs and initiatives in each of the ministry
/// view's lists are drawn; the rest is counted in a note (synthetic
/// datasets have thousands).
pub const DRAW_LIMIT: usize = 60;
