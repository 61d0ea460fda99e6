use std::fmt::Write as _;
use std::path::Path;

use crate::store::{StoreError, load_project};

/// Validates the project at `path` and describes it: counts per status, and any claims
/// that had to be re-anchored or could not be found. Never writes.
pub fn check(path: &Path) -> Result<String, StoreError> {
    let loaded = load_project(path)?;
    let project = &loaded.project;
    let counts = project.counts();
    let mut out = String::new();
    let _ = writeln!(out, "{}: ok — “{}”", path.display(), project.article.title);
    let _ = writeln!(
        out,
        "{} claims: {} sourced, {} disputed, {} unverified; {} reviewed; {} dismissed",
        counts.total, counts.sourced, counts.disputed, counts.unverified, counts.reviewed, counts.dismissed
    );
    for (label, ids) in [
        ("re-anchored by their quote", &loaded.report.reanchored),
        ("not found in the text (kept, flagged)", &loaded.report.orphaned),
    ] {
        if !ids.is_empty() {
            let list: Vec<String> = ids.iter().map(ToString::to_string).collect();
            let _ = writeln!(out, "{} claims {label}: {}", ids.len(), list.join(", "));
        }
    }
    Ok(out)
}
