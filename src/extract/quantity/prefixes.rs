//! What stands before a number and belongs to its claim: approximations ("about", "more
//! than", "~", "≥") and the frame of a duration ("over the past two months").

use std::sync::OnceLock;

use crate::extract::cursor::Cursor;
use crate::extract::lexicon::{self, APPROX_PHRASES, DURATION_FRAMES, DURATION_PREPOSITIONS};
use crate::extract::token::TokKind;
use crate::model::Approx;

pub(super) fn symbol_approx(symbol: &str) -> Option<Approx> {
    match symbol {
        "~" | "∼" | "≈" | "≃" | "≅" | "±" => Some(Approx::About),
        ">" | "≥" | "⩾" | "≧" | "+" => Some(Approx::AtLeast),
        "<" | "≤" | "⩽" | "≦" => Some(Approx::AtMost),
        _ => None,
    }
}

/// Looks back from token `first` for approximation words; returns the new first token.
pub(crate) fn approx_before(cur: Cursor<'_>, first: usize, floor: usize) -> (usize, Approx) {
    let mut start = first;
    let mut approx = Approx::Exact;
    // Symbols glued or spaced: "∼56 Ma", "< 0.1", "≥16".
    if let Some(before) = start.checked_sub(1).filter(|&b| b >= floor)
        && let Some(token) = cur.tok(before)
        && token.kind == TokKind::Punct
        && !cur.tok(start).is_some_and(|t| t.break_before)
        && let Some(symbol) = symbol_approx(token.text(cur.text))
    {
        approx = symbol;
        start = before;
    }
    let Some(last) = start.checked_sub(1).filter(|&s| s >= floor).and_then(|s| cur.tok(s)) else {
        return (start, approx);
    };
    if last.kind != TokKind::Word || cur.tok(start).is_some_and(|t| t.break_before) {
        return (start, approx);
    }
    // The word right before the number first: it rules out almost every phrase.
    let ending = last.text(cur.text).as_bytes();
    for (words, meaning) in phrases_ending_in(ending)
        .iter()
        .filter_map(|&at| APPROX_PHRASES.get(at))
    {
        let Some(phrase_start) = start.checked_sub(words.len()).filter(|&s| s >= floor) else {
            continue;
        };
        let matches = words.iter().enumerate().all(|(k, w)| {
            cur.tok(phrase_start + k).is_some_and(|t| {
                t.kind == TokKind::Word && t.is(cur.text, w) && !t.break_before || (k == 0 && t.is(cur.text, w))
            })
        });
        if matches && !cur.tok(start).is_some_and(|t| t.break_before) {
            if approx == Approx::Exact {
                approx = *meaning;
            }
            // "just over", "nearly" after "only": take one more word of the same kind.
            start = phrase_start;
            break;
        }
    }
    (start, approx)
}

/// Words that can open the phrase around a duration: "over the past two months",
/// "the next 30 hours", "for the last decade".
/// The rows of [`APPROX_PHRASES`] whose last word is `word` (ignoring ASCII case), in table
/// order: the table is indexed once by last word, so a number is not compared with every row.
fn phrases_ending_in(word: &[u8]) -> &'static [usize] {
    static BY_LAST_WORD: OnceLock<Vec<(u128, Vec<usize>)>> = OnceLock::new();
    let index = BY_LAST_WORD.get_or_init(|| {
        let mut index: Vec<(u128, Vec<usize>)> = Vec::new();
        for (at, (words, _)) in APPROX_PHRASES.iter().enumerate() {
            let Some(key) = words.last().and_then(|w| lexicon::packed_lower(w.as_bytes())) else {
                continue;
            };
            match index.binary_search_by_key(&key, |(k, _)| *k) {
                Ok(found) => {
                    if let Some((_, rows)) = index.get_mut(found) {
                        rows.push(at);
                    }
                }
                Err(slot) => index.insert(slot, (key, vec![at])),
            }
        }
        index
    });
    let Some(key) = lexicon::packed_lower(word) else {
        return &[];
    };
    index
        .binary_search_by_key(&key, |(k, _)| *k)
        .ok()
        .and_then(|found| index.get(found))
        .map_or(&[], |(_, rows)| rows.as_slice())
}

pub(super) fn duration_frame_before(cur: Cursor<'_>, first: usize, floor: usize) -> usize {
    let mut start = first;
    let Some(before) = start.checked_sub(1).filter(|&b| b >= floor) else {
        return start;
    };
    let Some(token) = cur.tok(before) else {
        return start;
    };
    if token.kind == TokKind::Word && DURATION_FRAMES.iter().any(|w| token.is(cur.text, w)) {
        start = before;
        if let Some(the) = start.checked_sub(1).filter(|&b| b >= floor)
            && cur.is(the, "the")
        {
            start = the;
            if let Some(prep) = start.checked_sub(1).filter(|&b| b >= floor)
                && DURATION_PREPOSITIONS.iter().any(|w| cur.is(prep, w))
            {
                start = prep;
            }
        }
    }
    start
}
