//! Writing a file so that a crash, a full disk or a power cut at any moment leaves either
//! the old contents or the new ones on disk — never a mix, never nothing.
//!
//! The new bytes go to a temporary file in the same folder (so the final rename stays on one
//! file system), which is flushed to disk; the old file is hard-linked aside; the temporary
//! file is renamed over the old one, the folder entry flushed, and only then does the old
//! file become `NAME.bak`.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Bytes written between two fault checks; small enough that tests can fail a write halfway.
pub const CHUNK: usize = 64 * 1024;

/// A point in [`write_atomic_with`] where a test can make the operation fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteStep {
    /// Creating the temporary file.
    CreateTemp,
    /// Writing the chunk starting at byte `offset` of the new contents.
    Write {
        /// Bytes already written.
        offset: usize,
    },
    /// Flushing the temporary file to disk.
    Sync,
    /// Staging the old file to become `.bak` (a hard link beside it).
    Backup,
    /// Renaming the temporary file over the target.
    Rename,
    /// Renaming the staged old file to `.bak`, once the new contents are in place. A failure
    /// here is not a failed save: the backup is given up, the new file stays.
    BackupRename,
}

impl WriteStep {
    /// Every kind of step, in the order a save with a backup meets them (writes at offset 0).
    pub const ALL: [WriteStep; 6] = [
        WriteStep::CreateTemp,
        WriteStep::Write { offset: 0 },
        WriteStep::Sync,
        WriteStep::Backup,
        WriteStep::Rename,
        WriteStep::BackupRename,
    ];
}

/// Decides whether a step fails. Production code uses [`NoFaults`]; tests inject disk-full
/// and permission errors through the same code path the window uses.
pub trait FaultInjector {
    /// `Err` makes `step` fail with that error.
    fn check(&self, step: WriteStep) -> io::Result<()>;
}

/// Lets every step through.
pub struct NoFaults;

impl FaultInjector for NoFaults {
    fn check(&self, _step: WriteStep) -> io::Result<()> {
        Ok(())
    }
}

/// The backup kept beside `path`: `article.claims.ron` → `article.claims.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(std::ffi::OsString::from).unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Replaces the contents of `path` with `bytes` atomically, keeping the old file as `.bak`.
pub fn write_atomic(path: &Path, bytes: &[u8], keep_backup: bool) -> io::Result<()> {
    write_atomic_with(path, bytes, keep_backup, &NoFaults)
}

/// [`write_atomic`] with failures injected by `faults`.
pub fn write_atomic_with(path: &Path, bytes: &[u8], keep_backup: bool, faults: &dyn FaultInjector) -> io::Result<()> {
    if path.is_dir() {
        return Err(io::Error::new(io::ErrorKind::IsADirectory, "is a folder, not a file"));
    }
    let temp = temp_path(path, "tmp");
    let mut staged_backup = None;
    let result = write_temp(&temp, bytes, faults).and_then(|()| {
        if keep_backup && path.exists() {
            faults.check(WriteStep::Backup)?;
            staged_backup = Some(stage_backup(path)?);
        }
        faults.check(WriteStep::Rename)?;
        fs::rename(&temp, path)?;
        sync_parent(path);
        Ok(())
    });
    match (&result, staged_backup) {
        (Ok(()), Some(staged)) => {
            // The new contents are safely in place; a backup that cannot be kept must not
            // turn a successful save into a reported failure.
            let kept = faults
                .check(WriteStep::BackupRename)
                .and_then(|()| fs::rename(&staged, backup_path(path)));
            if kept.is_err() {
                let _ = fs::remove_file(&staged);
            }
        }
        (Err(_), staged) => {
            // The half-written temporary file is ours and worthless; the target and the
            // old backup are untouched.
            let _ = fs::remove_file(&temp);
            if let Some(staged) = staged {
                let _ = fs::remove_file(staged);
            }
        }
        (Ok(()), None) => {}
    }
    result
}

fn write_temp(temp: &Path, bytes: &[u8], faults: &dyn FaultInjector) -> io::Result<()> {
    faults.check(WriteStep::CreateTemp)?;
    let mut file = OpenOptions::new().write(true).create_new(true).open(temp)?;
    for (index, chunk) in bytes.chunks(CHUNK).enumerate() {
        faults.check(WriteStep::Write { offset: index * CHUNK })?;
        file.write_all(chunk)?;
    }
    file.flush()?;
    faults.check(WriteStep::Sync)?;
    file.sync_all()
}

/// Hard-links the current file to a temporary name beside it (copies where the file system
/// has no hard links); renamed to `.bak` once the new contents are in place, so a failed
/// save never replaces the previous backup.
fn stage_backup(path: &Path) -> io::Result<PathBuf> {
    let staging = temp_path(path, "bak");
    if fs::hard_link(path, &staging).is_err() {
        fs::copy(path, &staging)?;
        File::open(&staging)?.sync_all()?;
    }
    Ok(staging)
}

/// A name beside `path` that no other writer (thread or process) uses at the same time.
fn temp_path(path: &Path, purpose: &str) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let serial = COUNTER.fetch_add(1, Ordering::Relaxed);
    let stem = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{stem}.{purpose}-{}-{serial}", std::process::id()))
}

/// Removes temporary files that a writer killed mid-save left beside `path` (names that
/// [`temp_path`] gives, with the pid of a process that no longer runs). Best effort.
pub fn remove_stale_temps(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = file_name.strip_prefix(&prefix) else {
            continue;
        };
        let Some((purpose, owner)) = rest.split_once('-') else {
            continue;
        };
        let pid = owner.split('-').next().and_then(|pid| pid.parse::<u32>().ok());
        let dead = pid.is_some_and(|pid| pid != std::process::id() && !process_runs(pid));
        if (purpose == "tmp" || purpose == "bak") && dead {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether a process runs on this machine; where that cannot be told (no `/proc`), assume
/// it does, so nothing of a live writer is ever removed.
pub(crate) fn process_runs(pid: u32) -> bool {
    let proc = Path::new("/proc");
    !proc.is_dir() || proc.join(pid.to_string()).exists()
}

/// Flushes the folder entry so the rename itself survives a power cut. Best effort: some
/// platforms and file systems cannot open a folder for syncing, and the data is already safe.
fn sync_parent(path: &Path) {
    #[cfg(unix)]
    if let Some(parent) = path.parent() {
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        if let Ok(dir) = File::open(parent) {
            let _ = dir.sync_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    /// Fails the first time `step` matches.
    struct FailAt {
        matches: fn(WriteStep) -> bool,
        kind: io::ErrorKind,
        fired: Cell<bool>,
    }

    impl FaultInjector for FailAt {
        fn check(&self, step: WriteStep) -> io::Result<()> {
            if !self.fired.get() && (self.matches)(step) {
                self.fired.set(true);
                return Err(io::Error::new(self.kind, format!("injected at {step:?}")));
            }
            Ok(())
        }
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn writes_and_keeps_the_previous_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ron");
        write_atomic(&path, b"one", true).unwrap();
        assert!(!backup_path(&path).exists(), "nothing to back up the first time");
        write_atomic(&path, b"two", true).unwrap();
        write_atomic(&path, b"three", true).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"three");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"two");
        assert_eq!(leftovers(dir.path()), ["a.ron", "a.ron.bak"]);
    }

    #[test]
    fn a_failure_at_any_step_leaves_old_file_and_backup_intact() {
        type StepMatcher = fn(WriteStep) -> bool;
        let steps: [(StepMatcher, io::ErrorKind); 6] = [
            (|step| step == WriteStep::CreateTemp, io::ErrorKind::PermissionDenied),
            (
                |step| step == WriteStep::Write { offset: 0 },
                io::ErrorKind::StorageFull,
            ),
            (
                |step| matches!(step, WriteStep::Write { offset } if offset > 0),
                io::ErrorKind::StorageFull,
            ),
            (|step| step == WriteStep::Sync, io::ErrorKind::Other),
            (|step| step == WriteStep::Backup, io::ErrorKind::PermissionDenied),
            (|step| step == WriteStep::Rename, io::ErrorKind::PermissionDenied),
        ];
        for (matches, kind) in steps {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("p.ron");
            write_atomic(&path, b"old backup", true).unwrap();
            write_atomic(&path, b"good work", true).unwrap();
            let big = vec![b'x'; 3 * CHUNK];
            let faults = FailAt {
                matches,
                kind,
                fired: Cell::new(false),
            };
            let error = write_atomic_with(&path, &big, true, &faults).unwrap_err();
            assert!(faults.fired.get());
            assert_eq!(error.kind(), kind);
            assert_eq!(fs::read(&path).unwrap(), b"good work");
            assert_eq!(fs::read(backup_path(&path)).unwrap(), b"old backup");
            assert_eq!(
                leftovers(dir.path()),
                ["p.ron", "p.ron.bak"],
                "no temporary file left behind"
            );
        }
    }

    #[test]
    fn a_backup_that_cannot_be_kept_does_not_fail_the_save() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        write_atomic(&path, b"old backup", true).unwrap();
        write_atomic(&path, b"good work", true).unwrap();
        let faults = FailAt {
            matches: |step| step == WriteStep::BackupRename,
            kind: io::ErrorKind::PermissionDenied,
            fired: Cell::new(false),
        };
        write_atomic_with(&path, b"newer work", true, &faults).unwrap();
        assert!(faults.fired.get());
        assert_eq!(fs::read(&path).unwrap(), b"newer work");
        assert_eq!(
            fs::read(backup_path(&path)).unwrap(),
            b"old backup",
            "the old backup stays"
        );
        assert_eq!(
            leftovers(dir.path()),
            ["p.ron", "p.ron.bak"],
            "the staged copy is removed"
        );
    }

    #[test]
    fn refuses_to_write_over_a_folder() {
        let dir = tempfile::tempdir().unwrap();
        let error = write_atomic(dir.path(), b"x", true).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::IsADirectory);
    }
}
