//! Reading whole inputs for the parsers: from a reader or a file, an I/O failure an
//! [`IoError`] naming the file.

use std::io::Read;
use std::path::Path;

use peacekeeping_core::{IoAccess, IoError};

/// Every byte of `reader`.
pub(crate) fn read_bytes(mut reader: impl Read) -> Result<Vec<u8>, IoError> {
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| IoError::new(IoAccess::Read, None, e))?;
    Ok(bytes)
}

/// The text of `reader` (an [`IoError`] without a path if it is not UTF-8).
pub(crate) fn read_text(mut reader: impl Read) -> Result<String, IoError> {
    let mut text = String::new();
    reader
        .read_to_string(&mut text)
        .map_err(|e| IoError::new(IoAccess::Read, None, e))?;
    Ok(text)
}

/// Every byte of the file at `path`.
pub(crate) fn read_file(path: &Path) -> Result<Vec<u8>, IoError> {
    std::fs::read(path).map_err(|e| IoError::new(IoAccess::Read, Some(path), e))
}

/// The text of the file at `path`.
pub(crate) fn read_text_file(path: &Path) -> Result<String, IoError> {
    std::fs::read_to_string(path).map_err(|e| IoError::new(IoAccess::Read, Some(path), e))
}
