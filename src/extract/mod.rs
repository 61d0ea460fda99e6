//! Claim detection: pure, deterministic, no egui, no I/O.
//!
//! All positions are UTF-8 byte offsets into the text, always on char boundaries.
//!
//! The text is tokenised once ([`token`]), cut into sentences ([`segment`]), then walked
//! left to right: at each token the date, quantity and ordinal recognisers are tried in that
//! order (a date such as "January 12" or "in 2014" must win over the bare number inside it) and
//! the first match consumes its tokens. Quotes are found separately by pairing quote marks
//! ([`quotes`]), so claims may nest inside them. Every recogniser looks a bounded number of
//! tokens around its anchor, which keeps the whole pass linear in the size of the text.

mod dates;
mod lexicon;
mod numbers;
mod ordinals;
mod quantity;
mod quotes;
mod segment;
mod token;

use crate::model::{Detection, Kind, Value};

/// A claim found by one recogniser, before its sentence is attached.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the claim.
    pub end: usize,
    /// What sort of claim.
    pub kind: Kind,
    /// What was understood of it.
    pub value: Option<Value>,
}

/// Every claim the detector finds in `text`, sorted by start (longer first on ties).
pub fn extract(text: &str) -> Vec<Detection> {
    let tokens = token::tokenize(text);
    let sentences = segment::sentences(text, &tokens);
    let mut found: Vec<Found> = Vec::new();
    let mut index = 0;
    let mut floor = 0;
    while let Some(token) = tokens.get(index) {
        if !could_anchor(text, token) {
            index += 1;
            continue;
        }
        let hit = dates::date_at(text, &tokens, index, floor)
            .or_else(|| quantity::quantity_at(text, &tokens, index, floor))
            .or_else(|| ordinals::ordinal_at(text, &tokens, index, floor));
        match hit {
            Some((claim, next)) if next > index => {
                found.push(claim);
                floor = next;
                index = next;
            }
            _ => index += 1,
        }
    }
    found.extend(quotes::quotes(text, &tokens, &sentences));

    let mut detections: Vec<Detection> = found
        .into_iter()
        .filter(|f| {
            f.start < f.end && text.is_char_boundary(f.start) && text.is_char_boundary(f.end) && f.end <= text.len()
        })
        .map(|f| {
            let first = segment::sentence_at(&sentences, f.start);
            let last = segment::sentence_at(&sentences, f.end.saturating_sub(1));
            let sentence_start = first.map_or(f.start, |s| s.start.min(f.start));
            let sentence_end = last.map_or(f.end, |s| s.end.max(f.end));
            Detection {
                start: f.start,
                end: f.end,
                kind: f.kind,
                value: f.value,
                sentence_start,
                sentence_end,
            }
        })
        .collect();
    detections.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(a.kind.cmp(&b.kind)));
    detections.dedup_by(|a, b| a.start == b.start && a.end == b.end && a.kind == b.kind);
    detections
}

/// Whether any recogniser can start at this token: most words cannot, and skipping them
/// early is most of the detector's speed.
fn could_anchor(text: &str, token: &token::Token) -> bool {
    match token.kind {
        token::TokKind::Num => true,
        token::TokKind::Word => !matches!(
            token.lex,
            lexicon::Lex::Other | lexicon::Lex::Stop | lexicon::Lex::Approx
        ),
        token::TokKind::Punct => matches!(token.text(text), "'" | "’"),
        token::TokKind::Poss | token::TokKind::Code => false,
    }
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
