//! Claim detection: pure, deterministic, no egui, no I/O.
//!
//! All positions are UTF-8 byte offsets into the text, always on char boundaries. Inside the
//! extractor rules work on token indices ([`span::TokenSpan`]); [`span::TokenSpan::to_bytes`]
//! is the one place that turns them into bytes ([`span::ByteSpan`]), and only the engine here
//! calls it for claims.
//!
//! # How it runs
//!
//! The text is tokenised once ([`token`]; every word gets its word class from [`lexicon`]) and
//! cut into sentences ([`segment`]). Then the [`registry`] is run:
//!
//! - *anchored* recognisers are tried at each token in registry order; the first hit takes its
//!   tokens and the walk goes on after it, so those claims never overlap;
//! - *text-wide* recognisers (quotations; later a sentence scorer) run once over the whole
//!   text, and their claims may hold anchored ones.
//!
//! Every recogniser reads the tokens through one [`cursor::Cursor`] and looks a bounded number
//! of tokens around its anchor, which keeps the whole pass linear in the size of the text.
//!
//! Two layers read a trained model: the speakers' part-of-speech tags and the check-worthiness
//! scores of statements. [`extract_with`] and [`Layers`] leave either out (the bench measures
//! each layer's cost so; without a model's weights the rules run alone the same way).
//!
//! # Adding a pattern
//!
//! 1. Find the recogniser of its class (the registry lists them, with why they come in that
//!    order). If the pattern needs new words, add them to the table of their class in
//!    [`lexicon`] (one table per class, each saying what it covers) — never an inline list.
//! 2. Add rows to that recogniser's table of cases (`CASES` in its tests): a sentence you
//!    wrote, the span you expect, its kind and value — at least three rows of your own per
//!    rule, beyond any gold text, plus rows for what must *not* match.
//! 3. Write the rule; its comment names the class it covers ("a quarter of a year: …"), not
//!    the article it came from.
//! 4. Score both halves of every gold set (see `tests/fixtures/extract/README.md`): a gain on
//!    the tuning half and none on the other is a rule for one example.
//!
//! # Adding a recogniser
//!
//! Write `src/extract/NAME.rs` with a unit struct implementing [`recognizer::Recognizer`]
//! (`Scope::Anchored` and `at`, or `Scope::Text` and `scan`), its module docs and its table of
//! cases; then put it in [`registry::REGISTRY`] where its overlaps say it belongs, and write
//! the reason in the registry's docs. A token it anchors on must pass [`could_anchor`]: give
//! new anchor words a class in the lexicon.
//!
//! # Confidence
//!
//! A hit is [`Confidence::Sure`](crate::model::Confidence::Sure) unless its rule says the claim holds only on one reading
//! (a duration with no number, "for years"): then [`recognizer::Hit::likely`].

mod cursor;
mod dates;
mod lexicon;
mod numbers;
mod ordinals;
mod periods;
mod pronouns;
mod proportions;
mod quantity;
mod quotes;
mod recognizer;
mod registry;
mod segment;
mod span;
mod speakers;
mod statements;
mod tagged_window;
mod tallies;
mod token;

#[cfg(test)]
mod cases;

use crate::model::Detection;
use cursor::Cursor;
use recognizer::{Hit, Scope};
use registry::REGISTRY;

/// Every claim the detector finds in `text`, sorted by start (longer first on ties).
pub fn extract(text: &str) -> Vec<Detection> {
    extract_with(text, Layers::ALL)
}

/// The layers of the extractor that use a trained model, each of which can be left out.
/// [`extract`] runs them all; the extraction bench leaves them out one by one to measure what
/// each costs (the rules alone are also what runs when both models' weights fail to load).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layers {
    /// Speakers found with part-of-speech tags and noun phrases; without it, with the rules'
    /// word walks.
    pub tagger: bool,
    /// Sentences scored for check-worthiness (statement claims); without it, none.
    pub statements: bool,
}

impl Layers {
    /// Every layer: what [`extract`] runs.
    pub const ALL: Layers = Layers {
        tagger: true,
        statements: true,
    };
    /// The rules alone: no model is read.
    pub const RULES: Layers = Layers {
        tagger: false,
        statements: false,
    };
}

/// The claims [`extract`] finds, with only the model layers of `layers`.
pub fn extract_with(text: &str, layers: Layers) -> Vec<Detection> {
    let tokens = token::tokenize(text);
    let sentences = segment::sentences(text, &tokens);
    let cursor = Cursor {
        layers,
        ..Cursor::new(text, &tokens)
    };
    let mut hits = anchored_hits(cursor);
    for recognizer in REGISTRY.iter().filter(|recognizer| recognizer.scope() == Scope::Text) {
        recognizer.scan(cursor, &sentences, &mut hits);
    }
    detections(&tokens, &sentences, hits)
}

/// The walk: every anchored recogniser tried at each token that could anchor one, in registry
/// order; the first hit takes its tokens.
fn anchored_hits(cursor: Cursor<'_>) -> Vec<Hit> {
    let (text, tokens) = (cursor.text, cursor.tokens);
    // The tokens that could anchor, listed in one pass that writes every index and counts
    // only the anchors': no branch on a test that no predictor guesses token after token.
    let mut anchors = vec![0; tokens.len()];
    let mut count = 0;
    for (index, token) in tokens.iter().enumerate() {
        if let Some(slot) = anchors.get_mut(count) {
            *slot = index;
        }
        count += usize::from(could_anchor(text, token));
    }
    anchors.truncate(count);
    // About one claim in thirty tokens in news: a little more room spares most regrowth.
    let mut hits: Vec<Hit> = Vec::with_capacity(tokens.len() / 24 + 8);
    // `next` is where the walk goes on: past the last claim's tokens.
    let mut next = 0;
    let mut floor = 0;
    for &index in &anchors {
        if index < next {
            continue;
        }
        match registry::first_anchored(cursor, index, floor) {
            Some(hit) if hit.tokens.end > index && hit.tokens.first >= floor => {
                floor = hit.tokens.end;
                next = hit.tokens.end;
                hits.push(hit);
            }
            _ => next = index + 1,
        }
    }
    hits
}

/// The hits as claims in bytes, each with its sentence, sorted by start (longer first on
/// ties) and without duplicates.
fn detections(tokens: &[token::Token], sentences: &[segment::Sentence], hits: Vec<Hit>) -> Vec<Detection> {
    let mut detections: Vec<Detection> = hits
        .into_iter()
        .filter_map(|hit| {
            let bytes = hit.tokens.to_bytes(tokens)?;
            let (start, end) = (bytes.start, bytes.end);
            let first = segment::sentence_at(sentences, start);
            let last = segment::sentence_at(sentences, end.saturating_sub(1));
            Some(Detection {
                start,
                end,
                kind: hit.kind,
                value: hit.value,
                sentence_start: first.map_or(start, |s| s.start.min(start)),
                sentence_end: last.map_or(end, |s| s.end.max(end)),
                confidence: hit.confidence,
            })
        })
        .collect();
    detections.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.kind.cmp(&b.kind)));
    detections.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.kind == b.kind);
    detections
}

/// Whether any anchored recogniser can start at this token: most words cannot, and skipping
/// them early is most of the detector's speed.
fn could_anchor(text: &str, token: &token::Token) -> bool {
    // Tests combined without branches: the walk lists anchors without a branch per token.
    let word = (token.kind == token::TokKind::Word)
        & !matches!(
            token.lex,
            lexicon::Lex::Other | lexicon::Lex::Stop | lexicon::Lex::Approx
        );
    // An apostrophe, "'" or "’" (E2 80 99), opening a decade: "the '90s".
    let bytes = text.as_bytes();
    let byte = |at: usize| bytes.get(at).copied().unwrap_or(0);
    let len = token.end.wrapping_sub(token.start);
    let apostrophe = (token.kind == token::TokKind::Punct)
        & (((len == 1) & (byte(token.start) == b'\''))
            | ((len == 3)
                & (byte(token.start) == 0xE2)
                & (byte(token.start + 1) == 0x80)
                & (byte(token.start + 2) == 0x99)));
    #[expect(
        clippy::needless_bitwise_bool,
        reason = "branchless on purpose: the kinds alternate unpredictably token after token"
    )]
    let anchors = word | (token.kind == token::TokKind::Num) | apostrophe;
    anchors
}

#[cfg(test)]
mod tests;

/// How far around a claim [`sentence_around`] looks, in bytes each way: enough for any real
/// sentence, and bounded so that asking every frame stays cheap in a 10 MB one-line article.
const SENTENCE_WINDOW: usize = 4096;

/// The byte range of the sentence (or sentences) that hold `start..end`, found by the same
/// segmenter the detector uses: abbreviations, initials, decimals and quotes don't end a
/// sentence, a line break always does. Out-of-range input gives an empty range at the end.
pub fn sentence_around(text: &str, start: usize, end: usize) -> std::ops::Range<usize> {
    if start >= text.len() || start > end {
        return text.len()..text.len();
    }
    let end = end.min(text.len());
    let line_start = text
        .get(..start)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |at| at + 1);
    let line_end = text
        .get(end..)
        .and_then(|after| after.find('\n'))
        .map_or(text.len(), |at| end + at);
    let mut from = line_start.max(start.saturating_sub(SENTENCE_WINDOW));
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut to = line_end.min(end.saturating_add(SENTENCE_WINDOW));
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let Some(window) = text.get(from..to) else {
        return text.len()..text.len();
    };
    let tokens = token::tokenize(window);
    let sentences = segment::sentences(window, &tokens);
    let (local_start, local_end) = (start - from, end - from);
    let first = segment::sentence_at(&sentences, local_start).map_or(0, |sentence| sentence.start);
    let last = sentences
        .iter()
        .filter(|sentence| sentence.start < local_end.max(local_start + 1))
        .map(|sentence| sentence.end)
        .max()
        .unwrap_or(window.len());
    (from + first.min(local_start))..(from + last.max(local_end))
}
