//! What the reader chose and what it selects: the filter, the URL query
//! (filter, view, theme), the catalog built once per dataset, the one pass
//! that selects, the filter chips' counts, the KPI table's order, and the
//! pages of the bundled report written at build time.

pub mod catalog;
pub mod counts;
pub mod filter;
pub mod pages;
pub mod query;
pub mod selection;
pub mod sort;
pub mod theme;
pub mod view;
