//! What a workbook may weigh, checked before anything in it is unpacked:
//! the file's size, then, from the zip's central directory, the number of
//! entries and the sizes they declare unpacked. The zip reader then stops
//! any entry at its declared size, so a zip bomb is refused whole and
//! nothing past these bounds is ever inflated.

use std::io::Cursor;

use crate::core::dataset::source::MAX_DATASET_BYTES;
use crate::workbook::messages::Message;

/// Largest workbook file accepted, in bytes: the same as a JSON dataset
/// opened from a file (20 MiB). A workbook is compressed, so it holds far
/// more than a JSON file of that size.
pub const MAX_WORKBOOK_BYTES: u64 = MAX_DATASET_BYTES;

/// Most entries (files) in the workbook's zip archive. A workbook written
/// here has about 25; Excel adds a few (printer settings, thumbnails).
pub const MAX_ZIP_ENTRIES: usize = 1_000;

/// Most bytes the archive's entries may declare unpacked, all together
/// (256 MiB). The workbook of the FY2022 report unpacks to about 1 MB; one
/// at the viewer's largest bounds would stay well below.
pub const MAX_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;

/// Most filled cells read from all sheets together; reading stops there.
pub const MAX_CELLS: usize = 4_000_000;

/// Checks `bytes` against the bounds before the workbook is read.
pub(crate) fn check(bytes: &[u8]) -> Result<(), Message> {
    let size = bytes.len() as u64;
    if size > MAX_WORKBOOK_BYTES {
        return Err(Message::FileTooLarge {
            bytes: size,
            max: MAX_WORKBOOK_BYTES,
        });
    }
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| Message::NotAZip {
        detail: e.to_string(),
    })?;
    if archive.len() > MAX_ZIP_ENTRIES {
        return Err(Message::TooManyEntries {
            entries: archive.len(),
            max: MAX_ZIP_ENTRIES,
        });
    }
    let mut unpacked: u64 = 0;
    for i in 0..archive.len() {
        // by_index_raw reads the entry's headers only: nothing is inflated.
        let entry = archive.by_index_raw(i).map_err(|e| Message::NotAZip {
            detail: e.to_string(),
        })?;
        unpacked = unpacked.saturating_add(entry.size());
    }
    if unpacked > MAX_UNPACKED_BYTES {
        return Err(Message::TooLargeUnpacked {
            bytes: unpacked,
            max: MAX_UNPACKED_BYTES,
        });
    }
    Ok(())
}
