//! Finding the project files of the library's folders.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use super::config::CONFIG_FILE;
use crate::store::is_project_path;

/// How deep below a library folder project files are looked for: a team folder sorted by
/// year/month/desk is found, a whole home directory is not walked to the bottom.
const MAX_DEPTH: usize = 6;

/// A project file found on disk, as the file system describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundFile {
    /// Its path (under a canonical folder).
    pub path: PathBuf,
    /// Size in bytes.
    pub size: u64,
    /// Modification time in nanoseconds since 1970, when the file system keeps one.
    pub mtime_ns: Option<i64>,
}

/// Every project file under `folders`, sorted by path, each once; notices for folders that
/// can't be read.
pub fn scan(folders: &[PathBuf]) -> (Vec<FoundFile>, Vec<String>) {
    let mut found = Vec::new();
    let mut notices = Vec::new();
    for folder in folders {
        match std::fs::canonicalize(folder) {
            Ok(folder) => walk(&folder, 0, &mut found, &mut notices),
            Err(error) => notices.push(format!("library folder {}: {error}", folder.display())),
        }
    }
    found.sort_by(|a, b| a.path.cmp(&b.path));
    found.dedup_by(|a, b| a.path == b.path);
    (found, notices)
}

fn walk(folder: &Path, depth: usize, found: &mut Vec<FoundFile>, notices: &mut Vec<String>) {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) => {
            notices.push(format!("library folder {}: {error}", folder.display()));
            return;
        }
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        // Hidden files are claimdesk's own (recovery copies, locks) or not the analyst's.
        if name.to_string_lossy().starts_with('.') || name == CONFIG_FILE {
            continue;
        }
        // No symlinked folders: a link back up would loop.
        let Ok(kind) = entry.file_type() else { continue };
        let path = entry.path();
        if kind.is_dir() {
            if depth < MAX_DEPTH {
                walk(&path, depth + 1, found, notices);
            }
        } else if is_project_path(&path)
            && let Ok(metadata) = std::fs::metadata(&path)
            && metadata.is_file()
        {
            found.push(FoundFile {
                size: metadata.len(),
                mtime_ns: metadata.modified().ok().and_then(mtime_ns),
                path,
            });
        }
    }
}

/// A modification time as nanoseconds since 1970 (before 1970: negative), if it fits.
pub fn mtime_ns(time: std::time::SystemTime) -> Option<i64> {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_nanos()).ok(),
        Err(before) => i64::try_from(before.duration().as_nanos()).ok().map(|ns| -ns),
    }
}
