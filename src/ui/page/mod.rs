//! The page itself: its URL and history as reactive state, getting a
//! dataset onto it (or reading it from the page in the single-file
//! edition), embedding, the ready mark, and the panic panel.

pub mod embed;
pub mod load;
pub mod page_url;
pub mod panic;
pub mod ready;
pub mod standalone;
pub mod state;
