//! A dataset text the build checked in full (`make dist`'s prerender) and
//! found within every bound: its digest, which the prerendered pages carry,
//! so that the app reading that very text does not walk its bounds again.
//! Its other checks, which find its warnings, run as for any file.

use crate::core::dataset::bounds::{check_bounds, scan_lists, Bounds};
use crate::core::dataset::model::Dataset;

/// Name of the `<meta>` whose content is the [`digest`] of the bundled
/// dataset's text that the build found within every bound.
pub const CHECKED_META: &str = "shinchoku-checked";

/// The digest of `text`: FNV-1a (64 bits) of its UTF-8 bytes, in hex. It
/// tells a file changed after the build (a deployer's edit, another year's
/// file) from the one checked; a file made to collide with it would still
/// have to get past the same parser and every other check.
pub fn digest(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// The digest to carry for `text`, parsed as `dataset`, if its lists and
/// texts are all within their bounds ([`scan_lists`], [`check_bounds`]).
pub fn digest_if_within(text: &str, dataset: &Dataset) -> Option<String> {
    (scan_lists(text).is_ok() && check_bounds(dataset).is_empty()).then(|| digest(text))
}

/// The bounds reading `text` must check: none if it is the text whose
/// digest the page carries (`checked`).
pub fn bounds_for(text: &str, checked: Option<&str>) -> Bounds {
    match checked {
        Some(checked) if checked == digest(text) => Bounds::Held,
        _ => Bounds::Check,
    }
}
