use std::path::PathBuf;

use crate::export::ExportError;
use crate::model::ModelError;
use crate::store::StoreError;

/// Why something the analyst asked for did not happen. The queue's drain loop shows each one
/// once, in the status bar (and on stderr); nothing else reports it.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The model refused an edit; the project is unchanged.
    #[error("{0}")]
    Model(#[from] ModelError),
    /// A claim could not be added over the selected words.
    #[error("Claim not added: {0}")]
    NotAdded(ModelError),
    /// A file could not be opened (its reason names it).
    #[error("Could not open {0}")]
    Open(StoreError),
    /// The project could not be saved; the file on disk is as it was.
    #[error("Not saved: {0}")]
    NotSaved(StoreError),
    /// A report could not be rendered.
    #[error("Not exported: {0}")]
    NotRendered(ExportError),
    /// A report could not be written.
    #[error("Not exported to {}: {source}", path.display())]
    NotExported {
        /// Where it was to go.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A recovery copy could not be written, read or removed.
    #[error("Recovery copy {doing}: {source}")]
    Recovery {
        /// "not written", "not removed", "could not be read (kept)".
        doing: &'static str,
        /// Why.
        source: StoreError,
    },
    /// The library could not be opened or updated; the window goes on without it.
    #[error("{0}")]
    Library(String),
    /// Nothing to act on, or the request makes no sense now: a sentence saying what to do.
    #[error("{0}")]
    Refused(String),
}

impl AppError {
    /// A refusal in the analyst's words.
    pub fn refused(text: impl Into<String>) -> Self {
        Self::Refused(text.into())
    }
}
