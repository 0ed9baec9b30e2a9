//! A dataset text the build read and checked in full (`make dist`'s
//! prerender) and found without a single problem, not even a warning: its
//! digest, which the prerendered pages carry, so that the app reading that
//! very text does not check it again. Reading and checking are a function
//! of the text alone, so they would find what the build found: nothing.

use crate::core::dataset::bounds::scan_lists;
use crate::core::dataset::model::Dataset;
use crate::core::dataset::validate::validate;

/// Name of the `<meta>` whose content is the [`digest`] of the bundled
/// dataset's text that passed every check at build time.
pub const CHECKED_META: &str = "shinchoku-checked";

/// Whether reading a dataset runs its checks (the count of its lists
/// before they are built, then `validate`), or the build ran them all on
/// this very text and it passed every one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checks {
    /// Run them: any file from anywhere.
    Run,
    /// They passed at build time, on the same text.
    Passed,
}

/// The digest of `text`: FNV-1a (64 bits) of its UTF-8 bytes, in hex. It
/// tells a file changed after the build (a deployer's edit, another year's
/// file) from the one checked; it is not made to resist a file built to
/// collide with it (whoever can write the data files can write the pages).
pub fn digest(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// The digest to carry for `text`, parsed as `dataset`, if it passes every
/// check without a problem ([`scan_lists`], [`validate`]).
pub fn digest_if_clean(text: &str, dataset: &Dataset) -> Option<String> {
    (scan_lists(text).is_ok() && validate(dataset).is_empty()).then(|| digest(text))
}

/// The checks reading `text` must run: none if it is the text whose digest
/// the page carries (`checked`).
pub fn checks_for(text: &str, checked: Option<&str>) -> Checks {
    match checked {
        Some(checked) if checked == digest(text) => Checks::Passed,
        _ => Checks::Run,
    }
}
