//! Pieces the views share: the filter panel (chips, the phase pipeline,
//! search), export and share, keyed lists, status badges, a layout per screen width, the empty result, the note
//! under a list drawn in part, and dataset text in the reader's language.

pub mod capped;
pub mod chips;
pub mod cite;
pub mod empty;
pub mod export;
pub mod filters;
pub mod glossary;
pub mod keyed;
pub mod layout;
pub mod listed;
pub mod notes;
pub mod phases;
pub mod share;
pub mod status;
pub mod table;
pub mod text;
