//! The library: every review an analyst saved, indexed so that each new article's claims
//! can be matched against claims already checked ("seen before"), and searched. No egui.
//!
//! The project files stay the truth. The index ([`Library`], an `SQLite` file in the data
//! folder) is a cache: deleting it loses nothing, a damaged or outdated one is rebuilt, and
//! each look at the folders re-reads the files whose size or mtime changed (then compares
//! their hash). Matching ([`Library::matches_for`]) pairs claims that share a structured value
//! ([`value_key`]: the same figure and counted noun, the same date, the same quote or speaker)
//! and scores them by how alike their sentences are ([`words`]). The window drives it
//! through [`LibraryHandle`], which runs it on a background thread.

mod claim_matches;
pub mod config;
mod error;
mod handle;
mod index;
mod scan;
mod schema;
mod search_hit;
pub mod value_key;
pub mod words;

use std::path::{Path, PathBuf};

pub use claim_matches::{ClaimMatches, LibraryMatch};
pub use config::{LibraryConfig, load_config, remember_folder, save_config};
pub use error::LibraryError;
pub use handle::{LibraryEvent, LibraryHandle, RequestId};
pub use index::{
    IndexedProject, Library, MAX_MATCHES, OTHER_NOUN_FACTOR, Progress, RefreshPlan, RefreshReport, SEEN_BEFORE,
};
pub use scan::{FoundFile, scan};
pub use schema::SCHEMA_VERSION;
pub use search_hit::SearchHit;

/// The index of the configured library, in `data_dir`.
pub fn index_path(data_dir: &Path) -> PathBuf {
    data_dir.join("library").join("index.sqlite")
}

/// The index for a one-off set of folders (`claimdesk matches --library DIR…`): kept apart
/// from the configured library's, one per set, so neither evicts the other.
pub fn index_path_for_folders(data_dir: &Path, folders: &[PathBuf]) -> PathBuf {
    let mut key = String::new();
    for folder in folders {
        key.push_str(&folder.to_string_lossy());
        key.push('\n');
    }
    data_dir
        .join("library")
        .join(format!("index-{:016x}.sqlite", crate::hash::fnv1a(key.as_bytes())))
}

/// A status as its slug ("sourced"), as every claimdesk JSON writes it.
#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde's serialize_with passes a reference"
)]
fn serialize_status<S: serde::Serializer>(status: &crate::model::Status, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(status.slug())
}
