//! What stands before a number and belongs to its claim: approximations ("about", "more
//! than", "~", "≥") and the frame of a duration ("over the past two months").

use crate::extract::cursor::Cursor;
use crate::extract::lexicon::{APPROX_PHRASES, DURATION_FRAMES, DURATION_PREPOSITIONS};
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
    for (words, meaning) in APPROX_PHRASES {
        // The word right before the number first: it rules out almost every phrase.
        if !words.last().is_some_and(|w| last.is(cur.text, w)) {
            continue;
        }
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
