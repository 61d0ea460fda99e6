use std::fmt::Write as _;
use std::path::Path;

use crate::export::ReviewCounts;
use crate::store::{StoreError, load_project};

/// Validates the project at `path` and describes it: claims still to review apart from the
/// reviewed ones and their verdicts, claims marked sourced that name no source, and any claims
/// that had to be re-anchored or could not be found. Never writes.
pub fn check(path: &Path) -> Result<String, StoreError> {
    let loaded = load_project(path)?;
    let project = &loaded.project;
    let counts = ReviewCounts::of(project);
    let mut out = String::new();
    let _ = writeln!(out, "{}: ok — “{}”", path.display(), project.article.title);
    let _ = writeln!(
        out,
        "{} claims: {} to review; {} reviewed: {} sourced, {} disputed, {} unverified; {} dismissed",
        counts.total,
        counts.to_review,
        counts.reviewed,
        counts.sourced,
        counts.disputed,
        counts.unverified,
        counts.dismissed
    );
    for (label, ids) in [
        ("marked sourced with no source", &counts.sourced_without_source),
        ("re-anchored by their quote", &loaded.report.reanchored),
        ("not found in the text (kept, flagged)", &loaded.report.orphaned),
    ] {
        if !ids.is_empty() {
            let list: Vec<String> = ids.iter().map(ToString::to_string).collect();
            let noun = if ids.len() == 1 { "claim" } else { "claims" };
            let _ = writeln!(out, "{} {noun} {label}: {}", ids.len(), list.join(", "));
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

#[cfg(test)]
mod tests {
    use super::check;
    use crate::model::{Article, Kind, Project, Stamp, Status};

    #[test]
    fn to_review_unverified_and_unsourced_are_told_apart() {
        let dir = tempfile::tempdir().unwrap_or_else(|error| panic!("{error}"));
        let path = dir.path().join("p.claims.ron");
        let text = "Two ships left on Monday and three on Friday.";
        let mut project = Project::from_detections(Article::new("Ships", text), Vec::new());
        let stamp = Stamp::at_unix(0, "ana");
        for (word, status) in [
            ("Two", Some(Status::Unverified)),
            ("Monday", Some(Status::Sourced)),
            ("three", None),
        ] {
            let start = text.find(word).unwrap_or(0);
            let claim_id = project
                .add_claim(start, start + word.len(), Kind::Count, &stamp)
                .unwrap_or_else(|error| panic!("{error}"));
            if let (Some(status), Ok(claim)) = (status, project.claim_mut(claim_id)) {
                claim.set_status(status, &stamp);
            }
        }
        crate::store::save_project(&path, &project).unwrap_or_else(|error| panic!("{error}"));
        let out = check(&path).unwrap_or_else(|error| panic!("{error}"));
        assert!(
            out.contains("3 claims: 1 to review; 2 reviewed: 1 sourced, 0 disputed, 1 unverified; 0 dismissed"),
            "{out}"
        );
        assert!(out.contains("1 claim marked sourced with no source: #2"), "{out}");
    }
}
