use std::io::Write;
use std::path::Path;
use std::time::Instant;

use crate::model::Stamp;
use crate::store::{FileSession, SaveOutcome, load_project};

/// A crash drill: changes the project `rounds` times, alternately writing a recovery copy
/// and saving, through the same [`FileSession`] the window uses, and prints `autosaved N` /
/// `saved N` once each write is complete. A test kills it at random moments and checks that
/// every acknowledged write survived. Round numbers start at `first_round` so a series of
/// drills on one file never repeats a note.
pub fn drill(project_path: &Path, first_round: u64, rounds: u64) -> Result<(), super::CliError> {
    let loaded = load_project(project_path)?;
    let mut project = loaded.project;
    if project.claims.is_empty() {
        return Err("the drill needs a project with claims".into());
    }
    let mut session = FileSession::opened(project_path.to_path_buf(), loaded.fingerprint, None);
    let stamp = Stamp::at_unix(0, "drill");
    let mut out = std::io::stdout().lock();
    for round in first_round..first_round.saturating_add(rounds) {
        let index = usize::try_from(round).unwrap_or(0) % project.claims.len();
        if let Some(claim) = project.claims.get_mut(index) {
            claim.set_note(&format!("drill round {round}"), &stamp);
        }
        session.changed(Instant::now());
        if round % 2 == 0 {
            session.write_recovery(&project, &stamp.at)?;
            writeln!(out, "autosaved {round}")?;
        } else {
            match session.save(&project, None, false)? {
                SaveOutcome::Saved(_) => writeln!(out, "saved {round}")?,
                other => return Err(format!("drill save refused: {other:?}").into()),
            }
        }
        out.flush()?;
    }
    Ok(())
}
