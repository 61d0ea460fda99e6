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
    let conflicted: Vec<_> = project.conflicted_claims().collect();
    if !conflicted.is_empty() {
        let open: usize = conflicted.iter().map(|claim| claim.conflicts.len()).sum();
        let _ = writeln!(
            out,
            "{open} merge conflicts open in {} claims (open the project in claimdesk to pick a side):",
            conflicted.len()
        );
        for claim in conflicted {
            for conflict in &claim.conflicts {
                let (ours, theirs) = conflict.describe_sides();
                let _ = writeln!(
                    out,
                    "  {} “{}”: {}: ours {ours}, theirs {theirs}",
                    claim.id,
                    claim.quote,
                    conflict.field()
                );
            }
        }
    }
    Ok(out)
}
