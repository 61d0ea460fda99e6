//! The headless commands: everything `claimdesk` does without a window.

mod check;
mod drill;
mod extract;
mod library;
mod matches;
mod new;
mod report;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

pub use check::check;
pub use drill::drill;
pub use extract::{ExtractFormat, extract};
pub use library::{LibraryCommand, LibraryFormat, Printed, library};
pub use matches::matches;
pub use new::new_project;
pub use report::{parse_report_format, report};

/// Split news articles into checkable claims, review them, save the review.
#[derive(Debug, Parser)]
#[command(name = "claimdesk", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// An article (.txt, .md, .html) or a project (.ron) to open in the window.
    /// Without one, the bundled sample project opens.
    pub path: Option<PathBuf>,
    /// A headless command.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// A command that runs without a window.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the claims found in an article.
    Extract {
        /// The article.
        article: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExtractFormat::Tsv)]
        format: ExtractFormat,
    },
    /// Detect the claims of an article and write a new project.
    New {
        /// The article.
        article: PathBuf,
        /// Where to write the project (default: NAME.claims.ron beside the article).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Replace the project file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Export a review: a report for the editor, a spreadsheet, or markup for publishing.
    Report {
        /// The project file.
        project: PathBuf,
        /// md, html, csv, claimreview (schema.org JSON-LD) or annotations (W3C Web Annotation).
        #[arg(long, default_value = "md", value_parser = parse_report_format)]
        format: crate::export::ReportFormat,
        /// Write to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// The reviewer named in the report (default: the user name).
        #[arg(long)]
        reviewer: Option<String>,
    },
    /// Crash drill for the tests: change and save a project in a loop (see `cli::drill`).
    #[command(hide = true)]
    Drill {
        /// The project file.
        project: PathBuf,
        /// Number of the first round.
        #[arg(long, default_value_t = 0)]
        first_round: u64,
        /// How many rounds.
        #[arg(long, default_value_t = 1000)]
        rounds: u64,
    },
    /// Validate a project; print its counts per status. Exit status 1 on a bad file.
    Check {
        /// The project file.
        project: PathBuf,
    },
    /// The library of past reviews: add folders, list them, search them.
    Library {
        /// What to do.
        #[command(subcommand)]
        command: LibraryCommand,
    },
    /// The claims of an article or project already checked in the library.
    Matches {
        /// The article (.txt, .md, .html) or project (.ron).
        path: PathBuf,
        /// Library folders for this run instead of the configured ones.
        #[arg(long, num_args = 1..)]
        library: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = LibraryFormat::Json)]
        format: LibraryFormat,
    },
}

/// An error a command reports; `main` prints it and exits with status 1.
pub type CliError = Box<dyn std::error::Error>;
