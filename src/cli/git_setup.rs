//! `claimdesk git-setup`: makes git merge `*.claims.ron` with `claimdesk merge` in the
//! current repository. Idempotent; never replaces a line or setting someone else wrote.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::store::atomic::write_atomic;

/// The `.gitattributes` line.
pub const ATTRIBUTES_LINE: &str = "*.claims.ron merge=claimdesk";
const PATTERN: &str = "*.claims.ron";
const DRIVER_KEY: &str = "merge.claimdesk.driver";
const NAME_KEY: &str = "merge.claimdesk.name";

/// Registers the driver for the repository around the current folder. `program` is how git
/// should call claimdesk ("claimdesk" when it is on the PATH). Returns what was done, in words.
pub fn git_setup(program: &str) -> Result<String, super::CliError> {
    let top = PathBuf::from(
        git(&["rev-parse", "--show-toplevel"])
            .map_err(|error| format!("not inside a git repository (git rev-parse --show-toplevel: {error})"))?,
    );
    let mut out = String::new();
    let _ = writeln!(out, "{}", attributes(&top.join(".gitattributes"))?);
    let driver = format!("{} merge %O %A %B", shell_quote(program));
    match git(&["config", "--get", DRIVER_KEY]) {
        Ok(existing) if existing == driver => {
            let _ = writeln!(out, "git config {DRIVER_KEY} is already {driver:?}");
        }
        Ok(existing) => {
            let _ = writeln!(
                out,
                "git config {DRIVER_KEY} is already set to {existing:?}: left alone (to use claimdesk's: git config {DRIVER_KEY} {driver:?})"
            );
        }
        Err(_) => {
            git(&["config", DRIVER_KEY, &driver])?;
            if git(&["config", "--get", NAME_KEY]).is_err() {
                git(&["config", NAME_KEY, "claimdesk review merge"])?;
            }
            let _ = writeln!(out, "git config {DRIVER_KEY} set to {driver:?}");
        }
    }
    Ok(out)
}

/// Adds [`ATTRIBUTES_LINE`] to the file unless it (or another `merge` setting for the same
/// pattern, which is then left in charge) is there already.
fn attributes(path: &Path) -> Result<String, super::CliError> {
    let existing = match std::fs::read(path) {
        Ok(bytes) => {
            String::from_utf8(bytes).map_err(|_| format!("{}: not UTF-8 text; not changed", path.display()))?
        }
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(error) => return Err(format!("{}: {error}", path.display()).into()),
    };
    for line in existing.lines() {
        let mut words = line.split_whitespace();
        if words.next() != Some(PATTERN) {
            continue;
        }
        let merge_attrs: Vec<&str> = words
            .filter(|attr| attr.trim_start_matches(['-', '!']).split('=').next() == Some("merge"))
            .collect();
        if merge_attrs.contains(&"merge=claimdesk") {
            return Ok(format!("{}: already has {ATTRIBUTES_LINE:?}", path.display()));
        }
        if !merge_attrs.is_empty() {
            return Ok(format!(
                "{}: {line:?} already sets how {PATTERN} merges: left alone",
                path.display()
            ));
        }
    }
    let mut text = existing;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(ATTRIBUTES_LINE);
    text.push('\n');
    write_atomic(path, text.as_bytes(), false).map_err(|error| format!("{}: {error}", path.display()))?;
    Ok(format!("{}: added {ATTRIBUTES_LINE:?}", path.display()))
}

/// Runs git in the current folder; its standard output trimmed, or why it failed.
fn git(args: &[&str]) -> Result<String, String> {
    let output = Command::new("git")
        .args(args)
        .output()
        .map_err(|error| format!("could not run git: {error}"))?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).trim().to_owned())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_owned())
    }
}

/// `program` as one word for the shell git runs the driver with.
fn shell_quote(program: &str) -> String {
    let plain = !program.is_empty()
        && program
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_./-+:@%".contains(c));
    if plain {
        program.to_owned()
    } else {
        format!("'{}'", program.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn program_paths_are_quoted_for_the_shell() {
        assert_eq!(shell_quote("claimdesk"), "claimdesk");
        assert_eq!(shell_quote("/opt/cd/bin/claimdesk"), "/opt/cd/bin/claimdesk");
        assert_eq!(shell_quote("/home/a b/claimdesk"), "'/home/a b/claimdesk'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
    }

    #[test]
    fn attributes_are_added_once_and_foreign_settings_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".gitattributes");
        std::fs::write(&path, "*.png binary").unwrap();
        assert!(attributes(&path).unwrap().contains("added"));
        assert!(attributes(&path).unwrap().contains("already has"));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "*.png binary\n*.claims.ron merge=claimdesk\n"
        );

        std::fs::write(&path, "*.claims.ron -merge\n").unwrap();
        assert!(attributes(&path).unwrap().contains("left alone"));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "*.claims.ron -merge\n");
    }
}
