//! Ordinals of a unit of time: "the 20th century", "the 62nd minute", "the fourth or fifth
//! day", "second year", "the first half". A part of a year with no year ("the first half",
//! "the second quarter") is only likely a date: a match and a recipe have halves and quarters
//! too. With a year ("the first half of 2023") it is the `periods` recogniser's.

use super::relative_span;
use crate::extract::cursor::Cursor;
use crate::extract::lexicon::{Lex, ORDINAL_SUFFIXES, RANKED_PERIODS, YEAR_PARTS};
use crate::extract::recognizer::Hit;
use crate::extract::token::TokKind;

/// An ordinal word before a unit of time: "the first half", "second year", "the fourth or
/// fifth day".
pub(super) fn ranked_word(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    matches!(cur.lex(index), Lex::Ordinal(_))
        .then(|| ordinal_period(cur, index, index + 1, floor))
        .flatten()
}

/// An ordinal in digits before a unit of time: "the 20th century", "the 62nd minute".
pub(super) fn ranked_digits(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let suffix = index + 1;
    (cur.glued(suffix) && cur.same_line(suffix) && cur.is_any(suffix, ORDINAL_SUFFIXES))
        .then(|| ordinal_period(cur, index, index + 2, floor))
        .flatten()
}

/// The ordinal at `index` (its words end before `after`) ranks the unit of time at `after`.
fn ordinal_period(cur: Cursor<'_>, index: usize, mut after: usize, floor: usize) -> Option<Hit> {
    // "fourth or fifth day", "3rd or 4th week".
    if cur.is(after, "or") {
        let other = after + 1;
        if matches!(cur.lex(other), Lex::Ordinal(_)) {
            after += 2;
        } else if cur.kind_is(other, TokKind::Num) && cur.glued(other + 1) && cur.is_any(other + 1, ORDINAL_SUFFIXES) {
            after += 3;
        }
    }
    let noun = cur.tok(after)?;
    if noun.break_before || noun.kind != TokKind::Word {
        return None;
    }
    // A plural unit ("the first years") or "a second" is no rank of one period.
    let is_unit = match noun.lex {
        Lex::TimeUnit(_) => !noun.text(cur.text).ends_with('s') && noun.text(cur.text).len() > 2,
        _ => RANKED_PERIODS.iter().any(|w| noun.is(cur.text, w)),
    };
    if !is_unit {
        return None;
    }
    let hit = relative_span(cur, super::with_the(cur, index, floor), after + 1)?;
    let part_of_year = YEAR_PARTS.iter().any(|(part, _)| noun.is(cur.text, part));
    Some(if part_of_year { hit.likely() } else { hit })
}
