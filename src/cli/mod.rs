//! The headless commands: everything `claimdesk` does without a window.

mod agreement;
mod check;
mod diff;
mod drill;
mod extract;
mod git_setup;
mod library;
mod matches;
mod merge;
mod new;
mod report;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

pub use agreement::agreement;
pub use check::check;
pub use diff::{diff, diff_text};
pub use drill::{CrashStep, DrillFaults, drill, drill_round};
pub use extract::{ExtractFormat, extract};
pub use git_setup::{ATTRIBUTES_LINE, git_setup};
pub use library::{LibraryCommand, LibraryFormat, Printed, library};
pub use matches::matches;
pub use merge::{BAD_INPUT, CONFLICTS, MERGED, merge};
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
        /// Crash (abort) at this write step …
        #[arg(long, value_enum)]
        crash_at: Option<CrashStep>,
        /// … at its Nth occurrence over the drill's writes (1 = the first).
        #[arg(long, default_value_t = 1)]
        crash_after: u64,
        /// Save by overwriting the file in place (the crash test's negative control).
        #[arg(long)]
        unsafe_direct_writes: bool,
    },
    /// Validate a project; print its counts per status. Exit status 1 on a bad file.
    Check {
        /// The project file.
        project: PathBuf,
    },
    /// Three-way merge of reviews (git's merge driver: `claimdesk merge %O %A %B`). Exit
    /// status 0 merged, 1 conflicts recorded in the file, 2 bad input (nothing written).
    Merge {
        /// The common ancestor (an empty file: none).
        base: PathBuf,
        /// Our version; the result replaces it unless -o is given.
        ours: PathBuf,
        /// Their version.
        theirs: PathBuf,
        /// Write the result here instead.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Make git merge *.claims.ron with `claimdesk merge` in the current repository.
    GitSetup {
        /// How git should run claimdesk.
        #[arg(long, default_value = "claimdesk")]
        program: String,
    },
    /// Where two reviews of one article differ. Exit status 0 alike, 1 different, 2 bad input.
    Diff {
        /// The first review.
        a: PathBuf,
        /// The second review.
        b: PathBuf,
    },
    /// How often reviews of one article agree on verdicts: raw, Cohen's κ, Fleiss' κ,
    /// Krippendorff's α, per claim kind, confusion matrices.
    Agreement {
        /// Two or more reviews (project files).
        #[arg(num_args = 2.., required = true)]
        reviews: Vec<PathBuf>,
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
