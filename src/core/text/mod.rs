//! Text that knows nothing of the dataset: the UI language and fiscal
//! years, numbers as the report prints them, folding for search, and
//! combining marks.

pub mod fold;
pub mod lang;
pub mod marks;
pub mod number;
