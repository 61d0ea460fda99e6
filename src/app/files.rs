//! Opening files and picking them: the only place the window reads files or shows dialogs.

use std::path::{Path, PathBuf};

use super::AppError;
use crate::export::{ExportOptions, ReportFormat, render};
use crate::model::{Article, Project};
use crate::store::{Fingerprint, LoadedProject, is_project_path, load_project, project_path_for_article, read_article};

/// A file read and ready to review.
#[derive(Debug)]
pub struct Opened {
    /// The review.
    pub project: Project,
    /// Where Save will write it.
    pub save_path: Option<PathBuf>,
    /// Whether `save_path` already holds it.
    pub on_disk: bool,
    /// What the analyst should know about how it was read.
    pub notices: Vec<String>,
    /// The project file as it was read, to notice changes made by others before saving.
    pub fingerprint: Option<Fingerprint>,
}

impl Opened {
    /// A project to review, saved to `save_path`; `on_disk` when that file holds it already.
    pub fn new(project: Project, save_path: Option<PathBuf>, on_disk: bool) -> Self {
        Self {
            project,
            save_path,
            on_disk,
            notices: Vec::new(),
            fingerprint: None,
        }
    }
}

/// Where the bundled sample project lives in a source checkout.
pub const SAMPLE_PROJECT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/projects/biden-putin-call.ron");

/// The sample article, built in so the sample opens even without the checkout.
const SAMPLE_ARTICLE: &str = include_str!("../../assets/articles/biden-putin-call.txt");

/// Reads a project (`.ron`) or an article (anything else; its claims are detected). An error
/// is a sentence naming the file.
pub fn open_file(path: &Path) -> Result<Opened, AppError> {
    if is_project_path(path) {
        let loaded = load_project(path).map_err(AppError::Open)?;
        return Ok(opened_project(loaded, path));
    }
    let imported = read_article(path).map_err(AppError::Open)?;
    let review_path = project_path_for_article(path);
    if !review_path.exists() {
        let mut opened = Opened::new(project_from_article(imported.article), Some(review_path), false);
        opened.notices = imported.notices;
        return Ok(opened);
    }
    // The analyst's saved review of this article is the work to carry on with: a fresh
    // detection run in its place would be saved over it.
    match load_project(&review_path) {
        Ok(loaded) => {
            let text_changed = loaded.project.article.text != imported.article.text;
            let mut opened = opened_project(loaded, &review_path);
            let counts = opened.project.counts();
            let mut notices = vec![format!(
                "Opened your saved review {} ({} of {} claims reviewed)",
                file_name(&review_path),
                counts.reviewed,
                counts.total
            )];
            if text_changed {
                notices.push(format!(
                    "{} differs from the text this review was made on; the review keeps its text",
                    file_name(path)
                ));
            }
            notices.append(&mut opened.notices);
            opened.notices = notices;
            Ok(opened)
        }
        Err(error) => {
            // Unreadable (damaged, newer format): review the article afresh, and Save asks
            // before replacing that file, since it is not the one this window loaded.
            let mut opened = Opened::new(project_from_article(imported.article), Some(review_path.clone()), false);
            opened.notices = imported.notices;
            opened.notices.push(format!(
                "{} exists but could not be read ({error}): this is a new review, and saving asks before replacing that file",
                file_name(&review_path)
            ));
            Ok(opened)
        }
    }
}

/// A loaded project file as a review to carry on with, with what loading it repaired.
fn opened_project(loaded: LoadedProject, path: &Path) -> Opened {
    let mut notices = Vec::new();
    if !loaded.report.reanchored.is_empty() {
        notices.push(format!(
            "{} claims were found again by their quote",
            loaded.report.reanchored.len()
        ));
    }
    if !loaded.report.orphaned.is_empty() {
        notices.push(format!(
            "{} claims no longer fit the text (kept, flagged)",
            loaded.report.orphaned.len()
        ));
    }
    Opened {
        project: loaded.project,
        save_path: Some(path.to_owned()),
        on_disk: true,
        notices,
        fingerprint: loaded.fingerprint,
    }
}

/// The last part of `path`, to name a file in a sentence.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// A new project for `article`, its claims detected.
pub fn project_from_article(article: Article) -> Project {
    let detections = crate::extract::extract(&article.text);
    Project::from_detections(article, detections)
}

/// The sample project from the checkout, or else the built-in sample article as a new,
/// unsaved project.
pub fn open_sample() -> Opened {
    let path = Path::new(SAMPLE_PROJECT);
    if path.exists()
        && let Ok(opened) = open_file(path)
    {
        return opened;
    }
    let text = crate::store::normalise_newlines(SAMPLE_ARTICLE);
    let article = crate::store::article_from_text(text, "biden-putin-call");
    Opened::new(project_from_article(article), None, false)
}

/// An empty project, for when nothing could be opened.
pub fn empty() -> Opened {
    Opened::new(
        Project::from_detections(Article::new("No article", ""), Vec::new()),
        None,
        true,
    )
}

/// A new, unsaved review of pasted text: the first short line is its title. Saving asks
/// where (it has no article file to sit beside).
pub fn open_text(text: &str) -> Result<Opened, AppError> {
    let text = crate::store::normalise_newlines(text);
    if text.trim().is_empty() {
        return Err(AppError::refused("The clipboard holds no text to review"));
    }
    if text.len() as u64 > crate::store::MAX_ARTICLE_BYTES {
        return Err(AppError::refused(format!(
            "The pasted text is too large ({} bytes; the limit is {} bytes)",
            text.len(),
            crate::store::MAX_ARTICLE_BYTES
        )));
    }
    let article = crate::model::Article {
        origin: Some("pasted text".to_owned()),
        ..crate::store::article_from_text(text, "Pasted text")
    };
    let mut opened = Opened::new(project_from_article(article), None, false);
    opened
        .notices
        .push("Pasted text: Save asks where to keep the review".to_owned());
    Ok(opened)
}

/// Writes `project` as `format` to `path` (atomically; an existing file is replaced).
pub fn export_report(
    project: &Project,
    format: ReportFormat,
    path: &Path,
    reviewer: String,
    date: String,
) -> Result<(), AppError> {
    let options = ExportOptions::for_project(project, Some(reviewer), date);
    let text = render(project, format, &options).map_err(AppError::NotRendered)?;
    crate::store::atomic::write_atomic(path, text.as_bytes(), false).map_err(|source| AppError::NotExported {
        path: path.to_owned(),
        source,
    })
}

/// What a system file dialog gave back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Picked {
    /// The analyst chose this file.
    Path(PathBuf),
    /// The analyst cancelled.
    Cancelled,
    /// No dialog could be shown (no portal, no zenity: the call returns at once).
    Unavailable,
}

/// Faster than anyone can cancel a dialog: a `None` this quick means none was shown.
const NO_DIALOG_WITHIN: std::time::Duration = std::time::Duration::from_millis(250);

/// Runs a dialog and tells a cancel from a dialog that never appeared.
pub fn timed_pick(pick: impl FnOnce() -> Option<PathBuf>) -> Picked {
    let started = std::time::Instant::now();
    match pick() {
        Some(path) => Picked::Path(path),
        None if started.elapsed() < NO_DIALOG_WITHIN => Picked::Unavailable,
        None => Picked::Cancelled,
    }
}

/// Files in `typed`'s folder whose names start with its last part, folders with a trailing
/// `/`, sorted, at most `limit`: completions for the built-in path field. `typed` relative
/// to `base`.
pub fn complete_path(typed: &str, base: &Path, limit: usize) -> Vec<String> {
    let (folder_text, prefix) = match typed.rfind('/') {
        Some(at) => typed.split_at(at + 1),
        None => ("", typed),
    };
    let folder = if folder_text.is_empty() {
        base.to_owned()
    } else if Path::new(folder_text).is_absolute() {
        PathBuf::from(folder_text)
    } else {
        base.join(folder_text)
    };
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Vec::new();
    };
    let mut found: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_str()?.to_owned();
            if !name.starts_with(prefix) || (name.starts_with('.') && !prefix.starts_with('.')) {
                return None;
            }
            let slash = if entry.path().is_dir() { "/" } else { "" };
            Some(format!("{folder_text}{name}{slash}"))
        })
        .collect();
    found.sort();
    found.truncate(limit);
    found
}

/// Asks where to export, suggesting `NAME.claims.EXT` beside the project.
pub fn pick_export(format: ReportFormat, project: Option<&Path>) -> Option<PathBuf> {
    let extension = format.extension();
    let mut dialog = rfd::FileDialog::new().add_filter(format.label(), &[extension]);
    let stem = project.and_then(Path::file_name).map_or_else(
        || "review".to_owned(),
        |name| {
            name.to_string_lossy()
                .trim_end_matches(".ron")
                .trim_end_matches(".claims")
                .to_owned()
        },
    );
    if let Some(folder) = project.and_then(Path::parent) {
        dialog = dialog.set_directory(folder);
    }
    dialog.set_file_name(format!("{stem}.report.{extension}")).save_file()
}

/// Asks for a file to open.
pub fn pick_open() -> Option<PathBuf> {
    rfd::FileDialog::new()
        .add_filter(
            "Articles and projects",
            &["ron", "txt", "md", "markdown", "html", "htm"],
        )
        .add_filter("claimdesk project", &["ron"])
        .add_filter("All files", &["*"])
        .pick_file()
}

/// Asks for another review to compare with, starting in the open review's folder.
pub fn pick_compare(current: Option<&Path>) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new()
        .set_title("Compare with another review of this article")
        .add_filter("claimdesk project", &["ron"]);
    if let Some(folder) = current.and_then(Path::parent) {
        dialog = dialog.set_directory(folder);
    }
    dialog.pick_file()
}

/// Asks where to save, starting from `current`.
pub fn pick_save(current: Option<&Path>) -> Option<PathBuf> {
    let mut dialog = rfd::FileDialog::new().add_filter("claimdesk project", &["ron"]);
    if let Some(current) = current {
        if let Some(folder) = current.parent() {
            dialog = dialog.set_directory(folder);
        }
        if let Some(name) = current.file_name() {
            dialog = dialog.set_file_name(name.to_string_lossy());
        }
    } else {
        dialog = dialog.set_file_name("review.claims.ron");
    }
    dialog.save_file()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completions_come_from_the_typed_folder_folders_marked_hidden_files_left_out() {
        let folder = tempfile::tempdir().unwrap();
        for name in ["call.txt", "call.claims.ron", "other.md", ".hidden"] {
            std::fs::write(folder.path().join(name), "x").unwrap();
        }
        std::fs::create_dir(folder.path().join("calls")).unwrap();
        let base = folder.path();
        assert_eq!(
            complete_path("cal", base, 10),
            ["call.claims.ron", "call.txt", "calls/"]
        );
        assert_eq!(complete_path("", base, 2), ["call.claims.ron", "call.txt"]);
        let absolute = format!("{}/o", base.display());
        assert_eq!(
            complete_path(&absolute, Path::new("/"), 10),
            [format!("{}/other.md", base.display())]
        );
        assert!(complete_path("missing/x", base, 10).is_empty());
    }

    #[test]
    fn a_dialog_that_returns_at_once_was_never_shown() {
        assert_eq!(timed_pick(|| None), Picked::Unavailable);
        assert_eq!(
            timed_pick(|| Some(PathBuf::from("a"))),
            Picked::Path(PathBuf::from("a"))
        );
        let slow = || {
            std::thread::sleep(NO_DIALOG_WITHIN + std::time::Duration::from_millis(20));
            None
        };
        assert_eq!(timed_pick(slow), Picked::Cancelled);
    }
}
