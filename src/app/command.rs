use std::path::PathBuf;

use crate::model::{ClaimId, Kind, Pick, Source, Status};

use super::{Filter, SortKey, ThemeChoice};

/// Something the analyst asked for. Views return these; [`super::ClaimdeskApp::apply`] is the
/// one place that carries them out.
#[must_use = "a command does nothing until the app applies it"]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Select a claim (or nothing).
    Select(Option<ClaimId>),
    /// Select the next claim of the list (the first if none is selected).
    SelectNext,
    /// Select the previous claim of the list (the last if none is selected).
    SelectPrevious,
    /// Set the status of the selected claim.
    SetStatus(Status),
    /// Set the status of a given claim (context menu).
    SetStatusOf(ClaimId, Status),
    /// Dismiss a claim ("not a claim"): kept in the file, hidden from the list.
    Dismiss(ClaimId),
    /// Dismiss the selected claim.
    DismissSelected,
    /// Take back a dismissal.
    Restore(ClaimId),
    /// Add a claim over a byte range of the article.
    AddClaim {
        /// First byte.
        start: usize,
        /// Byte just past the claim.
        end: usize,
        /// What sort of claim.
        kind: Kind,
    },
    /// Select words of the article (a byte range), or nothing.
    SelectText(Option<std::ops::Range<usize>>),
    /// Add a claim of this kind from the text selected in the article.
    AddClaimFromSelection(Kind),
    /// Correct a claim's kind.
    SetKind(ClaimId, Kind),
    /// Correct what was understood of a claim (its number, date, rank).
    SetValue(ClaimId, Option<crate::model::Value>),
    /// Name a quote's speaker as typed (empty: nobody named).
    SetSpeakerName(ClaimId, String),
    /// Make the words selected in the article the quote's speaker.
    SetSpeakerFromSelection(ClaimId),
    /// The note field of a claim changed (a draft until the field is left).
    DraftNote(ClaimId, String),
    /// Replace a claim's note.
    SetNote(ClaimId, String),
    /// Attach a source.
    AddSource(ClaimId, Source),
    /// Replace source `index`.
    EditSource(ClaimId, usize, Source),
    /// Remove source `index`.
    RemoveSource(ClaimId, usize),
    /// Open an http(s) link in the browser.
    OpenUrl(String),
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Open a file (asks first when there is unsaved work).
    Open(PathBuf),
    /// Pick a file to open with the system dialog.
    OpenDialog,
    /// Save to the project's file (asks for one if it has none).
    Save,
    /// Pick a file to save to with the system dialog.
    SaveAsDialog,
    /// Save to this file, which becomes the project's file.
    SaveAs(PathBuf),
    /// Export the review: ask where with the system dialog.
    ExportDialog(crate::export::ReportFormat),
    /// Export the review to this file.
    Export(crate::export::ReportFormat, PathBuf),
    /// Ask the system for the clipboard's text (it arrives as a paste event).
    RequestPaste,
    /// Edit ▸ New from clipboard got no answer: the clipboard holds no text.
    PasteTimedOut,
    /// Review this text as a new, unsaved article (asks first when there is unsaved work).
    NewFromText(String),
    /// Close the window (asks first when there is unsaved work).
    Quit,
    /// The window system asked to close the window (its close button): cancelled and asked
    /// about while there is unsaved work.
    CloseRequested,
    /// Answer to "save your changes?".
    Answer(Answer),
    /// Answer to "someone else changed the file: overwrite?".
    OnDisk(OnDiskAnswer),
    /// Answer to "replace a file this window did not load?".
    Replace(ReplaceAnswer),
    /// The built-in path field's text changed.
    TypePath(String),
    /// Use the path in the built-in path field.
    ChoosePath,
    /// Close the built-in path field without using it.
    CancelPath,
    /// Take (true) or throw away (false) the recovery copy offered on opening.
    Recover(bool),
    /// Show only some claims.
    SetFilter(Filter),
    /// Order the claim list.
    SetSort(SortKey),
    /// Search claims' text, notes and sources.
    SetSearch(String),
    /// Put the keyboard focus in the search field.
    FocusSearch,
    /// Show or hide dismissed claims.
    ToggleShowDismissed,
    /// Show or hide claims the detector was unsure of (View ▸ Show likely claims).
    ToggleShowLikely,
    /// Keep one side of a claim's merge conflict `index` (undoable, recorded in history).
    ResolveConflict(ClaimId, usize, Pick),
    /// Settings ▸ Analyst name changed (empty: the operating-system user).
    SetAnalystName(String),
    /// File ▸ Compare with…: pick another review of this article with the system dialog.
    CompareDialog,
    /// Compare the open review with the review in this file (the open one is not changed).
    Compare(PathBuf),
    /// Leave compare mode: back to the ordinary review.
    LeaveCompare,
    /// In compare mode, list only the claims the two reviews decided differently (or all).
    SetCompareOnlyDisagreements(bool),
    /// Light, dark or the system's theme.
    SetTheme(ThemeChoice),
    /// Show or hide the shortcut list.
    ToggleHelp,
    /// Write a recovery copy if one is due at this time (the window sends it every frame).
    Autosave(std::time::Instant),
    /// Send the window title if it changed (the window sends it every frame).
    UpdateTitle,
    /// Shrink the window if it is larger than a screen of this size (sent on the first frame).
    FitToScreen(egui::Vec2),
    /// Give a claim the verdict and sources of a claim the library has seen before (one undo
    /// step, recorded in its history).
    CopyFromLibrary(ClaimId, Box<crate::library::LibraryMatch>),
    /// Open the review at this path at this claim (asks first when there is unsaved work).
    OpenAtClaim(PathBuf, ClaimId),
    /// Open the library search.
    ShowLibrarySearch,
    /// Search the library for these words.
    SearchLibrary(String),
    /// Close the library search.
    CloseLibrarySearch,
    /// Open Settings ▸ Library folders.
    ShowLibraryFolders,
    /// Close Settings ▸ Library folders.
    CloseLibraryFolders,
    /// Pick a folder to add to the library (the system dialog, else the path field).
    AddLibraryFolderDialog,
    /// Add this folder to the library.
    AddLibraryFolder(PathBuf),
    /// Take this folder out of the library (its files stay).
    RemoveLibraryFolder(PathBuf),
    /// Take the library worker's answers, ask for the open project's matches when due (the
    /// window sends it every frame).
    PollLibrary,
}

/// The analyst's answer to "save your changes first?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Save, then go on.
    Save,
    /// Throw the changes away and go on.
    Discard,
    /// Stay where we are.
    Cancel,
}

/// The analyst's answer when the project file was changed by someone else since it was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnDiskAnswer {
    /// Replace their version with ours (theirs is kept as the `.bak`).
    Overwrite,
    /// Save ours elsewhere.
    SaveAs,
    /// Load their version; ours is kept as a recovery copy and offered back at once, so
    /// nothing is lost until the analyst picks one.
    Reload,
    /// Don't save now.
    Cancel,
}

/// The analyst's answer when saving would replace a file this window did not load (a review
/// saved elsewhere, or one that could not be read).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplaceAnswer {
    /// Replace it (the old file is kept as the `.bak`).
    Replace,
    /// Save ours elsewhere.
    SaveAs,
    /// Don't save now.
    Cancel,
}
