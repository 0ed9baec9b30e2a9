//! What the reader sees, ready to display: figures in the reader's
//! language, the selection in words, the exports and the share URLs.

pub mod describe;
pub mod export;
pub mod format;
pub mod share;
