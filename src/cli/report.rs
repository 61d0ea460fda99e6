use std::path::Path;

use crate::export::{ExportOptions, ReportFormat, render};
use crate::store::{StoreError, atomic::write_atomic, load_project};

/// Renders the project at `project_path` as `format`; writes it to `output` (atomically) or
/// returns it for standard output.
pub fn report(
    project_path: &Path,
    format: ReportFormat,
    output: Option<&Path>,
    reviewer: Option<String>,
) -> Result<Option<String>, super::CliError> {
    let loaded = load_project(project_path)?;
    let stamp = crate::clock::stamp_now();
    let reviewer = reviewer.or(Some(stamp.by));
    let options = ExportOptions::for_project(&loaded.project, reviewer, stamp.at);
    let text = render(&loaded.project, format, &options)?;
    match output {
        Some(path) => {
            write_atomic(path, text.as_bytes(), false).map_err(|source| StoreError::io(path, source))?;
            Ok(None)
        }
        None => Ok(Some(text)),
    }
}

/// Parses `--format`: md, html, csv, claimreview, annotations.
pub fn parse_report_format(slug: &str) -> Result<ReportFormat, String> {
    ReportFormat::from_slug(slug)
        .ok_or_else(|| format!("unknown report format {slug:?}: use md, html, csv, claimreview or annotations"))
}
