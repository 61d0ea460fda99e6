//! Decades: "the 1990s", "the late 1980s", "mid-1990s", "the '70s", "the sixties".

use super::{found, with_the};
use crate::extract::cursor::Cursor;
use crate::extract::lexicon::{DECADE_OPENERS, DECADE_WORDS, PART_OF_DECADE};
use crate::extract::recognizer::Hit;
use crate::extract::token::TokKind;
use crate::model::DateValue;

/// A decade of the 20th century written with an apostrophe: "the '90s", "’70s"; `index` is the
/// apostrophe.
pub(super) fn apostrophe_decade(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let digits = index + 1;
    let plural = index + 2;
    let glued = cur.glued(digits) && cur.kind_is(digits, TokKind::Num) && cur.word(digits).len() == 2;
    if !glued || !cur.glued(plural) || cur.word(plural) != "s" {
        return None;
    }
    let decade = 1900 + cur.word(digits).parse::<i32>().ok()?;
    found(
        with_the(cur, index, floor),
        index + 3,
        DateValue {
            decade: Some(decade),
            ..DateValue::default()
        },
    )
}

/// A decade in four digits with a glued "s": "1960s", "the 1990s", "the early 1990s",
/// "mid-1990s".
pub(super) fn decade_digits(cur: Cursor<'_>, index: usize, floor: usize) -> Option<Hit> {
    let raw = cur.word(index);
    let plural = index + 1;
    if raw.len() != 4 || !raw.ends_with('0') || !(cur.glued(plural) && cur.same_line(plural) && cur.word(plural) == "s")
    {
        return None;
    }
    let decade = raw.parse::<i32>().ok()?;
    let mut first = index;
    if let Some(before) = index.checked_sub(1).filter(|&b| b >= floor) {
        if cur.is_any(before, DECADE_OPENERS) {
            first = with_the(cur, before, floor);
        } else if cur.is(before, "-")
            && before
                .checked_sub(1)
                .is_some_and(|part| part >= floor && cur.is_any(part, PART_OF_DECADE))
        {
            first = before - 1;
        }
    }
    found(
        first,
        index + 2,
        DateValue {
            decade: Some(decade),
            ..DateValue::default()
        },
    )
}

/// A decade named in words after "the": "the sixties", "the nineties"; `index` is "the".
pub(super) fn decade_word(cur: Cursor<'_>, index: usize, _floor: usize) -> Option<Hit> {
    let name = index + 1;
    if !cur.is(index, "the") || !cur.same_line(name) || !cur.is_any(name, DECADE_WORDS) {
        return None;
    }
    found(
        index,
        index + 2,
        DateValue {
            relative: Some(cur.word(name).to_owned()),
            ..DateValue::default()
        },
    )
}
