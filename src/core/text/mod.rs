//! Text that knows nothing of the dataset: the UI language and fiscal
//! years, numbers as the report prints them, and folding for search.

pub mod fold;
pub mod lang;
pub mod number;
