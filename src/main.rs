//! `claimdesk`: parse the command line, then open the window or run a headless command.

use std::process::ExitCode;

use clap::Parser;

use claimdesk::cli::{Cli, CliError, Command};
use claimdesk::store::read_article;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(command) => run_command(command),
        None => open_window(cli.path).map(|()| ExitCode::SUCCESS),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("claimdesk: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run_command(command: Command) -> Result<ExitCode, CliError> {
    match command {
        Command::Merge {
            base,
            ours,
            theirs,
            output,
        } => return Ok(claimdesk::cli::merge(&base, &ours, &theirs, output.as_deref())),
        Command::Diff { a, b } => return Ok(claimdesk::cli::diff(&a, &b)),
        Command::GitSetup { program } => print!("{}", claimdesk::cli::git_setup(&program)?),
        Command::Agreement { reviews } => print!("{}", claimdesk::cli::agreement(&reviews)?),
        Command::Extract { article, format } => {
            let imported = read_article(&article)?;
            print_notices(&imported.notices);
            let text = &imported.article.text;
            let detections = claimdesk::extract::extract(text);
            print!("{}", claimdesk::cli::extract(text, &detections, format));
        }
        Command::New { article, output, force } => {
            let imported = read_article(&article)?;
            print_notices(&imported.notices);
            let (path, project) = claimdesk::cli::new_project(imported.article, &article, output, force)?;
            println!("{}: {} claims detected", path.display(), project.claims.len());
        }
        Command::Report {
            project,
            format,
            output,
            reviewer,
        } => {
            if let Some(text) = claimdesk::cli::report(&project, format, output.as_deref(), reviewer)? {
                print!("{text}");
            }
        }
        Command::Drill {
            project,
            first_round,
            rounds,
            crash_at,
            crash_after,
            unsafe_direct_writes,
        } => {
            let faults = claimdesk::cli::DrillFaults {
                crash_at: crash_at.map(|step| (step, crash_after)),
                unsafe_direct_writes,
            };
            claimdesk::cli::drill(&project, first_round, rounds, faults)?;
        }
        Command::Check { project } => print!("{}", claimdesk::cli::check(&project)?),
        Command::Library { command } => print_result(&claimdesk::cli::library(command)?),
        Command::Matches { path, library, format } => {
            print_result(&claimdesk::cli::matches(&path, &library, format)?);
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_result(printed: &claimdesk::cli::Printed) {
    print_notices(&printed.notices);
    print!("{}", printed.text);
}

fn print_notices(notices: &[String]) {
    for notice in notices {
        eprintln!("claimdesk: note: {notice}");
    }
}

#[cfg(feature = "gui")]
fn open_window(path: Option<std::path::PathBuf>) -> Result<(), CliError> {
    claimdesk::app::run(path).map_err(Into::into)
}

#[cfg(not(feature = "gui"))]
fn open_window(_path: Option<std::path::PathBuf>) -> Result<(), CliError> {
    Err("this claimdesk was built without the window (feature `gui`); use a subcommand, see --help".into())
}
