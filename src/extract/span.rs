//! The two kinds of position the extractor uses, as two types so they cannot be mixed up.
//!
//! Recognisers think in tokens ([`TokenSpan`]); the article, the claims and the file format
//! think in UTF-8 bytes ([`ByteSpan`]). [`TokenSpan::to_bytes`] is the one place that turns the
//! first into the second.

use super::token::Token;

/// A range of token indices, `first..end` (end exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TokenSpan {
    /// Index of the first token.
    pub first: usize,
    /// Index just past the last token.
    pub end: usize,
}

impl TokenSpan {
    /// The tokens `first..end`.
    pub const fn new(first: usize, end: usize) -> Self {
        Self { first, end }
    }

    /// The byte range from the start of the first token to the end of the last one; `None`
    /// when the span is empty or runs past the tokens.
    pub fn to_bytes(self, tokens: &[Token]) -> Option<ByteSpan> {
        let start = tokens.get(self.first)?.start;
        let end = tokens.get(self.end.checked_sub(1)?)?.end;
        (start < end).then_some(ByteSpan { start, end })
    }
}

/// A UTF-8 byte range of the article text, `start..end` (end exclusive), on char boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ByteSpan {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
}

impl ByteSpan {
    /// The text it covers, if it is a valid range of `text`.
    pub fn text(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::token::tokenize;

    #[test]
    fn token_spans_become_the_bytes_of_their_tokens() {
        let text = "about 10,000 soldiers left";
        let tokens = tokenize(text);
        let bytes = TokenSpan::new(0, 3).to_bytes(&tokens);
        assert_eq!(bytes.and_then(|b| b.text(text)), Some("about 10,000 soldiers"));
        assert_eq!(TokenSpan::new(2, 2).to_bytes(&tokens), None, "empty");
        assert_eq!(TokenSpan::new(3, 9).to_bytes(&tokens), None, "past the end");
    }
}
