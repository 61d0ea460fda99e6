use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use clap::{Subcommand, ValueEnum};
use serde::Serialize;

use super::CliError;
use crate::library::{self, Library, load_config, save_config};

/// `claimdesk library …`: the folders of past reviews that new articles are matched against.
#[derive(Debug, Subcommand)]
pub enum LibraryCommand {
    /// Add folders to the library (a shared or synced team folder).
    Add {
        /// The folders.
        #[arg(required = true)]
        folders: Vec<PathBuf>,
    },
    /// List the library's folders and how many projects and claims each holds.
    List,
    /// Search the library's claims, sentences, notes and sources.
    Search {
        /// Words that must all appear (the last one may be the start of a word).
        query: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = LibraryFormat::Tsv)]
        format: LibraryFormat,
        /// The most results.
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
}

/// How library results print.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LibraryFormat {
    /// One JSON document.
    Json,
    /// One result a line, tab-separated.
    Tsv,
}

/// What a library command prints: `text` on standard output, `notices` on standard error.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Printed {
    /// For standard output.
    pub text: String,
    /// Files skipped, indexes rebuilt: for standard error.
    pub notices: Vec<String>,
}

/// The data folder, or an error saying how to set one.
pub(super) fn data_dir() -> Result<PathBuf, CliError> {
    crate::store::recovery::data_dir()
        .ok_or_else(|| "no data folder: set CLAIMDESK_DATA_DIR (or HOME) to say where claimdesk keeps its files".into())
}

/// Opens the index at `index_path` and brings it up to date with `folders`. An index found
/// damaged on the way is rebuilt once (with a notice).
pub(super) fn open_library(index_path: &Path, folders: &[PathBuf]) -> Result<(Library, Vec<String>), CliError> {
    let (mut library, mut notices) = Library::open(index_path)?;
    let report = match library.refresh(folders) {
        Ok(report) => report,
        Err(error) if error.is_corrupt() => {
            notices.push(format!("{error}; rebuilding the index from the project files"));
            drop(library);
            std::fs::remove_file(index_path)?;
            let (again, more) = Library::open(index_path)?;
            library = again;
            notices.extend(more);
            library.refresh(folders)?
        }
        Err(error) => return Err(error.into()),
    };
    notices.extend(report.notices);
    Ok((library, notices))
}

fn configured(data_dir: &Path) -> Result<(Library, Vec<PathBuf>, Vec<String>), CliError> {
    let folders = load_config(data_dir)?.folders(data_dir);
    let (library, notices) = open_library(&library::index_path(data_dir), &folders)?;
    Ok((library, folders, notices))
}

/// Runs a `claimdesk library` command.
pub fn library(command: LibraryCommand) -> Result<Printed, CliError> {
    let data_dir = data_dir()?;
    match command {
        LibraryCommand::Add { folders } => add(&data_dir, &folders),
        LibraryCommand::List => list(&data_dir),
        LibraryCommand::Search { query, format, limit } => {
            let (library, _, notices) = configured(&data_dir)?;
            let hits = library.search(&query, limit)?;
            let text = match format {
                LibraryFormat::Json => {
                    #[derive(Serialize)]
                    struct Hits<'a> {
                        results: &'a [library::SearchHit],
                    }
                    let mut text = serde_json::to_string_pretty(&Hits { results: &hits })?;
                    text.push('\n');
                    text
                }
                LibraryFormat::Tsv => {
                    let mut text = String::new();
                    for hit in &hits {
                        let _ = writeln!(
                            text,
                            "{}\t{}\t{}\t{}\t{}",
                            hit.project.display(),
                            hit.claim_id.0,
                            hit.status.slug(),
                            one_line(&hit.text),
                            one_line(&hit.sentence)
                        );
                    }
                    text
                }
            };
            Ok(Printed { text, notices })
        }
    }
}

fn add(data_dir: &Path, folders: &[PathBuf]) -> Result<Printed, CliError> {
    let mut config = load_config(data_dir)?;
    let mut printed = Printed::default();
    for folder in folders {
        if !folder.is_dir() {
            return Err(format!("{}: not a folder", folder.display()).into());
        }
        let folder = std::fs::canonicalize(folder)?;
        if config.add(&folder) {
            let _ = writeln!(printed.text, "added {}", folder.display());
        } else {
            let _ = writeln!(printed.text, "{} is in the library already", folder.display());
        }
    }
    save_config(data_dir, &config)?;
    Ok(printed)
}

fn list(data_dir: &Path) -> Result<Printed, CliError> {
    let (library, folders, notices) = configured(data_dir)?;
    let projects = library.projects()?;
    let mut text = String::new();
    for folder in &folders {
        let canonical = std::fs::canonicalize(folder).unwrap_or_else(|_| folder.clone());
        let inside: Vec<_> = projects
            .iter()
            .filter(|project| project.path.starts_with(&canonical))
            .collect();
        let claims: usize = inside.iter().map(|project| project.claims).sum();
        let unreadable = inside.iter().filter(|project| project.error.is_some()).count();
        let what = if folder == data_dir { " (data folder)" } else { "" };
        let _ = write!(
            text,
            "{}{what}\t{} projects\t{claims} claims",
            folder.display(),
            inside.len() - unreadable
        );
        if unreadable > 0 {
            let _ = write!(text, "\t{unreadable} unreadable");
        }
        text.push('\n');
        for project in &inside {
            if let Some(error) = &project.error {
                let _ = writeln!(text, "  unreadable: {error}");
            }
        }
    }
    Ok(Printed { text, notices })
}

/// Text for one TSV cell: tabs and line breaks become spaces.
pub(super) fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c == '\t' || c == '\n' || c == '\r' { ' ' } else { c })
        .collect()
}
