//! The file behind an open project: where it saves, what was on disk when it was read, the
//! lock that warns a second window, the recovery copy and the autosave timer.
//!
//! The window saves and autosaves only through [`FileSession`], and so does the hidden
//! `claimdesk drill` command that the crash test kills mid-write: what the drill proves
//! about crashes holds for the window.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::atomic::{FaultInjector, NoFaults};
use super::lock::{LockOwner, LockState, ProjectLock, lock_project};
use super::recovery::{
    AutosaveTimer, Recovery, changed_claims, discard_recovery, read_recovery, recovery_path_for_project,
    recovery_path_for_unsaved, write_recovery_with,
};
use super::{Fingerprint, StoreError, save_project_with};
use crate::model::Project;

/// What [`FileSession::save`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Written to this file.
    Saved(PathBuf),
    /// Nothing written: someone changed the file since it was read. Ask the analyst, then
    /// save again with `overwrite_changed`, save elsewhere, or reload.
    ChangedOnDisk(PathBuf),
    /// Nothing written: the project has no file yet; ask where (Save As).
    NeedsPath,
}

/// A recovery copy found for a project, with what the analyst needs to decide.
#[derive(Clone, Debug)]
pub struct RecoveryOffer {
    /// The recovery file.
    pub path: PathBuf,
    /// When it was written.
    pub saved_at: String,
    /// How many claims it holds in another state than the file.
    pub changed_claims: usize,
    /// The recovered project.
    pub project: Project,
}

/// The file side of one open project.
#[derive(Debug, Default)]
pub struct FileSession {
    path: Option<PathBuf>,
    fingerprint: Option<Fingerprint>,
    lock: Option<ProjectLock>,
    held_by: Option<LockOwner>,
    data_dir: Option<PathBuf>,
    autosave: AutosaveTimer,
}

impl FileSession {
    /// A project with no file yet (an article just opened). Its recovery copies go to
    /// `data_dir`.
    pub fn unsaved(data_dir: Option<PathBuf>) -> Self {
        Self {
            data_dir,
            ..Self::default()
        }
    }

    /// A project read from `path`; takes the lock (see [`FileSession::held_by`]).
    pub fn opened(path: PathBuf, fingerprint: Option<Fingerprint>, data_dir: Option<PathBuf>) -> Self {
        let mut session = Self {
            fingerprint,
            data_dir,
            ..Self::default()
        };
        session.attach(path);
        session
    }

    fn attach(&mut self, path: PathBuf) {
        // What writers killed mid-save left beside the project and its recovery copy.
        super::atomic::remove_stale_temps(&path);
        super::atomic::remove_stale_temps(&recovery_path_for_project(&path));
        self.lock = None;
        self.held_by = None;
        match lock_project(&path) {
            Ok(LockState::Acquired(lock)) => self.lock = Some(lock),
            Ok(LockState::HeldElsewhere(owner)) => self.held_by = Some(owner),
            // A folder we cannot write to holds no lock; saving there will say why.
            Err(_) => {}
        }
        self.path = Some(path);
    }

    /// The project file, once there is one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Another claimdesk that had the project open when it was opened here.
    pub fn held_by(&self) -> Option<&LockOwner> {
        self.held_by.as_ref()
    }

    /// Whether someone else changed the file since it was read or last saved.
    pub fn changed_on_disk(&self) -> bool {
        match (&self.path, &self.fingerprint) {
            (Some(path), Some(fingerprint)) => fingerprint.changed_on_disk(path),
            _ => false,
        }
    }

    /// Where this project's recovery copy goes.
    pub fn recovery_path(&self, project: &Project) -> Option<PathBuf> {
        match &self.path {
            Some(path) => Some(recovery_path_for_project(path)),
            None => self
                .data_dir
                .as_deref()
                .map(|dir| recovery_path_for_unsaved(dir, project)),
        }
    }

    /// Saves to `save_as` or the project's own file. A file changed by someone else since it
    /// was read is not overwritten unless `overwrite_changed`. A successful save removes the
    /// recovery copy.
    pub fn save(
        &mut self,
        project: &Project,
        save_as: Option<PathBuf>,
        overwrite_changed: bool,
    ) -> Result<SaveOutcome, StoreError> {
        self.save_with(project, save_as, overwrite_changed, &NoFaults)
    }

    /// [`FileSession::save`] with failures injected.
    pub fn save_with(
        &mut self,
        project: &Project,
        save_as: Option<PathBuf>,
        overwrite_changed: bool,
        faults: &dyn FaultInjector,
    ) -> Result<SaveOutcome, StoreError> {
        let same_file = save_as.is_none() || save_as.as_deref() == self.path.as_deref();
        let Some(target) = save_as.or_else(|| self.path.clone()) else {
            return Ok(SaveOutcome::NeedsPath);
        };
        if same_file && !overwrite_changed && self.changed_on_disk() {
            return Ok(SaveOutcome::ChangedOnDisk(target));
        }
        let old_recovery = self.recovery_path(project);
        let fingerprint = save_project_with(&target, project, faults)?;
        if !same_file {
            self.attach(target.clone());
        }
        self.fingerprint = Some(fingerprint);
        self.autosave.written();
        if let Some(old) = old_recovery {
            // The work is in the project file now; a stale copy would only confuse.
            let _ = discard_recovery(&old);
        }
        Ok(SaveOutcome::Saved(target))
    }

    /// Notes an unsaved change at `now` (starts the autosave clock).
    pub fn changed(&mut self, now: Instant) {
        self.autosave.changed(now);
    }

    /// Whether a recovery copy is due at `now`.
    pub fn autosave_due(&self, now: Instant) -> bool {
        self.autosave.due(now)
    }

    /// How long until the next recovery copy is due.
    pub fn autosave_remaining(&self, now: Instant) -> Option<std::time::Duration> {
        self.autosave.remaining(now)
    }

    /// Writes the recovery copy now, stamped `saved_at`.
    pub fn write_recovery(&mut self, project: &Project, saved_at: &str) -> Result<PathBuf, StoreError> {
        self.write_recovery_with(project, saved_at, &NoFaults)
    }

    /// [`FileSession::write_recovery`] with failures injected.
    pub fn write_recovery_with(
        &mut self,
        project: &Project,
        saved_at: &str,
        faults: &dyn FaultInjector,
    ) -> Result<PathBuf, StoreError> {
        let Some(path) = self.recovery_path(project) else {
            return Err(StoreError::io(
                PathBuf::from("recovery copy"),
                std::io::Error::new(std::io::ErrorKind::NotFound, "no data folder to keep it in"),
            ));
        };
        let recovery = Recovery {
            saved_at: saved_at.to_owned(),
            project_path: self.path.clone(),
            project: project.clone(),
        };
        write_recovery_with(&path, &recovery, faults)?;
        self.autosave.written();
        Ok(path)
    }

    /// The analyst chose to drop unsaved work: remove the recovery copy.
    pub fn discard_recovery(&mut self, project: &Project) -> Result<(), StoreError> {
        self.autosave.written();
        match self.recovery_path(project) {
            Some(path) => discard_recovery(&path),
            None => Ok(()),
        }
    }

    /// A recovery copy left for this project by a session that did not save (a crash), if
    /// it holds anything the file does not. A copy that cannot be read is reported, kept.
    pub fn recovery_offer(&self, project: &Project) -> Result<Option<RecoveryOffer>, StoreError> {
        let Some(path) = self.recovery_path(project) else {
            return Ok(None);
        };
        if !path.exists() {
            return Ok(None);
        }
        let recovery = read_recovery(&path)?;
        let changed = changed_claims(project, &recovery.project);
        if changed == 0 && recovery.project == *project {
            // Nothing in it that the file lacks.
            let _ = discard_recovery(&path);
            return Ok(None);
        }
        Ok(Some(RecoveryOffer {
            path,
            saved_at: recovery.saved_at,
            changed_claims: changed,
            project: recovery.project,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Detection, Kind, Stamp, Status};
    use crate::store::load_project;

    fn project() -> Project {
        let text = "About 300 people came on Monday.";
        let detections = vec![Detection::new(0..16, Kind::Count, 0..text.len())];
        Project::from_detections(Article::new("Visit", text), detections)
    }

    #[test]
    fn a_file_changed_by_someone_else_is_not_overwritten_without_asking() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("visit.claims.ron");
        let mut session = FileSession::unsaved(Some(dir.path().to_path_buf()));
        let mut project = project();
        assert_eq!(session.save(&project, None, false).unwrap(), SaveOutcome::NeedsPath);
        assert_eq!(
            session.save(&project, Some(path.clone()), false).unwrap(),
            SaveOutcome::Saved(path.clone())
        );

        // A colleague edits the file.
        let mut theirs = load_project(&path).unwrap().project;
        theirs.claims[0].set_status(Status::Disputed, &Stamp::at_unix(0, "bo"));
        crate::store::save_project(&path, &theirs).unwrap();
        let their_bytes = std::fs::read(&path).unwrap();

        project.claims[0].set_status(Status::Sourced, &Stamp::at_unix(0, "ana"));
        assert!(session.changed_on_disk());
        assert_eq!(
            session.save(&project, None, false).unwrap(),
            SaveOutcome::ChangedOnDisk(path.clone())
        );
        assert_eq!(std::fs::read(&path).unwrap(), their_bytes, "their work is intact");

        // The analyst chose to overwrite: theirs stays in the .bak.
        assert_eq!(
            session.save(&project, None, true).unwrap(),
            SaveOutcome::Saved(path.clone())
        );
        assert_eq!(
            std::fs::read(crate::store::atomic::backup_path(&path)).unwrap(),
            their_bytes
        );
        assert!(!session.changed_on_disk());
    }

    #[test]
    fn recovery_is_offered_after_a_crash_and_removed_by_a_save() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("visit.claims.ron");
        let saved = project();
        crate::store::save_project(&path, &saved).unwrap();

        let mut crashed = FileSession::opened(path.clone(), None, None);
        let mut work = saved.clone();
        work.claims[0].set_status(Status::Sourced, &Stamp::at_unix(0, "ana"));
        crashed.changed(Instant::now());
        let copy = crashed.write_recovery(&work, "2026-11-29T10:00:00Z").unwrap();
        std::mem::forget(crashed); // a crash runs no destructors: the lock stays behind

        let reopened = load_project(&path).unwrap();
        let mut session = FileSession::opened(path.clone(), reopened.fingerprint, None);
        assert_eq!(session.held_by(), None, "our own stale lock is not a warning");
        let offer = session.recovery_offer(&reopened.project).unwrap().unwrap();
        assert_eq!(
            (offer.changed_claims, offer.saved_at.as_str()),
            (1, "2026-11-29T10:00:00Z")
        );
        assert_eq!(offer.project, work);

        session.save(&offer.project, None, false).unwrap();
        assert!(!copy.exists(), "a save removes the recovery copy");
        assert!(session.recovery_offer(&offer.project).unwrap().is_none());
    }
}
