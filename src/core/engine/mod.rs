//! The arithmetic: each KPI's progress and projection, budgets added up for
//! a selection, and a KPI's figures laid out per plan year.

pub mod budget;
pub mod compare;
pub mod progress;
pub mod series;
pub mod year_review;
