use std::path::PathBuf;

use crate::store::RecoveryOffer;

/// What waits for the unsaved work (or the save) to be dealt with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Close the window.
    Close,
    /// Open this file.
    Open(PathBuf),
    /// Pick a file to open, then open it.
    OpenDialog,
    /// Start a review of pasted text.
    NewFromText(String),
}

impl Pending {
    /// What the analyst was doing, for "Save them before …?".
    pub fn doing(&self) -> &'static str {
        match self {
            Pending::Close => "closing",
            Pending::Open(_) | Pending::OpenDialog => "opening another file",
            Pending::NewFromText(_) => "starting a review of the pasted text",
        }
    }
}

/// What a path typed into the built-in path field is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathPurpose {
    /// File ▸ Open.
    Open,
    /// Save As (or a first save with no place yet).
    SaveAs,
    /// File ▸ Export in this format.
    Export(crate::export::ReportFormat),
    /// File ▸ Compare with…
    Compare,
    /// Settings ▸ Library folders ▸ Add folder.
    LibraryFolder,
}

impl PathPurpose {
    /// The field's heading.
    pub fn heading(self) -> &'static str {
        match self {
            PathPurpose::Open => "Open a file",
            PathPurpose::SaveAs => "Save the review as",
            PathPurpose::Export(_) => "Export the review to",
            PathPurpose::Compare => "Compare with the review in",
            PathPurpose::LibraryFolder => "Add a folder to the library",
        }
    }

    /// The button that uses the path.
    pub fn action(self) -> &'static str {
        match self {
            PathPurpose::Open => "Open",
            PathPurpose::SaveAs => "Save",
            PathPurpose::Export(_) => "Export",
            PathPurpose::Compare => "Compare",
            PathPurpose::LibraryFolder => "Add",
        }
    }
}

/// The one question the window is asking, if any. While one is open no shortcut runs and
/// the rest of the window does not react; its answer is a [`super::Command`].
#[derive(Debug, Default)]
pub enum Modal {
    /// Nothing is being asked.
    #[default]
    None,
    /// "Recover unsaved work?": a recovery copy found on opening (or at start).
    Recovery(RecoveryOffer),
    /// "Save changes?" before `Pending` would lose them.
    SaveChanges(Pending),
    /// "File changed by someone else": saving would overwrite their version. `then` is
    /// carried on with once saved.
    ChangedOnDisk {
        /// The project file.
        path: PathBuf,
        /// What to do once saved.
        then: Option<Pending>,
    },
    /// "Replace an existing review?": the save target holds a file this window did not
    /// load (`holds` says what, in words).
    ReplaceExisting {
        /// The file that would be replaced.
        path: PathBuf,
        /// What it holds.
        holds: String,
        /// What to do once saved.
        then: Option<Pending>,
    },
    /// The built-in path field, where the system's file dialog is missing (no portal, no
    /// zenity) or cannot be used.
    TypePath {
        /// What the path is for.
        purpose: PathPurpose,
        /// The path as typed (relative to `base`, or absolute).
        typed: String,
        /// The folder relative paths start from.
        base: PathBuf,
        /// Files in the typed folder that start with what is typed.
        completions: Vec<String>,
        /// What to do once saved (Save As only).
        then: Option<Pending>,
    },
}

impl Modal {
    /// Whether a question is open.
    pub fn is_open(&self) -> bool {
        !matches!(self, Modal::None)
    }
}
