//! Text that knows nothing of the dataset: the UI language and fiscal
//! years, numbers as the report prints them, folding for search,
//! combining marks, and a word-level difference of two texts.

pub mod diff;
pub mod fold;
pub mod lang;
pub mod marks;
pub mod number;
