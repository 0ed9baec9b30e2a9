//! Our notes and readings, told apart from what the report prints. A note
//! of ours (a budget line's `note`, a program's `editorial_note`, a
//! project's `evaluation_note`) says how an item was transcribed; the part
//! after 【当方の判断】 is our reading of what the report leaves open. Both
//! are shown labelled as ours, never as the report's.

use crate::core::present::vocab::{words, Words};

/// The mark that opens our reading inside a note of ours.
pub const READING_MARK: &str = "【当方の判断】";

/// The label of a note of ours.
pub const OUR_NOTE: Words = words("本ビューアの注記", "Our note");

/// The label of a reading of ours.
pub const OUR_READING: Words = words("本ビューアの判断", "Our reading");

/// The label of an amount or text as the report prints it.
pub const AS_PRINTED: Words = words("報告書の記載", "As printed");

/// The label of a note the report prints.
pub const PRINTED_NOTE: Words = words("報告書の注記", "Note printed in the report");

/// A note of ours, split into what it says of the transcription and our
/// reading (each in Japanese, as written).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OurNote {
    /// What the note says before any reading; empty when it is all reading.
    pub note: String,
    /// Our reading (after 【当方の判断】), if the note holds one.
    pub reading: Option<String>,
}

impl OurNote {
    /// `text` split at 【当方の判断】.
    pub fn of(text: &str) -> Self {
        match text.split_once(READING_MARK) {
            Some((note, reading)) => Self {
                note: note.trim().to_string(),
                reading: Some(reading.trim().to_string()),
            },
            None => Self {
                note: text.trim().to_string(),
                reading: None,
            },
        }
    }
}
