use std::path::PathBuf;

use serde::Serialize;

use crate::model::{ClaimId, Status};

/// A claim of the library found by [`Library::search`](super::Library::search).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SearchHit {
    /// The project file.
    pub project: PathBuf,
    /// Its article title.
    pub title: String,
    /// The claim's id there (open the project at it).
    pub claim_id: ClaimId,
    /// The claim's words.
    pub text: String,
    /// The sentence it stands in.
    pub sentence: String,
    /// Its verdict.
    #[serde(serialize_with = "super::serialize_status")]
    pub status: Status,
    /// The analyst's note.
    pub note: String,
    /// `SQLite` FTS5 bm25 rank: lower is better.
    pub rank: f64,
}
