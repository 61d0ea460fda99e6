//! Recovery copies: while a review has unsaved changes, the window writes the whole project
//! to a recovery file every so often, so a crash or a power cut loses at most that interval.
//! A normal save or an explicit discard removes the copy.
//!
//! A project saved to a file keeps its copy beside it (`.NAME.ron.recovery`); an article-born
//! project not yet saved keeps it in the data folder, named after the article.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::atomic::{FaultInjector, NoFaults, write_atomic_with};
use super::read::read_limited;
use super::{MAX_PROJECT_BYTES, StoreError};
use crate::model::Project;

/// The longest an unsaved change waits before it is in a recovery copy.
pub const AUTOSAVE_INTERVAL: Duration = Duration::from_secs(30);

/// What a recovery file holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Recovery {
    /// When the copy was written (RFC 3339 UTC).
    pub saved_at: String,
    /// The project file this is a copy of, if it had one.
    pub project_path: Option<PathBuf>,
    /// The project with every change up to `saved_at`.
    pub project: Project,
}

/// The recovery file of a project saved at `project_path`.
pub fn recovery_path_for_project(project_path: &Path) -> PathBuf {
    let name = project_path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    project_path.with_file_name(format!(".{name}.recovery"))
}

/// The recovery file of a project not saved yet, in `data_dir`: named after the article's
/// origin (or title), so reopening the same article finds it.
pub fn recovery_path_for_unsaved(data_dir: &Path, project: &Project) -> PathBuf {
    let key = project.article.origin.as_deref().unwrap_or(&project.article.title);
    let readable: String = key
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_alphanumeric() || "-_.".contains(*c))
        .take(40)
        .collect();
    let digest = crate::hash::fnv1a(key.as_bytes());
    data_dir
        .join("recovery")
        .join(format!("{readable}-{digest:016x}.recovery"))
}

/// Where claimdesk keeps data that is not the user's files: `$CLAIMDESK_DATA_DIR`, else the
/// platform's data folder (`$XDG_DATA_HOME/claimdesk`, `~/.local/share/claimdesk`,
/// `%APPDATA%\claimdesk`).
pub fn data_dir() -> Option<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|value| !value.is_empty())
            .map(PathBuf::from)
    };
    var("CLAIMDESK_DATA_DIR")
        .or_else(|| var("XDG_DATA_HOME").map(|dir| dir.join("claimdesk")))
        .or_else(|| var("APPDATA").map(|dir| dir.join("claimdesk")))
        .or_else(|| var("HOME").map(|home| home.join(".local/share/claimdesk")))
}

/// Writes a recovery copy atomically (no backup: the copy itself is the backup).
pub fn write_recovery(path: &Path, recovery: &Recovery) -> Result<(), StoreError> {
    write_recovery_with(path, recovery, &NoFaults)
}

/// [`write_recovery`] with failures injected.
pub fn write_recovery_with(path: &Path, recovery: &Recovery, faults: &dyn FaultInjector) -> Result<(), StoreError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|source| StoreError::io(parent, source))?;
    }
    let config = ron::ser::PrettyConfig::new().struct_names(true).new_line("\n");
    let text = ron::Options::default()
        .to_string_pretty(recovery, config)
        .map_err(|error| StoreError::Serialize {
            path: path.into(),
            message: error.to_string(),
        })?;
    write_atomic_with(path, text.as_bytes(), false, faults).map_err(|source| StoreError::io(path, source))
}

/// Reads a recovery copy; its project is validated like a project file.
pub fn read_recovery(path: &Path) -> Result<Recovery, StoreError> {
    let bytes = read_limited(path, MAX_PROJECT_BYTES)?;
    let text = std::str::from_utf8(&bytes).map_err(|error| StoreError::Binary {
        path: path.into(),
        reason: format!("not UTF-8 at byte {}", error.valid_up_to()),
    })?;
    let mut recovery: Recovery = ron::Options::default()
        .from_str(text)
        .map_err(|error| StoreError::Parse {
            path: path.into(),
            line: error.span.start.line,
            column: error.span.start.col,
            message: error.code.to_string(),
        })?;
    recovery.project.validate();
    Ok(recovery)
}

/// Removes a recovery copy; one that is already gone is fine.
pub fn discard_recovery(path: &Path) -> Result<(), StoreError> {
    match std::fs::remove_file(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(StoreError::io(path, error)),
        _ => Ok(()),
    }
}

/// Recovery copies of never-saved projects left in `data_dir` (after a crash), newest first.
pub fn unsaved_recoveries(data_dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(data_dir.join("recovery")) else {
        return Vec::new();
    };
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "recovery"))
        .map(|path| {
            let modified = std::fs::metadata(&path).and_then(|metadata| metadata.modified());
            (modified.unwrap_or(std::time::UNIX_EPOCH), path)
        })
        .collect();
    found.sort_by(|a, b| b.cmp(a));
    found.into_iter().map(|(_, path)| path).collect()
}

/// How many claims differ between `base` (what is on disk) and `recovered`, counting claims
/// only one of them has.
pub fn changed_claims(base: &Project, recovered: &Project) -> usize {
    let changed = recovered
        .claims
        .iter()
        .filter(|claim| base.claim(claim.id) != Some(claim))
        .count();
    let removed = base
        .claims
        .iter()
        .filter(|claim| recovered.claim(claim.id).is_none())
        .count();
    changed + removed
}

/// Decides when a recovery copy is due: at most every [`AUTOSAVE_INTERVAL`] while there are
/// unsaved changes, counted from the first unsaved change.
#[derive(Clone, Debug)]
pub struct AutosaveTimer {
    interval: Duration,
    pending_since: Option<Instant>,
}

impl Default for AutosaveTimer {
    fn default() -> Self {
        Self::new(AUTOSAVE_INTERVAL)
    }
}

impl AutosaveTimer {
    /// A timer with a custom interval (tests, drills).
    pub fn new(interval: Duration) -> Self {
        Self {
            interval,
            pending_since: None,
        }
    }

    /// Notes that the project changed at `now`.
    pub fn changed(&mut self, now: Instant) {
        self.pending_since.get_or_insert(now);
    }

    /// Whether a recovery copy should be written at `now`.
    pub fn due(&self, now: Instant) -> bool {
        self.pending_since
            .is_some_and(|since| now.duration_since(since) >= self.interval)
    }

    /// How long until the next copy is due, to schedule a repaint.
    pub fn remaining(&self, now: Instant) -> Option<Duration> {
        self.pending_since
            .map(|since| self.interval.saturating_sub(now.duration_since(since)))
    }

    /// Notes that the changes are now in a recovery copy or saved.
    pub fn written(&mut self) {
        self.pending_since = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Detection, Kind, Stamp, Status};

    fn project() -> Project {
        let text = "On Monday 300 people came.";
        let detections = vec![Detection::new(3..9, Kind::Date, 0..text.len())];
        Project::from_detections(Article::new("Visit", text), detections)
    }

    #[test]
    fn a_recovery_round_trips_and_counts_changed_claims() {
        let dir = tempfile::tempdir().unwrap();
        let base = project();
        let mut changed = base.clone();
        changed.claims[0].set_status(Status::Sourced, &Stamp::at_unix(0, "ana"));
        let path = recovery_path_for_project(&dir.path().join("visit.claims.ron"));
        let recovery = Recovery {
            saved_at: "2026-11-29T10:00:00Z".into(),
            project_path: Some(dir.path().join("visit.claims.ron")),
            project: changed.clone(),
        };
        write_recovery(&path, &recovery).unwrap();
        let read = read_recovery(&path).unwrap();
        assert_eq!(read, recovery);
        assert_eq!(changed_claims(&base, &read.project), 1);
        assert_eq!(changed_claims(&base, &base), 0);
        discard_recovery(&path).unwrap();
        assert!(!path.exists());
        discard_recovery(&path).unwrap();
    }

    #[test]
    fn unsaved_projects_recover_from_the_data_folder() {
        let dir = tempfile::tempdir().unwrap();
        let mut project = project();
        project.article.origin = Some("/news/visit.txt".into());
        let path = recovery_path_for_unsaved(dir.path(), &project);
        assert!(path.starts_with(dir.path().join("recovery")));
        assert!(path.file_name().unwrap().to_string_lossy().starts_with("visit.txt-"));
        let recovery = Recovery {
            saved_at: "t".into(),
            project_path: None,
            project,
        };
        write_recovery(&path, &recovery).unwrap();
        assert_eq!(unsaved_recoveries(dir.path()), vec![path]);
    }

    #[test]
    fn autosave_waits_for_the_interval_after_the_first_change() {
        let start = Instant::now();
        let mut timer = AutosaveTimer::new(Duration::from_secs(30));
        assert!(!timer.due(start + Duration::from_secs(100)), "nothing to save");
        timer.changed(start);
        timer.changed(start + Duration::from_secs(20));
        assert!(!timer.due(start + Duration::from_secs(29)));
        assert!(
            timer.due(start + Duration::from_secs(30)),
            "counted from the first change"
        );
        timer.written();
        assert!(!timer.due(start + Duration::from_mins(1)));
    }
}
