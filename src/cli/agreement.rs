//! `claimdesk agreement A B [C…]`: how often reviewers agree on verdicts.

use std::fmt::Write as _;
use std::path::PathBuf;

use crate::merge::{AgreementStats, Verdict, agreement as measure};
use crate::model::Project;
use crate::store::load_project;

/// Loads the reviews and describes their agreement: overall, per claim kind, and the
/// confusion matrix of each pair.
pub fn agreement(paths: &[PathBuf]) -> Result<String, super::CliError> {
    if paths.len() < 2 {
        return Err("agreement needs at least two reviews".into());
    }
    let projects = paths
        .iter()
        .map(|path| load_project(path).map(|loaded| loaded.project))
        .collect::<Result<Vec<Project>, _>>()?;
    let reviews: Vec<&Project> = projects.iter().collect();
    let report = measure(&reviews);
    let mut out = String::new();
    for (n, path) in paths.iter().enumerate() {
        let _ = writeln!(out, "review {}: {}", n + 1, path.display());
    }
    let _ = writeln!(out, "\nall claims: {}", stats_line(&report.overall, report.reviews));
    for (kind, stats) in &report.per_kind {
        let _ = writeln!(out, "{:<10} {}", kind.label(), stats_line(stats, report.reviews));
    }
    for pair in &report.confusion {
        let _ = writeln!(
            out,
            "\nreview {} (rows) × review {} (columns):",
            pair.left + 1,
            pair.right + 1
        );
        let _ = write!(out, "{:>12}", "");
        for verdict in Verdict::ALL {
            let _ = write!(out, "{:>11}", verdict.label());
        }
        out.push('\n');
        for (verdict, row) in Verdict::ALL.iter().zip(&pair.matrix) {
            let _ = write!(out, "{:>12}", verdict.label());
            for count in row {
                let _ = write!(out, "{count:>11}");
            }
            out.push('\n');
        }
    }
    Ok(out)
}

fn stats_line(stats: &AgreementStats, reviews: usize) -> String {
    let number = |value: Option<f64>| value.map_or_else(|| "undefined".to_owned(), |value| format!("{value:.3}"));
    let mut line = format!("{} claims decided by at least two", stats.items);
    if let Some(raw) = stats.raw {
        let _ = write!(line, "; raw agreement {:.1}%", raw * 100.0);
    }
    if reviews == 2 {
        let _ = write!(line, "; Cohen's κ {}", number(stats.cohen_kappa));
    } else {
        let _ = write!(
            line,
            "; Fleiss' κ {} (over {} claims all decided)",
            number(stats.fleiss_kappa),
            stats.complete_items
        );
    }
    let _ = write!(line, "; Krippendorff's α {}", number(stats.krippendorff_alpha));
    line
}
