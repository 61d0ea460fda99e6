//! The one view over the tokens that every recogniser reads through.
//!
//! A [`Cursor`] pairs the text with its tokens so that a rule can ask "is token 7 the word
//! *since*?" without repeating the text, the bounds check or the case folding. Out-of-range
//! indices are simply "no token": a rule never panics at either end of the text.

use super::lexicon::Lex;
use super::span::{ByteSpan, TokenSpan};
use super::token::{TokKind, Token};

/// The text and its tokens. Cheap to copy.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cursor<'t> {
    /// The article text.
    pub text: &'t str,
    /// Its tokens, in order.
    pub tokens: &'t [Token],
    /// The model layers that run ([`super::Layers`]): each layer's recogniser reads its own.
    pub layers: super::Layers,
}

impl<'t> Cursor<'t> {
    /// A cursor over `tokens` of `text`, with every layer on.
    pub const fn new(text: &'t str, tokens: &'t [Token]) -> Self {
        Self {
            text,
            tokens,
            layers: super::Layers::ALL,
        }
    }

    /// Token `index`, if there is one.
    #[inline]
    pub fn tok(self, index: usize) -> Option<&'t Token> {
        self.tokens.get(index)
    }

    /// The token before `index`, if there is one.
    #[inline]
    pub fn before(self, index: usize) -> Option<&'t Token> {
        index.checked_sub(1).and_then(|i| self.tokens.get(i))
    }

    /// The text of token `index` ("" past the end).
    #[inline]
    pub fn word(self, index: usize) -> &'t str {
        self.tok(index).map_or("", |t| t.text(self.text))
    }

    /// Whether token `index` is `word` (ASCII case-insensitive).
    #[inline]
    pub fn is(self, index: usize, word: &str) -> bool {
        self.tok(index).is_some_and(|t| t.is(self.text, word))
    }

    /// Whether token `index` is one of `words`.
    #[inline]
    pub fn is_any(self, index: usize, words: &[&str]) -> bool {
        self.tok(index)
            .is_some_and(|t| words.iter().any(|w| t.is(self.text, w)))
    }

    /// The word class of token `index` (`Lex::Other` past the end).
    #[inline]
    pub fn lex(self, index: usize) -> Lex {
        self.tok(index).map_or(Lex::Other, |t| t.lex)
    }

    /// Whether token `index` is of `kind`.
    #[inline]
    pub fn kind_is(self, index: usize, kind: TokKind) -> bool {
        self.tok(index).is_some_and(|t| t.kind == kind)
    }

    /// Whether token `index` continues the line (no paragraph break before it).
    #[inline]
    pub fn same_line(self, index: usize) -> bool {
        self.tok(index).is_some_and(|t| !t.break_before)
    }

    /// Whether token `index` follows its predecessor with no space.
    #[inline]
    pub fn glued(self, index: usize) -> bool {
        self.tok(index).is_some_and(|t| !t.space_before)
    }

    /// Whether token `index` starts with a capital letter.
    #[inline]
    pub fn capitalised(self, index: usize) -> bool {
        self.tok(index).is_some_and(|t| t.is_capitalised(self.text))
    }

    /// The bytes of the tokens `span`.
    #[inline]
    pub fn bytes(self, span: TokenSpan) -> Option<ByteSpan> {
        span.to_bytes(self.tokens)
    }

    /// The text of the tokens `first..end`, owned (for a claim's value).
    pub fn span_text(self, first: usize, end: usize) -> Option<String> {
        self.bytes(TokenSpan::new(first, end))
            .and_then(|b| b.text(self.text))
            .map(str::to_owned)
    }
}
