//! Why a weights file could not be read.

/// A weights file that is not a tagger model claimdesk can use. Reading never panics: a
/// truncated, corrupt or foreign file is one of these.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    /// The file does not start with the tagger's magic bytes.
    #[error("not a claimdesk tagger model (wrong magic bytes)")]
    NotAModel,
    /// The file ends before the part named.
    #[error("the tagger model is truncated (in its {0})")]
    Truncated(&'static str),
    /// The checksum at the end does not match the contents.
    #[error("the tagger model is corrupt (checksum mismatch)")]
    Checksum,
    /// A tag the tagger does not know.
    #[error("the tagger model names an unknown tag {0:?}")]
    UnknownTag(String),
    /// A number inside the file is out of range (a tag index, an unsorted feature table, …).
    #[error("the tagger model is malformed: {0}")]
    Malformed(&'static str),
}
