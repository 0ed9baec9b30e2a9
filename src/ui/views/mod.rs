//! What the reader looks at: the headline and one view at a time
//! (overview, KPI table, ministry profile, initiatives, methodology).

pub mod initiatives;
pub mod kpis;
pub mod method;
pub mod ministry;
pub mod overview;
pub mod summary;
