use std::path::PathBuf;

use serde::Serialize;

use crate::model::{ClaimId, Source, Status};

/// One claim of the article being reviewed and the earlier claims that say the same thing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClaimMatches {
    /// The claim in the open project.
    #[serde(skip)]
    pub claim_id: ClaimId,
    /// Its byte range in the article.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
    /// Its words.
    pub text: String,
    /// Its kind slug (`count`, `date`, …).
    pub kind: &'static str,
    /// The best matches, best first (at most [`MAX_MATCHES`](super::MAX_MATCHES)).
    pub matches: Vec<LibraryMatch>,
    /// How many claims of the library matched in all ("Seen before (N)").
    #[serde(skip)]
    pub total: usize,
}

/// An earlier claim from the library, with what the analyst decided about it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LibraryMatch {
    /// The project file it is in.
    pub project: PathBuf,
    /// The project's article title.
    #[serde(skip)]
    pub title: String,
    /// The article's publication date, else the time of the last review change.
    #[serde(skip)]
    pub date: Option<String>,
    /// Who made the last review change in that project.
    #[serde(skip)]
    pub analyst: Option<String>,
    /// The claim's id in that project.
    pub claim_id: ClaimId,
    /// The claim's words.
    pub text: String,
    /// The sentence it stands in.
    #[serde(skip)]
    pub sentence: String,
    /// Its verdict.
    #[serde(serialize_with = "super::serialize_status")]
    pub status: Status,
    /// Whether an analyst set that verdict (an unreviewed claim is "unverified" by default).
    pub reviewed: bool,
    /// The evidence.
    pub sources: Vec<Source>,
    /// The analyst's note.
    pub note: String,
    /// How sure the match is, 0–1: the sentences' similarity, lowered when the nouns counted
    /// differ. At or above [`SEEN_BEFORE`](super::SEEN_BEFORE) it counts as seen before.
    pub score: f64,
}
