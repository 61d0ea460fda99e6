//! `claimdesk diff A B`: where two reviews of one article differ, claim by claim.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use crate::merge::{ClaimPair, Difference, Verdict, compare};
use crate::model::{Claim, Project};
use crate::store::load_project;

/// Prints the differences to standard output. Exit status as diff(1): 0 the reviews agree,
/// 1 they differ, 2 a file could not be read.
pub fn diff(left: &Path, right: &Path) -> ExitCode {
    let loaded = load_project(left).and_then(|a| Ok((a, load_project(right)?)));
    match loaded {
        Ok((a, b)) => {
            let (text, differ) = diff_text(
                &a.project,
                &b.project,
                &left.display().to_string(),
                &right.display().to_string(),
            );
            print!("{text}");
            ExitCode::from(u8::from(differ))
        }
        Err(error) => {
            eprintln!("claimdesk: diff: {error}");
            ExitCode::from(2)
        }
    }
}

/// The report `claimdesk diff` prints, and whether the reviews differ at all.
pub fn diff_text(left: &Project, right: &Project, left_name: &str, right_name: &str) -> (String, bool) {
    let comparison = compare(left, right);
    let mut out = String::new();
    let _ = writeln!(out, "--- {left_name}");
    let _ = writeln!(out, "+++ {right_name}");
    if left.article.text != right.article.text {
        let _ = writeln!(
            out,
            "(the article texts differ; claims matched by their words and context)"
        );
    }
    let _ = writeln!(
        out,
        "{} claims in both, {} differ, {} with different verdicts",
        comparison.matched(),
        comparison.differing(),
        comparison.disagreements()
    );
    for pair in comparison.pairs.iter().filter(|pair| pair.differs()) {
        let left_claim = pair.left.and_then(|id| left.claim(id));
        let right_claim = pair.right.and_then(|id| right.claim(id));
        pair_text(&mut out, pair, left_claim, right_claim);
    }
    (out, comparison.differing() > 0)
}

fn pair_text(out: &mut String, pair: &ClaimPair, left: Option<&Claim>, right: Option<&Claim>) {
    let ids = match (pair.left, pair.right) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (a, b) => format!(
            "{} / {}",
            a.map_or_else(|| "-".to_owned(), |id| id.to_string()),
            b.map_or_else(|| "-".to_owned(), |id| id.to_string())
        ),
    };
    let at = pair.span.as_ref().map_or_else(
        || "not in the text".to_owned(),
        |span| format!("bytes {}..{}", span.start, span.end),
    );
    let _ = writeln!(out, "\n{ids} “{}” ({}, {at})", pair.quote, pair.kind);
    let verdict = |verdict: Option<Verdict>| verdict.map_or("to review", Verdict::label);
    for difference in &pair.differences {
        match difference {
            Difference::OnlyLeft => {
                let _ = writeln!(out, "  - only in the first review ({})", verdict(pair.left_verdict));
            }
            Difference::OnlyRight => {
                let _ = writeln!(out, "  + only in the second review ({})", verdict(pair.right_verdict));
            }
            Difference::Verdict => {
                let _ = writeln!(
                    out,
                    "  verdict: {} → {}",
                    verdict(pair.left_verdict),
                    verdict(pair.right_verdict)
                );
            }
            Difference::Kind => {
                if let (Some(a), Some(b)) = (left, right) {
                    let _ = writeln!(out, "  kind: {} → {}", a.kind, b.kind);
                }
            }
            Difference::Note => {
                if let (Some(a), Some(b)) = (left, right) {
                    let _ = writeln!(out, "  note: {:?} → {:?}", a.note, b.note);
                }
            }
            Difference::Sources => {
                if let (Some(a), Some(b)) = (left, right) {
                    for source in a.sources.iter().filter(|source| !b.sources.contains(source)) {
                        let _ = writeln!(out, "  - source {}", source.url);
                    }
                    for source in b.sources.iter().filter(|source| !a.sources.contains(source)) {
                        let _ = writeln!(out, "  + source {}", source.url);
                    }
                }
            }
        }
    }
}
