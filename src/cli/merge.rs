//! `claimdesk merge BASE OURS THEIRS [-o OUT]`: usable as git's merge driver
//! (`claimdesk merge %O %A %B`: git reads the result from %A, and takes exit status 0 as
//! merged, anything else as conflicted).

use std::path::Path;
use std::process::ExitCode;

use crate::merge::{MergeOutcome, merge_projects};
use crate::model::Project;
use crate::store::{StoreError, atomic::write_atomic, load_project, project_to_ron, save_project};

/// Exit status: merged with no conflict left open.
pub const MERGED: u8 = 0;
/// Exit status: merged, conflicts recorded in the file.
pub const CONFLICTS: u8 = 1;
/// Exit status: bad input, nothing written.
pub const BAD_INPUT: u8 = 2;

/// Runs the merge and writes the result (to `output`, else over `ours`); prints what
/// happened to standard error. Returns the exit status: [`MERGED`], [`CONFLICTS`] or
/// [`BAD_INPUT`].
pub fn merge(base: &Path, ours: &Path, theirs: &Path, output: Option<&Path>) -> ExitCode {
    match run(base, ours, theirs, output) {
        Ok(outcome) => {
            for notice in &outcome.notices {
                eprintln!("claimdesk: merge: {notice}");
            }
            for renumbered in &outcome.renumbered {
                eprintln!(
                    "claimdesk: merge: both sides added a claim {}; theirs is now {}",
                    renumbered.from, renumbered.to
                );
            }
            for claim_id in &outcome.report.orphaned {
                eprintln!("claimdesk: merge: claim {claim_id} not found in the merged text (kept, flagged)");
            }
            let written = output.unwrap_or(ours);
            if outcome.conflicted.is_empty() {
                eprintln!(
                    "claimdesk: merged {} claims into {}",
                    outcome.project.claims.len(),
                    written.display()
                );
                ExitCode::from(MERGED)
            } else {
                let list: Vec<String> = outcome.conflicted.iter().map(ToString::to_string).collect();
                eprintln!(
                    "claimdesk: merged into {} with conflicts recorded in {} claims: {}. Open the file in claimdesk to pick a side; `claimdesk check` lists them.",
                    written.display(),
                    outcome.conflicted.len(),
                    list.join(", ")
                );
                ExitCode::from(CONFLICTS)
            }
        }
        Err(error) => {
            eprintln!("claimdesk: merge: {error} (nothing written)");
            ExitCode::from(BAD_INPUT)
        }
    }
}

fn run(base: &Path, ours: &Path, theirs: &Path, output: Option<&Path>) -> Result<MergeOutcome, super::CliError> {
    // git passes an empty ancestor when both branches added the file (no common version).
    let base = match load_project(base) {
        Ok(loaded) => Some(loaded.project),
        Err(StoreError::Empty { .. }) => None,
        Err(error) => return Err(error.into()),
    };
    let ours_project = load_project(ours)?.project;
    let theirs_project = load_project(theirs)?.project;
    let outcome = merge_projects(base.as_ref(), &ours_project, &theirs_project)?;
    write(&outcome.project, ours, output)?;
    Ok(outcome)
}

fn write(project: &Project, ours: &Path, output: Option<&Path>) -> Result<(), StoreError> {
    if let Some(path) = output {
        // Like any save: atomic, the old file kept as .bak.
        save_project(path, project)
    } else {
        // Over OURS, atomically but without a .bak: as a git driver OURS is git's temporary
        // file in the work tree (a .bak would be left lying there), and nothing of ours is
        // lost: each value is in the result, in a recorded conflict, or (where only theirs
        // changed it) the same as in BASE.
        let text = project_to_ron(project).map_err(|error| StoreError::Serialize {
            path: ours.into(),
            message: error.to_string(),
        })?;
        write_atomic(ours, text.as_bytes(), false).map_err(|source| StoreError::io(ours, source))
    }
}
