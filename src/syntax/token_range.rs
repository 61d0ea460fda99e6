//! A range of token indices.

/// Token indices `start..end` (end exclusive) into the word list that was tagged — not bytes.
/// The caller turns one into a byte range with its own tokens, in one place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TokenRange {
    /// Index of the first token.
    pub start: usize,
    /// Index just past the last token.
    pub end: usize,
}

impl TokenRange {
    /// The range `start..end`.
    pub fn new(start: usize, end: usize) -> TokenRange {
        TokenRange { start, end }
    }

    /// Number of tokens.
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the range holds no token.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether token `index` is inside.
    pub fn contains(self, index: usize) -> bool {
        (self.start..self.end).contains(&index)
    }

    /// The words of the range joined by single spaces (for tests and messages; spans in the
    /// article come from the caller's byte offsets).
    pub fn text(self, words: &[&str]) -> String {
        words.get(self.start..self.end).unwrap_or_default().join(" ")
    }
}
