use std::cell::Cell;
use std::io::Write;
use std::path::Path;
use std::time::Instant;

use clap::ValueEnum;

use crate::model::{Project, Stamp};
use crate::store::atomic::{CHUNK, FaultInjector, NoFaults, WriteStep};
use crate::store::{FileSession, SaveOutcome, StoreError, load_project, project_to_ron};

/// A write step at which the drill can make itself crash (see [`DrillFaults`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CrashStep {
    /// Before the temporary file is created.
    CreateTemp,
    /// Before the first byte is written.
    WriteStart,
    /// Between two chunks of a write (the contents must be larger than one chunk).
    WriteMiddle,
    /// After the last byte, before the file is flushed to disk.
    Sync,
    /// Before the old file is staged as the backup.
    Backup,
    /// Before the new file is renamed over the old one.
    Rename,
    /// After the new file is in place, before the old one becomes `.bak`.
    BackupRename,
}

impl CrashStep {
    fn matches(self, step: WriteStep) -> bool {
        match (self, step) {
            (CrashStep::CreateTemp, WriteStep::CreateTemp)
            | (CrashStep::Sync, WriteStep::Sync)
            | (CrashStep::Backup, WriteStep::Backup)
            | (CrashStep::Rename, WriteStep::Rename)
            | (CrashStep::BackupRename, WriteStep::BackupRename) => true,
            (CrashStep::WriteStart, WriteStep::Write { offset }) => offset == 0,
            (CrashStep::WriteMiddle, WriteStep::Write { offset }) => offset > 0,
            _ => false,
        }
    }
}

/// How the crash test makes a drill fail.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DrillFaults {
    /// Abort the process (as a crash does: no destructors, no flushing) at the `nth`
    /// occurrence of this step, counted over all the drill's writes, 1 being the first.
    pub crash_at: Option<(CrashStep, u64)>,
    /// Save by overwriting the project file in place instead of atomically: the negative
    /// control that shows the crash test catches a writer that is not atomic.
    pub unsafe_direct_writes: bool,
}

/// Aborts the process at the chosen step.
struct CrashAt {
    step: CrashStep,
    nth: u64,
    seen: Cell<u64>,
}

impl FaultInjector for CrashAt {
    fn check(&self, step: WriteStep) -> std::io::Result<()> {
        if self.step.matches(step) {
            self.seen.set(self.seen.get() + 1);
            if self.seen.get() == self.nth {
                std::process::abort();
            }
        }
        Ok(())
    }
}

/// The change the drill makes in `round`: one claim's note says the round's number. The crash
/// test replays it to know the whole project each acknowledged round must have left.
pub fn drill_round(project: &mut Project, round: u64) {
    if project.claims.is_empty() {
        return;
    }
    let index = usize::try_from(round).unwrap_or(0) % project.claims.len();
    if let Some(claim) = project.claims.get_mut(index) {
        claim.set_note(&format!("drill round {round}"), &Stamp::at_unix(0, "drill"));
    }
}

/// A crash drill: changes the project `rounds` times ([`drill_round`]), alternately writing a
/// recovery copy (even rounds) and saving (odd rounds), through the same [`FileSession`] the
/// window uses, and prints `autosaved N` / `saved N` once each write is complete. A test kills
/// it at random moments, or has it crash at a chosen write step (`faults`), and checks that
/// every acknowledged write survived. Round numbers start at `first_round` so a series of
/// drills on one file never repeats a note.
pub fn drill(project_path: &Path, first_round: u64, rounds: u64, faults: DrillFaults) -> Result<(), super::CliError> {
    let loaded = load_project(project_path)?;
    let mut project = loaded.project;
    if project.claims.is_empty() {
        return Err("the drill needs a project with claims".into());
    }
    let crash = faults.crash_at.map(|(step, nth)| CrashAt {
        step,
        nth,
        seen: Cell::new(0),
    });
    let injector: &dyn FaultInjector = match &crash {
        Some(crash) => crash,
        None => &NoFaults,
    };
    let mut session = FileSession::opened(project_path.to_path_buf(), loaded.fingerprint, None);
    let stamp = Stamp::at_unix(0, "drill");
    let mut out = std::io::stdout().lock();
    for round in first_round..first_round.saturating_add(rounds) {
        drill_round(&mut project, round);
        session.changed(Instant::now());
        if round % 2 == 0 {
            session.write_recovery_with(&project, &stamp.at, injector)?;
            writeln!(out, "autosaved {round}")?;
        } else if faults.unsafe_direct_writes {
            write_in_place(project_path, &project, injector)?;
            writeln!(out, "saved {round}")?;
        } else {
            match session.save_with(&project, None, false, injector)? {
                SaveOutcome::Saved(_) => writeln!(out, "saved {round}")?,
                other => return Err(format!("drill save refused: {other:?}").into()),
            }
        }
        out.flush()?;
    }
    Ok(())
}

/// What a naive editor does: truncate the file and write the new contents into it. A crash
/// in between leaves a torn file; the crash test must notice.
fn write_in_place(path: &Path, project: &Project, faults: &dyn FaultInjector) -> Result<(), StoreError> {
    let text = project_to_ron(project).map_err(|error| StoreError::Serialize {
        path: path.into(),
        message: error.to_string(),
    })?;
    let io = |source| StoreError::io(path, source);
    let mut file = std::fs::File::create(path).map_err(io)?;
    for (index, chunk) in text.as_bytes().chunks(CHUNK).enumerate() {
        faults.check(WriteStep::Write { offset: index * CHUNK }).map_err(io)?;
        file.write_all(chunk).map_err(io)?;
    }
    file.sync_all().map_err(io)
}
