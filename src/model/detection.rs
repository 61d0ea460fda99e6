use super::{Confidence, Kind, Value};

/// One claim found by the detector, before it becomes a [`Claim`](super::Claim) of a project.
///
/// `start..end` and `sentence_start..sentence_end` are UTF-8 byte ranges of the article text,
/// always on char boundaries, `start < end`.
#[derive(Clone, Debug, PartialEq)]
pub struct Detection {
    /// Byte offset of the first byte of the claim.
    pub start: usize,
    /// Byte offset just past the claim.
    pub end: usize,
    /// What sort of claim it is.
    pub kind: Kind,
    /// What the detector understood of it.
    pub value: Option<Value>,
    /// Byte offset of the sentence the claim stands in.
    pub sentence_start: usize,
    /// Byte offset just past that sentence.
    pub sentence_end: usize,
    /// Whether the text states it plainly or only on one reading.
    pub confidence: Confidence,
}

impl Detection {
    /// A plain finding: `kind` over the bytes `span` of the sentence `sentence`, with no value
    /// understood and confidence Sure. Recognisers add a value and a confidence after.
    pub fn new(span: std::ops::Range<usize>, kind: Kind, sentence: std::ops::Range<usize>) -> Self {
        Detection {
            start: span.start,
            end: span.end,
            kind,
            value: None,
            sentence_start: sentence.start,
            sentence_end: sentence.end,
            confidence: Confidence::Sure,
        }
    }
}
