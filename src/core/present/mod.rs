//! What the reader sees, ready to display: for each view and panel a
//! struct built from the dataset, the catalog, the selection and the
//! language, so a component only lays it out; the vocabulary every view,
//! export and print takes its words from; figures in the reader's
//! language; the selection in words; the exports and the share URLs.

pub mod achievement;
pub mod budget_chart;
pub mod capped;
pub mod cases;
pub mod cite;
pub mod comparison;
pub mod describe;
pub mod explain;
pub mod export;
pub mod format;
pub mod glossary;
pub mod headline;
pub mod initiative;
pub mod kpi_row;
pub mod ministry;
pub mod names;
pub mod notes;
pub mod phase_matrix;
pub mod problems;
pub mod project_card;
pub mod project_profile;
pub mod scorecard;
pub mod share;
pub mod vocab;
pub mod year_review;
