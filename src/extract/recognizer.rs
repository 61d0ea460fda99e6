//! The one interface every recogniser implements, and what it returns.

use super::cursor::Cursor;
use super::segment::Sentence;
use super::span::TokenSpan;
use crate::model::{Confidence, Kind, Value};

/// A claim found by one recogniser, in tokens. The engine turns its span into bytes and
/// attaches its sentence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Hit {
    /// The tokens it covers; for an anchored recogniser `tokens.end` is also where the walk
    /// goes on.
    pub tokens: TokenSpan,
    /// What sort of claim.
    pub kind: Kind,
    /// What was understood of it.
    pub value: Option<Value>,
    /// Plainly stated, or a claim only on one reading.
    pub confidence: Confidence,
}

impl Hit {
    /// A sure claim over tokens `first..end`.
    pub fn new(first: usize, end: usize, kind: Kind, value: Option<Value>) -> Self {
        Self {
            tokens: TokenSpan::new(first, end),
            kind,
            value,
            confidence: Confidence::Sure,
        }
    }

    /// The same claim at a lower confidence.
    #[must_use]
    pub fn likely(self) -> Self {
        Self {
            confidence: Confidence::Likely,
            ..self
        }
    }
}

/// How a recogniser takes part in the walk over the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Tried at each token, in registry order; the first hit consumes its tokens, so anchored
    /// claims never overlap (a date "in 2014" is never also the count "2014").
    Anchored,
    /// Runs once over the whole text after the walk; its claims may contain anchored ones
    /// (a quotation holds numbers, a check-worthy statement holds dates).
    Text,
}

/// One kind of claim detector: dates, quantities, ordinals, quotations, …
///
/// An [`Scope::Anchored`] recogniser implements [`Recognizer::at`]; a [`Scope::Text`] one
/// implements [`Recognizer::scan`] (a sentence-level scorer walks `sentences` there).
pub(crate) trait Recognizer: Sync {
    /// A short name for docs, tests and debugging.
    #[cfg_attr(not(test), expect(dead_code, reason = "read by the registry's tests"))]
    fn name(&self) -> &'static str;

    /// How it takes part in the walk.
    fn scope(&self) -> Scope;

    /// The claim whose anchor is token `index`, if any. It may reach back over earlier tokens
    /// down to `floor` (the end of the previous claim) for words such as "about" or "in", and
    /// must end after `index`.
    fn at(&self, cursor: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
        let _ = (cursor, index, floor);
        None
    }

    /// Every claim it finds in the whole text.
    fn scan(&self, cursor: Cursor<'_>, sentences: &[Sentence], out: &mut Vec<Hit>) {
        let _ = (cursor, sentences, out);
    }
}
