//! A lock file beside an open project, so a second claimdesk (or a colleague on a shared
//! folder) is warned before two reviews of the same file overwrite each other.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// `.NAME.lock` beside `project_path`.
pub fn lock_path(project_path: &Path) -> PathBuf {
    let name = project_path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    project_path.with_file_name(format!(".{name}.lock"))
}

/// Who holds a lock.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockOwner {
    /// Process id.
    pub pid: u32,
    /// Machine name.
    pub host: String,
}

impl std::fmt::Display for LockOwner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "process {} on {}", self.pid, self.host)
    }
}

/// A held lock; the file is removed when this is dropped.
#[derive(Debug)]
pub struct ProjectLock {
    path: PathBuf,
}

impl Drop for ProjectLock {
    fn drop(&mut self) {
        // Only remove the lock if it is still ours (a user may have broken it meanwhile).
        if read_owner(&self.path).is_some_and(|owner| owner == this_owner()) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// The outcome of trying to lock a project.
#[derive(Debug)]
pub enum LockState {
    /// This process now holds the lock.
    Acquired(ProjectLock),
    /// Another live claimdesk has the project open.
    HeldElsewhere(LockOwner),
}

/// Takes the lock of `project_path`. A lock left by a process that no longer runs on this
/// machine (a crash) is stale and taken over; one from another machine is respected.
pub fn lock_project(project_path: &Path) -> io::Result<LockState> {
    let path = lock_path(project_path);
    for _ in 0..2 {
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut file) => {
                let me = this_owner();
                file.write_all(format!("{}\n{}\n", me.pid, me.host).as_bytes())?;
                file.sync_all()?;
                return Ok(LockState::Acquired(ProjectLock { path }));
            }
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => match read_owner(&path) {
                Some(owner) if owner == this_owner() => {
                    return Ok(LockState::Acquired(ProjectLock { path }));
                }
                Some(owner) if !is_stale(&owner) => return Ok(LockState::HeldElsewhere(owner)),
                // Stale or unreadable: remove and try once more.
                _ => fs::remove_file(&path).or_else(|error| {
                    if error.kind() == io::ErrorKind::NotFound {
                        Ok(())
                    } else {
                        Err(error)
                    }
                })?,
            },
            Err(error) => return Err(error),
        }
    }
    Err(io::Error::other("the lock file keeps reappearing"))
}

fn read_owner(path: &Path) -> Option<LockOwner> {
    let text = fs::read_to_string(path).ok()?;
    let mut lines = text.lines();
    let pid = lines.next()?.trim().parse().ok()?;
    let host = lines.next()?.trim().to_owned();
    Some(LockOwner { pid, host })
}

fn this_owner() -> LockOwner {
    LockOwner {
        pid: std::process::id(),
        host: host_name(),
    }
}

fn host_name() -> String {
    std::env::var("HOSTNAME")
        .ok()
        .or_else(|| fs::read_to_string("/etc/hostname").ok())
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "this machine".to_owned())
}

/// A lock from this machine whose process is gone. Where processes cannot be listed
/// (no `/proc`), only locks from this machine with our own pid are taken over.
fn is_stale(owner: &LockOwner) -> bool {
    if owner.host != host_name() {
        return false;
    }
    !super::atomic::process_runs(owner.pid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_open_is_warned_and_a_dead_owner_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let project = dir.path().join("p.ron");
        let LockState::Acquired(lock) = lock_project(&project).unwrap() else {
            panic!("first lock must succeed");
        };
        assert!(lock_path(&project).exists());
        drop(lock);
        assert!(!lock_path(&project).exists(), "released on drop");

        // A live process on this machine (pid 1 always runs) holds it.
        fs::write(lock_path(&project), format!("1\n{}\n", host_name())).unwrap();
        match lock_project(&project).unwrap() {
            LockState::HeldElsewhere(owner) => assert_eq!(owner.pid, 1),
            LockState::Acquired(_) => panic!("a live owner must be respected"),
        }

        // A crashed one does not (pids above the kernel's maximum never run).
        fs::write(lock_path(&project), format!("{}\n{}\n", u32::MAX - 1, host_name())).unwrap();
        assert!(matches!(lock_project(&project).unwrap(), LockState::Acquired(_)));

        // Another machine's lock is respected even if its pid means nothing here.
        fs::write(lock_path(&project), format!("{}\nsomewhere-else\n", u32::MAX - 1)).unwrap();
        assert!(matches!(lock_project(&project).unwrap(), LockState::HeldElsewhere(_)));
    }
}
