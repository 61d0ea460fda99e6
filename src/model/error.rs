use super::ClaimId;

/// A model operation that was refused; the project is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    /// The span is empty or reversed.
    #[error("a claim needs at least one character (got bytes {start}..{end})")]
    EmptySpan {
        /// Start byte.
        start: usize,
        /// End byte.
        end: usize,
    },
    /// The span reaches past the end of the text.
    #[error("bytes {start}..{end} lie outside the article ({len} bytes)")]
    OutOfBounds {
        /// Start byte.
        start: usize,
        /// End byte.
        end: usize,
        /// Text length in bytes.
        len: usize,
    },
    /// The span cuts a character in two.
    #[error("byte {offset} is inside a character, not between two")]
    NotCharBoundary {
        /// The offending offset.
        offset: usize,
    },
    /// The span holds only white space.
    #[error("the selection holds only white space")]
    Blank,
    /// No claim with that id.
    #[error("no claim {0}")]
    NoSuchClaim(ClaimId),
    /// Only a quote has a speaker.
    #[error("claim {0} is not a quote: make it one (Kind) to name its speaker")]
    NotAQuote(ClaimId),
    /// No source at that position.
    #[error("claim {claim_id} has no source number {index}")]
    NoSuchSource {
        /// The claim.
        claim_id: ClaimId,
        /// The missing position (0-based).
        index: usize,
    },
    /// No conflict at that position.
    #[error("claim {claim_id} has no conflict number {index}")]
    NoSuchConflict {
        /// The claim.
        claim_id: ClaimId,
        /// The missing position (0-based).
        index: usize,
    },
}
