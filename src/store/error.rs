use std::path::PathBuf;

use crate::model::ClaimId;

/// Why a file could not be read or written. Every case names the file, so the message can
/// be shown as it is; nothing on disk was changed when one of these is returned.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The operating system refused (missing file, permissions, full disk, …).
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// A directory where a file was expected.
    #[error("{}: is a folder, not a file", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// The file is larger than claimdesk will read.
    #[error("{}: {size} bytes is too large (the limit is {limit} bytes)", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The file holds no text.
    #[error("{}: the file is empty", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The file holds binary data, not text.
    #[error("{}: this is a binary file, not text ({reason})", path.display())]
    Binary {
        /// The file.
        path: PathBuf,
        /// What gave it away.
        reason: String,
    },
    /// The file is not a valid project.
    #[error("{}:{line}:{column}: not a valid claimdesk project: {message}", path.display())]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem.
        column: usize,
        /// What RON said.
        message: String,
    },
    /// A project written by a newer claimdesk.
    #[error(
        "{}: written by a newer claimdesk (project format {found}; this version reads up to {supported}). Update claimdesk to open it; the file was not changed.",
        path.display()
    )]
    NewerFormat {
        /// The file.
        path: PathBuf,
        /// Its format version.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
    /// Two claims share an id, so history and notes would be ambiguous.
    #[error("{}: claim id {claim_id} is used twice; the project file has been edited by hand or damaged", path.display())]
    DuplicateClaimId {
        /// The file.
        path: PathBuf,
        /// The repeated id.
        claim_id: ClaimId,
    },
    /// The article could not be understood in its format.
    #[error("{}: {message}", path.display())]
    Import {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// The project could not be turned into RON (should not happen; reported, not hidden).
    #[error("{}: could not write the project: {message}", path.display())]
    Serialize {
        /// The file.
        path: PathBuf,
        /// What RON said.
        message: String,
    },
}

impl StoreError {
    /// An I/O error about `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }
}
