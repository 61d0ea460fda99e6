//! Project files: RON, one file per review (SPEC §2).

use std::path::Path;

use serde::Deserialize;

use super::atomic::{FaultInjector, NoFaults, write_atomic_with};
use super::read::read_limited;
use super::{Fingerprint, StoreError};
use crate::model::{FORMAT_VERSION, Project, ValidationReport};

/// The largest project file claimdesk reads: a 20 MB article plus generous room for claims.
pub const MAX_PROJECT_BYTES: u64 = 256 * 1024 * 1024;

/// How deeply RON values may nest. A project needs fewer than ten levels; the limit stops a
/// hostile file from exhausting the stack.
const RECURSION_LIMIT: usize = 64;

/// A project as loaded, with what loading had to repair.
#[derive(Clone, Debug)]
pub struct LoadedProject {
    /// The project, valid (see [`Project::validate`]).
    pub project: Project,
    /// Claims re-anchored or flagged while loading.
    pub report: ValidationReport,
    /// The file as it was read, to notice later changes by others (`None` when parsed from
    /// text that came from no file).
    pub fingerprint: Option<Fingerprint>,
}

/// Just the version, read first so that a newer file is refused with a clear message even
/// when the rest of it no longer fits this build's types.
#[derive(Deserialize)]
#[serde(rename = "Project")]
struct FormatProbe {
    format: u32,
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_recursion_limit(RECURSION_LIMIT)
}

/// Reads and validates the project at `path`. Nothing is written.
pub fn load_project(path: &Path) -> Result<LoadedProject, StoreError> {
    let bytes = read_limited(path, MAX_PROJECT_BYTES)?;
    let loaded = parse_project_bytes(&bytes, path)?;
    Ok(LoadedProject {
        fingerprint: Some(Fingerprint::of(path, &bytes)),
        ..loaded
    })
}

/// Checks and parses a project file's bytes as [`load_project`] does — empty, binary (a NUL
/// byte) and non-UTF-8 files refused first — without touching the disk; `path` is only used
/// in messages.
pub fn parse_project_bytes(bytes: &[u8], path: &Path) -> Result<LoadedProject, StoreError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(StoreError::Empty { path: path.into() });
    }
    if let Some(at) = bytes.iter().position(|&byte| byte == 0) {
        return Err(StoreError::Binary {
            path: path.into(),
            reason: format!("NUL byte at offset {at}"),
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|error| StoreError::Binary {
        path: path.into(),
        reason: format!("not UTF-8 at byte {}", error.valid_up_to()),
    })?;
    parse_project(text, path)
}

/// Parses and validates project RON; `path` is only used in messages.
pub fn parse_project(text: &str, path: &Path) -> Result<LoadedProject, StoreError> {
    let options = ron_options();
    if let Ok(probe) = options.from_str::<FormatProbe>(text)
        && probe.format > FORMAT_VERSION
    {
        return Err(StoreError::NewerFormat {
            path: path.into(),
            found: probe.format,
            supported: FORMAT_VERSION,
        });
    }
    let mut project: Project = options.from_str(text).map_err(|error| StoreError::Parse {
        path: path.into(),
        line: error.span.start.line,
        column: error.span.start.col,
        message: error.code.to_string(),
    })?;
    if project.format == 0 {
        return Err(StoreError::Parse {
            path: path.into(),
            line: 1,
            column: 1,
            message: "format 0 is not a claimdesk project format".into(),
        });
    }
    // Every older format is read by the current types (new fields have serde defaults);
    // saving writes the oldest format that holds the project (see `project_to_ron`).
    project.format = project.required_format();
    if let Some(claim_id) = project.duplicate_claim_id() {
        return Err(StoreError::DuplicateClaimId {
            path: path.into(),
            claim_id,
        });
    }
    let report = project.validate();
    Ok(LoadedProject {
        project,
        report,
        fingerprint: None,
    })
}

/// The project as pretty RON: stable (same project, same bytes), one field per line, and
/// strings unescaped (the article keeps its own line breaks, raw strings where it has quotes),
/// so reviews diff well under version control.
///
/// The `format` written is always [`Project::required_format`], whatever the field says, so
/// that conflicts are never written under a format an older claimdesk would read (and drop).
pub fn project_to_ron(project: &Project) -> Result<String, ron::Error> {
    let format = project.required_format();
    if project.format != format {
        // Rare (a conflict resolved or restored by undo since the last save): one copy.
        let fixed = Project {
            format,
            ..project.clone()
        };
        return project_to_ron(&fixed);
    }
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .escape_strings(false)
        .indentor("    ")
        .new_line("\n");
    let mut text = ron::Options::default().to_string_pretty(project, config.clone())?;
    // A NUL character written raw would make the file read as binary and refused on the next
    // load (found by tests/fuzz.rs): such a project is written with escaped strings instead.
    if text.contains('\0') {
        text = ron::Options::default().to_string_pretty(project, config.escape_strings(true))?;
    }
    text.push('\n');
    Ok(text)
}

/// Saves `project` to `path` atomically, keeping the previous file as `path.bak`.
pub fn save_project(path: &Path, project: &Project) -> Result<(), StoreError> {
    save_project_with(path, project, &NoFaults).map(drop)
}

/// [`save_project`] with failures injected (tests, crash drills); returns the fingerprint of
/// what was written.
pub fn save_project_with(
    path: &Path,
    project: &Project,
    faults: &dyn FaultInjector,
) -> Result<Fingerprint, StoreError> {
    let text = project_to_ron(project).map_err(|error| StoreError::Serialize {
        path: path.into(),
        message: error.to_string(),
    })?;
    write_atomic_with(path, text.as_bytes(), true, faults).map_err(|source| StoreError::io(path, source))?;
    Ok(Fingerprint::of(path, text.as_bytes()))
}
