use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::StoreError;

/// Reads a whole file, refusing folders and files over `limit` bytes before reading them
/// (and again while reading, in case the file grows).
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, StoreError> {
    let metadata = std::fs::metadata(path).map_err(|source| StoreError::io(path, source))?;
    if metadata.is_dir() {
        return Err(StoreError::NotAFile { path: path.into() });
    }
    if metadata.len() > limit {
        return Err(StoreError::TooLarge {
            path: path.into(),
            size: metadata.len(),
            limit,
        });
    }
    let file = File::open(path).map_err(|source| StoreError::io(path, source))?;
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| StoreError::io(path, source))?;
    if bytes.len() as u64 > limit {
        return Err(StoreError::TooLarge {
            path: path.into(),
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}
