//! Hostile and broken files and failing disks, through the same session the window saves
//! with: each case must give a clear message naming the file, and leave the bytes on disk
//! as they were.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "in tests a panic is the failure report"
)]

use std::cell::Cell;
use std::fs;
use std::io;

use claimdesk::model::{Article, Detection, Kind, Project, Stamp, Status};
use claimdesk::store::atomic::{FaultInjector, WriteStep, backup_path};
use claimdesk::store::{FileSession, MAX_PROJECT_BYTES, SaveOutcome, StoreError, load_project, save_project};

fn project() -> Project {
    let text = "Officials said 4,000 people left on Friday.";
    let start = text.find("4,000").unwrap();
    let detections = vec![Detection::new(
        start..start + "4,000 people".len(),
        Kind::Count,
        0..text.len(),
    )];
    Project::from_detections(Article::new("Exodus", text), detections)
}

/// Fails the steps `0` matches with the operating system's error number `1` — the error a
/// full disk or a read-only folder really gives, with the system's own words, so the test
/// sees the message an analyst would.
struct FailAt(fn(WriteStep) -> bool, i32, Cell<bool>);

/// Linux error numbers (`errno.h`) of the failures the tests inject.
const ENOSPC: i32 = 28;
const EACCES: i32 = 13;
const EROFS: i32 = 30;

impl FaultInjector for FailAt {
    fn check(&self, step: WriteStep) -> io::Result<()> {
        if (self.0)(step) {
            self.2.set(true);
            return Err(io::Error::from_raw_os_error(self.1));
        }
        Ok(())
    }
}

/// A saved project with a backup, and the session that has it open.
fn opened() -> (tempfile::TempDir, std::path::PathBuf, FileSession, Project) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("exodus.claims.ron");
    let project = project();
    save_project(&path, &project).unwrap();
    save_project(&path, &project).unwrap();
    let loaded = load_project(&path).unwrap();
    let session = FileSession::opened(path.clone(), loaded.fingerprint, Some(dir.path().join("data")));
    (dir, path, session, loaded.project)
}

#[test]
fn a_full_disk_or_a_read_only_folder_on_save_loses_nothing() {
    type StepMatcher = fn(WriteStep) -> bool;
    let cases: [(StepMatcher, i32, io::ErrorKind, &str); 3] = [
        (
            |step| matches!(step, WriteStep::Write { .. }),
            ENOSPC,
            io::ErrorKind::StorageFull,
            "No space left on device",
        ),
        (
            |step| step == WriteStep::CreateTemp,
            EACCES,
            io::ErrorKind::PermissionDenied,
            "Permission denied",
        ),
        (
            |step| step == WriteStep::Rename,
            EROFS,
            io::ErrorKind::ReadOnlyFilesystem,
            "Read-only file system",
        ),
    ];
    for (matches, errno, kind, words) in cases {
        let (_dir, path, mut session, mut project) = opened();
        let before = fs::read(&path).unwrap();
        let backup_before = fs::read(backup_path(&path)).unwrap();
        project.claims[0].set_status(Status::Sourced, &Stamp::at_unix(0, "ana"));
        let faults = FailAt(matches, errno, Cell::new(false));
        let error = session.save_with(&project, None, false, &faults).unwrap_err();
        assert!(faults.2.get());
        let message = error.to_string();
        assert!(message.contains("exodus.claims.ron"), "names the file: {message}");
        assert!(message.contains(words), "says why ({words}): {message}");
        let StoreError::Io { source, .. } = &error else {
            panic!("an I/O error, got {error}")
        };
        assert_eq!(source.kind(), kind, "{message}");
        assert_eq!(fs::read(&path).unwrap(), before, "the project is intact");
        assert_eq!(
            fs::read(backup_path(&path)).unwrap(),
            backup_before,
            "the backup is intact"
        );
        // The work is not lost either: it can still go to a recovery copy.
        session.write_recovery(&project, "now").unwrap();
    }
}

#[test]
fn a_full_disk_while_autosaving_keeps_the_previous_copy() {
    let (_dir, _path, mut session, mut project) = opened();
    project.claims[0].set_note("first", &Stamp::at_unix(0, "ana"));
    let copy = session.write_recovery(&project, "t1").unwrap();
    let good = fs::read(&copy).unwrap();
    project.claims[0].set_note("second", &Stamp::at_unix(0, "ana"));
    let faults = FailAt(|step| matches!(step, WriteStep::Write { .. }), ENOSPC, Cell::new(false));
    let error = session.write_recovery_with(&project, "t2", &faults).unwrap_err();
    let message = error.to_string();
    assert!(message.contains(".recovery"), "names the copy: {message}");
    assert!(message.contains("No space left on device"), "says why: {message}");
    assert_eq!(fs::read(&copy).unwrap(), good);
}

#[test]
fn a_file_that_disappears_while_open_is_not_silently_recreated() {
    let (_dir, path, mut session, project) = opened();
    fs::remove_file(&path).unwrap();
    assert!(session.changed_on_disk());
    assert_eq!(
        session.save(&project, None, false).unwrap(),
        SaveOutcome::ChangedOnDisk(path.clone())
    );
    assert!(!path.exists(), "nothing written until the analyst decides");
    assert_eq!(
        session.save(&project, None, true).unwrap(),
        SaveOutcome::Saved(path.clone())
    );
    assert_eq!(load_project(&path).unwrap().project, project);
}

#[test]
fn a_gigabyte_project_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    fs::File::create(&path).unwrap().set_len(1 << 30).unwrap(); // 1 GB
    assert!(fs::metadata(&path).unwrap().len() > MAX_PROJECT_BYTES);
    let started = std::time::Instant::now();
    let error = load_project(&path).unwrap_err();
    assert!(started.elapsed().as_millis() < 500, "refused from its size, not read");
    assert!(matches!(error, StoreError::TooLarge { .. }), "{error}");
    assert!(error.to_string().contains("huge.ron"));
}

#[test]
fn a_second_window_on_the_same_project_is_warned() {
    let (_dir, path, session, _project) = opened();
    // Another process (pid 1 always runs) has it: write its lock as it would.
    drop(session);
    let lock = claimdesk::store::lock::lock_path(&path);
    let host = fs::read_to_string("/etc/hostname")
        .map(|name| name.trim().to_owned())
        .unwrap_or_default();
    let host = std::env::var("HOSTNAME").unwrap_or(host);
    fs::write(&lock, format!("1\n{host}\n")).unwrap();
    let second = FileSession::opened(path, None, None);
    let owner = second.held_by().expect("warned");
    assert_eq!(owner.pid, 1);
    assert!(owner.to_string().contains("process 1"));
}
