use std::path::PathBuf;

/// Why the library index could not answer. The index is a cache: every case can be cured by
/// rebuilding it from the project files, which [`Library::open`](super::Library::open) does
/// for a damaged or outdated file.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    /// `SQLite` refused or failed.
    #[error("library index {}: {source}", path.display())]
    Database {
        /// The index file.
        path: PathBuf,
        /// What `SQLite` said.
        #[source]
        source: rusqlite::Error,
    },
    /// The index file or its folder could not be created or removed.
    #[error("library index {}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
}

impl LibraryError {
    /// Whether the error says the index file is damaged (so rebuilding it is the cure).
    pub fn is_corrupt(&self) -> bool {
        match self {
            LibraryError::Database { source, .. } => matches!(
                source.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
            ),
            LibraryError::Io { .. } => false,
        }
    }
}
