//! Pieces the views share: the filter panel, export and share, status
//! badges, the empty result, and dataset text in the reader's language.

pub mod empty;
pub mod export;
pub mod filters;
pub mod status;
pub mod text;
