use std::io;
use std::path::Path;
use std::time::SystemTime;

use crate::hash::fnv1a;

/// What a file looked like when claimdesk read or wrote it, to notice when someone else
/// changed it before claimdesk saves over it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    /// Size in bytes.
    pub len: u64,
    /// Last modification time, where the file system keeps one.
    pub modified: Option<SystemTime>,
    /// FNV-1a hash of the contents.
    pub hash: u64,
}

impl Fingerprint {
    /// The fingerprint of `bytes`, just read from or written to `path`.
    pub fn of(path: &Path, bytes: &[u8]) -> Self {
        let modified = std::fs::metadata(path).and_then(|metadata| metadata.modified()).ok();
        Self {
            len: bytes.len() as u64,
            modified,
            hash: fnv1a(bytes),
        }
    }

    /// The fingerprint of the file as it is now.
    pub fn read(path: &Path) -> io::Result<Self> {
        let bytes = std::fs::read(path)?;
        Ok(Self::of(path, &bytes))
    }

    /// Whether the file at `path` now holds other contents than when this was taken (a
    /// deleted file counts as changed; a touch that kept the contents does not).
    pub fn changed_on_disk(&self, path: &Path) -> bool {
        let Ok(metadata) = std::fs::metadata(path) else {
            return true;
        };
        if metadata.len() == self.len && metadata.modified().ok() == self.modified {
            return false;
        }
        std::fs::read(path).map_or(true, |bytes| {
            bytes.len() as u64 != self.len || fnv1a(&bytes) != self.hash
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_edits_and_deletion_but_not_a_touch() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        std::fs::write(&path, "one").unwrap();
        let fingerprint = Fingerprint::read(&path).unwrap();
        assert!(!fingerprint.changed_on_disk(&path));
        std::fs::write(&path, "one").unwrap();
        assert!(!fingerprint.changed_on_disk(&path), "same bytes rewritten");
        std::fs::write(&path, "two").unwrap();
        assert!(fingerprint.changed_on_disk(&path), "same size, other bytes");
        std::fs::remove_file(&path).unwrap();
        assert!(fingerprint.changed_on_disk(&path));
    }
}
