//! What the reader looks at: the headline and one view at a time
//! (overview, KPI table, ministry profile, initiatives, methodology). Each
//! lays out what `core::present` has made ready; views do not import from
//! each other.

pub mod cases;
pub mod changes;
pub mod headline;
pub mod initiatives;
pub mod kpis;
pub mod method;
pub mod ministry;
pub mod overview;
pub mod project;
