use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::CliError;
use super::library::{LibraryFormat, Printed, data_dir, one_line, open_library};
use crate::library::{self, ClaimMatches, load_config};
use crate::model::Project;
use crate::store::{is_project_path, load_project, read_article};

#[derive(Serialize)]
struct JsonMatches<'a> {
    claims: &'a [ClaimMatches],
}

/// `claimdesk matches PATH`: the claims of an article or project already seen in the library.
/// `library_folders`, when given, replace the configured folders for this run.
pub fn matches(path: &Path, library_folders: &[PathBuf], format: LibraryFormat) -> Result<Printed, CliError> {
    let mut notices = Vec::new();
    let (project, own_file) = if is_project_path(path) {
        (load_project(path)?.project, Some(path))
    } else {
        let imported = read_article(path)?;
        notices.extend(imported.notices);
        let detections = crate::extract::extract(&imported.article.text);
        (Project::from_detections(imported.article, detections), None)
    };
    let data_dir = data_dir()?;
    let (folders, index_path) = if library_folders.is_empty() {
        let folders = load_config(&data_dir)?.folders(&data_dir);
        (folders, library::index_path(&data_dir))
    } else {
        let mut folders = Vec::new();
        for folder in library_folders {
            if !folder.is_dir() {
                return Err(format!("{}: not a folder", folder.display()).into());
            }
            folders.push(std::fs::canonicalize(folder)?);
        }
        let index_path = library::index_path_for_folders(&data_dir, &folders);
        (folders, index_path)
    };
    let (library, more) = open_library(&index_path, &folders)?;
    notices.extend(more);
    let mut claims = library.matches_for(&project, own_file)?;
    for claim in &mut claims {
        for found in &mut claim.matches {
            // Three decimals: enough to rank, no float noise in the output.
            found.score = (found.score * 1000.0).round() / 1000.0;
        }
    }
    let text = match format {
        LibraryFormat::Json => {
            let mut text = serde_json::to_string_pretty(&JsonMatches { claims: &claims })?;
            text.push('\n');
            text
        }
        LibraryFormat::Tsv => {
            let mut text = String::new();
            for claim in &claims {
                for found in &claim.matches {
                    let _ = writeln!(
                        text,
                        "{}\t{}\t{}\t{}\t{:.3}\t{}\t{}\t{}\t{}",
                        claim.start,
                        claim.end,
                        claim.kind,
                        one_line(&claim.text),
                        found.score,
                        found.status.slug(),
                        found.project.display(),
                        found.claim_id.0,
                        one_line(&found.text)
                    );
                }
            }
            text
        }
    };
    Ok(Printed { text, notices })
}
